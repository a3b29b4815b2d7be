"""The import screen speaks the trainer's admin language: problems, the list of what is
not imported and the summary by question type ("Pilihan ganda: 2", never "single: 2"),
while the parsers themselves stay language-free (they return msgids)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from quizzes.formats.gift import parse_gift
from quizzes.importing import import_questions
from quizzes.models import Question

pytestmark = pytest.mark.django_db

GOOD = (
    "::Sapaan:: Apa yang diucapkan pertama kali? {=Selamat datang ~Halo}\n\n"
    "::Tujuan:: Siapa pemilik pengalaman pelanggan? {=Semua orang ~Tim CS}\n\n"
    "::Benar:: CX adalah tugas semua orang. {T}\n\n"
    "::Esai:: Ceritakan pengalaman Anda. {}\n"
)
BROKEN = "::Sapaan:: Apa yang diucapkan pertama kali? {=Selamat datang ~Halo\n"


def _import(client, user, gift: str, *, language: str = "id", locale: str = "id"):
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    client.force_login(user)
    return client.post(
        "/admin/quizzes/import/",
        {
            "file": SimpleUploadedFile("soal.gift", gift.encode()),
            "format": "gift",
            "category": "",
            "locale": Locale.objects.get(language_code=locale).pk,
        },
    )


def test_the_summary_names_question_types_in_indonesian(client, trainer):
    page = _import(client, trainer, GOOD).content.decode()
    assert "3 pertanyaan" in page
    assert "<li>Pilihan ganda: 2</li>" in page and "<li>Benar / Salah: 1</li>" in page
    assert "single: " not in page and "truefalse: " not in page
    assert "Pertanyaan esai tidak diimpor." in page
    assert "Essay questions are not imported" not in page


def test_a_broken_file_is_explained_in_indonesian(client, trainer):
    response = _import(client, trainer, BROKEN)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Baris 1" in page and "Blok jawaban yang diawali { tidak ditutup dengan }." in page
    assert "is not closed with" not in page
    assert not Question.objects.exists()


def test_an_english_admin_reads_the_same_reports_in_english(client, trainer):
    page = _import(client, trainer, GOOD, language="en").content.decode()
    assert "<li>Single choice: 2</li>" in page and "Essay questions are not imported." in page
    page = _import(client, trainer, BROKEN, language="en").content.decode()
    assert "The answer block that starts with { is not closed with }." in page
    assert "Blok jawaban" not in page


def test_the_parser_returns_msgids_not_translations():
    result = parse_gift(BROKEN)
    assert [p.message for p in result.problems] == [
        "The answer block that starts with { is not closed with }."
    ]


@pytest.mark.parametrize(
    ("locale", "name"), [("id", "Pertanyaan di baris 1"), ("en", "Question on line 1")]
)
def test_a_question_without_words_is_named_in_the_language_of_its_bank(site, locale, name):
    gift = '[html]<img src="/media/nps.png" alt="">{T}\n'
    report = import_questions(
        data=gift.encode(), fmt="gift", locale=Locale.objects.get(language_code=locale)
    )
    assert report.ok, report.problems
    assert Question.objects.get().name == name


def test_a_value_the_bank_refuses_is_named_by_its_field_in_indonesian(client, trainer):
    too_big = "::Besar:: Berapa? {#123456789012345678901234567}\n"
    response = _import(client, trainer, too_big)
    page = response.content.decode()
    assert response.status_code == 400
    assert "“Besar”: angka: Pastikan jumlah angka" in page  # field "value", then the reason
    assert "Ensure that" not in page

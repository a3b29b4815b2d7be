"""Questions an import cannot store as written are named in the report, never a 500 and
never shortened in silence: text that sanitising empties, names and categories longer
than the bank holds. The import stays all or nothing."""

import pytest

from quizzes.importing import import_questions
from quizzes.models import Question, QuestionCategory, QuestionChoice

pytestmark = pytest.mark.django_db

LONG_NAME = "Nama pertanyaan yang sangat panjang " * 9  # 324 characters
GOOD = "::Baik:: Apa itu CX?{=Pengalaman ~Layanan}\n\n"


def _moodle(question: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><quiz>{question}</quiz>'.encode()


def _truefalse_xml(name: str, text: str, text_format: str = "html") -> str:
    return (
        f'<question type="truefalse"><name><text>{name}</text></name>'
        f'<questiontext format="{text_format}"><text><![CDATA[{text}]]></text></questiontext>'
        '<answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question>'
    )


def _upload(client, trainer, data: bytes, fmt: str, name: str = "soal.gift"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(trainer)
    return client.post(
        "/admin/quizzes/import/",
        {"file": SimpleUploadedFile(name, data), "format": fmt, "category": "", "locale": 1},
    )


def test_gift_text_emptied_by_the_sanitiser_is_a_problem_in_the_report(client, trainer):
    data = (GOOD + "::a::[html]<script>x</script>{T}\n").encode()
    response = _upload(client, trainer, data, "gift")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Baris 3" in page and "“a”" in page
    # The trainer's admin language is Indonesian (the default): the reason is too.
    assert "tidak ada teksnya lagi setelah HTML yang tidak aman" in page
    assert "has no text once unsafe HTML" not in page
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()


def test_gift_question_without_any_text_is_a_problem():
    report = import_questions(data=b"::kosong::{T}\n", fmt="gift")
    assert not report.ok
    assert [p.name for p in report.problems] == ["kosong"]
    assert not Question.objects.exists()


def test_gift_answer_emptied_by_the_sanitiser_is_a_problem():
    report = import_questions(
        data=b"::p:: Pilih satu {=[html]<script>x</script> ~Layanan ~Tidak}\n", fmt="gift"
    )
    assert not report.ok and report.problems[0].name == "p"
    assert not QuestionChoice.objects.exists()


def test_gift_name_too_long_is_reported_not_cut(client, trainer):
    data = (GOOD + f"::{LONG_NAME}:: Benar?{{T}}\n").encode()
    response = _upload(client, trainer, data, "gift")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Baris 3" in page
    assert "255" in page  # the limit is in the message
    assert not Question.objects.exists()


def test_gift_category_name_too_long_is_reported_not_cut():
    data = f"$CATEGORY: $course$/top/{'K' * 151}\n\n{GOOD}".encode()
    report = import_questions(data=data, fmt="gift")
    assert not report.ok
    assert not QuestionCategory.objects.exists()


def test_moodle_xml_text_emptied_by_the_sanitiser_is_a_problem(client, trainer):
    data = _moodle(_truefalse_xml("aman", "Benar?") + _truefalse_xml("b", "<script>x</script>"))
    response = _upload(client, trainer, data, "moodlexml", "soal.xml")
    assert response.status_code == 400
    assert "“b”" in response.content.decode()
    assert not Question.objects.exists()


def test_moodle_xml_name_too_long_is_reported_not_cut(client, trainer):
    data = _moodle(_truefalse_xml(LONG_NAME, "Benar?"))
    response = _upload(client, trainer, data, "moodlexml", "soal.xml")
    assert response.status_code == 400
    assert "255" in response.content.decode()
    assert not Question.objects.exists()


def test_a_name_of_exactly_255_characters_is_kept_whole():
    name = "n" * 255
    report = import_questions(data=f"::{name}:: Benar?{{T}}\n".encode(), fmt="gift")
    assert report.ok
    assert Question.objects.get().name == name


def test_overlong_matching_answers_and_ordering_items_are_reported():
    long = "j" * 256
    report = import_questions(
        data=f"::m:: Pasangkan {{=a -> {long} =b -> y =c -> z}}\n".encode(), fmt="gift"
    )
    assert not report.ok and report.problems[0].name == "m"
    items = "".join(
        f'<answer fraction="{n}"><text>{t}</text></answer>' for n, t in [(1, long), (2, "b")]
    )
    report = import_questions(
        data=_moodle(
            '<question type="ordering"><name><text>o</text></name>'
            f"<questiontext><text>Urutkan</text></questiontext>{items}</question>"
        ),
        fmt="moodlexml",
    )
    assert not report.ok and report.problems[0].name == "o"
    assert not Question.objects.exists()


def test_an_import_category_too_long_is_a_form_error(client, trainer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(trainer)
    response = client.post(
        "/admin/quizzes/import/",
        {
            "file": SimpleUploadedFile("soal.gift", GOOD.encode()),
            "format": "gift",
            "category": "CX / " + "K" * 151,
            "locale": 1,
        },
    )
    assert response.status_code == 200 and response.context["form"].errors["category"]
    assert not Question.objects.exists() and not QuestionCategory.objects.exists()

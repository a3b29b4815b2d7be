"""A course package's question bank: GIFT in both languages (and TOML for what GIFT
cannot hold), read and checked as an upload is, installed, and written back the same."""

from decimal import Decimal
from pathlib import Path
from textwrap import dedent
from uuid import uuid4

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cxacademy.packages.problems import Problems
from cxacademy.packages.questions import dump_bank, install_bank, read_bank
from quizzes.formats.base import NumericAnswer, ParsedQuestion
from quizzes.formats.gift import export_gift
from quizzes.models import Question, QuestionCategory, QuestionChoice, QuizAttempt

INDONESIAN = dedent(
    """\
    $CATEGORY: $course$/top/CX Mindset/Modul 1

    ::M1 · Sifat layanan::[html]<p>Layanan pelanggan bersifat…</p><script>alert(1)</script>{
    \t=Reaktif#Tepat.
    \t~Proaktif#Itu perawatan.
    }

    ::M1 · Tiga metrik::[html]<p>Pilih metrik CX.</p>{
    \t~%33.33333%NPS
    \t~%33.33333%CSAT
    \t~%33.33333%CES
    \t~%-100%Omzet
    }

    ::M1 · Retensi::[html]<p>Berapa persen?</p>{#
    \t=80:0.5#Tepat.
    \t=%0%5:0.5#Itu pertumbuhan.
    }
    """
)
ENGLISH = dedent(
    """\
    $CATEGORY: $course$/top/CX Mindset/Modul 1

    ::M1 · Sifat layanan::[html]<p>Customer service is…</p>{
    \t=Reactive#Correct.
    \t~Proactive#That is care.
    }

    ::M1 · Tiga metrik::[html]<p>Pick the CX metrics.</p>{
    \t~%33.33333%NPS
    \t~%33.33333%CSAT
    \t~%33.33333%CES
    \t~%-100%Revenue
    }

    ::M1 · Retensi::[html]<p>What percentage?</p>{#
    \t=80:0.5#Correct.
    \t=%0%5:0.5#That is growth.
    }
    """
)
EXTRA = dedent(
    """\
    [[ordering]]
    name = "M1 · Tahap perjalanan"
    category = ["CX Mindset", "Modul 1"]
    mark = "2"
    text.id = "<p>Urutkan tahapnya.</p>"
    text.en = "<p>Put the stages in order.</p>"

    [[ordering.items]]
    id = "Kesadaran"
    en = "Awareness"

    [[ordering.items]]
    id = "Pembelian"
    en = "Purchase"

    [[question]]
    name = "M1 · Tiga metrik"
    negative_marks = false
    """
)


def write_package(root: Path, indonesian=INDONESIAN, english=ENGLISH, extra=EXTRA) -> Path:
    folder = root / "questions"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "modul-1.id.gift").write_text(indonesian, encoding="utf-8")
    if english is not None:
        (folder / "modul-1.en.gift").write_text(english, encoding="utf-8")
    if extra:
        (folder / "modul-1.toml").write_text(extra, encoding="utf-8")
    return root


def read(root: Path):
    problems = Problems()
    bank = read_bank(root, problems)
    return bank, [str(problem) for problem in problems.items]


def install(root: Path, *, update=False):
    bank, problems = read(root)
    assert problems == []
    changes: list[str] = []
    return install_bank(bank, update=update, changes=changes), changes


def writes(queries) -> list[str]:
    return [
        q["sql"] for q in queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")
    ]


def test_a_package_installs_both_languages_with_shared_keys_and_sanitised_text(site, tmp_path):
    installed, changes = install(write_package(tmp_path))

    assert sorted(installed) == [
        "M1 · Retensi",
        "M1 · Sifat layanan",
        "M1 · Tahap perjalanan",
        "M1 · Tiga metrik",
    ]
    assert "question added: M1 · Sifat layanan" in changes
    english = Locale.objects.get(language_code="en")
    service = installed["M1 · Sifat layanan"]
    assert service.locale == Locale.get_default()
    assert service.category.path == "CX Mindset / Modul 1"
    assert "script" not in service.text and "alert" not in service.text
    translation = service.get_translation(english)
    assert translation.text == "<p>Customer service is…</p>"
    assert [c.key for c in service.choices.all()] == [c.key for c in translation.choices.all()]
    assert [c.text for c in translation.choices.all()] == ["Reactive", "Proactive"]

    metrics = installed["M1 · Tiga metrik"]
    assert metrics.negative_marks is False
    assert metrics.get_translation(english).negative_marks is False
    assert [c.fraction for c in metrics.choices.all()] == [Decimal("0.3333333")] * 3 + [-1]

    retention = installed["M1 · Retensi"].numeric_answers.all()
    assert [(a.value, a.tolerance, a.fraction) for a in retention] == [
        (80, Decimal("0.5"), 1),
        (5, Decimal("0.5"), 0),
    ]

    stages = installed["M1 · Tahap perjalanan"]
    assert stages.kind == "ordering" and stages.default_mark == 2
    stages_en = stages.get_translation(english)
    assert [i.text for i in stages_en.order_items.all()] == ["Awareness", "Purchase"]
    assert [i.key for i in stages.order_items.all()] == [i.key for i in stages_en.order_items.all()]


def test_a_gift_syntax_error_is_named_with_its_file_and_line(site, tmp_path):
    broken = INDONESIAN.replace("\t~Proaktif#Itu perawatan.\n}", "\t~Proaktif#Itu perawatan.\n")
    _bank, problems = read(write_package(tmp_path, indonesian=broken))
    assert any(
        p.startswith("questions/modul-1.id.gift:3: ") and "not closed" in p for p in problems
    )


def test_a_question_missing_in_english_is_a_missing_translation(site, tmp_path):
    english = ENGLISH.split("::M1 · Retensi::")[0]
    _bank, problems = read(write_package(tmp_path, english=english))
    assert problems == [
        "questions/modul-1.id.gift:15: missing translation: M1 · Retensi has no English"
    ]


def test_fractions_that_differ_between_languages_are_refused(site, tmp_path):
    english = ENGLISH.replace("\t~%-100%Revenue", "\t~%-50%Revenue")
    bank, problems = read(write_package(tmp_path, english=english))
    assert problems == [
        "questions/modul-1.en.gift:8: M1 · Tiga metrik: the languages disagree on the "
        "fractions (see questions/modul-1.id.gift:8)"
    ]
    assert "M1 · Tiga metrik" not in bank.names


def test_other_disagreements_and_bad_files_are_named(site, tmp_path):
    english = ENGLISH.replace("=80:0.5#Correct.", "=80:1#Correct.").replace(
        "::M1 · Sifat layanan::", "::M1 · Service::"
    )
    extra = EXTRA.replace('en = "Purchase"', "").replace(
        "negative_marks = false", 'negative_marks = false\nmark = "lots"'
    )
    root = write_package(tmp_path, english=english, extra=extra)
    (root / "questions" / "notes.txt").write_text("hello")
    _bank, problems = read(root)
    assert (
        "questions/notes.txt: not a question file: expected <name>.id.gift, "
        "<name>.en.gift or <name>.toml" in problems
    )
    assert (
        "questions/modul-1.id.gift:3: missing translation: M1 · Sifat layanan has no "
        "English" in problems
    )
    assert (
        "questions/modul-1.en.gift:3: missing translation: M1 · Service has no "
        "Indonesian" in problems
    )
    assert any(
        p.startswith(
            "questions/modul-1.en.gift:15: M1 · Retensi: the languages disagree on "
            "the numeric answers"
        )
        for p in problems
    )
    assert (
        "questions/modul-1.toml:1: M1 · Tahap perjalanan: missing translation: "
        "items[2] has no English" in problems
    )
    assert 'questions/modul-1.toml:16: M1 · Tiga metrik: mark must be a number such as "2"' in (
        problems
    )
    assert len(problems) == 6


def test_reading_a_package_writes_nothing(site, tmp_path):
    english = ENGLISH.replace("\t~%-100%Revenue", "\t~%-50%Revenue")
    root = write_package(tmp_path, english=english)
    before = (Question.objects.count(), QuestionCategory.objects.count())
    with CaptureQueriesContext(connection) as queries:
        _bank, problems = read(root)
    assert problems
    assert writes(queries.captured_queries) == []
    assert (Question.objects.count(), QuestionCategory.objects.count()) == before


def test_a_question_without_a_name_is_refused(site, tmp_path):
    unnamed = INDONESIAN.replace("::M1 · Retensi::", "")
    _bank, problems = read(write_package(tmp_path, indonesian=unnamed))
    assert any(
        p.startswith("questions/modul-1.id.gift:15: a question without a name") for p in problems
    )


def test_a_text_of_nothing_but_a_script_is_refused_as_an_upload_is(site, tmp_path):
    empty = ENGLISH.replace("<p>What percentage?</p>", "<script>alert(1)</script>")
    bank, problems = read(write_package(tmp_path, english=empty))
    assert problems == [
        "questions/modul-1.en.gift:15: M1 · Retensi: The question has no text once unsafe "
        "HTML (such as scripts) is removed."
    ]
    assert "M1 · Retensi" not in bank.names


def english_of(question: Question) -> Question:
    return question.get_translation(Locale.objects.get(language_code="en"))


def options(question: Question) -> list[tuple[str, str]]:
    """(key, text) of a question's choices, in order."""
    return [(str(c.key), c.text) for c in question.choices.order_by("sort_order")]


def keys(question: Question) -> list[str]:
    return [key for key, _text in options(question)]


def test_updating_changes_texts_in_place_and_keeps_option_keys(site, tmp_path):
    root = write_package(tmp_path)
    installed, _ = install(root)
    service = installed["M1 · Sifat layanan"]
    before = keys(service)
    english_keys = keys(english_of(service))

    changed = INDONESIAN.replace("bersifat…", "pada dasarnya…").replace(
        "=Reaktif#Tepat.", "=Reaktif dan transaksional#Tepat."
    )
    write_package(root, indonesian=changed)
    with CaptureQueriesContext(connection) as queries:
        _installed, changes = install(root, update=False)
    assert changes == [
        "question kept as installed (differs from the package; load with --update): "
        "M1 · Sifat layanan"
    ]
    assert writes(queries.captured_queries) == []
    assert Question.objects.get(pk=service.pk).text.startswith("<p>Layanan pelanggan bersifat")

    installed, changes = install(root, update=True)
    assert changes == ["question changed: M1 · Sifat layanan (text, options)"]
    service = Question.objects.get(pk=service.pk)
    assert installed["M1 · Sifat layanan"] == service
    assert service.text.startswith("<p>Layanan pelanggan pada dasarnya…</p>")
    assert [c.text for c in service.choices.all()] == ["Reaktif dan transaksional", "Proaktif"]
    assert keys(service) == before
    assert keys(english_of(service)) == english_keys == before

    updated_at = {q.pk: q.updated_at for q in Question.objects.all()}
    for update in (True, False):
        with CaptureQueriesContext(connection) as queries:
            _installed, changes = install(root, update=update)
        assert changes == []
        assert writes(queries.captured_queries) == []
    assert {q.pk: q.updated_at for q in Question.objects.all()} == updated_at


def assert_nothing_left_to_do(root: Path) -> None:
    with CaptureQueriesContext(connection) as queries:
        _installed, changes = install(root, update=True)
    assert changes == []
    assert writes(queries.captured_queries) == []


SWAPPED = (
    "\t=Reaktif#Tepat.\n\t~Proaktif#Itu perawatan.\n",
    "\t~Proaktif#Itu perawatan.\n\t=Reaktif#Tepat.\n",
)
SWAPPED_EN = (
    "\t=Reactive#Correct.\n\t~Proactive#That is care.\n",
    "\t~Proactive#That is care.\n\t=Reactive#Correct.\n",
)


def swap(text: str, one: str, other: str) -> str:
    return text.replace(one, "\0").replace(other, one).replace("\0", other)


def test_reordered_options_keep_their_keys_so_a_saved_answer_means_the_same(site, tmp_path):
    root = write_package(tmp_path)
    installed, _ = install(root)
    service = installed["M1 · Sifat layanan"]
    saved_answer = service.choices.get(text="Reaktif").key
    before = {text: key for key, text in options(service)}
    retention = installed["M1 · Retensi"]
    numeric_keys = {a.value: a.key for a in retention.numeric_answers.all()}
    stages = installed["M1 · Tahap perjalanan"]
    item_keys = {i.text: i.key for i in stages.order_items.all()}

    numbers = (
        "\t=80:0.5#Tepat.\n\t=%0%5:0.5#Itu pertumbuhan.\n",
        "\t=%0%5:0.5#Itu pertumbuhan.\n\t=80:0.5#Tepat.\n",
    )
    numbers_en = (
        "\t=80:0.5#Correct.\n\t=%0%5:0.5#That is growth.\n",
        "\t=%0%5:0.5#That is growth.\n\t=80:0.5#Correct.\n",
    )
    write_package(
        root,
        indonesian=INDONESIAN.replace(*SWAPPED).replace(*numbers),
        english=ENGLISH.replace(*SWAPPED_EN).replace(*numbers_en),
        extra=swap(swap(EXTRA, "Kesadaran", "Pembelian"), "Awareness", "Purchase"),
    )
    _installed, changes = install(root, update=True)
    assert sorted(changes) == [
        "question changed: M1 · Retensi (numeric answers reordered, "
        "English numeric answers reordered)",
        "question changed: M1 · Sifat layanan (options reordered, English options reordered)",
        "question changed: M1 · Tahap perjalanan (items reordered, English items reordered)",
    ]
    chosen = service.choices.get(key=saved_answer)
    assert (chosen.text, chosen.fraction, chosen.sort_order) == ("Reaktif", 1, 1)
    assert options(service) == [(before["Proaktif"], "Proaktif"), (before["Reaktif"], "Reaktif")]
    english = english_of(service)
    assert options(english) == [(before["Proaktif"], "Proactive"), (before["Reaktif"], "Reactive")]
    assert english.choices.get(key=saved_answer).fraction == 1
    assert [(a.key, a.fraction) for a in retention.numeric_answers.order_by("sort_order")] == [
        (numeric_keys[5], 0),
        (numeric_keys[80], 1),
    ]
    assert [(i.key, i.text) for i in stages.order_items.order_by("sort_order")] == [
        (item_keys["Pembelian"], "Pembelian"),
        (item_keys["Kesadaran"], "Kesadaran"),
    ]
    assert [i.key for i in english_of(stages).order_items.order_by("sort_order")] == [
        item_keys["Pembelian"],
        item_keys["Kesadaran"],
    ]
    assert_nothing_left_to_do(root)


def test_an_added_option_keeps_the_other_keys_in_both_languages(site, tmp_path):
    root = write_package(tmp_path)
    installed, _ = install(root)
    service = installed["M1 · Sifat layanan"]
    before = keys(service)
    third = ("\t=Reaktif#Tepat.\n", "\t~Dirancang#Itu CX.\n\t=Reaktif#Tepat.\n")
    third_en = ("\t=Reactive#Correct.\n", "\t~Designed#CX.\n\t=Reactive#Correct.\n")
    write_package(root, indonesian=INDONESIAN.replace(*third), english=ENGLISH.replace(*third_en))
    _installed, changes = install(root, update=True)
    assert changes == [
        "question changed: M1 · Sifat layanan (1 option added, 1 English option added)"
    ]
    now = options(service)
    assert [text for _key, text in now] == ["Dirancang", "Reaktif", "Proaktif"]
    assert [key for key, _text in now[1:]] == before
    assert now[0][0] not in before
    english = english_of(service)
    assert [c.text for c in english.choices.order_by("sort_order")] == [
        "Designed",
        "Reactive",
        "Proactive",
    ]
    assert keys(english) == keys(service)
    assert_nothing_left_to_do(root)


def test_a_removed_option_goes_alone_and_open_attempts_that_had_it_are_counted(
    site, learner, tmp_path
):
    root = write_package(tmp_path)
    installed, _ = install(root)
    metrics = installed["M1 · Tiga metrik"]
    before = {text: key for key, text in options(metrics)}
    item = {"q": str(metrics.translation_key), "mark": "1", "kind": "multi"}
    item["options"] = list(before.values())
    other = {"q": str(installed["M1 · Retensi"].translation_key), "mark": "1", "kind": "numeric"}
    for number, (status, layout) in enumerate(
        [("open", [item]), ("submitted", [item]), ("open", [other])], 1
    ):
        QuizAttempt.objects.create(
            user=learner,
            quiz_key=uuid4(),
            course_key=uuid4(),
            number=number,
            status=status,
            layout=layout,
        )

    write_package(
        root,
        indonesian=INDONESIAN.replace("\t~%-100%Omzet\n", ""),
        english=ENGLISH.replace("\t~%-100%Revenue\n", ""),
    )
    _installed, changes = install(root, update=True)
    assert changes == [
        "question changed: M1 · Tiga metrik (1 option removed; 1 open attempt had it, "
        "1 English option removed)"
    ]
    assert options(metrics) == [(before[text], text) for text in ("NPS", "CSAT", "CES")]
    assert keys(english_of(metrics)) == keys(metrics)
    assert not QuestionChoice.objects.filter(key=before["Omzet"]).exists()
    assert_nothing_left_to_do(root)


def test_a_changed_package_is_not_written_without_update(site, tmp_path):
    root = write_package(tmp_path)
    installed, _ = install(root)
    write_package(root, english=ENGLISH.replace("Pick the CX metrics.", "Choose CX metrics."))
    with CaptureQueriesContext(connection) as queries:
        _installed, changes = install(root)
    assert changes == [
        "question kept as installed (differs from the package; load with --update): "
        "M1 · Tiga metrik"
    ]
    assert writes(queries.captured_queries) == []
    assert english_of(installed["M1 · Tiga metrik"]).text == "<p>Pick the CX metrics.</p>"


def files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


CONTENT = Path(__file__).resolve().parents[2] / "cxacademy" / "content"


@pytest.mark.parametrize("package", ["cx-foundations", "cx-mindset"])
def test_the_shipped_questions_survive_the_round_trip_byte_for_byte(site, tmp_path, package):
    shipped = CONTENT / package
    bank, problems = read(shipped)
    assert problems == []
    kinds = {item.parsed["id"].kind for item in bank.questions}
    assert kinds == {
        "single",
        "multi",
        "truefalse",
        "shortanswer",
        "numeric",
        "matching",
        "ordering",
    }
    changes: list[str] = []
    installed = install_bank(bank, update=False, changes=changes)
    assert (
        len(changes)
        == len(bank.names)
        == Question.objects.filter(locale__language_code="en").count()
    )

    assert dump_bank([installed[name] for name in bank.names], tmp_path) == []
    assert files(tmp_path) == {
        name: data for name, data in files(shipped).items() if name.startswith("questions/")
    }


OTHER_KINDS = {
    "id": """\
        $CATEGORY: $course$/top/CX Mindset/Lainnya

        ::Singkatan NPS::[html]<p>Kepanjangan NPS?</p>{
        \t=Net Promoter Score#Tepat.
        \t=%50%NPS#Itu singkatannya.
        }

        ::Waktu tunggu::[html]<p>Berapa menit?</p>{#
        \t=45:2.5
        \t=%50%40..50#Hampir.
        \t=%0%*#Hitung lagi.
        }

        ::CES mengukur usaha::[html]<p>CES mengukur usaha pelanggan.</p>{TRUE#<p>Salah.</p>}

        ::Metrik dan makna::[html]<p>Pasangkan.</p>{
        \t=NPS -> loyalitas
        \t=CES -> usaha
        \t= -> keberuntungan
        }

        ::Bobot negatif::[html]<p>Pilih.</p>{
        \t~%33.33333%A
        \t~%33.33333%B
        \t~%33.33333%C
        \t~%-33.33333%D
        }
        """,
    "en": """\
        $CATEGORY: $course$/top/CX Mindset/Lainnya

        ::Singkatan NPS::[html]<p>What does NPS stand for?</p>{
        \t=Net Promoter Score#Right.
        \t=%50%NPS#That is the acronym.
        }

        ::Waktu tunggu::[html]<p>How many minutes?</p>{#
        \t=45:2.5
        \t=%50%40..50#Close.
        \t=%0%*#Count again.
        }

        ::CES mengukur usaha::[html]<p>CES measures customer effort.</p>{TRUE#<p>Wrong.</p>}

        ::Metrik dan makna::[html]<p>Match them.</p>{
        \t=NPS -> loyalty
        \t=CES -> effort
        \t= -> luck
        }

        ::Bobot negatif::[html]<p>Pick.</p>{
        \t~%33.33333%A
        \t~%33.33333%B
        \t~%33.33333%C
        \t~%-33.33333%D
        }
        """,
    "toml": """\
        [[question]]
        name = "Singkatan NPS"
        mark = "2.5"
        case_sensitive = true

        [[question]]
        name = "Bobot negatif"
        negative_marks = false
        """,
}


def test_what_gift_has_no_place_for_survives_the_round_trip(site, tmp_path):
    folder = tmp_path / "first" / "questions"
    folder.mkdir(parents=True)
    for suffix, text in [("id.gift", "id"), ("en.gift", "en"), ("toml", "toml")]:
        (folder / f"lainnya.{suffix}").write_text(dedent(OTHER_KINDS[text]), encoding="utf-8")
    installed, _changes = install(tmp_path / "first")
    short = installed["Singkatan NPS"]
    assert (short.default_mark, short.case_sensitive) == (Decimal("2.5"), True)
    wait = installed["Waktu tunggu"].numeric_answers.all()
    assert [(a.value, a.minimum, a.maximum, a.fraction) for a in wait] == [
        (45, None, None, 1),
        (None, 40, 50, Decimal("0.5")),
        (None, None, None, 0),
    ]
    pairs = installed["Metrik dan makna"].pairs.all()
    assert [p.prompt for p in pairs] == ["NPS", "CES", ""]

    assert dump_bank(list(installed.values()), tmp_path / "second") == []
    second = files(tmp_path / "second")
    assert sorted(second) == [
        "questions/cx-mindset--lainnya.en.gift",
        "questions/cx-mindset--lainnya.id.gift",
        "questions/cx-mindset--lainnya.toml",
    ]
    assert (
        b'{ name = "Singkatan NPS", mark = "2.5", case_sensitive = true }'
        in second["questions/cx-mindset--lainnya.toml"]
    )
    Question.objects.all().delete()
    installed, _changes = install(tmp_path / "second")
    assert dump_bank(list(installed.values()), tmp_path / "third") == []
    assert files(tmp_path / "third") == second


def test_dumping_names_what_it_cannot_write(site, tmp_path):
    category = QuestionCategory.for_path(["CX Mindset", "Modul 1"])
    alone = Question.objects.create(
        category=category, name="Only Indonesian", kind="truefalse", text="<p>Ya?</p>", correct=True
    )
    problems = dump_bank([alone], tmp_path)
    assert [str(p) for p in problems] == [
        "questions/cx-mindset--modul-1.en.gift: Only Indonesian: no English translation"
    ]
    assert not (tmp_path / "questions").exists()


def test_dumping_refuses_what_gift_would_read_back_otherwise(site, tmp_path):
    root = write_package(tmp_path / "package")
    installed, _changes = install(root)
    service = installed["M1 · Sifat layanan"]
    arrow = Question.objects.create(
        category=service.category, name="Panah", kind="shortanswer", text="<p>Tulis a->b</p>"
    )
    english = Question.objects.create(
        category=service.category,
        name="Panah",
        kind="shortanswer",
        text="<p>Write a->b</p>",
        locale=Locale.objects.get(language_code="en"),
        translation_key=arrow.translation_key,
    )
    for question in (arrow, english):
        QuestionChoice.objects.create(question=question, text="a->b", fraction=1)

    problems = dump_bank([service, arrow], tmp_path / "out")
    assert [str(p) for p in problems] == [
        "questions/cx-mindset--modul-1.id.gift: Panah: GIFT would not read this question back "
        "as it is stored (such as an answer with -> in a short-answer question)"
    ]
    written = (tmp_path / "out/questions/cx-mindset--modul-1.id.gift").read_text()
    assert "::M1 · Sifat layanan::" in written and "Panah" not in written


def test_gift_export_writes_stored_numbers_without_the_banks_trailing_zeros():
    question = ParsedQuestion(
        kind="numeric",
        name="Retention",
        text="<p>%?</p>",
        numeric=[
            NumericAnswer(value=Decimal("80.000000"), tolerance=Decimal("0.500000")),
            NumericAnswer(value=Decimal("1000.000000"), fraction=Decimal("0E-7")),
        ],
    )
    assert "{#\n\t=80:0.5\n\t=%0%1000\n}" in export_gift([question])


def test_reordered_matching_pairs_keep_their_keys_and_answer_keys(site, tmp_path):
    folder = tmp_path / "questions"
    folder.mkdir()

    def write(swapped: bool) -> None:
        for suffix, text in [("id.gift", "id"), ("en.gift", "en"), ("toml", "toml")]:
            text = dedent(OTHER_KINDS[text])
            for nps, ces in [("loyalitas", "usaha"), ("loyalty", "effort")]:
                pairs = f"\t=NPS -> {nps}\n\t=CES -> {ces}\n"
                if swapped:
                    text = text.replace(pairs, f"\t=CES -> {ces}\n\t=NPS -> {nps}\n")
            (folder / f"lainnya.{suffix}").write_text(text, encoding="utf-8")

    write(swapped=False)
    installed, _ = install(tmp_path)
    matching = installed["Metrik dan makna"]
    before = {p.prompt: (p.key, p.answer_key) for p in matching.pairs.all()}
    write(swapped=True)
    _installed, changes = install(tmp_path, update=True)
    assert changes == [
        "question changed: Metrik dan makna (pairs reordered, English pairs reordered)"
    ]
    pairs = matching.pairs.order_by("sort_order")
    assert [(p.prompt, p.answer) for p in pairs] == [
        ("CES", "usaha"),
        ("NPS", "loyalitas"),
        ("", "keberuntungan"),
    ]
    assert [(p.key, p.answer_key) for p in pairs] == [before["CES"], before["NPS"], before[""]]
    english = english_of(matching).pairs.order_by("sort_order")
    assert [(p.answer, p.key, p.answer_key) for p in english] == [
        ("effort", *before["CES"]),
        ("loyalty", *before["NPS"]),
        ("luck", *before[""]),
    ]
    assert_nothing_left_to_do(tmp_path)

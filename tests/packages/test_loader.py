"""Loading course packages: the shipped ones go in and come out as the same files, a
broken package writes nothing and names its file and line, and an update reaches a site
whose learners are mid-course without losing a record."""

import filecmp
import re
import shutil
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Revision

from courses import services as course_services
from courses.models import CoursePage, Enrolment, ItemProgress, LessonPage
from cxacademy.packages.dumper import dump_course
from cxacademy.packages.loader import load_package, read_package
from cxacademy.packages.problems import PackageRefused
from cxacademy.packages.site import CONTENT
from quizzes.models import Question, QuizPage
from tests import factories

pytestmark = pytest.mark.django_db

FOUNDATIONS = CONTENT / "cx-foundations"
LESSON = "modules/01-layanan-perawatan-pengalaman/01-tiga-pekerjaan-berbeda.toml"
SCENARIO = "modules/03-simulasi/01-kasus-retensi-ritel.toml"
GIFT_ID = "questions/cx-mindset--modul-1.id.gift"
GIFT_EN = "questions/cx-mindset--modul-1.en.gift"


@pytest.fixture
def package(tmp_path) -> Path:
    """A copy of the demo course's package to edit."""
    copy = tmp_path / "cx-foundations"
    shutil.copytree(FOUNDATIONS, copy)
    return copy


def edit(package: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = package / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def same_files(one: Path, other: Path) -> list[str]:
    """The files that differ between two folders ([] when they are the same)."""
    differ = [
        name for name in tree(one) if not filecmp.cmp(one / name, other / name, shallow=False)
    ]
    return differ if tree(one) == tree(other) else ["(the file lists differ)", *differ]


def refused(path: Path, **options) -> list[str]:
    with pytest.raises(PackageRefused) as caught:
        load_package(path, **options)
    return [str(problem) for problem in caught.value.problems]


# --- The shipped packages ------------------------------------------------------------


@pytest.mark.parametrize("name", ["cx-foundations", "cx-mindset"])
def test_a_shipped_package_loads_and_dumps_to_the_same_files(site, tmp_path, name):
    report = load_package(CONTENT / name)
    course = report.course
    english = course.get_translation(Locale.objects.get(language_code="en"))
    assert course.live and english.live
    lesson_files = [
        path
        for path in (CONTENT / name).glob("modules/*/*.toml")
        if path.read_text(encoding="utf-8").startswith('kind = "lesson"')
    ]
    assert LessonPage.objects.descendant_of(course).live().count() == len(lesson_files) > 0
    assert LessonPage.objects.descendant_of(english).live().count() == len(lesson_files)

    dump_course(course, tmp_path / name)

    assert same_files(CONTENT / name, tmp_path / name) == []


def test_loading_the_same_package_twice_changes_nothing(site):
    load_package(FOUNDATIONS)
    revisions = Revision.objects.count()
    pages = Page.objects.count()

    report = load_package(FOUNDATIONS, update=True)

    assert report.changes == []
    assert (Revision.objects.count(), Page.objects.count()) == (revisions, pages)


def test_an_installed_course_is_refused_without_update(site):
    load_package(FOUNDATIONS)

    [message] = refused(FOUNDATIONS)

    assert "already installed" in message and "--update" in message


def test_a_dry_run_reports_and_writes_nothing(site):
    report = load_package(FOUNDATIONS, dry_run=True)

    assert any(change.startswith("added lesson") for change in report.changes)
    assert not CoursePage.objects.exists()
    assert not Question.objects.exists()


# --- A broken package ----------------------------------------------------------------


def test_a_broken_package_writes_nothing_and_names_every_file_and_line(site, package):
    edit(package, LESSON, "estimated_minutes = 8", 'estimated_minutes = 8\ncolour = "red"')
    edit(package, LESSON, 'type = "heading"', 'type = "headline"')
    edit(package, "course.toml", 'title.en = "CX Foundations"\n', "")
    edit(package, GIFT_ID, "::CS is reactive::", "::CS is reactive:: {broken")
    edit(package, SCENARIO, 'next = "', 'next = "nowhere-', 1)

    problems = refused(package)

    def where(name: str, text: str) -> str:
        return "\n".join(p for p in problems if p.startswith(name) and text in p)

    assert re.match(rf"{re.escape(LESSON)}:\d+: unknown field 'colour'", where(LESSON, "colour"))
    assert re.match(rf"{re.escape(LESSON)}:\d+: body\[\d+\]", where(LESSON, "headline"))
    assert where("course.toml", "missing translation") != ""
    assert re.match(rf"{re.escape(GIFT_ID)}:\d+", where(GIFT_ID, ""))
    assert re.match(rf"{re.escape(SCENARIO)}:\d+: scenario", where(SCENARIO, "nowhere-"))
    assert not Page.objects.filter(depth__gt=2).exists()  # not even the catalogue
    assert not Question.objects.exists()


def test_a_block_value_its_block_refuses_is_named_with_the_field(site, package):
    edit(package, LESSON, 'level = "h2"', 'level = "h9"')

    problems = refused(package)

    assert len(problems) == 2  # a field both languages share, checked in each
    for problem, language in zip(problems, ["id", "en"], strict=True):
        assert re.match(rf"{re.escape(LESSON)}:\d+: body\[\d+\] \({language}\): level: ", problem)


def test_the_line_named_is_the_line_of_the_mistake(site, package):
    edit(package, LESSON, "estimated_minutes = 8", 'estimated_minutes = 8\ncolour = "red"')

    [problem] = refused(package)

    line = int(problem.split(":")[1])
    assert (package / LESSON).read_text(encoding="utf-8").splitlines()[line - 1] == 'colour = "red"'


def test_a_question_missing_in_english_is_a_missing_translation(site, package):
    text = (package / GIFT_EN).read_text(encoding="utf-8")
    start = text.index("::Repeating the same data::")
    end = text.index("\n}\n", start) + 3
    (package / GIFT_EN).write_text(text[:start] + text[end:], encoding="utf-8")

    problems = refused(package)

    assert any("Repeating the same data" in p and "translation" in p.lower() for p in problems)


def test_the_command_prints_the_problems_and_fails(site, package, capsys):
    edit(package, LESSON, "estimated_minutes = 8", 'estimated_minutes = "eight"')

    with pytest.raises(CommandError, match="refused, nothing was written"):
        call_command("load_content", str(package))

    assert f"{LESSON}:" in capsys.readouterr().err


def test_a_package_of_another_format_is_refused(site, package):
    edit(package, "course.toml", "format = 1", "format = 2")

    [problem] = refused(package)

    assert problem.startswith("course.toml:") and "format 1" in problem


# --- Updating a site whose learners are mid-course ------------------------------------


def _mid_course(course: CoursePage):
    """Two learners: one with two lessons done, one who answered the quiz."""
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    first, second = factories.learner(), factories.learner()
    for user in (first, second):
        course_services.enrol(user=user, course=course)
    for lesson in lessons[:2]:
        course_services.lesson_mark_done(user=first, lesson=lesson, course=course)
    quiz = QuizPage.objects.live().descendant_of(course).get()
    course_services.item_record_result(
        user=second, item=quiz, course=course, done=True, passed=True, score=80
    )
    return lessons


def _records():
    return sorted(
        ItemProgress.objects.values_list("user_id", "item_key", "done", "passed", "score")
    ) + sorted(Enrolment.objects.values_list("user_id", "course_key", "status", "completed_at"))


def test_an_update_reaches_learners_mid_course_and_keeps_their_progress(site, client, package):
    course = load_package(package).course
    lessons = _mid_course(course)
    before = _records()
    question = Question.objects.get(name="CS is reactive", locale__language_code="id")
    keys = list(question.choices.values_list("key", flat=True))
    edit(package, LESSON, "Tiga pekerjaan dalam satu tabel", "Tiga pekerjaan, satu tabel")
    edit(package, GIFT_ID, "paling tepat digambarkan sebagai…", "paling tepat disebut…")

    report = load_package(package, update=True)

    assert any("tiga-pekerjaan-berbeda" in change for change in report.changes)
    assert any("CS is reactive" in change for change in report.changes)
    client.force_login(factories.learner())
    page = client.get(LessonPage.objects.get(pk=lessons[0].pk).url)
    assert "Tiga pekerjaan, satu tabel" in page.content.decode()
    question.refresh_from_db()
    assert "paling tepat disebut…" in question.text
    assert list(question.choices.values_list("key", flat=True)) == keys  # attempts still read
    assert _records() == before
    assert load_package(package, update=True).changes == []


def test_an_update_keeps_a_removed_page_that_learners_have_records_on(site, package):
    course = load_package(package).course
    lessons = _mid_course(course)
    done, untouched = lessons[0], lessons[2]
    folder = package / "modules/01-layanan-perawatan-pengalaman"
    for path in folder.glob("0[13]-*.toml"):
        path.unlink()

    report = load_package(package, update=True)

    assert LessonPage.objects.filter(pk=done.pk).exists()
    assert any("kept" in change and "1 learner" in change for change in report.changes)
    assert not Page.objects.filter(translation_key=untouched.translation_key).exists()
    assert any("removed" in change for change in report.changes)


def test_an_update_keeps_the_block_ids_a_metric_lab_is_kept_by(site, package):
    course = load_package(package).course
    lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
    ids = [block.id for block in lesson.body]
    edit(package, LESSON, "Tiga pekerjaan dalam satu tabel", "Tiga pekerjaan, satu tabel")

    load_package(package, update=True)

    lesson.refresh_from_db()
    assert [block.id for block in lesson.body] == ids


# --- Dumping ---------------------------------------------------------------------------


def test_dump_names_a_page_without_english_and_writes_nothing(site, tmp_path):
    course = load_package(FOUNDATIONS).course
    lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
    lesson.get_translation(Locale.objects.get(language_code="en")).delete()

    with pytest.raises(PackageRefused) as caught:
        dump_course(course, tmp_path / "out")

    assert any("has no English translation" in str(p) for p in caught.value.problems)
    assert not (tmp_path / "out").exists()


def test_dump_refuses_rich_text_that_links_to_this_site_by_id(site, tmp_path):
    course = load_package(FOUNDATIONS).course
    for language in ("id", "en"):
        lesson = (
            LessonPage.objects.descendant_of(
                course.get_translation(Locale.objects.get(language_code=language))
            )
            .order_by("path")
            .first()
        )
        lesson.body = [("rich_text", '<p><a linktype="page" id="3">home</a></p>')]
        lesson.save_revision().publish()

    with pytest.raises(PackageRefused) as caught:
        dump_course(course, tmp_path / "out")

    assert any("links to a page" in str(p) for p in caught.value.problems)


def test_dump_content_command_writes_a_package_that_loads(site, tmp_path, capsys):
    load_package(FOUNDATIONS)

    call_command("dump_content", "cx-foundations", str(tmp_path / "out"))

    assert "files in" in capsys.readouterr().out
    read_package(tmp_path / "out")  # checked whole: no problem
    with pytest.raises(CommandError, match="No course"):
        call_command("dump_content", "no-such-course", str(tmp_path / "other"))


def test_a_line_removed_from_the_package_removes_the_setting_on_update(site, package):
    load_package(package)
    quiz_file = "modules/02-memetakan-dan-mengukur/04-kuis-layanan-perawatan-pengalaman.toml"
    edit(package, quiz_file, "time_limit_minutes = 20\n", "")

    report = load_package(package, update=True)

    assert any("time_limit_minutes" in change for change in report.changes)
    assert {quiz.time_limit_minutes for quiz in QuizPage.objects.all()} == {None}


def test_a_required_field_left_out_is_a_problem_not_a_crash(site, package):
    text = (package / "course.toml").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith("summary.")]
    (package / "course.toml").write_text("\n".join(kept) + "\n", encoding="utf-8")

    [problem] = refused(package)

    assert problem.startswith("course.toml: summary:")


def test_a_package_read_once_can_be_loaded_again(site):
    package = read_package(FOUNDATIONS)
    load_package(package)

    assert load_package(package, update=True).changes == []


# --- What a review found ----------------------------------------------------------------


def test_an_update_keeps_a_removed_quiz_a_learner_is_half_way_through(site, package):
    from quizzes import services as quiz_services

    course = load_package(package).course
    quiz = QuizPage.objects.live().descendant_of(course).get()
    quiz_services.attempt_start(user=factories.learner(), quiz=quiz, course=course)
    quiz_file = "modules/02-memetakan-dan-mengukur/04-kuis-layanan-perawatan-pengalaman.toml"
    (package / quiz_file).unlink()

    report = load_package(package, update=True)

    assert QuizPage.objects.filter(pk=quiz.pk).exists()
    assert any("kept" in change and "1 learner" in change for change in report.changes)


def test_a_key_of_a_page_in_another_course_is_refused(site, package, tmp_path):
    load_package(package)
    other = tmp_path / "other"
    shutil.copytree(package, other)
    old_key = re.search(r'^key = "(.+)"$', (other / "course.toml").read_text(), re.M).group(1)
    edit(other, "course.toml", old_key, str(uuid.uuid4()))  # a new course…
    edit(other, "course.toml", 'slug.id = "dasar-dasar-cx"', 'slug.id = "kursus-lain"')
    edit(other, "course.toml", 'slug.en = "cx-foundations"', 'slug.en = "another-course"')

    problems = refused(other)  # …whose pages kept the first course's keys

    assert any(p.startswith(LESSON) and "another course" in p for p in problems)


def test_bad_quiz_question_entries_are_named(site, package):
    quiz_file = "modules/02-memetakan-dan-mengukur/04-kuis-layanan-perawatan-pengalaman.toml"
    text = (package / quiz_file).read_text(encoding="utf-8")
    start = text.index("questions = [")
    end = text.index("]\n", start) + 2
    text = (
        text[:start]
        + 'questions = [{ name = "CS is reactive", mark = "abc" }, { nama = "x" }]\n'
        + '\n[[draws]]\ncategory = ["Nowhere"]\ncount = 0\n'
        + text[end:]
    )
    (package / quiz_file).write_text(text, encoding="utf-8")

    problems = [p for p in refused(package) if p.startswith(quiz_file)]

    assert any("entry 1: mark" in p for p in problems)
    assert any("entry 2" in p for p in problems)
    assert any("draws, entry 1: count" in p for p in problems)


def test_a_block_added_on_update_has_one_id_in_both_languages(site, package):
    course = load_package(package).course
    edit(
        package,
        LESSON,
        '[[body]]\ntype = "heading"',
        '[[body]]\ntype = "rich_text"\nvalue.id = "<p>Baru.</p>"\nvalue.en = "<p>New.</p>"\n'
        '\n[[body]]\ntype = "heading"',
    )

    load_package(package, update=True)

    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    english = lesson.get_translation(Locale.objects.get(language_code="en"))
    assert [b.id for b in lesson.body] == [b.id for b in english.body]


def _with_new_image(package: Path) -> None:
    from PIL import Image as PillowImage

    (package / "images").mkdir()
    PillowImage.new("RGB", (4, 4), "teal").save(package / "images" / "team.png")
    edit(
        package,
        LESSON,
        '[[body]]\ntype = "heading"',
        '[[body]]\ntype = "image"\n\n[body.value]\nimage = "images/team.png"\n'
        'alt_text.id = "Tim"\nalt_text.en = "The team"\n\n[[body]]\ntype = "heading"',
    )


def test_a_lesson_with_a_new_image_loads(site, package, settings, tmp_path):
    from wagtail.images.models import Image

    settings.MEDIA_ROOT = tmp_path / "media"
    _with_new_image(package)

    course = load_package(package).course

    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    image_blocks = [b for b in lesson.body if b.block_type == "image"]
    assert image_blocks[0].value["image"] == Image.objects.get()
    assert load_package(package, update=True).changes == []


def test_a_refused_or_dry_run_load_keeps_no_image_file(site, package, settings, tmp_path):
    from wagtail.images.models import Image

    settings.MEDIA_ROOT = tmp_path / "media"
    _with_new_image(package)

    load_package(package, dry_run=True)
    edit(package, SCENARIO, 'next = "', 'next = "nowhere-', 1)
    refused(package)

    assert not Image.objects.exists()
    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []


def test_dump_refuses_a_file_as_its_folder(site, tmp_path):
    course = load_package(FOUNDATIONS).course
    (tmp_path / "file").write_text("x")

    with pytest.raises(PackageRefused):
        dump_course(course, tmp_path / "file")

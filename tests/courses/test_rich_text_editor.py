"""Stored rich text that Wagtail's editor cannot read must open, cleaned, never a 500.

Imports, course packages and older versions of the project have stored raw `<img>`,
`<link>` and `<br>` (no closing slash) inside rich text; Wagtail's converter gave
up on them and the edit screen answered 500, so nobody could repair the page.
"""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import StreamValue

from courses.models import CourseCataloguePage, LessonPage
from cxacademy.rich_text import SafeDraftailRichTextArea
from cxacademy.sanitise import clean_rich_text
from quizzes.models import Question
from tests.courses.conftest import build_course
from tests.quizzes.conftest import build_quiz
from tests.simulations.conftest import build_scenario

pytestmark = pytest.mark.django_db

# What imports and old versions left behind, each with a word a learner must keep.
BROKEN = {
    "img": '<p>Lihat <img src="x"> diagram</p>',
    "img-with-alt": '<p>Peta <img src="/media/peta.png" alt="Peta perjalanan"> pelanggan</p>',
    "link": '<link rel=stylesheet href="https://cdn.example/x.css"><p><link rel="preload">Gaya</p>',
    "br": "<p>Baris satu<br>Baris dua</p>",
    "unclosed": "<p><b>Tebal tanpa penutup</p>",
}
KEPT = {
    "img": "diagram",
    "img-with-alt": "Peta perjalanan",
    "link": "Gaya",
    "br": "Baris dua",
    "unclosed": "Tebal tanpa penutup",
}


def _replace_strings(data, old, new):
    """`data` (a StreamField's raw JSON) with every string equal to `old` replaced."""
    if isinstance(data, dict):
        return {key: _replace_strings(value, old, new) for key, value in data.items()}
    if isinstance(data, list):
        return [_replace_strings(value, old, new) for value in data]
    return new if data == old else data


def _store_raw_stream(page, field, old, new):
    """Put `new` where `old` is in a StreamField, straight into the row (no cleaning)."""
    stream_block = type(page)._meta.get_field(field).stream_block
    raw = _replace_strings(list(getattr(page, field).raw_data), old, new)
    assert raw != list(getattr(page, field).raw_data), "the test must replace something"
    type(page).objects.filter(pk=page.pk).update(
        **{field: StreamValue(stream_block, raw, is_lazy=True)}
    )


def _edit(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("kind", BROKEN)
@pytest.mark.parametrize("role", ["trainer", "superuser"])
def test_lesson_with_broken_rich_text_opens_in_the_editor(client, site, kind, role, request):
    course = build_course(site, modules=1, lessons=1, body=[("rich_text", "<p>Lama</p>")])
    lesson = LessonPage.objects.descendant_of(course).get()
    _store_raw_stream(lesson, "body", "<p>Lama</p>", BROKEN[kind])

    html = _edit(
        client, request.getfixturevalue(role), reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    )

    assert KEPT[kind] in html  # the trainer sees the learner's words, ready to save


def test_catalogue_intro_with_a_raw_image_opens_in_the_editor(client, site, superuser):
    build_course(site, modules=1, lessons=1)
    catalogue = CourseCataloguePage.objects.get()
    CourseCataloguePage.objects.filter(pk=catalogue.pk).update(intro=BROKEN["img-with-alt"])

    html = _edit(client, superuser, reverse("wagtailadmin_pages:edit", args=[catalogue.pk]))

    assert "Peta perjalanan" in html


def test_quiz_intro_with_a_raw_link_opens_in_the_editor(client, site, trainer):
    quiz = build_quiz(site, kinds=["single"])
    type(quiz).objects.filter(pk=quiz.pk).update(intro=BROKEN["img"] + BROKEN["link"])

    html = _edit(client, trainer, reverse("wagtailadmin_pages:edit", args=[quiz.pk]))

    assert "diagram" in html


def test_scenario_briefing_and_step_text_with_raw_tags_open_in_the_editor(client, site, trainer):
    scenario = build_scenario(site)
    type(scenario).objects.filter(pk=scenario.pk).update(briefing=BROKEN["img-with-alt"])
    _store_raw_stream(scenario, "steps", "<p>Pelanggan kembali.</p>", BROKEN["unclosed"])

    html = _edit(client, trainer, reverse("wagtailadmin_pages:edit", args=[scenario.pk]))

    assert "Peta perjalanan" in html
    assert "Tebal tanpa penutup" in html


@pytest.mark.parametrize("role", ["trainer", "superuser"])
def test_question_with_raw_tags_opens_in_the_snippet_editor(client, site, role, request):
    quiz = build_quiz(site, kinds=["truefalse"])
    question = Question.objects.get()
    Question.objects.filter(pk=question.pk).update(
        text=BROKEN["img-with-alt"],
        general_feedback=BROKEN["br"],
        feedback_true=BROKEN["link"],
        feedback_false=BROKEN["unclosed"],
    )
    url = reverse(question.snippet_viewset.get_url_name("edit"), args=[question.pk])

    html = _edit(client, request.getfixturevalue(role), url)

    for kind in ("img-with-alt", "br", "link", "unclosed"):
        assert KEPT[kind] in html
    assert quiz  # the question is in use, as it would be


@pytest.mark.parametrize("kind", BROKEN)
def test_what_the_editor_saves_back_is_clean(kind):
    """The editor submits what it was shown: Wagtail's own, loadable format."""
    widget = SafeDraftailRichTextArea(features=["bold", "italic", "link", "ol", "ul", "hr"])
    shown = widget.format_value(BROKEN[kind])

    saved = widget.value_from_datadict({"body": shown}, {}, "body")

    assert "<img" not in saved and "<link" not in saved
    assert KEPT[kind] in saved
    ContentstateConverter(widget.features).from_database_format(saved)  # loads again


def test_the_editor_shows_good_rich_text_unchanged():
    """Page links and headings survive: only what the converter cannot read is cleaned."""
    good = '<h2>Judul</h2><p>Lihat <a linktype="page" id="3">halaman</a><br/>baru</p>'
    widget = SafeDraftailRichTextArea(features=["h2", "link"])

    shown = json.loads(widget.format_value(good))
    wagtails = json.loads(ContentstateConverter(["h2", "link"]).from_database_format(good))

    # Block keys are random; everything else must be Wagtail's own conversion.
    for block in shown["blocks"] + wagtails["blocks"]:
        block.pop("key")
    assert shown == wagtails
    assert shown["entityMap"]["0"]["data"]["id"] == 3


@pytest.mark.parametrize("kind", BROKEN)
def test_clean_rich_text_gives_what_the_editor_can_load(kind):
    cleaned = clean_rich_text(BROKEN[kind])

    ContentstateConverter(["bold", "italic", "link", "hr"]).from_database_format(cleaned)
    assert KEPT[kind] in cleaned
    assert "<img" not in cleaned and "<link" not in cleaned and "<br>" not in cleaned


def test_clean_rich_text_keeps_wagtail_links_and_drops_scripts():
    cleaned = clean_rich_text(
        '<p onclick="steal()"><a linktype="page" id="7">Modul</a>'
        '<a href="javascript:steal()">x</a><script>steal()</script></p>'
    )

    assert 'linktype="page"' in cleaned and 'id="7"' in cleaned
    assert "steal" not in cleaned


def test_clean_rich_text_command_repairs_stored_content_and_leaves_good_rows(site):
    course = build_course(site, modules=1, lessons=2, body=[("rich_text", "<p>Lama</p>")])
    broken, good = LessonPage.objects.descendant_of(course).order_by("path")
    _store_raw_stream(broken, "body", "<p>Lama</p>", BROKEN["img-with-alt"])
    quiz = build_quiz(site, kinds=["single"])
    question = Question.objects.get()
    Question.objects.filter(pk=question.pk).update(
        text=BROKEN["link"], general_feedback="<p>Baik<br/>sekali</p>"
    )
    scenario = build_scenario(site)
    _store_raw_stream(scenario, "steps", "<p>Pelanggan kembali.</p>", BROKEN["br"])
    good_body = LessonPage.objects.get(pk=good.pk).body.raw_data[0]["value"]
    out = io.StringIO()

    call_command("clean_rich_text", "--dry-run", stdout=out)
    assert "3 rows would be cleaned" in out.getvalue()
    assert "<img" in LessonPage.objects.get(pk=broken.pk).body.raw_data[0]["value"]

    call_command("clean_rich_text", stdout=io.StringIO())

    lesson_text = LessonPage.objects.get(pk=broken.pk).body.raw_data[0]["value"]
    assert "<img" not in lesson_text and "Peta perjalanan" in lesson_text
    question.refresh_from_db()
    assert "<link" not in question.text and "Gaya" in question.text
    assert question.general_feedback == "<p>Baik<br/>sekali</p>"  # loadable: untouched
    steps = json.dumps(list(type(scenario).objects.get(pk=scenario.pk).steps.raw_data))
    assert "Baris satu<br/>Baris dua" in steps
    assert LessonPage.objects.get(pk=good.pk).body.raw_data[0]["value"] == good_body
    assert quiz.intro == ""
    again = io.StringIO()
    call_command("clean_rich_text", stdout=again)
    assert "0 rows cleaned" in again.getvalue()

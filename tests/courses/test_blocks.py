"""The lesson teaching blocks: what learners see, what trainers are told, what is refused."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.blocks.base import get_error_json_data
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.blocks import LessonStreamBlock, parse_video_url

STREAM = LessonStreamBlock()
BLOCK_NAMES = [
    "rich_text",
    "heading",
    "image",
    "video",
    "callout",
    "quote",
    "comparison_table",
    "metric_formula",
    "journey_map",
    "knowledge_check",
    "metric_lab",
]


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def make(name, raw):
    """A block value as it comes out of the database."""
    return STREAM.child_blocks[name].to_python(raw)


def render(name, raw, **context):
    block = STREAM.child_blocks[name]
    return block.render(block.to_python(raw), context=context)


def error_messages(error: ValidationError) -> list[str]:
    """Every message in a (nested) block validation error, as the admin would show them."""
    found = []

    def walk(data):
        if isinstance(data, dict):
            found.extend(data.get("messages", []))
            for value in data.values():
                walk(value)
        elif isinstance(data, list):
            for value in data:
                walk(value)

    walk(get_error_json_data(error))
    return found


def clean_errors(name, raw) -> list[str]:
    block = STREAM.child_blocks[name]
    with pytest.raises(ValidationError) as caught:
        block.clean(block.to_python(raw))
    return error_messages(caught.value)


COMPARISON = {
    "caption": "CS, customer care and CX",
    "columns": ["Customer service", "Customer care", "Customer experience"],
    "rows": [
        {"aspect": "Nature", "cells": ["Reactive", "Proactive, personal", "Designed end to end"]},
        {"aspect": "Scope", "cells": ["One touchpoint", "One customer", "The whole journey"]},
    ],
}


def journey(emotions=(1, -1, -2, -1, 1)):
    names = ["Purchase", "Use", "Return request", "Refund", "Loyalty", "Advocacy", "X", "Y"]
    return {
        "title": "Returning a rice cooker",
        "persona": "Rina, 29",
        "stages": [
            {
                "stage": names[index],
                "customer_goal": "Get it done",
                "touchpoints": "Returns page\n- Return form\n\nWhatsApp chat",
                "channel": "Website",
                "emotion": emotion,
                "pain_points": "Form asks for the order data again" if emotion < 0 else "",
                "owner": "Customer service",
            }
            for index, emotion in enumerate(emotions)
        ],
    }


KNOWLEDGE_CHECK = {
    "question": "A customer repeats her order number to three polite agents. What is wrong?",
    "choices": [
        {
            "text": "The agents need politeness training.",
            "correct": False,
            "feedback": "<p>They were already polite.</p>",
        },
        {
            "text": "Information does not travel between channels.",
            "correct": True,
            "feedback": "<p>Yes: a gap in the journey.</p>",
        },
        {"text": "Nothing is wrong.", "correct": False, "feedback": ""},
    ],
    "explanation": "<p>CS is one element inside CX.</p>",
}


# --- What trainers are told ---------------------------------------------------


def test_the_lesson_body_offers_every_teaching_block():
    assert list(STREAM.child_blocks) == BLOCK_NAMES


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_every_block_explains_itself_in_the_admin(name):
    block = STREAM.child_blocks[name]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.meta.label and str(block.label) == str(block.meta.label)  # declared, translatable
    assert block.get_template().startswith("courses/blocks/")
    assert hasattr(block.meta, "preview_value")
    assert str(block.get_description())
    assert block.is_previewable


@pytest.mark.django_db
@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_every_preview_renders_a_realistic_block_without_scripts(name):
    block = STREAM.child_blocks[name]
    html = block.render(block.get_preview_value())
    assert f"block--{name}" in html
    assert "<script" not in html


def test_the_nps_preview_uses_the_curriculum_example():
    html = STREAM.child_blocks["metric_formula"].render(
        STREAM.child_blocks["metric_formula"].get_preview_value()
    )
    assert "90 ÷ 200 = 45%" in html
    assert "40 ÷ 200 = 20%" in html
    assert "NPS = 25" in html


def test_the_block_picker_preview_shows_the_block_with_site_styles(client, superuser):
    client.force_login(superuser)
    block = STREAM.child_blocks["journey_map"]
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    page = response.content.decode()
    assert response.status_code == 200
    assert "css/blocks.css" in page
    with translation.override("id"):  # the admin speaks the site language by default
        assert str(_("Return request")) in page


def test_the_video_preview_does_not_contact_youtube(client, superuser):
    client.force_login(superuser)
    block = STREAM.child_blocks["video"]
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    with translation.override("id"):
        assert str(_("The video plays here.")) in response.content.decode()
    assert "<iframe" not in response.content.decode()


# --- Rich text and headings ---------------------------------------------------


def test_rich_text_keeps_lesson_formatting():
    html = render(
        "rich_text", "<h2>Three jobs</h2><p><b>CS</b> is one touchpoint.</p><ul><li>CX</li></ul>"
    )
    assert "<h2>Three jobs</h2>" in html
    assert "<b>CS</b>" in html
    assert "<li>CX</li>" in html


def test_rich_text_cannot_run_scripts():
    html = render(
        "rich_text",
        '<p>Hi</p><script>alert(1)</script><a href="javascript:alert(1)">click</a>'
        '<p onclick="alert(1)">Tap</p>',
    )
    assert "Hi" in html and "Tap" in html
    assert "<script" not in html
    assert "javascript:" not in html
    assert "onclick" not in html


def test_rich_text_offers_only_lesson_features():
    assert set(STREAM.child_blocks["rich_text"].features) == {
        "h2", "h3", "bold", "italic", "ol", "ul", "link", "hr"
    }  # fmt: skip


def test_a_heading_can_be_linked_to():
    html = render("heading", {"text": "Apa itu customer experience?", "level": "h3"})
    assert '<h3 class="block block--heading" id="apa-itu-customer-experience">' in html
    assert make("heading", {"text": "!!!", "level": "h2"}).anchor == "section"


# --- Image ----------------------------------------------------------------------


@pytest.mark.django_db
def test_an_image_is_described_for_screen_readers():
    image = get_image_model().objects.create(title="Agent", file=get_test_image_file())
    html = render(
        "image", {"image": image.pk, "alt_text": "An agent on a chat", "caption": "One touchpoint"}
    )
    assert re.search(r'<img src="[^"]+\.webp"', html)
    assert 'alt="An agent on a chat"' in html
    assert "<figcaption>One touchpoint</figcaption>" in html


@pytest.mark.django_db
def test_a_missing_image_shows_what_it_would_depict():
    html = render("image", {"image": None, "alt_text": "An agent on a chat", "caption": ""})
    assert 'role="img" aria-label="An agent on a chat"' in html
    assert "<img" not in html


# --- Video ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "provider", "video_id"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
        ("https://player.vimeo.com/video/76979871", "vimeo", "76979871"),
    ],
)
def test_youtube_and_vimeo_links_are_recognised(url, provider, video_id):
    value = make("video", {"url": url, "title": "CX", "transcript": ""})
    assert value.source.provider == provider
    assert value.video_id == video_id


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com.evil.test/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/channel/UC123",
        "https://vimeo.com/channels/staffpicks",
        "ftp://youtu.be/dQw4w9WgXcQ",
    ],
)
def test_other_links_are_not_videos(url):
    assert parse_video_url(url) is None


def test_a_video_plays_from_youtubes_privacy_friendly_domain():
    html = render(
        "video",
        {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "Three jobs",
            "transcript": "Customer service solves problems.\n\nCare keeps the relationship.",
        },
    )
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert 'title="Three jobs"' in html
    assert 'loading="lazy"' in html
    assert "<summary>Transcript</summary>" in html
    assert "<p>Care keeps the relationship.</p>" in html


def test_a_vimeo_video_is_played_without_tracking():
    value = make("video", {"url": "https://vimeo.com/76979871/abcdef12", "title": "CX"})
    assert value.embed_url == "https://player.vimeo.com/video/76979871?h=abcdef12&dnt=1"


def test_a_link_that_is_not_youtube_or_vimeo_is_refused():
    messages = clean_errors(
        "video", {"url": "https://example.com/video.mp4", "title": "CX", "transcript": ""}
    )
    assert any("not a YouTube or Vimeo video" in message for message in messages)


# --- Callout and quote ----------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "label"),
    [("takeaway", "Key takeaway"), ("tip", "Tip"), ("warning", "Warning"), ("example", "Example")],
)
def test_a_callout_says_what_kind_it_is_in_words(kind, label):
    html = render("callout", {"kind": kind, "title": "Mind the journey", "body": "<p>Body</p>"})
    assert '<aside class="block block--callout callout callout--' + kind + '" role="note">' in html
    assert re.search(rf"</svg>\s*{label}\s*</p>", html)
    assert "Mind the journey" in html


def test_a_callout_body_is_sanitised():
    html = render("callout", {"kind": "tip", "title": "", "body": '<p onclick="x()">Hi</p>'})
    assert "onclick" not in html and "<p>Hi</p>" in html


def test_a_quote_with_a_case_title_becomes_a_mini_case_study():
    raw = {"quote": "I told you already.", "attribution": "A customer", "case_title": "Told you"}
    html = render("quote", raw)
    assert "Mini case study" in html
    assert '<h3 class="case-study__title">Told you</h3>' in html
    assert "<blockquote" in html and "A customer" in html

    plain = render("quote", {**raw, "case_title": ""})
    assert "Mini case study" not in plain
    assert "I told you already." in plain


def test_quote_text_is_escaped():
    html = render("quote", {"quote": "<b>loud</b>", "attribution": "", "case_title": ""})
    assert "&lt;b&gt;loud&lt;/b&gt;" in html


# --- Comparison table -----------------------------------------------------------


def test_a_comparison_table_is_a_real_accessible_table():
    html = render("comparison_table", COMPARISON)
    assert "<caption>CS, customer care and CX</caption>" in html
    assert '<th scope="col" role="columnheader">Customer care</th>' in html
    assert '<th scope="row" role="rowheader">Scope</th>' in html
    # On phones each cell is labelled with its column.
    assert '<td role="cell" data-label="Customer experience">The whole journey</td>' in html


def test_a_row_with_the_wrong_number_of_cells_is_refused_by_name():
    raw = {**COMPARISON, "rows": [*COMPARISON["rows"], {"aspect": "Time", "cells": ["Now"]}]}
    messages = clean_errors("comparison_table", raw)
    assert len(messages) == 1
    assert "Row 3 (“Time”) has 1 cell, but the table has 3 columns" in messages[0]


def test_a_correct_table_passes_validation():
    block = STREAM.child_blocks["comparison_table"]
    assert block.clean(block.to_python(COMPARISON))["caption"] == COMPARISON["caption"]


@pytest.mark.parametrize("columns", [["Only one"], ["A", "B", "C", "D", "E"]])
def test_a_table_compares_two_to_four_things(columns):
    rows = [{"aspect": "Nature", "cells": ["x"] * len(columns)}]
    messages = clean_errors("comparison_table", {"caption": "C", "columns": columns, "rows": rows})
    assert any("number of items" in message for message in messages)


# --- Metric and formula ---------------------------------------------------------


def test_a_metric_card_shows_formula_terms_and_worked_example():
    html = render(
        "metric_formula",
        {
            "name": "NPS",
            "formula": "% promoters − % detractors",
            "scale": "0–10",
            "variables": [{"symbol": "% promoters", "meaning": "answers of 9 or 10"}],
            "example_problem": "200 answers: 90 promoters, 70 passives, 40 detractors.",
            "example_working": "90 ÷ 200 = 45%\n40 ÷ 200 = 20%\n-\n45 − 20",
            "example_result": "NPS = 25",
            "when_to_use": "For loyalty.",
        },
    )
    assert "<code>NPS = % promoters − % detractors</code>" in html
    assert "<dt><code>% promoters</code></dt>" in html
    assert "<dd>answers of 9 or 10</dd>" in html
    assert "<li>40 ÷ 200 = 20%</li>" in html
    assert "<li>-</li>" in html  # a step starting with a minus sign is kept as typed
    assert "NPS = 25" in html
    assert "When to use it" in html


def test_a_formula_typed_with_its_name_is_not_doubled():
    value = make("metric_formula", {"name": "CSAT", "formula": "CSAT = satisfied ÷ all × 100"})
    assert value.formula_display == "CSAT = satisfied ÷ all × 100"


# --- Journey map ----------------------------------------------------------------


def test_the_emotion_curve_has_a_point_above_each_stage():
    curve = make("journey_map", journey()).emotion_curve
    xs = [point.x for point in curve.points]
    ys = [point.y for point in curve.points]
    assert xs == [80, 240, 400, 560, 720]  # the centre of each stage column
    assert curve.viewbox == "0 0 800 142"
    assert ys.index(max(ys)) == 2  # the return request is the low point
    assert ys[0] == ys[4] < curve.neutral_y < ys[1] == ys[3]
    assert curve.polyline == "80,52 240,88 400,106 560,88 720,52"


def test_the_journey_map_is_a_readable_diagram():
    html = render("journey_map", journey())
    points = re.search(r'<polyline[^>]*points="([^"]+)"', html).group(1).split()
    assert len(points) == 5
    label = re.search(r'<svg[^>]*role="img"[^>]*aria-label="([^"]+)"', html, re.S).group(1)
    for words in [
        "Purchase: satisfied",
        "Use: unhappy",
        "Return request: frustrated",
        "Refund: unhappy",
        "Loyalty: satisfied",
    ]:
        assert words in label
    assert 'class="journey-map__scroll" tabindex="0" role="region"' in html
    assert "<li>Return form</li>" in html  # one touchpoint per line, bullet dropped
    assert "<li>Form asks for the order data again</li>" in html
    assert '<th scope="row">Return request</th>' in html  # the table alternative
    assert "journey-map--stages-5" in html


@override_settings(USE_THOUSAND_SEPARATOR=True)
def test_svg_numbers_are_not_formatted_for_indonesian():
    with translation.override("id"):
        html = render("journey_map", journey(emotions=(0,) * 8))
    assert 'viewBox="0 0 1280 142"' in html
    assert "1.280" not in html


@pytest.mark.parametrize("emotion", [3, -3])
def test_emotion_outside_minus_two_to_plus_two_is_refused(emotion):
    messages = clean_errors("journey_map", journey(emotions=(0, emotion)))
    assert messages


def test_a_journey_needs_at_least_two_stages():
    messages = clean_errors("journey_map", journey(emotions=(0,)))
    assert any("minimum number of items is 2" in message for message in messages)


# --- Knowledge check ------------------------------------------------------------


def test_a_knowledge_check_is_an_accessible_form_that_posts_to_the_lesson():
    html = render(
        "knowledge_check",
        KNOWLEDGE_CHECK,
        block_id="b1",
        check_url="/id/lessons/check/b1/",
        csrf_token="token123",
    )
    assert (
        '<form method="post" action="/id/lessons/check/b1/" class="knowledge-check" '
        "data-knowledge-check" in html
    )
    assert 'name="csrfmiddlewaretoken" value="token123"' in html
    assert "<fieldset>" in html and "<legend>" in html
    for index in range(3):
        assert f'<input type="radio" name="choice" value="{index}" id="check-b1-{index}"' in html
        assert f'<label for="check-b1-{index}">' in html
    assert '<div class="knowledge-check__feedback" aria-live="polite"></div>' in html
    assert re.search(r'<button type="submit" class="knowledge-check__submit">', html)


def test_a_knowledge_check_does_not_give_the_answer_away():
    html = render("knowledge_check", KNOWLEDGE_CHECK, block_id="b1", check_url="/check/")
    assert "already polite" not in html
    assert "a gap in the journey" not in html
    assert "one element inside CX" not in html
    assert "correct" not in html.lower()
    assert "true" not in html.lower()


def test_without_a_check_url_the_form_cannot_be_sent():
    html = render("knowledge_check", KNOWLEDGE_CHECK)
    assert "action=" not in html
    assert re.search(r"<button[^>]*disabled", html)


def test_evaluate_reveals_correctness_and_sanitised_feedback():
    value = make("knowledge_check", KNOWLEDGE_CHECK)
    right = value.evaluate(1)
    assert right["correct"] is True
    assert (
        right["feedback"] == "<p>Yes: a gap in the journey.</p><p>CS is one element inside CX.</p>"
    )
    wrong = value.evaluate(0)
    assert wrong["correct"] is False
    assert "already polite" in wrong["feedback"] and "one element inside CX" in wrong["feedback"]
    assert value.evaluate("2")["feedback"] == "<p>CS is one element inside CX.</p>"


def test_evaluate_feedback_cannot_carry_scripts():
    raw = {**KNOWLEDGE_CHECK, "explanation": '<p onclick="x()">Why</p><script>alert(1)</script>'}
    feedback = make("knowledge_check", raw).evaluate(0)["feedback"]
    assert "onclick" not in feedback and "<script" not in feedback and "alert" not in feedback


@pytest.mark.parametrize("choice", [-1, 3, 99, "x", "", "-1", None, 1.0, True])
def test_evaluate_refuses_choices_that_do_not_exist(choice):
    with pytest.raises(ValueError):
        make("knowledge_check", KNOWLEDGE_CHECK).evaluate(choice)


def test_a_knowledge_check_needs_a_correct_answer():
    raw = {
        **KNOWLEDGE_CHECK,
        "choices": [{**choice, "correct": False} for choice in KNOWLEDGE_CHECK["choices"]],
    }
    messages = clean_errors("knowledge_check", raw)
    assert messages == ["Tick at least one answer as correct, so learners can get it right."]
    # A draft may be saved before the trainer has decided on the answer.
    block = STREAM.child_blocks["knowledge_check"]
    assert block.clean_deferred(block.to_python(raw))["question"] == raw["question"]


@pytest.mark.parametrize("count", [1, 7])
def test_a_knowledge_check_has_two_to_six_answers(count):
    choices = [{"text": f"Answer {n}", "correct": True, "feedback": ""} for n in range(count)]
    messages = clean_errors("knowledge_check", {**KNOWLEDGE_CHECK, "choices": choices})
    assert any("number of items" in message for message in messages)

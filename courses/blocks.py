"""Teaching blocks that trainers put into lessons.

Each block declares how it looks in the admin (icon, label, description, a
realistic preview) and how it renders for learners (a template in
courses/templates/courses/blocks/). Display logic lives in `StructValue`
methods so templates stay simple and the logic is tested directly.

All rich text is rendered through `richtext_clean`, the project's one sanitiser.
"""

import re
import zlib
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import parse_qs, urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from courses import metric_lab
from courses.metric_lab import METRIC_CHOICES, METRIC_NAMES, METRICS, Exercise, Number
from cxacademy.sanitise import rich_text_html

PREVIEW_TEMPLATE = "courses/blocks/preview.html"

# Groups in the block picker, so a trainer scanning for "something to test
# understanding" finds it without knowing block names.
GROUP_TEXT = _("Text")
GROUP_MEDIA = _("Media")
GROUP_CX_TOOLS = _("CX tools")
GROUP_PRACTICE = _("Practice")

PROSE_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "hr"]
SHORT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def _lines(text: str | None) -> list[str]:
    """One item per non-empty line; a leading "-", "*" or "•" typed out of habit is dropped."""
    return [
        line.strip().lstrip("-*•").strip() for line in (text or "").splitlines() if line.strip()
    ]


# --- Rich text and headings -------------------------------------------------


class LessonRichTextBlock(blocks.RichTextBlock):
    """Lesson prose: headings, lists and links, but no images or embeds inside."""

    def __init__(self, features=None, **kwargs):
        super().__init__(features=features or PROSE_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        group = GROUP_TEXT
        template = "courses/blocks/rich_text.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("Paragraphs with sub-headings, lists and links.")
        preview_value = format_lazy(
            "<p>{}</p><ul><li>{}</li><li>{}</li></ul>",
            _(
                "Customer experience (CX) is the impression a customer builds up from "
                "every interaction with a brand: before, during and after the purchase. "
                "PwC found that 73% of consumers call experience an important factor in "
                "their buying decisions."
            ),
            _("Customer service is one touchpoint inside that journey."),
            _("A polite agent cannot make up for a confusing returns process."),
        )


class HeadingValue(blocks.StructValue):
    @cached_property
    def anchor(self) -> str:
        """The id a table of contents or a shared link can point at."""
        return slugify(self.get("text") or "") or "section"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)"))],
        default="h2",
        help_text=_("Use H3 only under an H2, so screen-reader users can follow the outline."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        group = GROUP_TEXT
        template = "courses/blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = HeadingValue
        description = _("A section heading that learners can link to.")
        preview_value = {"text": _("What is customer experience?"), "level": "h2"}


# --- Media ------------------------------------------------------------------


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who use a screen reader, "
            "e.g. “A customer service agent answering a chat on a laptop”."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        group = GROUP_MEDIA
        template = "courses/blocks/image.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A picture with a caption and a description for screen readers.")
        preview_value = {
            "image": None,
            "alt_text": _("A customer service agent answering a chat on a laptop"),
            "caption": _("Service happens at one touchpoint; experience covers them all."),
        }

    def get_preview_value(self):
        # Show the newest picture in the library, if there is one, so the preview
        # looks like a real lesson; otherwise the template shows a placeholder.
        from wagtail.images import get_image_model

        value = super().get_preview_value()
        value["image"] = get_image_model().objects.order_by("-created_at").first()
        return value


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_PATH = re.compile(r"^/(?:video/)?(\d+)(?:/([0-9a-f]+))?/?$")
_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "www.youtube-nocookie.com"}
_VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


@dataclass(frozen=True)
class VideoSource:
    provider: str  # "youtube" or "vimeo"
    video_id: str
    vimeo_hash: str = ""  # unlisted Vimeo videos need it to play

    @property
    def embed_url(self) -> str:
        # Privacy-friendly players: no YouTube cookies, Vimeo's "do not track".
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}"
        query = f"?h={self.vimeo_hash}&dnt=1" if self.vimeo_hash else "?dnt=1"
        return f"https://player.vimeo.com/video/{self.video_id}{query}"


def parse_video_url(url: str | None) -> VideoSource | None:
    """The YouTube or Vimeo video a pasted link points at, or None."""
    parts = urlsplit((url or "").strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https"):
        return None
    if host == "youtu.be":
        candidate = parts.path.strip("/")
    elif host in _YOUTUBE_HOSTS:
        if parts.path == "/watch":
            candidate = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/")):
            candidate = parts.path.split("/")[2]
        else:
            return None
    elif host in _VIMEO_HOSTS:
        match = _VIMEO_PATH.match(parts.path)
        if not match or (host == "player.vimeo.com") != parts.path.startswith("/video/"):
            return None
        vimeo_hash = match.group(2) or parse_qs(parts.query).get("h", [""])[0]
        return VideoSource("vimeo", match.group(1), vimeo_hash)
    else:
        return None
    return VideoSource("youtube", candidate) if _YOUTUBE_ID.match(candidate) else None


class VideoValue(blocks.StructValue):
    @cached_property
    def source(self) -> VideoSource | None:
        return parse_video_url(self.get("url"))

    @cached_property
    def video_id(self) -> str:
        return self.source.video_id if self.source else ""

    @cached_property
    def embed_url(self) -> str:
        return self.source.embed_url if self.source else ""


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Video link"),
        help_text=_(
            "Paste the link of a YouTube or Vimeo video, e.g. "
            "https://www.youtube.com/watch?v=… or https://vimeo.com/123456789."
        ),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_("What the video is about. Screen readers announce it before playing."),
    )
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What is said in the video, for learners who cannot or prefer not to listen."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        group = GROUP_MEDIA
        template = "courses/blocks/video.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = VideoValue
        description = _("A YouTube or Vimeo video, played without tracking cookies.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "title": _("Three jobs: customer service, customer care and CX"),
            "transcript": _(
                "Customer service solves a problem when the customer asks. Customer care "
                "looks after the relationship afterwards. Customer experience is the whole "
                "journey, from the first advert to the after-sales follow-up."
            ),
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and value.source is None:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        gettext(
                            "This link is not a YouTube or Vimeo video. Use a link such as "
                            "https://www.youtube.com/watch?v=…, https://youtu.be/… or "
                            "https://vimeo.com/123456789."
                        )
                    )
                }
            )
        return value


# --- Explaining -------------------------------------------------------------


# The kind of a callout is written out (with an icon), never shown by colour alone.
CALLOUT_KINDS = {
    "takeaway": _("Key takeaway"),
    "tip": _("Tip"),
    "warning": _("Warning"),
    "example": _("Example"),
}


class CalloutValue(blocks.StructValue):
    @property
    def kind_label(self):
        return CALLOUT_KINDS.get(self.get("kind"), CALLOUT_KINDS["takeaway"])


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=list(CALLOUT_KINDS.items()),
        default="takeaway",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    body = blocks.RichTextBlock(label=_("Text"), features=SHORT_FEATURES)

    class Meta:
        icon = "info-circle"
        label = _("Callout")
        group = GROUP_TEXT
        template = "courses/blocks/callout.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = CalloutValue
        description = _("A highlighted key takeaway, tip, warning or example.")
        preview_value = {
            "kind": "takeaway",
            "title": _("Service is one part of the experience"),
            "body": format_lazy(
                "<p>{}</p>",
                _(
                    "Excellent customer service cannot rescue a poor journey, but poor "
                    "service can spoil an otherwise good one."
                ),
            ),
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=150,
        help_text=_("A role rather than a real name, e.g. “Customer of an online shop”."),
    )
    case_title = blocks.CharBlock(
        label=_("Case study title"),
        required=False,
        max_length=150,
        help_text=_("Fill this in to show the quote as a mini case study card."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote or mini case")
        group = GROUP_TEXT
        template = "courses/blocks/quote.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A customer's words, optionally framed as a mini case study.")
        preview_value = {
            "quote": _(
                "I explained the problem on WhatsApp, then by email, then again to the "
                "call center. Everyone was polite, but nobody knew what I had already said."
            ),
            "attribution": _("Customer of an online retailer"),
            "case_title": _("“I already told you that”"),
        }


# --- CX tools ---------------------------------------------------------------


class ComparisonRowBlock(blocks.StructBlock):
    aspect = blocks.CharBlock(label=_("Aspect"), max_length=100, help_text=_("e.g. “Nature”"))
    cells = blocks.ListBlock(
        blocks.CharBlock(label=_("Cell"), max_length=300),
        label=_("Cells"),
        help_text=_("One cell per column, in the same order as the columns."),
    )

    class Meta:
        icon = "table"
        label = _("Row")


class ComparisonTableValue(blocks.StructValue):
    @cached_property
    def body_rows(self) -> list[dict]:
        """Rows with each cell paired with its column name (the label phones show)."""
        columns = list(self.get("columns") or [])
        rows = []
        for row in self.get("rows") or []:
            cells = list(row.get("cells") or [])
            # A draft may have fewer cells than columns; the gaps render empty.
            cells += [""] * (len(columns) - len(cells))
            labels = columns + [""] * (len(cells) - len(columns))
            rows.append(
                {"aspect": row.get("aspect"), "cells": list(zip(labels, cells, strict=True))}
            )
        return rows


class ComparisonTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=200,
        help_text=_("What the table compares; screen readers announce it first."),
    )
    columns = blocks.ListBlock(
        blocks.CharBlock(label=_("Column"), max_length=80),
        label=_("Columns"),
        min_num=2,
        max_num=4,
        default=["", ""],  # a new table starts with the two columns it needs
        help_text=_("The things being compared (2 to 4), e.g. “Customer service”."),
    )
    rows = blocks.ListBlock(ComparisonRowBlock(), label=_("Rows"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Comparison table")
        group = GROUP_CX_TOOLS
        template = "courses/blocks/comparison_table.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = ComparisonTableValue
        description = _("Compare two to four ideas aspect by aspect; readable on phones.")
        preview_value = {
            "caption": _("Customer service, customer care and customer experience"),
            "columns": [_("Customer service"), _("Customer care"), _("Customer experience")],
            "rows": [
                {
                    "aspect": _("What it is"),
                    "cells": [
                        _("Help when a customer asks or has a problem"),
                        _("The ongoing relationship after the problem is solved"),
                        _("The overall impression from every interaction with the brand"),
                    ],
                },
                {
                    "aspect": _("Nature"),
                    "cells": [
                        _("Reactive, quick, transactional problem solving"),
                        _("Proactive, personal, long-term"),
                        _("Proactive, designed end to end"),
                    ],
                },
                {
                    "aspect": _("Scope"),
                    "cells": [
                        _("One touchpoint"),
                        _("The relationship with one customer"),
                        _("The whole journey, every touchpoint, every team"),
                    ],
                },
                {
                    "aspect": _("Success metrics"),
                    "cells": [
                        _("Response time, FCR, AHT"),
                        _("NPS, customer lifetime value"),
                        _("CSAT, NPS, CES, retention, churn"),
                    ],
                },
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation:
            return value  # a draft may still be half-filled
        column_count = len(value["columns"])
        row_errors = {}
        for index, row in enumerate(value["rows"]):
            cell_count = len(row["cells"])
            if cell_count == column_count:
                continue
            message = ngettext(
                "Row %(number)d (“%(aspect)s”) has %(cells)d cell, but the table has "
                "%(columns)d columns. Give every row one cell per column.",
                "Row %(number)d (“%(aspect)s”) has %(cells)d cells, but the table has "
                "%(columns)d columns. Give every row one cell per column.",
                cell_count,
            ) % {
                "number": index + 1,
                "aspect": row["aspect"],
                "cells": cell_count,
                "columns": column_count,
            }
            row_errors[index] = StructBlockValidationError(
                block_errors={"cells": ListBlockValidationError(non_block_errors=[message])}
            )
        if row_errors:
            raise StructBlockValidationError(
                block_errors={"rows": ListBlockValidationError(block_errors=row_errors)}
            )
        return value


class MetricVariableBlock(blocks.StructBlock):
    symbol = blocks.CharBlock(label=_("Symbol or term"), max_length=40)
    meaning = blocks.CharBlock(label=_("Meaning"), max_length=250)

    class Meta:
        icon = "decimal"
        label = _("Term")


class MetricFormulaValue(blocks.StructValue):
    @property
    def formula_display(self) -> str:
        """The formula with the metric's name in front, unless the trainer already typed it."""
        formula = self.get("formula") or ""
        return formula if "=" in formula else f"{self.get('name')} = {formula}"

    @cached_property
    def working_steps(self) -> list[str]:
        # Not _lines(): a step may well start with a minus sign.
        return [
            line.strip()
            for line in (self.get("example_working") or "").splitlines()
            if line.strip()
        ]


class MetricFormulaBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Metric"), max_length=60, help_text=_("e.g. “NPS”"))
    formula = blocks.CharBlock(
        label=_("Formula"),
        max_length=200,
        help_text=_("e.g. “% promoters − % detractors”"),
    )
    scale = blocks.CharBlock(
        label=_("Scale"),
        required=False,
        max_length=200,
        help_text=_("The survey scale and the range of the result, e.g. “0–10; −100 to +100”."),
    )
    variables = blocks.ListBlock(MetricVariableBlock(), label=_("Terms in the formula"), min_num=0)
    example_problem = blocks.TextBlock(label=_("Worked example: the situation"))
    example_working = blocks.TextBlock(
        label=_("Worked example: the working"), help_text=_("One step per line.")
    )
    example_result = blocks.CharBlock(
        label=_("Worked example: the result"), max_length=120, help_text=_("e.g. “NPS = 25”")
    )
    when_to_use = blocks.TextBlock(label=_("When to use it"), required=False)

    class Meta:
        icon = "decimal"
        label = _("Metric and formula")
        group = GROUP_CX_TOOLS
        template = "courses/blocks/metric_formula.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = MetricFormulaValue
        description = _("A CX metric with its formula, its terms and a worked example.")
        preview_value = {
            "name": "NPS",
            "formula": _("% promoters − % detractors"),
            "scale": _("Answers from 0 to 10; the score runs from −100 to +100"),
            "variables": [
                {"symbol": _("% promoters"), "meaning": _("Share of all answers that are 9 or 10")},
                {
                    "symbol": _("% detractors"),
                    "meaning": _("Share of all answers from 0 to 6"),
                },
                {
                    "symbol": _("passives"),
                    "meaning": _("Answers of 7 or 8: counted in the total, in neither group"),
                },
            ],
            "example_problem": _(
                "200 customers answer “How likely are you to recommend us to a friend?”: "
                "90 give 9 or 10, 70 give 7 or 8 and 40 give 0 to 6."
            ),
            "example_working": _(
                "Promoters: 90 ÷ 200 = 45%\nDetractors: 40 ÷ 200 = 20%\nNPS = 45 − 20"
            ),
            "example_result": _("NPS = 25"),
            "when_to_use": _(
                "For the relationship as a whole (loyalty), measured regularly. To judge "
                "one conversation use CSAT; to judge one process, such as returns, use CES."
            ),
        }


# Emotion scale of a journey map, from −2 to +2. Each level is drawn as a small
# face (SVG, so it needs no emoji font) and always written out in words.
EMOTIONS = {
    -2: _("frustrated"),
    -1: _("unhappy"),
    0: _("neutral"),
    1: _("satisfied"),
    2: _("delighted"),
}


class JourneyStageValue(blocks.StructValue):
    @cached_property
    def emotion_level(self) -> int:
        # An unset (draft) or out-of-range emotion is drawn at the nearest valid level.
        return max(-2, min(2, self.get("emotion") or 0))

    @property
    def emotion_word(self):
        return EMOTIONS[self.emotion_level]

    @property
    def face_mouth(self) -> str:
        """SVG path of the face's mouth (face centred on 0,0): a smile for +2, a frown for −2."""
        level = self.emotion_level
        return f"M -6 {6 - level} Q 0 {6 + 2 * level} 6 {6 - level}"

    @property
    def mood(self) -> str:
        """A CSS hook (low, neutral or high); colour never carries the emotion alone."""
        level = self.emotion_level
        return "low" if level < 0 else "high" if level > 0 else "neutral"

    @cached_property
    def touchpoint_list(self) -> list[str]:
        return _lines(self.get("touchpoints"))

    @cached_property
    def pain_point_list(self) -> list[str]:
        return _lines(self.get("pain_points"))


@dataclass(frozen=True)
class CurvePoint:
    x: int
    y: int
    stage: JourneyStageValue

    @property
    def transform(self) -> str:
        return f"translate({self.x} {self.y})"  # the face is drawn around 0,0

    @property
    def word_y(self) -> int:
        return self.y + 30  # baseline of the word, under the face drawn on the point


@dataclass(frozen=True)
class EmotionCurve:
    """Geometry of the emotion curve in SVG user units (the SVG scales to fit)."""

    points: list[CurvePoint]
    width: int
    height: int
    neutral_y: int

    @property
    def viewbox(self) -> str:
        return f"0 0 {self.width} {self.height}"

    @property
    def polyline(self) -> str:
        # Built here, not in the template, so no locale ever formats these numbers.
        return " ".join(f"{point.x},{point.y}" for point in self.points)


class JourneyMapValue(blocks.StructValue):
    # One column of the diagram per stage; the SVG is as wide as the columns so
    # each point sits above its stage.
    STAGE_WIDTH = 160
    TOP = 34  # room for the face centred on a "delighted" point
    LEVEL_STEP = 18  # vertical distance between two emotion levels
    BOTTOM = 36  # room for the face and the word under a "frustrated" point

    @cached_property
    def emotion_curve(self) -> EmotionCurve:
        stages = list(self.get("stages") or [])
        points = [
            CurvePoint(
                x=index * self.STAGE_WIDTH + self.STAGE_WIDTH // 2,
                y=self.TOP + (2 - stage.emotion_level) * self.LEVEL_STEP,
                stage=stage,
            )
            for index, stage in enumerate(stages)
        ]
        return EmotionCurve(
            points=points,
            width=max(len(stages), 1) * self.STAGE_WIDTH,
            height=self.TOP + 4 * self.LEVEL_STEP + self.BOTTOM,
            neutral_y=self.TOP + 2 * self.LEVEL_STEP,
        )

    @property
    def emotion_summary(self) -> str:
        """The curve in words, for screen readers: "Purchase: satisfied; Return: frustrated"."""
        return "; ".join(
            gettext("%(stage)s: %(emotion)s")
            % {"stage": stage.get("stage"), "emotion": stage.emotion_word}
            for stage in self.get("stages") or []
        )


class JourneyStageBlock(blocks.StructBlock):
    stage = blocks.CharBlock(label=_("Stage"), max_length=60, help_text=_("e.g. “Purchase”"))
    customer_goal = blocks.CharBlock(
        label=_("Customer goal"),
        max_length=200,
        help_text=_("What the customer wants to get done at this stage."),
    )
    touchpoints = blocks.TextBlock(
        label=_("Touchpoints"),
        help_text=_("Where the customer meets the company, one per line."),
    )
    channel = blocks.CharBlock(label=_("Channel"), max_length=120, help_text=_("e.g. “App”"))
    emotion = blocks.IntegerBlock(
        label=_("Emotion"),
        min_value=-2,
        max_value=2,
        default=0,
        help_text=_(
            "How the customer feels: −2 frustrated, −1 unhappy, 0 neutral, 1 satisfied, "
            "2 delighted."
        ),
    )
    pain_points = blocks.TextBlock(
        label=_("Pain points"), required=False, help_text=_("One per line.")
    )
    owner = blocks.CharBlock(
        label=_("Owner"),
        required=False,
        max_length=120,
        help_text=_("The team responsible for this stage, e.g. “Customer service”."),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Stage")
        value_class = JourneyStageValue


class JourneyMapBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    persona = blocks.CharBlock(
        label=_("Persona"),
        required=False,
        max_length=250,
        help_text=_("Whose journey this is, e.g. “Rina, 29, shops in the app after work”."),
    )
    stages = blocks.ListBlock(
        JourneyStageBlock(),
        label=_("Stages"),
        min_num=2,
        max_num=8,
        help_text=_("From first contact to loyalty, in order (2 to 8 stages)."),
    )

    class Meta:
        icon = "arrow-right-full"
        label = _("Customer journey map")
        group = GROUP_CX_TOOLS
        template = "courses/blocks/journey_map.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = JourneyMapValue
        description = _(
            "A customer journey stage by stage: goals, touchpoints, pain points and an "
            "emotion curve."
        )
        preview_value = {
            "title": _("Returning a faulty rice cooker"),
            "persona": _("Rina, 29, buys household goods in the app after work"),
            "stages": [
                {
                    "stage": _("Purchase"),
                    "customer_goal": _("Buy a good rice cooker quickly at a fair price"),
                    "touchpoints": _("Product page\nCheckout\nOrder confirmation"),
                    "channel": _("App"),
                    "emotion": 1,
                    "pain_points": _("The product page does not say what the warranty covers"),
                    "owner": _("E-commerce team"),
                },
                {
                    "stage": _("Use"),
                    "customer_goal": _("Cook rice on the day it arrives"),
                    "touchpoints": _("Delivery\nUnboxing\nQuick-start guide"),
                    "channel": _("Courier, printed guide"),
                    "emotion": -1,
                    "pain_points": _("The lid does not close properly"),
                    "owner": _("Logistics and product team"),
                },
                {
                    "stage": _("Return request"),
                    "customer_goal": _("Send the faulty item back without hassle"),
                    "touchpoints": _("Returns page\nReturn form\nWhatsApp chat"),
                    "channel": _("Website, WhatsApp"),
                    "emotion": -2,
                    "pain_points": _(
                        "The returns page is hard to find\n"
                        "The form asks again for the order data\n"
                        "She explains the problem twice"
                    ),
                    "owner": _("Customer service"),
                },
                {
                    "stage": _("Refund"),
                    "customer_goal": _("Get the money back soon"),
                    "touchpoints": _("Refund status email\nCall center"),
                    "channel": _("Email, phone"),
                    "emotion": -1,
                    "pain_points": _("No news about the refund for ten days"),
                    "owner": _("Finance"),
                },
                {
                    "stage": _("Loyalty"),
                    "customer_goal": _("Decide whether to buy here again"),
                    "touchpoints": _("Personal follow-up\nVoucher\nLoyalty programme invitation"),
                    "channel": _("WhatsApp, app"),
                    "emotion": 1,
                    "pain_points": "",
                    "owner": _("Customer care"),
                },
            ],
        }


# --- Practice ---------------------------------------------------------------


# The widget says "Correct!" or "Not quite." itself; feedback that opens with a verdict
# of its own ("Belum tepat. Kartu hilang ...", as trainers and our content write it)
# would say it twice. The verdict words of both languages, then a full stop or "!".
_FEEDBACK_VERDICT = re.compile(
    r"^(\s*<p[^>]*>)?\s*(?:not quite|incorrect|wrong|correct|right|belum tepat|kurang tepat"
    r"|salah|benar|betul|tepat)\s*[.!]+\s*",
    re.IGNORECASE,
)
_EMPTY_PARAGRAPH = re.compile(r"^\s*<p[^>]*>\s*</p>\s*")


def feedback_without_verdict(html: str) -> SafeString:
    """Sanitised feedback HTML without a verdict sentence it opens with."""
    cleaned = str(rich_text_html(html))
    # Only text after the opening tag is removed, so sanitised HTML stays sanitised.
    stripped = _EMPTY_PARAGRAPH.sub("", _FEEDBACK_VERDICT.sub(r"\1", cleaned, count=1), count=1)
    return SafeString(stripped)


class KnowledgeCheckValue(blocks.StructValue):
    def evaluate(self, choice_index: int) -> dict:
        """Whether the learner's choice is right, and the feedback to show them.

        `choice_index` is the position of the chosen answer (0 for the first);
        a string of digits, as posted by the form, is accepted too. Anything
        else, or a position outside the list, raises ValueError.
        """
        choices = self.get("choices") or []
        if isinstance(choice_index, bool) or not isinstance(choice_index, int | str):
            raise ValueError(f"Not a choice number: {choice_index!r}")
        if isinstance(choice_index, str):
            if not choice_index.strip().isdigit():
                raise ValueError(f"Not a choice number: {choice_index!r}")
            choice_index = int(choice_index)
        if not 0 <= choice_index < len(choices):
            raise ValueError(f"No choice {choice_index}; this check has {len(choices)}.")
        choice = choices[choice_index]
        feedback: SafeString = format_html(
            "{}{}",
            feedback_without_verdict(choice.get("feedback")),
            rich_text_html(self.get("explanation")),
        )
        return {"correct": bool(choice.get("correct")), "feedback": feedback}

    @cached_property
    def fallback_id(self) -> str:
        # Used for element ids when the page did not pass a block id (admin preview).
        return f"{zlib.crc32((self.get('question') or '').encode()):08x}"


class KnowledgeCheckChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("This answer is correct"), required=False)
    feedback = blocks.RichTextBlock(
        label=_("Feedback for this answer"),
        required=False,
        features=SHORT_FEATURES,
        help_text=_("Shown after a learner picks this answer: why it is right or wrong."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class KnowledgeCheckBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    choices = blocks.ListBlock(
        KnowledgeCheckChoiceBlock(),
        label=_("Answers"),
        min_num=2,
        max_num=6,
        help_text=_("2 to 6 answers; tick at least one as correct."),
    )
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        required=False,
        features=SHORT_FEATURES,
        help_text=_("Shown after any answer, right or wrong."),
    )

    class Meta:
        icon = "tasks"
        label = _("Knowledge check")
        group = GROUP_PRACTICE
        template = "courses/blocks/knowledge_check.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = KnowledgeCheckValue
        description = _(
            "A quick multiple-choice question with feedback. It does not count towards a score."
        )
        preview_value = {
            "question": _(
                "A customer has to repeat her order number to three different agents. "
                "Every agent is polite. What does this tell you?"
            ),
            "choices": [
                {
                    "text": _("The agents need training in politeness."),
                    "correct": False,
                    "feedback": format_lazy(
                        "<p>{}</p>",
                        _("They were already polite; training them again changes nothing."),
                    ),
                },
                {
                    "text": _("Information does not travel between channels: a journey problem."),
                    "correct": True,
                    "feedback": format_lazy(
                        "<p>{}</p>", _("Yes. The gap is in the journey, not in the people.")
                    ),
                },
                {
                    "text": _("Nothing, as long as the problem is solved in the end."),
                    "correct": False,
                    "feedback": format_lazy(
                        "<p>{}</p>", _("Repeating yourself is effort, and effort costs loyalty.")
                    ),
                },
            ],
            "explanation": format_lazy(
                "<p>{}</p>",
                _(
                    "Customer service is one element of the experience. A shared customer "
                    "history across channels fixes the cause."
                ),
            ),
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["form_id"] = f"check-{context.get('block_id') or value.fallback_id}"
        return context

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation:
            return value  # a draft may not have its answer key yet
        if not any(choice.get("correct") for choice in value["choices"]):
            message = gettext("Tick at least one answer as correct, so learners can get it right.")
            raise StructBlockValidationError(
                block_errors={
                    "choices": ListBlockValidationError(non_block_errors=ErrorList([message]))
                }
            )
        return value


class MetricLabValue(blocks.StructValue):
    @cached_property
    def metric_codes(self) -> list[str]:
        """The metrics offered, in the trainer's order, unknown or repeated codes dropped."""
        return list(dict.fromkeys(m for m in self.get("metrics") or [] if m in METRIC_NAMES))

    @cached_property
    def metric_options(self) -> list[tuple[str, str]]:
        return [(code, METRIC_NAMES[code]) for code in self.metric_codes]

    @cached_property
    def fallback_id(self) -> str:
        # Used for element ids when the page did not pass a block id (admin preview).
        return f"{zlib.crc32((self.get('heading') or '').encode()):08x}"


@dataclass(frozen=True)
class MetricLabState:
    """What one learner sees of one metric lab block right now."""

    element_id: str
    live: bool  # False in previews: the forms are shown but cannot be sent
    signed_in: bool
    exercise: Exercise | None = None
    attempt: object = None  # the MetricLabAttempt shown, if any
    next_metric: str = ""
    new_url: str = ""
    answer_url: str = ""
    error: str = ""  # why the answer typed could not be read
    typed: str = ""
    new_error: str = ""  # why no new exercise was started

    @property
    def answered(self) -> bool:
        return bool(self.attempt and self.attempt.answered_at)

    @property
    def learner_answer(self) -> Number | None:
        if not self.answered or self.attempt.answer is None:
            return None
        return self.exercise.learner_answer(self.attempt.answer)

    @property
    def current_id(self) -> str:
        return str(self.attempt.pk) if self.attempt else ""


def metric_lab_error_key(attempt_id: int) -> str:
    """Session key of an unreadable answer waiting to be shown (forms without JavaScript)."""
    return f"cxa-metric-lab-error-{attempt_id}"


class MetricLabBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        help_text=_("e.g. “Practise: calculate the metric yourself”"),
    )
    intro = blocks.RichTextBlock(
        label=_("Introduction"),
        required=False,
        features=SHORT_FEATURES,
        help_text=_("A sentence or two before the exercise: what to practise and why."),
    )
    metrics = blocks.MultipleChoiceBlock(
        label=_("Metrics"),
        choices=METRIC_CHOICES,
        default=list(METRICS),
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Tick at least one. Learners get a new data set every time and pick which "
            "ticked metric to practise; they start with the first and stay on a metric "
            "until they pick another."
        ),
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Metric lab")
        group = GROUP_PRACTICE
        template = "courses/blocks/metric_lab.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = MetricLabValue
        description = _(
            "Learners calculate CSAT, NPS, CES, retention, churn, CLV, FCR or AHT from a "
            "fresh data set; the server checks the answer and then shows a worked solution. "
            "It does not count towards a score."
        )
        preview_value = {
            "heading": _("Practise: calculate the metric yourself"),
            "intro": format_lazy(
                "<p>{}</p>",
                _(
                    "Every exercise brings new figures from an Indonesian store, bank, telco "
                    "or online shop. Work it out on paper or with a calculator, then check "
                    "your answer."
                ),
            ),
            "metrics": list(METRICS),
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["lab"] = self.state(value, context)
        return context

    def state(self, value, context) -> MetricLabState:
        """The learner's current exercise and result, read from the server's records."""
        from courses.models import MetricLabAttempt

        block_id = context.get("block_id")
        page = context.get("page")
        request = context.get("request")
        element_id = f"metric-lab-{block_id or value.fallback_id}"
        codes = value.metric_codes
        live = bool(block_id and page and page.pk and request and codes)
        if context.get("preview") or context.get("block_preview") or not live:
            # The trainer sees the kind of exercise learners get, with the forms inert.
            sample = metric_lab.generate(codes[0], 1) if codes else None
            return MetricLabState(
                element_id=element_id, live=False, signed_in=False, exercise=sample
            )
        user = request.user
        if not user.is_authenticated:
            return MetricLabState(element_id=element_id, live=True, signed_in=False)
        attempt = MetricLabAttempt.objects.latest_for(
            user=user, lesson_key=page.translation_key, block_id=block_id
        )
        error = context.get("metric_lab_error") or ""
        typed = context.get("metric_lab_typed") or ""
        if attempt and not attempt.answered_at and not error:
            flashed = request.session.pop(metric_lab_error_key(attempt.pk), None)
            if flashed:
                error, typed = flashed.get("error", ""), flashed.get("typed", "")
        return MetricLabState(
            element_id=element_id,
            live=True,
            signed_in=True,
            exercise=metric_lab.generate(attempt.metric, attempt.seed) if attempt else None,
            attempt=attempt,
            next_metric=metric_lab.next_metric(codes, attempt.metric if attempt else None),
            new_url=reverse("courses:metric_lab_new", args=[page.pk, block_id]),
            answer_url=(
                reverse("courses:metric_lab_answer", args=[page.pk, block_id, attempt.pk])
                if attempt
                else ""
            ),
            error=str(error),
            typed=str(typed)[: metric_lab.MAX_ANSWER_LENGTH * 2],
            new_error=str(context.get("metric_lab_new_error") or ""),
        )

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation:
            return value
        if not value.metric_codes:
            raise StructBlockValidationError(
                block_errors={
                    "metrics": ValidationError(
                        gettext("Tick at least one metric for learners to practise.")
                    )
                }
            )
        return value


# --- The lesson body ----------------------------------------------------------


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = LessonRichTextBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    comparison_table = ComparisonTableBlock()
    metric_formula = MetricFormulaBlock()
    journey_map = JourneyMapBlock()
    knowledge_check = KnowledgeCheckBlock()
    metric_lab = MetricLabBlock()

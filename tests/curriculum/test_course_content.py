"""The lessons of "CX Mindset": the facts that matter against shared/curriculum.md, both
languages complete and parallel, and the course built into Wagtail as the demo does it.

The content is read from the shipped package (cxacademy/content/cx-mindset) as the
loader reads it; the last test loads it."""

import re

import pytest
from django.utils.html import strip_tags
from wagtail.models import Locale, Page

from certificates.documents import body_text
from certificates.models import CertificateTemplate
from courses.blocks import LessonStreamBlock
from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage
from cxacademy.packages.loader import load_package
from cxacademy.packages.site import CONTENT, site_texts
from tests.curriculum.packages import MINDSET, fields, modules, shipped

LANGUAGES = ("id", "en")
LAB_BLOCK = "metric_lab"


@pytest.fixture(autouse=True)
def _locales(site):
    """Reading a package looks up the site's locales (its questions are stored per
    language)."""


def _course():
    return shipped(MINDSET).course


def _content_modules() -> list:
    """The four modules of the brief: every module but the final assessment's."""
    return modules(MINDSET)[:-1]


def _lessons(module) -> list:
    return [item for item in module.children if item.kind.name == "lesson"]


def _module(number: int):
    return _content_modules()[number - 1]


def _blocks(module, language, block_type=None):
    """Raw blocks of every lesson of `module` in `language`, optionally of one type."""
    return [
        block
        for lesson in _lessons(module)
        for block in fields(lesson, language)["body"]
        if block_type is None or block["type"] == block_type
    ]


def _all_blocks(language, block_type=None):
    return [
        block for module in _content_modules() for block in _blocks(module, language, block_type)
    ]


def _visible(html: str) -> str:
    return " ".join(strip_tags(html).split())


# --- Structure --------------------------------------------------------------------


def test_the_course_has_the_four_modules_of_the_brief_with_three_to_six_lessons_each():
    course = _course()
    assert fields(course, "id")["slug"] == fields(course, "en")["slug"] == "cx-mindset"
    assert len(_content_modules()) == 4
    for module in _content_modules():
        assert 3 <= len(_lessons(module)) <= 6, fields(module, "en")["title"]
    titles = [fields(module, "en")["title"].lower() for module in _content_modules()]
    assert "customer care" in titles[0] and "cx" in titles[0]
    assert "journey" in titles[1]
    assert "measuring" in titles[2]
    assert "strategy" in titles[3] and "culture" in titles[3]
    # The final assessment closes the course: a module with its one quiz.
    final = modules(MINDSET)[-1]
    assert [item.kind.name for item in final.children] == ["quiz"]
    assert "final" in fields(final, "en")["title"].lower()
    for language in LANGUAGES:
        slugs = [
            fields(lesson, language)["slug"]
            for module in _content_modules()
            for lesson in _lessons(module)
        ]
        assert len(slugs) == len(set(slugs)), language


def test_the_course_estimate_covers_at_least_its_lessons():
    course = fields(_course(), "id")
    lesson_minutes = sum(
        fields(lesson, "id")["estimated_minutes"]
        for module in _content_modules()
        for lesson in _lessons(module)
    )
    assert course["estimated_minutes"] >= lesson_minutes
    assert course["level"] in CoursePage.Level.values


# --- Both languages complete and parallel -----------------------------------------


def _assert_parallel(id_value, en_value, where: str):
    """Same shape in both languages; every text filled in; non-text values identical."""
    if isinstance(id_value, dict):
        assert id_value.keys() == en_value.keys(), where
        for key in id_value:
            _assert_parallel(id_value[key], en_value[key], f"{where}.{key}")
    elif isinstance(id_value, list):
        assert len(id_value) == len(en_value), where
        for index, (id_item, en_item) in enumerate(zip(id_value, en_value, strict=True)):
            _assert_parallel(id_item, en_item, f"{where}[{index}]")
    elif isinstance(id_value, str):
        assert isinstance(en_value, str), where
        assert _visible(id_value), f"empty Indonesian text at {where}"
        assert _visible(en_value), f"empty English text at {where}"
    else:
        assert id_value == en_value, where


def _outcomes(language: str) -> list[str]:
    return fields(_course(), language)["learning_outcomes"].strip().splitlines()


def test_every_course_module_and_lesson_text_exists_in_both_languages():
    for language in LANGUAGES:
        course = fields(_course(), language)
        assert course["title"] and course["summary"]
        assert len(_outcomes(language)) >= 4
        for module in modules(MINDSET):
            assert fields(module, language)["title"] and fields(module, language)["summary"]
            for lesson in _lessons(module):
                assert fields(lesson, language)["title"] and fields(lesson, language)["body"]
    assert len(_outcomes("id")) == len(_outcomes("en"))


def test_lesson_bodies_are_parallel_block_for_block_and_translated():
    for module in _content_modules():
        for lesson in _lessons(module):
            indonesian, english = fields(lesson, "id"), fields(lesson, "en")
            id_body, en_body = indonesian["body"], english["body"]
            assert [block["type"] for block in id_body] == [block["type"] for block in en_body]
            assert indonesian["title"] != english["title"]
            for index, (id_block, en_block) in enumerate(zip(id_body, en_body, strict=True)):
                where = f"{indonesian['slug']}[{index}] {id_block['type']}"
                _assert_parallel(id_block["value"], en_block["value"], where)
                if id_block["type"] in ("rich_text", "callout", "knowledge_check", "quote"):
                    assert id_block["value"] != en_block["value"], f"untranslated: {where}"


# --- Module 1: the comparison in the right direction --------------------------------

SERVICE = {"id": "layanan pelanggan", "en": "customer service"}
CARE = {"id": "perawatan pelanggan", "en": "customer care"}
REACTIVE = {"id": "reaktif", "en": "reactive"}
PROACTIVE = {"id": "proaktif", "en": "proactive"}
NATURE = {"id": "sifat", "en": "nature"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_comparison_calls_service_reactive_and_care_proactive(language):
    # One seed swaps the two columns of its table; the course follows the seed's text.
    compared = 0
    for table in _blocks(_module(1), language, "comparison_table"):
        columns = [column.lower() for column in table["value"]["columns"]]
        service = [i for i, column in enumerate(columns) if SERVICE[language] in column]
        care = [i for i, column in enumerate(columns) if CARE[language] in column]
        if not (service and care):
            continue
        for row in table["value"]["rows"]:
            if row["aspect"].lower() != NATURE[language]:
                continue
            service_cell = row["cells"][service[0]].lower()
            care_cell = row["cells"][care[0]].lower()
            assert REACTIVE[language] in service_cell
            assert PROACTIVE[language] not in service_cell
            assert PROACTIVE[language] in care_cell
            assert REACTIVE[language] not in care_cell
            compared += 1
    assert compared >= 1, "module 1 needs a service / care / CX table with a nature row"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_table_heading_calls_service_proactive_or_care_reactive(language):
    for table in _all_blocks(language, "comparison_table"):
        for column in table["value"]["columns"]:
            column = column.lower()
            if SERVICE[language] in column and CARE[language] not in column:
                assert PROACTIVE[language] not in column, column
            if CARE[language] in column and SERVICE[language] not in column:
                assert REACTIVE[language] not in column, column


def test_module_1_carries_the_brief_s_figures_and_examples():
    for language, words in {
        "id": ["73%", "PwC", "Apple", "navigasi", "keterangan produk", "retur"],
        "en": ["73%", "PwC", "Apple", "navigation", "product descriptions", "returns"],
    }.items():
        text = str(_blocks(_module(1), language))
        for word in words:
            assert word in text, (language, word)


# --- Module 3: the metrics -------------------------------------------------------

METRIC_NAMES = {
    "csat": ("csat", "csat"),
    "nps": ("nps", "nps"),
    "ces": ("ces", "ces"),
    "retention": ("retensi", "retention"),
    "churn": ("churn", "churn"),
    "clv": ("clv", "clv"),
    "fcr": ("fcr", "fcr"),
    "aht": ("aht", "aht"),
    "resolution time": ("waktu penyelesaian", "resolution time"),
}


def _formula(metric: str, language: str) -> dict:
    name = METRIC_NAMES[metric][LANGUAGES.index(language)]
    matches = [
        block["value"]
        for block in _blocks(_module(3), language, "metric_formula")
        if name in block["value"]["name"].lower()
    ]
    assert len(matches) == 1, (metric, language, len(matches))
    return matches[0]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("metric", METRIC_NAMES)
def test_every_metric_of_the_brief_has_a_formula_block_in_module_3(metric, language):
    formula = _formula(metric, language)
    for field in ("formula", "scale", "example_problem", "example_working", "example_result"):
        assert formula[field].strip(), (metric, field)
    assert formula["when_to_use"].strip()


@pytest.mark.parametrize(
    ("metric", "id_result", "en_result"),
    [
        ("csat", "80%", "80%"),
        ("nps", "25", "25"),
        ("retention", "85%", "85%"),
        ("churn", "15%", "15%"),
        ("clv", "Rp 4.500.000", "Rp 4,500,000"),
    ],
)
def test_the_worked_examples_match_the_brief(metric, id_result, en_result):
    assert _formula(metric, "id")["example_result"].endswith(id_result)
    assert _formula(metric, "en")["example_result"].endswith(en_result)


@pytest.mark.parametrize("language", LANGUAGES)
def test_nps_counts_passives_in_the_total_but_in_neither_group(language):
    nps = _formula("nps", language)
    assert "0–10" in nps["scale"] and "−100" in nps["scale"] and "+100" in nps["scale"]
    passive = [
        term for term in nps["variables"] if re.search(r"pasif|passive", term["symbol"], re.I)
    ]
    assert len(passive) == 1
    meaning = passive[0]["meaning"].lower()
    assert "7" in meaning and "8" in meaning and "total" in meaning
    assert ("tidak masuk" in meaning) if language == "id" else ("neither" in meaning)
    # The brief's example, worked out here: passives stay in the denominator.
    promoters, passives, detractors = 90, 70, 40
    total = promoters + passives + detractors
    expected = round(100 * promoters / total - 100 * detractors / total)
    assert expected == 25
    assert nps["example_result"].endswith(str(expected))
    assert f"÷ {total}" in nps["example_working"]
    assert "÷ 130" not in nps["example_working"]  # the garbled reading drops the passives


@pytest.mark.parametrize("language", LANGUAGES)
def test_retention_subtracts_the_new_customers(language):
    retention = _formula("retention", language)
    assert "(E − N) ÷ S" in retention["formula"]
    new = [term for term in retention["variables"] if term["symbol"] == "N"]
    assert len(new) == 1
    assert ("baru" if language == "id" else "new") in new[0]["meaning"].lower()
    start, new_customers, end = 1_000, 200, 1_050
    assert round(100 * (end - new_customers) / start) == 85
    assert retention["example_result"].endswith("85%")


@pytest.mark.parametrize("language", LANGUAGES)
def test_module_3_has_a_metric_lab_lesson_with_every_lab_metric(language):
    labs = [
        fields(lesson, language)
        for lesson in _lessons(_module(3))
        if re.search(r"lab metrik|metric lab", fields(lesson, language)["title"], re.I)
    ]
    assert len(labs) == 1
    blocks = [block for block in labs[0]["body"] if block["type"] == LAB_BLOCK]
    assert len(blocks) == 1
    value = blocks[0]["value"]
    assert value["heading"] and _visible(value["intro"])
    assert value["metrics"] == ["csat", "nps", "ces", "retention", "churn", "clv", "fcr", "aht"]


# --- Module 2: a returns journey ----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_module_2_works_a_journey_map_through_a_returns_process(language):
    word = "retur" if language == "id" else "return"
    maps = [block["value"] for block in _blocks(_module(2), language, "journey_map")]
    returns = [value for value in maps if word in value["title"].lower()]
    assert returns, "module 2 needs a journey map about returns"
    stages = returns[0]["stages"]
    assert len(stages) >= 4
    assert any(word in stage["stage"].lower() for stage in stages)
    assert min(stage["emotion"] for stage in stages) == -2  # an emotional low point to find
    assert returns[0]["persona"]


# --- Knowledge checks -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_knowledge_check_has_a_right_answer_and_feedback_for_each_choice(language):
    checks = _all_blocks(language, "knowledge_check")
    assert len(checks) >= sum(len(_lessons(module)) for module in _content_modules())
    for check in checks:
        value = check["value"]
        correct = [choice for choice in value["choices"] if choice["correct"]]
        assert correct, value["question"]
        assert len(correct) < len(value["choices"]), value["question"]
        for choice in value["choices"]:
            assert _visible(choice["feedback"]), (value["question"], choice["text"])
        assert _visible(value["explanation"]), value["question"]


# --- Certificate ----------------------------------------------------------------------

PLACEHOLDERS = {"name", "course", "date", "score", "hours", "number", "expiry"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_certificate_design_is_a_valid_template(language):
    design = shipped(MINDSET).certificate[language]
    assert design["language"] == language
    template = CertificateTemplate(**design)
    template.full_clean()
    used = set(re.findall(r"{(\w+)}", template.body))
    assert used <= PLACEHOLDERS
    assert {"course", "date", "score"} <= used
    assert template.signatory_1_name and template.signatory_2_name
    filled = body_text(template, {key: f"<{key}>" for key in PLACEHOLDERS})
    assert "{" not in filled and "&lt;course&gt;" in filled


# --- Built into Wagtail, as seed_demo loads it ------------------------------------------


def test_the_course_builds_published_in_both_languages_with_valid_bodies(site):
    package = shipped(MINDSET)
    course = load_package(package).course
    english = Locale.objects.get(language_code="en")
    stream = LessonStreamBlock()

    # The loader puts the course in the catalogue, made from cxacademy/content/site.toml.
    catalogue = course.get_parent().specific
    assert isinstance(catalogue, CourseCataloguePage)
    english_catalogue = catalogue.get_translation(english)
    for page, language in ((catalogue, "id"), (english_catalogue, "en")):
        texts = site_texts("catalogue", language)
        assert (page.slug, page.title) == (texts["slug"], texts["title"])
        assert page.live

    pages = Page.objects.descendant_of(course, inclusive=True).filter(locale=course.locale)
    assert pages.count() == len(list(package.pages()))
    for page in pages.specific():
        translation = page.get_translation_or_none(english)
        assert translation is not None, page.title
        assert page.live and translation.live, page.title
        assert translation.title != "" and translation.url_path != page.url_path

    english_course = course.get_translation(english)
    for version, language in ((course, "id"), (english_course, "en")):
        module_pages = ModulePage.objects.child_of(version).order_by("path")
        assert [module.slug for module in module_pages] == [
            fields(module, language)["slug"] for module in modules(MINDSET)
        ]
    module_pages = list(ModulePage.objects.child_of(course).order_by("path"))[:-1]
    for module_page, module in zip(module_pages, _content_modules(), strict=True):
        lessons = LessonPage.objects.child_of(module_page).order_by("path")
        assert [lesson.slug for lesson in lessons] == [
            fields(lesson, "id")["slug"] for lesson in _lessons(module)
        ]
        for lesson_page, lesson in zip(lessons, _lessons(module), strict=True):
            english_page = lesson_page.get_translation(english).specific
            for page, language in ((lesson_page, "id"), (english_page, "en")):
                assert page.slug == fields(lesson, language)["slug"]
                assert page.title == fields(lesson, language)["title"]
                assert [child.block_type for child in page.body] == [
                    block["type"] for block in fields(lesson, language)["body"]
                ]
                stream.clean(page.body)  # raises ValidationError on any invalid block
                assert page.body.render_as_block().strip()

    # Loading it again changes nothing (seed_demo must stay idempotent).
    count = Page.objects.count()
    assert load_package(CONTENT / MINDSET, update=True).changes == []
    assert Page.objects.count() == count

"""Numbers and money as people read them (cxacademy/formatting.py, design decision 6).

Indonesian groups thousands with "." and writes decimals with ","; money is
"Rp 250.000" and round millions read "Rp 100 juta". English: "Rp 250,000",
"Rp 100 million". A no-break space keeps "Rp", the number and its word together.
"""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from cxacademy import formatting


def shown(text: str) -> str:
    """The text with its no-break spaces as plain ones, as a reader sees it."""
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("amount", "indonesian", "english"),
    [
        (250_000, "Rp 250.000", "Rp 250,000"),
        (0, "Rp 0", "Rp 0"),
        (999, "Rp 999", "Rp 999"),
        (1_000_000, "Rp 1 juta", "Rp 1 million"),
        (100_000_000, "Rp 100 juta", "Rp 100 million"),
        (2_500_000, "Rp 2,5 juta", "Rp 2.5 million"),
        (4_750_000, "Rp 4,75 juta", "Rp 4.75 million"),
        (1_234_567, "Rp 1.234.567", "Rp 1,234,567"),  # not a round number of millions
        (1_500_000_000, "Rp 1,5 miliar", "Rp 1.5 billion"),
        (3_000_000_000_000, "Rp 3 triliun", "Rp 3 trillion"),
        (-5_000_000, "-Rp 5 juta", "-Rp 5 million"),
        (-250_000, "-Rp 250.000", "-Rp 250,000"),
        (Decimal("1250.50"), "Rp 1.250,5", "Rp 1,250.5"),
        (12.5, "Rp 12,5", "Rp 12.5"),
        ("100000", "Rp 100.000", "Rp 100,000"),
    ],
)
def test_money_in_both_languages(amount, indonesian, english):
    with translation.override("id"):
        assert shown(formatting.money(amount)) == indonesian
    with translation.override("en"):
        assert shown(formatting.money(amount)) == english


def test_money_never_breaks_a_line_after_rp():
    with translation.override("id"):
        assert formatting.money(100_000_000) == "Rp\u00a0100\u00a0juta"
        assert formatting.money(250_000) == "Rp\u00a0250.000"


@pytest.mark.parametrize("nonsense", [None, "", "banyak", float("nan"), float("inf"), True])
def test_money_of_nothing_is_empty(nonsense):
    assert formatting.money(nonsense) == ""


@pytest.mark.parametrize(
    ("amount", "unit", "indonesian", "english"),
    [
        (100, "Rp juta", "Rp 100 juta", "Rp 100 million"),
        (10, "Rp million", "Rp 10 juta", "Rp 10 million"),
        (250, "Rp ribu", "Rp 250.000", "Rp 250,000"),
        (250_000, "Rp", "Rp 250.000", "Rp 250,000"),
        (2, "rp miliar", "Rp 2 miliar", "Rp 2 billion"),
        (0, "Rp juta", "Rp 0", "Rp 0"),
        (-15, "Rp juta", "-Rp 15 juta", "-Rp 15 million"),
        (1500, "Rp juta", "Rp 1,5 miliar", "Rp 1.5 billion"),
        (15, "hari", "15 hari", "15 hari"),
        (1200, "poin", "1.200 poin", "1,200 poin"),
        (7, "", "7", "7"),
    ],
)
def test_a_budget_in_its_unit(amount, unit, indonesian, english):
    with translation.override("id"):
        assert shown(formatting.budget(amount, unit)) == indonesian
    with translation.override("en"):
        assert shown(formatting.budget(amount, unit)) == english


@pytest.mark.parametrize(
    ("value", "options", "indonesian", "english"),
    [
        (3.2, {}, "3,2", "3.2"),
        (5.0, {"places": 1, "fixed": True}, "5,0", "5.0"),
        (91.25, {"places": 1}, "91,3", "91.3"),  # half up, as people round
        (-0.04, {"places": 1}, "0", "0"),  # never "-0"
        (1234.5, {"grouping": True}, "1.234,5", "1,234.5"),
        ("25.000000", {}, "25", "25"),
        (4.8, {}, "4,8", "4.8"),
    ],
)
def test_numbers_in_both_languages(value, options, indonesian, english):
    with translation.override("id"):
        assert formatting.number(value, **options) == indonesian
    with translation.override("en"):
        assert formatting.number(value, **options) == english


def test_a_number_that_is_not_one_is_left_as_it_is():
    assert formatting.number("—") == "—"
    assert formatting.number(None) is None


def test_decimals_of():
    assert formatting.decimals_of(3.25) == 2
    assert formatting.decimals_of("5.0") == 0
    assert formatting.decimals_of(70) == 0
    assert formatting.decimals_of(None) == 0


def test_templates_call_the_same_functions():
    template = Template(
        "{% load cxa %}{{ amount|money }} | {{ cost|budget:unit }} | {{ value|plain_number }}"
    )
    context = Context({"amount": 250_000, "cost": 10, "unit": "Rp juta", "value": 0.5})
    with translation.override("id"):
        assert shown(template.render(context)) == "Rp 250.000 | Rp 10 juta | 0,5"
    with translation.override("en"):
        assert shown(template.render(context)) == "Rp 250,000 | Rp 10 million | 0.5"

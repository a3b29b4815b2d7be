"""Template helpers used across the academy."""

from django import template

from cxacademy import formatting
from cxacademy.sanitise import rich_text_html

register = template.Library()


@register.filter
def richtext_clean(value):
    """Render Wagtail rich text (links expanded) through the one sanitiser."""
    return rich_text_html(value)


@register.filter
def mul(value, factor):
    """value × factor (for marks earned = fraction × mark)."""
    try:
        return value * factor
    except TypeError:
        return ""


@register.filter
def plain_number(value):
    """A decimal without trailing zeros, in the active language's format (0,5 in
    Indonesian, 0.5 in English)."""
    return formatting.number(value)


@register.filter
def money(value):
    """Rupiah as people write them: "Rp 250.000", "Rp 100 juta" (cxacademy.formatting)."""
    return formatting.money(value)


@register.filter
def budget(value, unit=""):
    """An amount in a simulation's budget unit: `{{ 10|budget:"Rp juta" }}` → "Rp 10 juta"."""
    return formatting.budget(value, unit)

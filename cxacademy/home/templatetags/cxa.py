"""Template helpers used across the academy."""

from django import template
from wagtail.rich_text import RichText, expand_db_html

from cxacademy.sanitise import clean_html

register = template.Library()


@register.filter
def richtext_clean(value):
    """Render Wagtail rich text (links expanded) through the one sanitiser."""
    if value is None:
        return clean_html("")
    source = value.source if isinstance(value, RichText) else str(value)
    return clean_html(expand_db_html(source))


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
    from decimal import Decimal, InvalidOperation

    from django.utils.formats import number_format

    try:
        # A float goes through its shortest repr: 4.8, not 4.7999999999999998.
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value
    normal = number.normalize()
    places = max(-normal.as_tuple().exponent, 0)
    return number_format(normal, decimal_pos=places)

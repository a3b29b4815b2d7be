"""The bundled fonts in templates: the certificate's @font-face rules and font-family
lists, and the register's flag for names that would print as boxes."""

from django import template
from django.utils.safestring import mark_safe

from cxacademy import fonts

register = template.Library()


@register.simple_tag
def certificate_font_faces():
    """@font-face rules for every bundled font; goes inside a <style> element."""
    return mark_safe(fonts.font_face_css())  # noqa: S308 - built from our constant list


@register.simple_tag
def certificate_font_family(*first):
    """`font-family: {% certificate_font_family "Noto Serif" %};`: the named families
    first, then every bundled script, so no character falls to a system font."""
    return mark_safe(fonts.font_family(*first))  # noqa: S308 - our family names only


@register.filter
def uncovered_characters(text):
    """ "U+1F972 SMILING FACE WITH TEAR, …": the characters of `text` no bundled font
    can draw, labelled for a reader who cannot see them; "" when all can be drawn."""
    return fonts.uncovered_labels(str(text or ""))

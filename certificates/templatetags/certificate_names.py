"""Names as issued, shown where a reader must be able to trust them.

Certificates issued before the name rule (cxacademy/names.py) may hold direction
controls or invisible characters; shown as typed they would reorder or hide text on
the public verification page. These filters write such characters out instead.
"""

from django import template

from cxacademy import names

register = template.Library()


@register.filter
def name_as_shown(value):
    """ "Budi[U+202E]ijaR": the name with every refused character written out."""
    return names.person_name_shown(str(value or ""))


@register.filter
def name_refused_characters(value):
    """ "U+202E RIGHT-TO-LEFT OVERRIDE, …" for a stored name that breaks the rule, or ""."""
    return ", ".join(names.character_label(c) for c in names.refused_characters(str(value or "")))

"""Placeholders in text a person typed: `{name}`, `{course}` and the other names below.

The one rule for filling in text that a trainer or HR wrote (certificate text, and any
later mail or message written by a person). It replaces Python's `str.format`, which
follows attribute and index lookups (`{name.__class__…}` reaches module globals and
from there the settings and their secrets) and raises on a typo.

The rule, as the editor explains it to trainers:

- `{name}`, `{course}`, `{date}`, `{score}`, `{hours}`, `{number}` and `{expiry}` are
  replaced by their values; nothing else is a placeholder. There are no attributes,
  indexes, conversions (`!r`) or format specs (`:>10`).
- `{{` prints `{` and `}}` prints `}` (as in `str.format`, so text written for the old
  rule reads the same).
- Anything else between braces, and a brace left open or standing alone, is a mistake:
  `problems()` lists it and the editor refuses to save it. Text saved before this rule
  (or written by other means) is still filled: a mistake is printed as it was typed.

Values are put in as they are, in one pass: a value that itself contains `{course}` is
not filled in again. Escaping for HTML is the caller's (escaping the result escapes text
and values alike).
"""

import re
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext

#: Every placeholder a person may write, in the order the editor lists them.
PLACEHOLDERS = ("name", "course", "date", "score", "hours", "number", "expiry")

# One piece at a time, left to right: an escaped brace, a braced field (no nested
# braces), or a brace standing alone.
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_OPENED = re.compile(r"\{[^{}\s]*")
# Shown in error messages: a runaway field is cut, so one message stays readable.
_SHOWN_CHARS = 40


def problems(text: str, allowed: tuple[str, ...] = PLACEHOLDERS) -> list[str]:
    """The pieces of `text` that are not a valid placeholder or an escaped brace, as typed
    (each once, in order). An empty list means the text is good."""
    found: list[str] = []
    for match in _TOKEN.finditer(text or ""):
        piece = match.group(0)
        if piece in ("{{", "}}"):
            continue
        if match.group(1) is not None and match.group(1) in allowed:
            continue
        if piece == "{":
            # An opening brace never closed: show the word it opens ("{name").
            piece = _OPENED.match(text, match.start()).group(0)
        if len(piece) > _SHOWN_CHARS:
            piece = piece[:_SHOWN_CHARS] + "…"
        if piece not in found:
            found.append(piece)
    return found


def fill(text: str, values: Mapping[str, object], allowed: tuple[str, ...] = PLACEHOLDERS) -> str:
    """`text` with each allowed placeholder replaced by `str(values[name])`.

    Never raises for any text: an unknown or malformed placeholder, or a known one with
    no value given, is left exactly as typed. Only the names in `allowed` are looked up,
    and only as plain keys of `values`.
    """

    def replace(match: re.Match) -> str:
        piece = match.group(0)
        if piece == "{{":
            return "{"
        if piece == "}}":
            return "}"
        name = match.group(1)
        if name is not None and name in allowed and name in values:
            return str(values[name])
        return piece

    return _TOKEN.sub(replace, text or "")


def listed(allowed: tuple[str, ...] = PLACEHOLDERS) -> str:
    """The placeholders as a trainer writes them: "{name}, {course}, …"."""
    return ", ".join("{" + name + "}" for name in allowed)


def validate(text: str, allowed: tuple[str, ...] = PLACEHOLDERS) -> None:
    """Raise a translated ValidationError naming every mistake and the valid placeholders."""
    found = problems(text, allowed)
    if not found:
        return
    # Built now, in the editor's language: the mistakes are the trainer's own text and
    # go in as values, never as part of a format string.
    message = ngettext(
        "This placeholder is unknown or not written correctly: %(found)s.",
        "These placeholders are unknown or not written correctly: %(found)s.",
        len(found),
    ) % {"found": ", ".join(found)}
    advice = gettext(
        "Use only %(valid)s, written exactly like that. "
        "To print a brace itself, type it twice: {{ or }}."
    ) % {"valid": listed(allowed)}
    raise ValidationError(f"{message} {advice}", code="placeholder")

"""The rule for a person's name: what we store, and what we refuse.

A name is printed on certificates and shown on the public verification page, where a
reader trusts what they see. Invisible characters let two different names look the
same ("Budi" and "Bu<U+200B>di") or make a name display in another order than it is
stored (a right-to-left override makes "Budi<U+202E>ijaR" display as "BudiRaji"). So
every place that sets a name passes it through `person_name_clean()`, the one owner
of this rule: sign-up and any name form (`accounts.forms.PersonNameField`), HR's
import (a rejected row), single sign-on (`person_name_stripped()`: the directory's
name without the refused characters, as nobody is there to correct it), and
Wagtail's user and account screens (`validate_person_name` on the User model's name
fields). Names stored before the rule are shown with `person_name_shown()`. Pure: no
database, no settings.

The rule:

- Normalise to NFC, so "é" typed as e + combining accent and "é" typed as one
  character are the same name, and collapse runs of spaces, tabs and line breaks into
  one space (pasting from a spreadsheet brings those in).
- Refuse direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
- Refuse control characters (Unicode category Cc) other than the tab and line breaks
  collapsed above, and every other format character (Cf): none of them draws anything
  in a name, and together they are the toolbox of look-alike names (zero-width space
  U+200B, word joiner U+2060, byte order mark U+FEFF, Mongolian vowel separator U+180E,
  soft hyphen U+00AD, tag characters U+E0000–U+E007F, …).
- Refuse characters that draw as empty space without being a space (Hangul fillers
  U+115F, U+1160, U+3164, U+FFA0, braille blank U+2800, Khmer invisible vowels U+17B4,
  U+17B5, combining grapheme joiner U+034F): they make a name that looks blank or a
  copy of another.
- Zero-width non-joiner (U+200C) and zero-width joiner (U+200D) are part of correct
  spelling in Arabic-script languages (Persian, Urdu, Kurdish), in the scripts of
  India and Sri Lanka and in Mongolian, where they change how letters join, so they
  are allowed between two letters (or marks) of those scripts. The joiner also builds
  emoji sequences (👩‍💻), so it is allowed between two emoji. Anywhere else (between
  Latin letters, next to a space, at either end) they change nothing visible, which
  is exactly what a look-alike needs, so they are refused.
- Variation selectors choose a glyph variant of the character before them: U+FE0E and
  U+FE0F (text or emoji style) are allowed right after a symbol, U+E0100–U+E01EF (a
  kanji variant) right after a CJK ideograph, U+180B–U+180F (Mongolian free
  variation selectors) right after a Mongolian letter. Anywhere else they change
  nothing visible and are refused like other invisible characters.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ZWNJ = "\u200c"
ZWJ = "\u200d"

DIRECTION_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Not format characters, but they draw nothing: a name made of them looks blank or
# copies another name.
BLANK_LOOKING = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
# Choose a Mongolian letter's form; meaningless after any other letter.
MONGOLIAN_VARIATION_SELECTORS = frozenset("\u180b\u180c\u180d\u180f")
# Whitespace the form and the import turn into a plain space; other Cc is refused.
COLLAPSED_CONTROLS = frozenset("\t\n\r")

# Where the joiners change how letters join: Arabic, Syriac, Thaana, N'Ko and their
# extensions; the scripts of India and Sri Lanka (Devanagari to Sinhala) and the
# Devanagari extension; Mongolian; Arabic presentation forms.
JOINING_SCRIPTS = (
    (0x0600, 0x08FF),
    (0x0900, 0x0DFF),
    (0x1800, 0x18AF),
    (0xA8E0, 0xA8FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFC),
)

# Messages name the problem and the characters, e.g. "U+202E RIGHT-TO-LEFT OVERRIDE",
# so HR can find them in a spreadsheet cell where they are invisible.
MESSAGES = {
    "direction": _(
        "The name contains a character that changes the direction of text (%(characters)s). "
        "It can make a name display differently from how it is written. Remove it and "
        "type the name again."
    ),
    "control": _(
        "The name contains a control character (%(characters)s). Remove it and type the name again."
    ),
    "invisible": _(
        "The name contains an invisible character (%(characters)s). Invisible characters "
        "can make two different names look the same. Remove it and type the name again."
    ),
    "joiner": _(
        "The name contains a zero-width joiner or non-joiner (%(characters)s) where it "
        "changes nothing visible. These are allowed only between letters of scripts that "
        "use them, such as Arabic, Persian or Devanagari, or inside an emoji. Remove it "
        "and type the name again."
    ),
}


def person_name_clean(value: str) -> str:
    """The name as we store it: NFC, single spaces, no leading or trailing space.

    Raises ValidationError, one translated message per kind of problem, when the name
    holds a character refused by the rule above. An empty result is returned as "";
    whether a name is required is the caller's business.
    """
    text = unicodedata.normalize("NFC", value or "")
    problems: dict[str, list[str]] = {}
    for index, character in enumerate(text):
        kind = _refusal(text, index, character)
        if kind:
            found = problems.setdefault(kind, [])
            label = character_label(character)
            if label not in found:
                found.append(label)
    if problems:
        raise ValidationError(
            [
                ValidationError(
                    MESSAGES[kind], code=f"name_{kind}", params={"characters": ", ".join(found)}
                )
                for kind, found in problems.items()
            ]
        )
    return " ".join(text.split())


def refused_characters(value: str) -> list[str]:
    """The distinct characters of `value` that the rule refuses, in order."""
    text = unicodedata.normalize("NFC", value or "")
    found: list[str] = []
    for index, character in enumerate(text):
        if character not in found and _refusal(text, index, character):
            found.append(character)
    return found


def validate_person_name(value: str) -> None:
    """The rule as a model field validator, for forms that do not clean names
    themselves (Wagtail's user and account screens): refuses what
    `person_name_clean()` refuses."""
    person_name_clean(value)


def person_name_shown(value: str) -> str:
    """The name with every refused character written out as "[U+202E]", for showing a
    refused name (HR's import preview) without letting it reorder or hide the page's
    text, and so that HR can see where the character sits."""
    return _replace_refused(value, lambda character: f"[U+{ord(character):04X}]")


def person_name_stripped(value: str) -> str:
    """The name without the refused characters, for names nobody can be asked to
    correct on the spot (those single sign-on brings from the company's directory)."""
    return _replace_refused(value, lambda character: "")


def _replace_refused(value, replacement) -> str:
    text = unicodedata.normalize("NFC", value or "")
    kept = [
        replacement(character) if _refusal(text, index, character) else character
        for index, character in enumerate(text)
    ]
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())


def character_label(character: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE': how messages name an invisible character."""
    name = unicodedata.name(character, "")
    return f"U+{ord(character):04X} {name}".strip()


def _refusal(text: str, index: int, character: str) -> str | None:
    if character in DIRECTION_CONTROLS:
        return "direction"
    if character in COLLAPSED_CONTROLS:
        return None
    category = unicodedata.category(character)
    if category in ("Cc", "Cs"):
        return "control"
    if character in (ZWNJ, ZWJ):
        return None if _joiner_allowed(text, index) else "joiner"
    if category == "Cf" or character in BLANK_LOOKING:
        return "invisible"
    if _is_variation_selector(character):
        return (
            None if _variation_allowed(character, text[index - 1] if index else "") else "invisible"
        )
    return None


def _joiner_allowed(text: str, index: int) -> bool:
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if not before or not after:
        return False
    if _in_joining_script(before) and _in_joining_script(after):
        return True
    return text[index] == ZWJ and _is_emoji_part(before) and _is_emoji(after)


def _in_joining_script(character: str) -> bool:
    code = ord(character)
    if not any(low <= code <= high for low, high in JOINING_SCRIPTS):
        return False
    # Letters and the marks that attach to them (virama, vowel signs), not digits or
    # punctuation of those blocks.
    return unicodedata.category(character)[0] in "LM"


def _is_emoji(character: str) -> bool:
    code = ord(character)
    return unicodedata.category(character) == "So" and (
        0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF
    )


def _is_emoji_part(character: str) -> bool:
    # What may end an emoji before a joiner: the emoji itself, a skin tone modifier
    # (U+1F3FB–U+1F3FF) or the emoji-style variation selector.
    return _is_emoji(character) or 0x1F3FB <= ord(character) <= 0x1F3FF or character == "\ufe0f"


def _is_variation_selector(character: str) -> bool:
    code = ord(character)
    return (
        0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or character in MONGOLIAN_VARIATION_SELECTORS
    )


def _variation_allowed(selector: str, before: str) -> bool:
    if not before:
        return False
    if selector in "\ufe0e\ufe0f":
        return unicodedata.category(before) == "So"
    if ord(selector) >= 0xE0100:
        return unicodedata.name(before, "").startswith("CJK ")
    if selector in MONGOLIAN_VARIATION_SELECTORS:
        return 0x1820 <= ord(before) <= 0x18AF
    return False

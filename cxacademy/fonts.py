"""The fonts certificates are drawn with, and which characters they can draw.

One list, `FONTS`, is both the certificate's @font-face stylesheet (through the
`certificate_fonts` template tags in base.html) and the answer to "would this name
print as boxes?", computed from the fonts' own character maps. So a font added here
is at once drawn and counted, and the warnings shown where names are entered and in
the certificate register can never disagree with what the PDF does.

The files live in static/fonts (see its README for where each comes from and its
licence). Nothing is fetched at run time.
"""

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext
from fontTools.ttLib import TTFont

from cxacademy.names import character_label


@dataclass(frozen=True)
class BundledFont:
    family: str
    file: str
    weight: int = 400
    format: str = "truetype"


def _regular_and_bold(family: str, stem: str) -> tuple[BundledFont, BundledFont]:
    return (
        BundledFont(family, f"{stem}-Regular.ttf"),
        BundledFont(family, f"{stem}-Bold.ttf", weight=700),
    )


# In fallback order: for each character the first family that has it draws it.
# Bold faces exist where the certificate prints bold (the name); the others are
# emboldened by the renderer.
FONTS = (
    BundledFont("Noto Sans", "NotoSans-Regular.ttf"),
    BundledFont("Noto Sans", "NotoSans-Bold.ttf", weight=700),
    BundledFont("Noto Serif", "NotoSerif-Regular.ttf"),
    BundledFont("Noto Sans Arabic", "NotoSansArabic-Regular.ttf"),
    *(
        face
        for script in (
            "Hebrew",
            "Thai",
            "Lao",
            "Khmer",
            "Myanmar",
            "Devanagari",
            "Bengali",
            "Tamil",
        )
        for face in _regular_and_bold(f"Noto Sans {script}", f"NotoSans{script}")
    ),
    BundledFont("WenQuanYi Micro Hei", "WenQuanYiMicroHei.ttc", format="collection"),
    # Monochrome emoji (Unicode 9), cut down to the emoji and symbol blocks.
    BundledFont("Symbola", "SymbolaEmoji-Regular.ttf"),
)

# Serif only for headings that ask for it; text falls back through every script.
TEXT_FAMILIES = tuple(dict.fromkeys(f.family for f in FONTS if f.family != "Noto Serif"))


def fonts_dir() -> Path:
    return Path(settings.BASE_DIR) / "static" / "fonts"


def font_face_css() -> str:
    """The @font-face rules for every bundled font, as root-relative static URLs that
    the PDF fetcher (certificates.rendering) serves from disk."""
    rules = []
    for font in FONTS:
        rules.append(
            "@font-face {\n"
            f'  font-family: "{font.family}";\n'
            f'  src: url("/static/fonts/{font.file}") format("{font.format}");\n'
            f"  font-weight: {font.weight};\n"
            "  font-style: normal;\n"
            "}"
        )
    return "\n".join(rules)


def font_family(*first: str, generic: str = "sans-serif") -> str:
    """A CSS font-family list: `first` (e.g. "Noto Serif"), then every bundled text
    family, so a character that the first font lacks comes from another bundled font
    rather than from whatever the server happens to have installed."""
    families = dict.fromkeys([*first, *TEXT_FAMILIES])
    return ", ".join([*(f'"{family}"' for family in families), generic])


@functools.cache
def covered_codepoints() -> frozenset[int]:
    """Every character some bundled font has a glyph for. Read once per process from
    the fonts' cmap tables (~0.3 s, mostly the CJK font)."""
    covered: set[int] = set()
    for file in dict.fromkeys(font.file for font in FONTS):
        path = fonts_dir() / file
        # A collection's faces share one character map; the first face is enough.
        font = TTFont(path, lazy=True, fontNumber=0 if file.endswith(".ttc") else -1)
        try:
            covered.update(font.getBestCmap() or {})
        finally:
            font.close()
    return frozenset(covered)


def uncovered_characters(text: str) -> list[str]:
    """The distinct characters of `text`, in order, that no bundled font can draw: on a
    certificate each would print as an empty box. Characters that draw nothing by
    design (spaces, joiners, variation selectors) are never counted."""
    covered = covered_codepoints()
    missing: list[str] = []
    for character in unicodedata.normalize("NFC", text or ""):
        if character in missing or ord(character) in covered or _draws_nothing(character):
            continue
        missing.append(character)
    return missing


def uncovered_labels(text: str) -> str:
    """ "🥲 (U+1F972 SMILING FACE WITH TEAR), …" for the characters no bundled font can
    draw, or "" when every character can be drawn."""
    return ", ".join(f"{c} ({character_label(c)})" for c in uncovered_characters(text))


def uncovered_warning(text: str) -> str:
    """The translated warning shown where a name is entered (sign-up, HR's import
    preview) when a certificate would print part of it as empty boxes; "" if none."""
    labels = uncovered_labels(text)
    if not labels:
        return ""
    return gettext(
        "Certificates cannot print these characters of the name: %(characters)s. They "
        "would appear as empty boxes. Check the name and write it with other characters "
        "if you can."
    ) % {"characters": labels}


def _draws_nothing(character: str) -> bool:
    code = ord(character)
    return (
        character.isspace()
        or unicodedata.category(character) in ("Cc", "Cf", "Zl", "Zp")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )

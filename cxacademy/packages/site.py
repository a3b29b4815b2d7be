"""The texts of the site's fixed pages (the home page and the course catalogue), kept
with the shipped content in cxacademy/content/site.toml."""

import tomllib
from pathlib import Path

from cxacademy.packages.bilingual import localise

CONTENT = Path(__file__).resolve().parent.parent / "content"


def site_texts(part: str, language: str) -> dict:
    """The fields of the home page (`part` "home") or the course catalogue ("catalogue")
    in `language`."""
    with (CONTENT / "site.toml").open("rb") as file:
        return localise(tomllib.load(file)[part], language)

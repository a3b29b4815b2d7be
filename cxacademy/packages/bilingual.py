"""Texts written once per language, side by side.

In a package, a text a person reads is a table `{id = "…", en = "…"}` (in a file,
`title.id = "…"` and `title.en = "…"` on consecutive lines). Everything else (numbers,
keys, choices of a setting, a text that reads the same in both languages such as
"NPS") is written once, plainly. `localise` gives one language's value; `merge` joins
the two languages' values of the same thing back into one, and refuses when they
differ anywhere but in their texts.
"""

LANGUAGES = ("id", "en")


class Mismatch(ValueError):
    """The two languages' values differ in something other than a text."""

    def __init__(self, path: str, detail: str):
        super().__init__(f"{path or '(top)'}: {detail}")
        self.path = path
        self.detail = detail


def is_text(value) -> bool:
    """A bilingual text: a table whose keys are languages and whose values are strings."""
    return (
        isinstance(value, dict)
        and bool(value)
        and set(value) <= set(LANGUAGES)
        and all(isinstance(v, str) for v in value.values())
    )


def localise(value, language: str):
    """`value` with every bilingual text replaced by its text in `language`.
    A text without that language raises KeyError (see `missing`)."""
    if is_text(value):
        return value[language]
    if isinstance(value, dict):
        return {key: localise(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localise(item, language) for item in value]
    return value


def missing(value, path: str = "") -> list[tuple[str, str]]:
    """(path, language) of every text that lacks a language."""
    if is_text(value):
        return [(path, language) for language in LANGUAGES if language not in value]
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += missing(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += missing(item, f"{path}[{index + 1}]")
    return found


def merge(indonesian, english, path: str = ""):
    """One value from the two languages' values: equal parts once, differing strings as
    a bilingual text. Raises Mismatch where they differ otherwise (a list of another
    length, another number, another key)."""
    if isinstance(indonesian, str) and isinstance(english, str):
        if indonesian == english:
            return indonesian
        return {"id": indonesian, "en": english}
    if isinstance(indonesian, dict) and isinstance(english, dict):
        if list(indonesian) != list(english):
            only = sorted(set(indonesian) ^ set(english))
            raise Mismatch(path, f"fields differ between the languages: {', '.join(only)}")
        return {
            key: merge(indonesian[key], english[key], f"{path}.{key}" if path else key)
            for key in indonesian
        }
    if isinstance(indonesian, list) and isinstance(english, list):
        if len(indonesian) != len(english):
            raise Mismatch(
                path, f"{len(indonesian)} items in Indonesian, {len(english)} in English"
            )
        return [
            merge(a, b, f"{path}[{index + 1}]")
            for index, (a, b) in enumerate(zip(indonesian, english, strict=True))
        ]
    if indonesian == english and type(indonesian) is type(english):
        return indonesian
    raise Mismatch(path, f"{indonesian!r} in Indonesian, {english!r} in English")

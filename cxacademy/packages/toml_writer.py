"""The one way a package file is written, so that loading a package and writing it out
again gives the same bytes (the round trip), and so that a diff of a change shows the
change and nothing else.

A small writer for the part of TOML that packages use (the standard library reads
TOML but does not write it): tables, arrays of tables, strings, integers, floats and
booleans. Scalars of a table come first, then its bilingual texts as dotted keys
(`title.id` and `title.en` on consecutive lines), then its sub-tables and arrays of
tables. HTML is written on several lines, one block element per line, in a literal
string; `unwrap` (applied by the loader) takes those line breaks out again.
"""

import re
from decimal import Decimal

from cxacademy.packages.bilingual import LANGUAGES, is_text

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
# Line breaks a writer puts after these tags are layout, not content.
_BREAK_AFTER = re.compile(
    r"(</(?:p|li|ul|ol|h[1-6]|blockquote|table|thead|tbody|tr|figure)>|<(?:ul|ol)>|<br/?>)"
)
_LAYOUT_BREAKS = re.compile(
    r"(</(?:p|li|ul|ol|h[1-6]|blockquote|table|thead|tbody|tr|figure)>|<(?:ul|ol)>|<br/?>)\n+"
)
_HTML_BLOCK = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|blockquote)>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def unwrap(text: str) -> str:
    """A string as read from a package, without the writer's layout: the line break a
    multi-line string ends with and those after block-level HTML tags."""
    if "\n" not in text:
        return text
    if text.endswith("\n"):
        text = text[:-1]
    return _LAYOUT_BREAKS.sub(r"\1", text)


def dumps(data: dict, header: str = "") -> str:
    lines: list[str] = []
    if header:
        lines += [f"# {line}" if line else "#" for line in header.splitlines()]
        lines.append("")
    _table(lines, [], data)
    text = "\n".join(lines).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _basic(key)


def _path(path: list[str]) -> str:
    return ".".join(_key(part) for part in path)


def _is_table_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _is_table(value) -> bool:
    """Written as a [table] or [[array of tables]], not on one line."""
    if isinstance(value, dict):
        return bool(value) and not _inline(value)
    return _is_table_list(value) and not all(_inline(item) for item in value)


def _inline(value: dict) -> bool:
    """A small table of plain values, written on one line: `{ kpi = "csat", delta = "5" }`."""
    if not all(
        isinstance(v, bool | int | float | str | Decimal) or v is None for v in value.values()
    ):
        return False
    return (
        not any(isinstance(v, str) and "\n" in v for v in value.values())
        and len(_value(value)) <= 88
    )


def _table(lines: list[str], path: list[str], data: dict) -> None:
    tables = []
    for key, value in data.items():
        if value is None:
            continue
        if is_text(value):
            for language in LANGUAGES:
                if language in value:
                    lines.append(f"{_key(key)}.{language} = {_string(value[language])}")
        elif _is_table(value):
            tables.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in tables:
        lines.append("")
        if isinstance(value, dict):
            lines.append(f"[{_path([*path, key])}]")
            _table(lines, [*path, key], value)
        else:
            for item in value:
                lines.append("")
                lines.append(f"[[{_path([*path, key])}]]")
                _table(lines, [*path, key], item)


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, Decimal):
        return _basic(str(value))
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items() if v is not None)
        return "{ " + inner + " }"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [_value(item) for item in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= 88 and "\n" not in one_line:
            return one_line
        return "[\n" + "".join(f"    {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to a package file")


def _basic(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r")
    escaped = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)
    return f'"{escaped}"'


def _string(text: str) -> str:
    if _HTML_BLOCK.search(text) and "\n" not in text:
        text = _BREAK_AFTER.sub("\\1\n", text).rstrip("\n")
        if "\n" in text:
            return _multiline(text)
    if "\n" in text:
        return _multiline(text)
    if '"' in text and "'" not in text and not _CONTROL.search(text) and "\t" not in text:
        return f"'{text}'"
    return _basic(text)


def _multiline(text: str) -> str:
    if "'''" not in text and not _CONTROL.search(text) and "\r" not in text:
        return f"'''\n{text}\n'''"
    escaped = text.replace("\\", "\\\\").replace('"""', '""\\"')
    escaped = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped).replace("\r", "\\r")
    return f'"""\n{escaped}\n"""'

"""What is wrong with a package, said with the file and the line, and the package file
as read (with enough of its text kept to find the line of a key)."""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from cxacademy.packages.toml_writer import unwrap


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class PackageRefused(Exception):
    """The package has problems; nothing was written."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def add(self, file: str, line: int | None, message: str) -> None:
        problem = Problem(file, line, message)
        if problem not in self.items:  # a shared field is checked once per language
            self.items.append(problem)

    def __bool__(self) -> bool:
        return bool(self.items)


_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _unwrap_all(value):
    if isinstance(value, str):
        return unwrap(value)
    if isinstance(value, dict):
        return {key: _unwrap_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_unwrap_all(item) for item in value]
    return value


class PackageFile:
    """One TOML file of a package: its data (strings without the writer's layout) and
    the line where a key path such as `body[3].value.text` is written."""

    def __init__(self, root: Path, path: Path, problems: Problems):
        self.path = path
        self.name = path.relative_to(root).as_posix()
        self.text = path.read_text(encoding="utf-8")
        self.lines = self.text.splitlines()
        self.data: dict | None = None
        try:
            self.data = _unwrap_all(tomllib.loads(self.text))
        except tomllib.TOMLDecodeError as error:
            found = _TOML_LINE.search(str(error))
            message = _TOML_LINE.sub("", str(error)).strip()
            problems.add(self.name, int(found.group(1)) if found else None, message)

    def line(self, key_path: str) -> int | None:
        """The line where `key_path` (such as `body[3].value.text`) is written, or the
        nearest line above it that the path reaches; None when not even its start is
        found."""
        table: list[str] = []
        start, found = 0, None
        for name, index in _SEGMENT.findall(key_path):
            if index:
                header = "[[" + ".".join(table) + "]]"
                seen = 0
                for number in range(start, len(self.lines)):
                    if self.lines[number].strip() == header:
                        seen += 1
                        if seen == int(index):
                            start, found = number, number + 1
                            break
                else:
                    return found
                continue
            table.append(name)
            dotted = ".".join(table)
            key = re.compile(re.escape(name) + r"\s*[.=]")
            for number in range(start, len(self.lines)):
                stripped = self.lines[number].strip()
                if stripped in (f"[{dotted}]", f"[[{dotted}]]") or key.match(stripped):
                    start, found = number, number + 1
                    break
        return found

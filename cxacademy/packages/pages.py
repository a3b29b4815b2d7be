"""Courses, modules, lessons, quizzes and simulations as page files.

Each page of a course is one TOML file: `course.toml` at the top of the package,
`modules/NN-<slug>/module.toml` for a module and `modules/NN-<slug>/NN-<slug>.toml` for
each of its items (its `kind` says lesson, quiz or scenario); the numbers give the order.
A file holds the page's `key` (its Wagtail `translation_key`, which learners' progress
follows), its slug and title in both languages, and the fields listed in `KINDS` under
their model names. StreamFields (a lesson's body, a scenario's steps) are written as
their raw values without block ids; each value is checked by its own StreamField block.
"""

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from wagtail import blocks as wagtail_blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage
from cxacademy.packages import images
from cxacademy.packages.bilingual import LANGUAGES, localise, missing
from cxacademy.packages.problems import PackageFile, Problems
from cxacademy.packages.streams import is_list_item, walk, without_ids
from cxacademy.sanitise import clean_rich_text
from quizzes.models import QuizPage
from simulations.models import ScenarioPage

FORMAT = 1


@dataclass(frozen=True)
class Kind:
    name: str
    model: type[Page]
    fields: tuple[str, ...]
    # Keys a file of this kind may hold besides the model's fields.
    extra: tuple[str, ...] = ()

    def streams(self) -> tuple[str, ...]:
        return tuple(
            name for name in self.fields if isinstance(_field(self.model, name), StreamField)
        )


_GRADED = ("required", "pass_mark", "attempts_allowed", "grading")

KINDS = {
    kind.name: kind
    for kind in [
        Kind(
            "course",
            CoursePage,
            (
                "summary",
                "learning_outcomes",
                "estimated_minutes",
                "level",
                "access",
                "self_enrolment",
                "sequential_modules",
                "cover_image",
            ),
            extra=("format", "certificate"),
        ),
        Kind("module", ModulePage, ("summary",)),
        Kind("lesson", LessonPage, ("required", "estimated_minutes", "completion", "body")),
        Kind(
            "quiz",
            QuizPage,
            (
                "intro",
                *_GRADED,
                "time_limit_minutes",
                "shuffle_questions",
                "shuffle_answers",
                "review",
            ),
            extra=("questions", "draws"),
        ),
        Kind(
            "scenario",
            ScenarioPage,
            (
                "briefing",
                "learner_role",
                *_GRADED,
                "budget",
                "budget_unit",
                "allow_back",
                "competencies",
                "kpis",
                "steps",
            ),
        ),
    ]
}
ITEM_KINDS = ("lesson", "quiz", "scenario")
COMMON = ("kind", "key", "slug", "title")


def kind_of(page: Page) -> Kind | None:
    for kind in KINDS.values():
        if isinstance(page, kind.model):
            return kind
    return None


def _field(model, name):
    return model._meta.get_field(name)


# --- Walking StreamField values by their block definitions ---------------------------


def _sanitised(block, value):
    if isinstance(block, wagtail_blocks.RichTextBlock) and isinstance(value, str):
        return clean_rich_text(value)
    return value


def canonical_stream(block, raw):
    """A stored stream as a package writes it: every block's fields in the block's own
    order (PostgreSQL's jsonb keeps object keys in an order of its own), without ids."""
    value = block.to_python(raw)
    for _child in value:  # each child read through its block, not left as stored
        pass
    return without_ids(block, block.get_prep_value(value))


def normalised_stream(block, raw):
    """The stream as Wagtail stores it (every field present), without ids; raises
    ValidationError when its own blocks refuse it."""
    value = block.to_python(raw)
    value = block.clean(value)
    prep = block.get_prep_value(value)
    return without_ids(block, walk(block, prep, _sanitised))


def _stream_block(kind: Kind, name: str):
    return _field(kind.model, name).stream_block


def _stream_errors(error: ValidationError) -> list[tuple[int | None, str]]:
    """(1-based block number, message) from a StreamField's validation error."""
    block_errors = getattr(error, "block_errors", None)
    if not block_errors:
        return [(None, "; ".join(_messages(error)))]
    return [(index + 1, "; ".join(_messages(item))) for index, item in sorted(block_errors.items())]


def _messages(error) -> list[str]:
    """Every message of a block's validation error, each after the field or list item
    it is about (`steps: item 2: key: This field is required.`)."""
    nested = getattr(error, "block_errors", None)
    if isinstance(nested, list):
        nested = dict(enumerate(nested))
    if isinstance(nested, dict):
        return [
            f"{f'item {name + 1}' if isinstance(name, int) else name}: {message}"
            for name, item in nested.items()
            if item is not None
            for message in _messages(item)
        ]
    if isinstance(error, ValidationError):
        return list(error.messages)
    return [str(error)]


# --- Reading a page file ---------------------------------------------------------------


@dataclass
class PageSpec:
    """A page file, checked: its fields per language, ready to write."""

    kind: Kind
    file: PackageFile
    key: uuid.UUID | None
    fields: dict[str, dict] = field(default_factory=dict)  # language -> model fields
    extra: dict = field(default_factory=dict)
    children: list["PageSpec"] = field(default_factory=list)


def read_page(
    file: PackageFile, expected: tuple[str, ...], problems: Problems, root
) -> PageSpec | None:
    data = file.data
    if data is None:
        return None
    kind_name = data.get("kind")
    if kind_name not in expected:
        problems.add(
            file.name,
            file.line("kind"),
            f"kind must be {' or '.join(repr(k) for k in expected)}, not {kind_name!r}",
        )
        return None
    kind = KINDS[kind_name]
    allowed = {*COMMON, *kind.fields, *kind.extra}
    for name in data:
        if name not in allowed:
            problems.add(
                file.name,
                file.line(name),
                f"unknown field {name!r} for a {kind.name} (known: {', '.join(sorted(allowed))})",
            )
    for path, language in missing(data):
        problems.add(
            file.name, file.line(path), f"missing translation: no {language!r} text for {path}"
        )
    for name in ("slug", "title"):
        if not data.get(name):
            problems.add(file.name, None, f"the {kind.name} needs a {name}")
    key = None
    if "key" in data:
        try:
            key = uuid.UUID(str(data["key"]))
        except ValueError:
            problems.add(file.name, file.line("key"), f"key {data['key']!r} is not a UUID")
    spec = PageSpec(
        kind=kind, file=file, key=key, extra={k: data[k] for k in kind.extra if k in data}
    )
    if kind.name == "quiz":
        spec.extra = _checked_quiz_extras(spec.extra, file, problems)
    if missing(data) or not data.get("slug") or not data.get("title"):
        return spec
    for language in LANGUAGES:
        spec.fields[language] = _checked_fields(
            kind, file, localise(data, language), language, problems, root
        )
    return spec


@dataclass(frozen=True)
class PendingStream:
    """A stream holding images the site does not have yet: checked once the loader has
    added them (in its transaction, so a refusal still writes nothing)."""

    raw: list


def checked_stream(
    block,
    raw,
    root,
    file: PackageFile,
    name: str,
    language: str,
    problems: Problems,
    *,
    write: bool,
):
    """The stream's value as stored (image files replaced by image ids), or PendingStream
    when it names images to be added first; None after reporting a problem."""
    unknown = unknown_parts(block, raw, name)
    for path, message in unknown:
        problems.add(file.name, file.line(path), f"{path} ({language}): {message}")
    if unknown:
        return None
    found = Problems()
    resolved = images.files_to_images(block, raw, root, found, file.name, write=write)
    if found:
        problems.items += found.items
        return None
    if not write and _has_none_images(block, raw, resolved):
        return PendingStream(raw)
    try:
        return normalised_stream(block, resolved)
    except ValidationError as error:
        for number, message in _stream_errors(error):
            path = f"{name}[{number}]" if number else name
            problems.add(file.name, file.line(path), f"{path} ({language}): {message}")
        return None


def unknown_parts(block, raw, path: str) -> list[tuple[str, str]]:
    """Block types and block fields the blocks do not know, as (path, message): Wagtail
    drops them silently, so a misspelt block or field would vanish from the lesson."""
    found = []
    if isinstance(block, wagtail_blocks.StreamBlock):
        if not isinstance(raw, list):
            return [(path, "must be a list of blocks")]
        for index, child in enumerate(raw, start=1):
            where = f"{path}[{index}]"
            kind = child.get("type") if isinstance(child, dict) else None
            if kind not in block.child_blocks:
                known = ", ".join(block.child_blocks)
                found.append((where, f"unknown block type {kind!r} (known: {known})"))
                continue
            unexpected = set(child) - {"type", "value", "id"}
            if unexpected:
                found.append((where, f"unknown key {sorted(unexpected)[0]!r} in a block"))
            found += unknown_parts(block.child_blocks[kind], child.get("value"), f"{where}.value")
    elif isinstance(block, wagtail_blocks.ListBlock) and isinstance(raw, list):
        for index, item in enumerate(raw, start=1):
            if is_list_item(item):
                item = item["value"]
            found += unknown_parts(block.child_block, item, f"{path}[{index}]")
    elif isinstance(block, wagtail_blocks.StructBlock) and isinstance(raw, dict):
        for name, value in raw.items():
            if name not in block.child_blocks:
                known = ", ".join(block.child_blocks)
                found.append((f"{path}.{name}", f"unknown field {name!r} (known: {known})"))
            else:
                found += unknown_parts(block.child_blocks[name], value, f"{path}.{name}")
    return found


def _has_none_images(block, raw, resolved) -> bool:
    marks = []
    walk(block, raw, lambda b, v: marks.append(v) or v)
    after = []
    walk(block, resolved, lambda b, v: after.append(v) or v)
    return any(
        isinstance(a, str) and a.startswith("images/") and b is None
        for a, b in zip(marks, after, strict=False)
    )


def _checked_quiz_extras(extra: dict, file: PackageFile, problems: Problems) -> dict:
    """A quiz's `questions` (names, or tables with a name and a mark) and `draws` (tables
    with a category path, a count and include_subcategories), checked and converted."""
    from quizzes.models import QuizDraw, QuizQuestion

    questions = []
    mark_field = QuizQuestion._meta.get_field("mark")
    for number, entry in enumerate(extra.get("questions", []), start=1):
        where = (file.name, file.line(f"questions[{number}]") or file.line("questions"))
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            problems.add(
                *where, f"questions, entry {number}: a question name, or a table with a name"
            )
            continue
        unknown = set(entry) - {"name", "mark"}
        if unknown:
            problems.add(*where, f"questions, entry {number}: unknown key {sorted(unknown)[0]!r}")
        mark = entry.get("mark")
        try:
            mark = None if mark is None else mark_field.to_python(str(mark))
            mark_field.run_validators(mark) if mark is not None else None
            if mark is not None and mark < 0:
                raise ValidationError("must not be negative")
        except ValidationError as error:
            problems.add(*where, f"questions, entry {number}: mark: {' '.join(error.messages)}")
            continue
        questions.append({"name": entry["name"], "mark": mark})
    draws = []
    for number, entry in enumerate(extra.get("draws", []), start=1):
        where = (file.name, file.line(f"draws[{number}]") or file.line("draws"))
        if not isinstance(entry, dict):
            problems.add(*where, f"draws, entry {number}: must be a table")
            continue
        unknown = set(entry) - {"category", "count", "include_subcategories"}
        if unknown:
            problems.add(*where, f"draws, entry {number}: unknown key {sorted(unknown)[0]!r}")
        category = entry.get("category")
        count = entry.get("count", QuizDraw._meta.get_field("count").default)
        include = entry.get("include_subcategories", True)
        if not (
            isinstance(category, list)
            and category
            and all(isinstance(part, str) and part.strip() for part in category)
        ):
            problems.add(*where, f"draws, entry {number}: category must be a list of names")
        elif not isinstance(count, int) or isinstance(count, bool) or count < 1:
            problems.add(*where, f"draws, entry {number}: count must be a whole number from 1")
        elif not isinstance(include, bool):
            problems.add(
                *where, f"draws, entry {number}: include_subcategories must be true or false"
            )
        else:
            draws.append(
                {
                    "category": [p.strip() for p in category],
                    "count": count,
                    "include_subcategories": include,
                }
            )
    return {**extra, "questions": questions, "draws": draws}


def _checked_fields(
    kind: Kind, file: PackageFile, data: dict, language: str, problems: Problems, root
):
    fields = {"slug": data["slug"], "title": data["title"]}
    slug_field = _field(Page, "slug")
    try:
        slug_field.run_validators(data["slug"])
    except ValidationError as error:
        problems.add(
            file.name, file.line("slug"), f"slug {data['slug']!r}: {' '.join(error.messages)}"
        )
    for name in kind.fields:
        if name == "cover_image":
            continue
        model_field = _field(kind.model, name)
        # A field the file leaves out takes the model's default: the package says
        # everything about the page, so removing a line (a time limit, say) removes
        # the setting on update too.
        value = data[name] if name in data else model_field.get_default()
        if isinstance(model_field, StreamField):
            value = value if name in data else []
            stream = checked_stream(
                model_field.stream_block, value, root, file, name, language, problems, write=False
            )
            if stream is not None:
                fields[name] = stream
            continue
        try:
            if isinstance(value, float):
                value = Decimal(str(value))
            value = model_field.to_python(value)
            if isinstance(model_field, RichTextField) and value:
                value = clean_rich_text(value)
            model_field.clean(value, None)
        except ValidationError as error:
            where = file.line(name) if name in data else None
            problems.add(file.name, where, f"{name}: {' '.join(error.messages)}")
            continue
        fields[name] = value
    return fields


def field_value(page: Page, name: str):
    """A page's field as a package writes it."""
    model_field = _field(type(page), name)
    value = getattr(page, name)
    if isinstance(model_field, StreamField):
        return canonical_stream(model_field.stream_block, value.get_prep_value())
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value.normalize())
    return value


def stream_with_kept_ids(old_raw: list, new_raw: list) -> list:
    """`new_raw` with the ids of the old stream's blocks, matched by type and place among
    the blocks of that type (the third metric lab keeps the third one's id, whatever is
    inserted before it): a metric lab's practice is kept by block id."""
    old_ids: dict[str, list[str]] = {}
    for child in old_raw or []:
        old_ids.setdefault(child.get("type"), []).append(child.get("id"))
    seen: dict[str, int] = {}
    kept = []
    for child in new_raw:
        kind = child.get("type")
        place = seen.get(kind, 0)
        seen[kind] = place + 1
        ids = old_ids.get(kind, [])
        block_id = ids[place] if place < len(ids) else None
        kept.append({**child, "id": block_id or str(uuid.uuid4())})
    return kept

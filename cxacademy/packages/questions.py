"""The question bank of a course package: its questions in both languages, read from
files, checked as a trainer's upload is checked, and written back the same way.

In a package folder::

    questions/<file>.id.gift   the questions in Bahasa Indonesia
    questions/<file>.en.gift   the same questions in English
    questions/<file>.toml      what GIFT cannot hold (only when there is some)

GIFT files are read by the bank's own importer (`quizzes.formats.gift`, the upload's
reader), so what a trainer could upload a package can hold, and every text goes through
the same sanitiser. Each file starts with one `$CATEGORY: $course$/top/CX Mindset/Modul 1`
line (the category path) and names every question (`::M1 · Follow-up call::`); texts are
written as `[html]`. Fractions are GIFT percentages to five places (`%33.33333%` is
0.3333333, the seven places the bank stores); `=25:0.5` is 25 ± 0.5; `=%0%20#…` is a
wrong answer that catches a common mistake; `= -> answer` is a matching answer with no
prompt (an extra wrong answer).

The two languages are joined by question name: each name is used once in the package
and appears in both languages. A name in one language only is a missing translation.
Both languages must agree on the kind, the category, the number of options, their
fractions, numeric values, tolerances and ranges, the true/false answer and which
matching prompts are empty; texts, feedback and the accepted short answers may differ.

The TOML file holds the ordering questions (GIFT has none) and the settings GIFT has no
place for, only where they differ from the bank's defaults (any TOML spelling reads the
same; this is how `dump_content` writes it)::

    [[ordering]]
    name = "Customer journey stages"
    category = ["CX Mindset", "Modul 1"]
    mark = "2"                       # optional; "1" when left out
    text.id = "<p>Urutkan…</p>"
    text.en = "<p>Put … in order.</p>"
    general_feedback.id = "…"        # optional
    general_feedback.en = "…"
    items = [                        # plain text, in the right order
        { id = "Kesadaran", en = "Awareness" },
        { id = "Pembelian", en = "Purchase" },
    ]

    question = [                     # questions of the GIFT files, by name
        { name = "NPS from counts", mark = "2" },         # default "1"
        { name = "NPS stands for", case_sensitive = true },  # short answer; default false
        { name = "CX metrics", negative_marks = false },   # multiple response; default true
    ]

`mark`, `case_sensitive` and `negative_marks` may also be given in an `[[ordering]]`
table. Installed, a question is the Indonesian question (the default locale) and its
English translation, whose options share the Indonesian options' keys, so an attempt
reads the same in both languages.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.utils.text import slugify
from wagtail.models import Locale

from cxacademy.packages.bilingual import LANGUAGES, is_text
from cxacademy.packages.problems import PackageFile, Problem, Problems
from cxacademy.packages.toml_writer import dumps
from quizzes import importing
from quizzes.formats import base, gift
from quizzes.formats.base import ParsedQuestion, html_to_plain, tidy
from quizzes.models import (
    Question,
    QuestionCategory,
    QuestionChoice,
    QuestionMatchPair,
    QuestionNumericAnswer,
    QuestionOrderItem,
    QuizAttempt,
)

FOLDER = "questions"
_GIFT_FILE = re.compile(r"^(?P<stem>.+)\.(?P<language>id|en)\.gift$")
_GIFT_KINDS = ("single", "multi", "truefalse", "shortanswer", "numeric", "matching")
# What GIFT has no place for, with the bank's defaults (written only when different).
SETTINGS = {"mark": Decimal(1), "case_sensitive": False, "negative_marks": True}
_ORDERING_KEYS = {"name", "category", "text", "general_feedback", "items", *SETTINGS}
_LANGUAGE_NAMES = {"id": "Indonesian", "en": "English"}

# Fields of a question, and options by relation, that installing keeps in line.
_FIELDS = (
    "kind",
    "text",
    "general_feedback",
    "default_mark",
    "correct",
    "feedback_true",
    "feedback_false",
    "case_sensitive",
    "negative_marks",
)
_RELATIONS = (
    ("choices", QuestionChoice, ("text", "fraction", "feedback"), "options"),
    (
        "numeric_answers",
        QuestionNumericAnswer,
        ("value", "tolerance", "minimum", "maximum", "fraction", "feedback"),
        "numeric answers",
    ),
    ("pairs", QuestionMatchPair, ("prompt", "answer"), "pairs"),
    ("order_items", QuestionOrderItem, ("text",), "items"),
)


@dataclass
class BankQuestion:
    """One question of the package in both languages, as the importer's reader gives it."""

    name: str
    category: tuple[str, ...]
    parsed: dict[str, ParsedQuestion]  # by language, settings applied
    negative_marks: bool = True
    file: str = ""  # where the Indonesian question is written
    line: int | None = None


@dataclass
class Bank:
    """The validated questions of a package, both languages joined."""

    questions: list[BankQuestion] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [question.name for question in self.questions]


@dataclass
class _Found:
    parsed: ParsedQuestion
    file: str
    line: int | None


# --- Reading -----------------------------------------------------------------------


def read_bank(root: Path, problems: Problems) -> Bank:
    """Every question under `root/questions`, checked; each problem is added with its
    file (relative to `root`) and line. Reads the database (locales), never writes."""
    folder = root / FOLDER
    bank = Bank()
    if not folder.is_dir():
        return bank
    found: dict[str, dict[str, _Found]] = {language: {} for language in LANGUAGES}
    settings: dict[str, tuple[dict, str, int | None]] = {}
    for path in sorted(folder.iterdir()):
        name = path.relative_to(root).as_posix()
        if path.name.startswith("."):
            continue
        match = _GIFT_FILE.match(path.name)
        if path.is_file() and match:
            _read_gift(root, path, match.group("language"), found, problems)
        elif path.is_file() and path.suffix == ".toml":
            _read_toml(root, path, found, settings, problems)
        else:
            problems.add(
                name,
                None,
                "not a question file: expected <name>.id.gift, <name>.en.gift or <name>.toml",
            )
    locales = _locales(problems)
    for name, (_table, file, line) in settings.items():
        if name not in found["id"] and name not in found["en"]:
            problems.add(file, line, f"settings for a question that no file holds: {name}")
    for name, indonesian in found["id"].items():
        english = found["en"].get(name)
        if english is None:
            problems.add(
                indonesian.file, indonesian.line, f"missing translation: {name} has no English"
            )
            continue
        item = _joined(name, indonesian, english, settings.get(name), problems)
        where = {"id": indonesian, "en": english}
        if item is not None and locales and _stored(item, where, locales, problems):
            bank.questions.append(item)
    for name, english in found["en"].items():
        if name not in found["id"]:
            problems.add(
                english.file, english.line, f"missing translation: {name} has no Indonesian"
            )
    return bank


def _locales(problems: Problems) -> dict[str, Locale] | None:
    english = Locale.objects.filter(language_code="en").first()
    if english is None:
        problems.add(FOLDER, None, "the site has no English locale")
        return None
    return {"id": Locale.get_default(), "en": english}


def _add(found: dict[str, _Found], item: _Found, problems: Problems) -> None:
    name = item.parsed.name
    earlier = found.get(name)
    if earlier is not None:
        where = f"{earlier.file}:{earlier.line}" if earlier.line else earlier.file
        problems.add(item.file, item.line, f"{name}: the name is used twice (also at {where})")
        return
    found[name] = item


def _read_gift(root: Path, path: Path, language: str, found: dict, problems: Problems) -> None:
    file = path.relative_to(root).as_posix()
    data = path.read_bytes()
    result = importing.parse(data, "gift")
    for problem in [*result.problems, *result.unsupported]:
        prefix = f"{problem.name}: " if problem.name else ""
        problems.add(file, problem.line, prefix + problem.message)
    if result.problems:
        return
    lines = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for parsed in result.questions:
        line = parsed.source_line
        if line and not lines[line - 1].lstrip().startswith("::"):
            problems.add(
                file, line, f"a question without a name (write ::name:: first): {parsed.name}"
            )
            continue
        if not parsed.category:
            problems.add(file, line, f"{parsed.name}: no $CATEGORY line before the question")
            continue
        _add(found[language], _Found(parsed, file, line), problems)


def _read_toml(root: Path, path: Path, found: dict, settings: dict, problems: Problems) -> None:
    package_file = PackageFile(root, path, problems)
    data = package_file.data
    if data is None:
        return
    file = package_file.name
    for key in data:
        if key not in ("ordering", "question"):
            problems.add(file, package_file.line(key), f"unknown table: {key}")
    for index, table in enumerate(_tables(data.get("ordering"), file, "ordering", problems), 1):
        line = package_file.line(f"ordering[{index}]")
        languages = _ordering(table, file, line, problems)
        for language, parsed in languages:
            _add(found[language], _Found(parsed, file, line), problems)
        if languages and any(key in table for key in SETTINGS):
            _add_settings(settings, table["name"], (table, file, line), problems)
    for index, table in enumerate(_tables(data.get("question"), file, "question", problems), 1):
        line = package_file.line(f"question[{index}]")
        name = table.get("name")
        unknown = set(table) - {"name", *SETTINGS}
        if not isinstance(name, str) or not name.strip():
            problems.add(file, line, "a [[question]] table needs a name")
        elif unknown:
            problems.add(file, line, f"{name}: unknown settings: {', '.join(sorted(unknown))}")
        else:
            _add_settings(settings, name, (table, file, line), problems)


def _add_settings(settings: dict, name: str, given: tuple, problems: Problems) -> None:
    if name in settings:
        _table, file, line = given
        problems.add(file, line, f"{name}: settings given twice")
    else:
        settings[name] = given


def _tables(value, file: str, key: str, problems: Problems) -> list[dict]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        problems.add(file, None, f"{key} must be written as [[{key}]] tables")
        return []
    return value


def _ordering(table: dict, file: str, line: int | None, problems: Problems):
    """(language, ParsedQuestion) for each language of an [[ordering]] table."""
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(file, line, "an [[ordering]] question needs a name")
        return []
    messages = []
    unknown = set(table) - _ORDERING_KEYS
    if unknown:
        messages.append(f"unknown fields: {', '.join(sorted(unknown))}")
    category = table.get("category")
    if not (
        isinstance(category, list)
        and category
        and all(isinstance(part, str) and part.strip() for part in category)
    ):
        messages.append("category must be a list of names, e.g. ['CX Mindset', 'Modul 1']")
    text = _bilingual(table.get("text"), "text", messages)
    feedback = _bilingual(table.get("general_feedback", ""), "general_feedback", messages)
    items = table.get("items")
    if not isinstance(items, list):
        messages.append("items must list the items in the right order")
        items = []
    items = [_bilingual(item, f"items[{number}]", messages) for number, item in enumerate(items, 1)]
    if messages:
        for message in messages:
            problems.add(file, line, f"{name}: {message}")
        return []
    found = []
    for language in LANGUAGES:
        parsed = ParsedQuestion(
            kind="ordering",
            name=name,
            text=text[language],
            category=tuple(part.strip() for part in category),
            general_feedback=feedback[language],
            ordering=[item[language] for item in items],
            source_line=line,
        )
        found.append((language, parsed))
    return found


def _bilingual(value, key: str, messages: list[str]) -> dict[str, str]:
    if isinstance(value, str):
        return dict.fromkeys(LANGUAGES, value)
    if is_text(value) and set(value) == set(LANGUAGES):
        return value
    if is_text(value):
        absent = [_LANGUAGE_NAMES[language] for language in LANGUAGES if language not in value]
        messages.append(f"missing translation: {key} has no {', '.join(absent)}")
    else:
        messages.append(f"{key} must be a text in both languages ({key}.id and {key}.en)")
    return dict.fromkeys(LANGUAGES, "")


def _joined(
    name: str, indonesian: _Found, english: _Found, settings, problems: Problems
) -> BankQuestion | None:
    where = f"{indonesian.file}:{indonesian.line}" if indonesian.line else indonesian.file
    refused = False
    for what in differences(indonesian.parsed, english.parsed):
        problems.add(
            english.file, english.line, f"{name}: the languages disagree on {what} (see {where})"
        )
        refused = True
    values = dict(SETTINGS)
    table, file, line = settings or ({}, "", None)
    for key in SETTINGS:
        if key not in table:
            continue
        value = _mark(table[key]) if key == "mark" else table[key]
        if key == "mark" and value is None:
            problems.add(file, line, f'{name}: mark must be a number such as "2"')
            refused = True
        elif key != "mark" and not isinstance(value, bool):
            problems.add(file, line, f"{name}: {key} must be true or false")
            refused = True
        else:
            values[key] = value
    if refused:
        return None
    for found in (indonesian, english):
        found.parsed.default_mark = values["mark"]
        found.parsed.case_sensitive = values["case_sensitive"]
        if found.parsed.kind == "ordering":  # GIFT's reader has checked the others
            for message in base.question_problems(found.parsed):
                problems.add(found.file, found.line, f"{name}: {message}")
                refused = True
    if refused:
        return None
    return BankQuestion(
        name=name,
        category=indonesian.parsed.category,
        parsed={"id": indonesian.parsed, "en": english.parsed},
        negative_marks=values["negative_marks"],
        file=indonesian.file,
        line=indonesian.line,
    )


def _mark(value) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        mark = Decimal(str(value))
    except InvalidOperation:
        return None
    return tidy(mark) if mark.is_finite() else None


def differences(indonesian: ParsedQuestion, english: ParsedQuestion) -> list[str]:
    """What two languages of one question disagree on, beyond their words."""

    def numbers(parsed: ParsedQuestion):
        return [(a.value, a.tolerance, a.minimum, a.maximum, a.fraction) for a in parsed.numeric]

    checks = [
        ("the kind", lambda p: p.kind),
        ("the category", lambda p: p.category),
        ("the number of options", lambda p: len(p.choices)),
        ("the fractions", lambda p: [c.fraction for c in p.choices]),
        ("the number of numeric answers", lambda p: len(p.numeric)),
        ("the numeric answers (values, tolerances, fractions)", numbers),
        ("the number of pairs", lambda p: len(p.pairs)),
        ("which pairs have no prompt", lambda p: [bool(pair.prompt) for pair in p.pairs]),
        ("the number of items", lambda p: len(p.ordering)),
        ("the true/false answer", lambda p: p.correct),
    ]
    found = []
    for what, value in checks:
        if value(indonesian) != value(english):
            if what.startswith("the number of") or what == "the kind":
                return [*found, what]  # the checks after it would only repeat it
            found.append(what)
    return found


def _stored(
    item: BankQuestion, where: dict[str, _Found], locales: dict[str, Locale], problems: Problems
) -> bool:
    """Whether the bank can store the sanitised question: the importer's own checks, as
    an upload gets them."""
    stored = True
    for language in LANGUAGES:
        parsed = item.parsed[language]
        question, children = importing.question_from_parsed(parsed, locales[language])
        question.negative_marks = item.negative_marks
        for message in importing.stored_problems(parsed, question, children):
            problems.add(where[language].file, where[language].line, f"{item.name}: {message}")
            stored = False
    return stored


# --- Installing --------------------------------------------------------------------


def install_bank(bank: Bank, *, update: bool, changes: list[str]) -> dict[str, Question]:
    """Write the bank's questions (inside the caller's transaction); name -> the
    Indonesian question. A question is found by category path, name and language; one
    found is left alone unless `update` (a line says when it differs from the package),
    and then brought in line: fields updated, and each option kept by what it says, so
    its key, which attempts, their review and item analysis refer to, keeps meaning the
    same option (see `_match`). Nothing that already matches is written. Each change
    is added to `changes` as a line a person reads."""
    english = Locale.objects.get(language_code="en")
    default = Locale.get_default()
    categories: dict[tuple[str, ...], QuestionCategory] = {}
    installed = {}
    for item in bank.questions:
        if item.category not in categories:
            categories[item.category] = QuestionCategory.for_path(item.category)
        category = categories[item.category]
        source = (
            Question.objects.filter(category=category, name=item.name, locale=default)
            .order_by("pk")
            .first()
        )
        if source is None:
            source, options = _create(item, "id", default, category=category)
            _create(item, "en", english, category=category, source=source, options=options)
            changes.append(f"question added: {item.name}")
        elif update:
            aspects = _update(source, item, category, {"id": default, "en": english})
            if aspects:
                changes.append(f"question changed: {item.name} ({', '.join(aspects)})")
        elif _update(source, item, category, {"id": default, "en": english}, write=False):
            changes.append(
                "question kept as installed (differs from the package; load with --update): "
                f"{item.name}"
            )
        installed[item.name] = source
    return installed


def _update(source, item, category, locales, *, write=True) -> list[str]:
    """What differs between an installed question (both languages) and the package,
    written unless `write` is false (then it stops at the first language that differs)."""
    aspects, options = _bring_in_line(source, item, "id", locales["id"], write=write)
    if aspects and not write:
        return aspects
    translation = Question.objects.filter(
        translation_key=source.translation_key, locale=locales["en"]
    ).first()
    if translation is None:
        if write:
            _create(item, "en", locales["en"], category=category, source=source, options=options)
        return [*aspects, "English translation added"]
    if translation.category_id != category.pk:
        if write:
            translation.category = category
            translation.save()
        aspects.append("English category")
    english_aspects, _ = _bring_in_line(
        translation, item, "en", locales["en"], options=options, write=write
    )
    return aspects + english_aspects


def _built(item: BankQuestion, language: str, locale: Locale):
    question, children = importing.question_from_parsed(item.parsed[language], locale)
    question.negative_marks = item.negative_marks
    return question, {
        relation: [child for child in children if isinstance(child, model)]
        for relation, model, _fields, _label in _RELATIONS
    }


def _keyed(children: list, options: list | None) -> list:
    """The English options carry the Indonesian options' keys, position by position."""
    for child, original in zip(children, options or [], strict=False):
        child.key = original.key
        if isinstance(child, QuestionMatchPair):
            child.answer_key = original.answer_key
    return children


def _create(item, language, locale, *, category, source=None, options=None):
    question, children = _built(item, language, locale)
    question.category = category
    if source is not None:
        question.translation_key = source.translation_key
    question.save()
    saved = {}
    for relation, model, _fields, _label in _RELATIONS:
        wanted = _keyed(children[relation], options and options[relation])
        for order, child in enumerate(wanted):
            child.question, child.sort_order = question, order
        saved[relation] = model.objects.bulk_create(wanted)
    return question, saved


def _bring_in_line(question: Question, item, language, locale, *, options=None, write=True):
    """(what changed, the question's options by relation in the package's order),
    writing only differences, and nothing unless `write`. `options`: the Indonesian
    options, whose keys an English question's carry position by position; its options
    are then matched to the stored ones by key."""
    built, children = _built(item, language, locale)
    fields = [name for name in _FIELDS if getattr(question, name) != getattr(built, name)]
    prefix = "" if options is None else "English "
    aspects = [prefix + name.replace("_", " ") for name in fields]
    if fields and write:
        for name in fields:
            setattr(question, name, getattr(built, name))
        question.save()
    current = {}
    for relation, model, names, label in _RELATIONS:
        label = prefix + label
        existing = list(getattr(question, relation).order_by("sort_order", "pk"))
        wanted = children[relation]
        if options is None:
            matched = _match(existing, wanted, _IDENTITIES[relation])
        else:
            wanted = _keyed(wanted, options[relation])
            names = (*names, "key", *(("answer_key",) if model is QuestionMatchPair else ()))
            matched = _match(existing, wanted, (lambda row: row.key,))
        rows, edited, moved = [], False, False
        for position, new in enumerate(wanted):
            old = matched.get(position)
            if old is None:
                new.question, new.sort_order = question, position
                rows.append(new)
                continue
            different = [name for name in names if getattr(old, name) != getattr(new, name)]
            edited = edited or bool(different)
            if old.sort_order != position:
                different.append("sort_order")
                moved = True
            if different and write:
                for name in different:
                    setattr(old, name, position if name == "sort_order" else getattr(new, name))
                old.save(update_fields=different)
            rows.append(old)
        kept = {row.pk for row in rows if row.pk is not None}
        removed = [row for row in existing if row.pk not in kept]
        added = [row for row in rows if row.pk is None]
        if write:
            model.objects.filter(pk__in=[row.pk for row in removed]).delete()
            model.objects.bulk_create(added)
        reordered = [row.pk for row in existing if row.pk in kept] != [
            row.pk for row in rows if row.pk in kept
        ]
        if added or removed:
            phrases = [f"{_count(len(added), label)} added"] if added else []
            if removed:
                removed_count = len(removed) if added else _count(len(removed), label)
                removal = f"{removed_count} removed"
                if options is None:
                    removal += _open_attempts(question, removed)
                phrases.append(removal)
            aspects.append(", ".join(phrases))
        if reordered:
            aspects.append(f"{label} reordered and changed" if edited else f"{label} reordered")
        elif edited or (moved and not (added or removed)):
            aspects.append(label)
        current[relation] = rows
    return aspects, current


def _count(number: int, label: str) -> str:
    return f"{number} {label if number != 1 else label[:-1]}"


def _words(text: str) -> str:
    """What an option says, whatever its tags, spacing and capitals."""
    return html_to_plain(text).casefold()


def _numbers(row) -> tuple:
    return (row.value, row.tolerance, row.minimum, row.maximum)


# How a stored option is recognised in the package, most exact first: each pass
# matches what the ones before it left (None: this pass does not apply to the row).
_IDENTITIES = {
    "choices": (
        lambda row: (_words(row.text), row.fraction),
        lambda row: _words(row.text),
    ),
    "numeric_answers": (lambda row: (*_numbers(row), row.fraction), _numbers),
    "pairs": (
        lambda row: (_words(row.prompt), _words(row.answer)),
        lambda row: _words(row.prompt) or None,
        lambda row: None if _words(row.prompt) else _words(row.answer),
    ),
    "order_items": (lambda row: _words(row.text),),
}


def _match(existing: list, wanted: list, identities) -> dict:
    """The package's position -> the stored row that is the same option. Rows no pass
    matches are paired by position among themselves when both sides have as many (an
    option reworded in place); otherwise they are removed and added."""
    found = {}
    left = list(existing)
    for identity in identities:
        waiting: dict = {}
        for row in left:
            value = identity(row)
            if value is not None:
                waiting.setdefault(value, []).append(row)
        for position, new in enumerate(wanted):
            value = None if position in found else identity(new)
            if value is not None and waiting.get(value):
                found[position] = row = waiting[value].pop(0)
                left.remove(row)
    spare = [position for position in range(len(wanted)) if position not in found]
    if spare and len(spare) == len(left):
        found.update(zip(spare, left, strict=True))
    return found


_LISTS = ("options", "prompts", "answers", "items")  # option keys in an attempt's layout


def _open_attempts(question: Question, removed: list) -> str:
    """`; 3 open attempts had it` when open attempts ask the question with a removed
    option in their layout (or a question whose layout lists no options)."""
    question_key = str(question.translation_key)
    keys = {str(row.key) for row in removed} | {
        str(row.answer_key) for row in removed if isinstance(row, QuestionMatchPair)
    }
    number = 0
    attempts = QuizAttempt.objects.filter(
        status=QuizAttempt.Status.OPEN, layout__icontains=question_key
    )
    for layout in attempts.values_list("layout", flat=True):
        for entry in layout:
            if entry.get("q") != question_key:
                continue
            listed = {key for name in _LISTS for key in entry.get(name, [])}
            if not listed or listed & keys:
                number += 1
                break
    if not number:
        return ""
    attempts = "1 open attempt" if number == 1 else f"{number} open attempts"
    return f"; {attempts} had {'it' if len(removed) == 1 else 'them'}"


# --- Writing -----------------------------------------------------------------------


def file_name(category: tuple[str, ...]) -> str:
    """The stem of a category's files: `CX Mindset / Modul 1` -> `cx-mindset--modul-1`."""
    return "--".join(slugify(part) or "category" for part in category)


def dump_bank(questions: list[Question], root: Path) -> list[Problem]:
    """Write the Indonesian `questions` (with their English translations) to
    `root/questions`: one file pair per category path, questions in the order given.
    Returns what could not be written, and why."""
    problems = Problems()
    english = Locale.objects.get(language_code="en")
    related = ("choices", "numeric_answers", "pairs", "order_items")
    by_pk = Question.objects.prefetch_related(*related).in_bulk([q.pk for q in questions])
    translations = {
        q.translation_key: q
        for q in Question.objects.filter(
            translation_key__in=[q.translation_key for q in by_pk.values()], locale=english
        ).prefetch_related(*related)
    }
    paths = _category_paths()
    files: dict[str, dict] = {}
    stems: dict[str, tuple[str, ...]] = {}
    names: dict[str, int] = {}
    for pk in dict.fromkeys(q.pk for q in questions):
        question = by_pk[pk]
        category = paths[question.category_id]
        stem = file_name(category)
        where = f"{FOLDER}/{stem}"
        if question.locale_id == english.pk:
            problems.add(f"{where}.en.gift", None, f"{question.name}: give the Indonesian question")
            continue
        if stems.setdefault(stem, category) != category:
            problems.add(
                f"{where}.id.gift",
                None,
                f"{question.name}: its category {' / '.join(category)} has the same file "
                f"name as {' / '.join(stems[stem])}; rename one of them",
            )
            continue
        if names.setdefault(question.name, pk) != pk:
            problems.add(
                f"{where}.id.gift", None, f"{question.name}: another question has this name"
            )
            continue
        translation = translations.get(question.translation_key)
        if translation is None:
            problems.add(f"{where}.en.gift", None, f"{question.name}: no English translation")
            continue
        parsed = {
            "id": importing.parsed_from_question(question, category=category),
            "en": importing.parsed_from_question(translation, category=category),
        }
        disagreements = differences(parsed["id"], parsed["en"])
        if disagreements:
            problems.add(
                f"{where}.en.gift",
                None,
                f"{question.name}: the languages disagree on {', '.join(disagreements)}",
            )
            continue
        settings = {
            "mark": tidy(Decimal(question.default_mark)),
            "case_sensitive": question.case_sensitive,
            "negative_marks": question.negative_marks,
        }
        settings = {key: value for key, value in settings.items() if value != SETTINGS[key]}
        if "mark" in settings:
            settings["mark"] = format(settings["mark"], "f")
        parts = files.setdefault(stem, {"id": [], "en": [], "ordering": [], "question": []})
        if question.kind == "ordering":
            parts["ordering"].append(_ordering_table(question.name, category, parsed, settings))
        elif question.kind in _GIFT_KINDS:
            lost = [language for language in LANGUAGES if not _gift_holds(parsed[language])]
            if lost:
                problems.add(
                    f"{where}.{lost[0]}.gift",
                    None,
                    f"{question.name}: GIFT would not read this question back as it is stored "
                    "(such as an answer with -> in a short-answer question)",
                )
                continue
            parts["id"].append(parsed["id"])
            parts["en"].append(parsed["en"])
            if settings:
                parts["question"].append({"name": question.name, **settings})
        else:
            problems.add(
                f"{where}.id.gift", None, f"{question.name}: a package cannot hold {question.kind}"
            )
    folder = root / FOLDER
    for stem, parts in files.items():
        folder.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            if parts[language]:
                text = gift.export_gift(parts[language])
                (folder / f"{stem}.{language}.gift").write_text(text, encoding="utf-8")
        tables = {key: parts[key] for key in ("ordering", "question") if parts[key]}
        if tables:
            (folder / f"{stem}.toml").write_text(dumps(tables, _TOML_HEADER), encoding="utf-8")
    return problems.items


_TOML_HEADER = (
    "What GIFT cannot hold: ordering questions, and settings that differ from the defaults.\n"
    "Format: cxacademy/packages/questions.py."
)


def _gift_holds(parsed: ParsedQuestion) -> bool:
    """Whether GIFT gives the question back as it is (its mark and case sensitivity
    aside, which the TOML file holds)."""
    result = gift.parse_gift(gift.export_gift([parsed]))
    if result.problems or len(result.questions) != 1:
        return False
    read = result.questions[0]
    read.source_line = parsed.source_line
    read.default_mark, read.case_sensitive = parsed.default_mark, parsed.case_sensitive
    return read == parsed


def _ordering_table(name, category, parsed, settings) -> dict:
    indonesian, english = parsed["id"], parsed["en"]
    table = {"name": name, "category": list(category), **settings}
    table["text"] = {"id": indonesian.text, "en": english.text}
    if indonesian.general_feedback or english.general_feedback:
        table["general_feedback"] = {
            "id": indonesian.general_feedback,
            "en": english.general_feedback,
        }
    table["items"] = [
        {"id": a, "en": b} for a, b in zip(indonesian.ordering, english.ordering, strict=True)
    ]
    return table


def _category_paths() -> dict[int, tuple[str, ...]]:
    """Every category's path of names, from one query."""
    rows = {
        pk: (name, parent)
        for pk, name, parent in QuestionCategory.objects.values_list("pk", "name", "parent_id")
    }
    paths: dict[int, tuple[str, ...]] = {}

    def path(pk: int, seen: frozenset = frozenset()) -> tuple[str, ...]:
        if pk not in paths:
            name, parent = rows[pk]
            above = path(parent, seen | {pk}) if parent and parent not in seen else ()
            paths[pk] = (*above, name)
        return paths[pk]

    for pk in rows:
        path(pk)
    return paths

"""Bringing questions in from GIFT and Moodle XML, all or nothing."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Locale

from cxacademy.sanitise import clean_html
from quizzes.formats import gift, moodlexml
from quizzes.formats.base import (
    Choice,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    ParseResult,
    Problem,
    default_name,
    has_content,
)
from quizzes.models import (
    Question,
    QuestionCategory,
    QuestionChoice,
    QuestionMatchPair,
    QuestionNumericAnswer,
    QuestionOrderItem,
)

FORMATS = {"gift": "GIFT", "moodlexml": "Moodle XML"}
MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass
class ImportReport:
    created: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unsupported: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def parse(data: bytes, fmt: str) -> ParseResult:
    if fmt == "gift":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            message = gettext_noop(
                "The file is not UTF-8 text. Save it as UTF-8 and upload it again."
            )
            return ParseResult([], [Problem(message)], [])
        return gift.parse_gift(text)
    if fmt == "moodlexml":
        return moodlexml.parse_moodle_xml(data)
    return ParseResult([], [Problem(gettext_noop("Unknown format."))], [])


def _fallback_name(parsed: ParsedQuestion, locale: Locale) -> str:
    """A name for a question whose text has no words (only an image), written in the
    language of the bank it goes into, whatever the admin's language."""
    with translation.override(locale.language_code):
        if parsed.source_line:
            return gettext("Question on line %(line)s") % {"line": parsed.source_line}
        return gettext("Untitled question")


def question_from_parsed(parsed: ParsedQuestion, locale: Locale):
    """An unsaved question (no category yet) and its unsaved options, sanitised: what an
    upload and a course package both store."""
    question = Question(
        locale=locale,
        name=parsed.name or default_name(parsed.text, "") or _fallback_name(parsed, locale),
        kind=parsed.kind,
        text=clean_html(parsed.text),
        general_feedback=clean_html(parsed.general_feedback),
        default_mark=parsed.default_mark,
        correct=parsed.correct,
        feedback_true=clean_html(parsed.feedback_true),
        feedback_false=clean_html(parsed.feedback_false),
        case_sensitive=parsed.case_sensitive,
    )
    children = []
    if parsed.kind == "shortanswer":
        children += [
            QuestionChoice(text=c.text, fraction=c.fraction, feedback=clean_html(c.feedback))
            for c in parsed.choices
        ]
    else:
        children += [
            # The parsers give choice text as HTML already.
            QuestionChoice(
                text=clean_html(c.text), fraction=c.fraction, feedback=clean_html(c.feedback)
            )
            for c in parsed.choices
        ]
    children += [
        QuestionNumericAnswer(
            value=a.value,
            tolerance=a.tolerance,
            minimum=a.minimum,
            maximum=a.maximum,
            fraction=a.fraction,
            feedback=clean_html(a.feedback),
        )
        for a in parsed.numeric
    ]
    children += [
        QuestionMatchPair(prompt=clean_html(p.prompt), answer=p.answer) for p in parsed.pairs
    ]
    children += [QuestionOrderItem(text=text) for text in parsed.ordering]
    return question, children


# The parsers check the file as written; the bank also needs text that survives
# sanitising (a question of nothing but a <script> would be stored empty).
_NO_TEXT = gettext_noop("The question has no text.")
_TEXT_SANITISED_AWAY = gettext_noop(
    "The question has no text once unsafe HTML (such as scripts) is removed."
)
_ANSWER_SANITISED_AWAY = gettext_noop(
    "An answer has no text once unsafe HTML (such as scripts) is removed."
)
_PROMPT_SANITISED_AWAY = gettext_noop(
    "A matching prompt has no text once unsafe HTML (such as scripts) is removed."
)


def stored_problems(parsed: ParsedQuestion, question: Question, children: list) -> list[str]:
    """Why the sanitised question (from `question_from_parsed`) cannot be stored, as
    messages; [] when it can."""
    messages = []
    if not has_content(parsed.text):
        messages.append(_NO_TEXT)
    elif not has_content(question.text):
        messages.append(_TEXT_SANITISED_AWAY)
    if parsed.kind != "shortanswer" and any(
        isinstance(child, QuestionChoice) and not has_content(child.text) for child in children
    ):
        messages.append(_ANSWER_SANITISED_AWAY)
    if any(
        pair.prompt and not has_content(child.prompt)
        for pair, child in zip(
            parsed.pairs, [c for c in children if isinstance(c, QuestionMatchPair)], strict=True
        )
    ):
        messages.append(_PROMPT_SANITISED_AWAY)
    if messages:
        return messages
    # Whatever else the bank's own rules refuse is named too, never a 500. Options get
    # their field checks only: the catch-all numeric answer ("any other number") is an
    # import form that the editor's own rules do not offer.
    checks = [(question.full_clean, question, ["translation_key", "category"])]
    checks += [(child.clean_fields, child, ["question", "sort_order"]) for child in children]
    for check, instance, exclude in checks:
        try:
            check(exclude=exclude)
        except ValidationError as error:
            messages += [
                message
                if field == NON_FIELD_ERRORS
                # Translated now, in the language of whoever imports (the admin's).
                else gettext("%(field)s: %(problem)s")
                % {"field": _field_label(instance, field), "problem": message}
                for field, field_messages in error.message_dict.items()
                for message in field_messages
            ]
    return messages


def _field_label(instance, field: str) -> str:
    try:
        return str(instance._meta.get_field(field).verbose_name)
    except FieldDoesNotExist:
        return field


def _index(questions: list[Question]) -> None:
    """Add the new questions to the search index in one go (bulk_create skips signals)."""
    from wagtail.search.backends import get_search_backends

    for backend in get_search_backends():
        backend.add_bulk(Question, questions)


def import_questions(
    *, data: bytes, fmt: str, category_path: str = "", locale: Locale | None = None
) -> ImportReport:
    """Import every question of a file, or none: a file with any problem imports
    nothing and the report lists each problem with its line or question name.
    Kinds we do not support (essay, description…) are listed, never dropped silently."""
    if len(data) > MAX_FILE_BYTES:
        return ImportReport(problems=[Problem(gettext_noop("The file is larger than 10 MB."))])
    result = parse(data, fmt)
    report = ImportReport(problems=list(result.problems), unsupported=list(result.unsupported))
    if result.problems or not result.questions:
        if not result.questions and not result.problems:
            report.problems.append(
                Problem(gettext_noop("The file holds no question we can import."))
            )
        return report
    base = tuple(part.strip() for part in category_path.split("/") if part.strip())
    locale = locale or Locale.get_default()
    # Everything is checked before the first write, so a refused file leaves nothing
    # behind, not even the categories it names.
    built = []
    for parsed in result.questions:
        question, children = question_from_parsed(parsed, locale)
        for message in stored_problems(parsed, question, children):
            report.problems.append(Problem(message, line=parsed.source_line, name=parsed.name))
        built.append((parsed, question, children))
        report.by_kind[parsed.kind] = report.by_kind.get(parsed.kind, 0) + 1
    if report.problems:
        report.by_kind = {}
        return report
    with transaction.atomic():
        categories: dict[tuple[str, ...], QuestionCategory] = {}
        for parsed, question, _children in built:
            path = (*base, *parsed.category) or ("Imported",)
            if path not in categories:
                categories[path] = QuestionCategory.for_path(path)
            question.category = categories[path]
        # Bulk writes: a 2,000-question file is a handful of inserts, not 20,000 saves
        # each firing search and reference indexing.
        questions = Question.objects.bulk_create([question for _, question, _ in built])
        children_by_model: dict[type, list] = {}
        for question, (_parsed, _unsaved, children) in zip(questions, built, strict=True):
            for order, child in enumerate(children):
                child.question = question
                child.sort_order = order
                children_by_model.setdefault(type(child), []).append(child)
        for model, children in children_by_model.items():
            model.objects.bulk_create(children, batch_size=500)
        _index(questions)
        report.created = len(questions)
    return report


def export_category(category: QuestionCategory, *, include_subcategories: bool = True) -> str:
    """The category's questions as GIFT (what import reads back)."""
    ids = category.descendant_ids() if include_subcategories else {category.pk}
    questions = (
        Question.objects.filter(category_id__in=ids, locale=Locale.get_default())
        .select_related("category")
        .prefetch_related("choices", "numeric_answers", "pairs", "order_items")
        .order_by("category_id", "pk")
    )
    base_depth = len(category.path.split(" / ")) - 1
    parsed = [
        parsed_from_question(q, category=tuple(q.category.path.split(" / "))[base_depth:])
        for q in questions
    ]
    return gift.export_gift(parsed)


def parsed_from_question(question: Question, *, category: tuple[str, ...]) -> ParsedQuestion:
    """A stored question as the exporters take it (options prefetched, or read here)."""
    return ParsedQuestion(
        kind=question.kind,
        name=question.name,
        text=question.text,
        category=category,
        general_feedback=question.general_feedback,
        choices=[
            Choice(text=c.text, fraction=Decimal(c.fraction), feedback=c.feedback)
            for c in question.choices.all()
        ],
        numeric=[
            NumericAnswer(
                value=a.value,
                tolerance=a.tolerance,
                minimum=a.minimum,
                maximum=a.maximum,
                fraction=Decimal(a.fraction),
                feedback=a.feedback,
            )
            for a in question.numeric_answers.all()
        ],
        pairs=[MatchPair(prompt=p.prompt, answer=p.answer) for p in question.pairs.all()],
        ordering=[i.text for i in question.order_items.all()],
        correct=question.correct,
        feedback_true=question.feedback_true,
        feedback_false=question.feedback_false,
        default_mark=question.default_mark,
        case_sensitive=question.case_sensitive,
    )

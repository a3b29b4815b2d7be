"""Item analysis for trainers: how each question of a quiz behaved.

- Facility index: the average fraction learners earned on the question (0–100).
  High = easy.
- Discrimination index: how well the question separates stronger from weaker
  learners: the correlation (×100) between the fraction on this question and the
  attempt's score on the rest of the quiz. Below 0 usually means a broken or
  misleading question.
- The answers given, as the learner saw them (option, item and answer texts, numbers
  written once however they were stored), each with its share of the attempts.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses.reports import ReportColumn, item_score_expression

ONE = Decimal(1)
# Whole-answer kinds: one answer per attempt, right when it earned the full mark.
_WHOLE = {"shortanswer", "numeric", "ordering"}


@dataclass(frozen=True)
class Graded:
    attempt_id: int
    question_key: str
    fraction: Decimal
    mark: Decimal
    chosen: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionFacts:
    """What the analysis needs to show a question's answers as learners saw them."""

    kind: str
    labels: Mapping[str, str] = field(default_factory=dict)  # option / item / answer id → text
    prompts: tuple[str, ...] = ()  # matching: the prompt ids in the question's order
    right: frozenset[str] = frozenset()  # ids (matching: "prompt:answer") that are right


@dataclass(frozen=True)
class AnswerShare:
    label: str
    count: int
    share: float  # percent of the question's attempts that gave this answer
    right: bool = False
    prompt: str = ""  # matching: the prompt this answer was given for


@dataclass
class ItemStats:
    question_key: str
    attempts: int
    facility: float | None
    discrimination: float | None
    chosen: Counter = field(default_factory=Counter)
    answers: list[AnswerShare] = field(default_factory=list)


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / math.sqrt(sxx * syy)


def normal_number(text: str) -> str:
    """A stored numeric answer written once: "75.000000", "75" and "75.0" are "75";
    "25.20" is "25.2". Text that is not a number is returned as it is."""
    try:
        number = Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        return text
    if not number.is_finite():
        return text
    number = number.normalize()
    return format(number if number != 0 else Decimal(0), "f")


def _number_label(text: str) -> str:
    try:
        return formats.number_format(Decimal(text), use_l10n=True)
    except (InvalidOperation, TypeError, ValueError):
        return text


def _answers(graded: list["Graded"], facts: QuestionFacts | None) -> list[AnswerShare]:
    """The answers given to one question, grouped as a learner would group them, most
    chosen first (matching: per prompt in the question's order)."""
    kind = facts.kind if facts else ""
    labels = facts.labels if facts else {}
    right = facts.right if facts else frozenset()
    attempts = len(graded)
    counts: Counter = Counter()
    shown: dict[str, tuple[str, bool, str]] = {}  # key → (label, right, prompt)
    unanswered = 0
    for row in graded:
        if not row.chosen:
            unanswered += 1
            continue
        if kind == "matching":
            prompts = facts.prompts
            given = [(p, a) for p, a in zip(prompts, row.chosen, strict=False) if a]
            if not given:
                unanswered += 1
            for prompt, answer in given:
                key = f"{prompt}:{answer}"
                counts[key] += 1
                shown.setdefault(
                    key,
                    (labels.get(answer, answer), key in right, labels.get(prompt, prompt)),
                )
        elif kind in _WHOLE or kind == "":
            if kind == "numeric":
                key = normal_number(row.chosen[0])
                label = _number_label(key)
            elif kind == "ordering":
                key = "|".join(row.chosen)
                label = " → ".join(labels.get(item, item) for item in row.chosen)
            elif kind == "shortanswer":
                key = row.chosen[0].casefold()
                label = row.chosen[0]
            else:  # a question no longer in the bank: its ids as stored
                key = "; ".join(row.chosen)
                label = key
            counts[key] += 1
            # Right when this answer earned the full mark (any learner who gave it).
            earlier = shown.get(key)
            shown[key] = (
                earlier[0] if earlier else label,
                (earlier[1] if earlier else False) or row.fraction >= ONE,
                "",
            )
        else:  # single, multi, truefalse: each option chosen counts
            for choice in row.chosen:
                counts[choice] += 1
                shown.setdefault(choice, (labels.get(choice, choice), choice in right, ""))
    order = {prompt: n for n, prompt in enumerate(facts.prompts)} if facts else {}

    def sort_key(item):
        key, count = item
        prompt = key.split(":", 1)[0] if kind == "matching" else ""
        return (order.get(prompt, 0), -count, shown[key][0])

    rows = [
        AnswerShare(
            label=shown[key][0],
            count=count,
            share=round(100 * count / attempts, 1) if attempts else 0.0,
            right=shown[key][1],
            prompt=shown[key][2],
        )
        for key, count in sorted(counts.items(), key=sort_key)
    ]
    if unanswered:
        rows.append(
            AnswerShare(
                label=gettext("(no answer)"),
                count=unanswered,
                share=round(100 * unanswered / attempts, 1),
            )
        )
    return rows


def item_analysis(
    rows: list[Graded], facts: Mapping[str, QuestionFacts] | None = None
) -> list[ItemStats]:
    """Statistics per question, in first-seen order. With `facts` (by question key),
    each question's answers are shown as learners saw them (`ItemStats.answers`)."""
    facts = facts or {}
    by_attempt: dict[int, list[Graded]] = defaultdict(list)
    by_question: dict[str, list[Graded]] = defaultdict(list)
    for row in rows:
        by_attempt[row.attempt_id].append(row)
        by_question[row.question_key].append(row)
    totals = {
        attempt: (
            sum(float(r.fraction * r.mark) for r in graded),
            sum(float(r.mark) for r in graded),
        )
        for attempt, graded in by_attempt.items()
    }
    stats = []
    for key, graded in by_question.items():
        fractions = [float(r.fraction) for r in graded]
        rest = []
        for r in graded:
            earned, possible = totals[r.attempt_id]
            rest_possible = possible - float(r.mark)
            rest.append(
                (earned - float(r.fraction * r.mark)) / rest_possible if rest_possible else 0.0
            )
        correlation = _pearson(fractions, rest)
        stats.append(
            ItemStats(
                question_key=key,
                attempts=len(graded),
                facility=round(100 * sum(fractions) / len(fractions), 1) if fractions else None,
                discrimination=round(100 * correlation, 1) if correlation is not None else None,
                chosen=Counter(choice for r in graded for choice in r.chosen),
                answers=_answers(graded, facts.get(key)),
            )
        )
    return stats


def facts_for(question) -> QuestionFacts:
    """A question's texts (in its own language) and right answers, from its prefetched
    options (`quizzes.selectors.questions_by_key`): no query of its own."""
    kind = question.kind
    labels: dict[str, str] = {}
    right: set[str] = set()
    prompts: tuple[str, ...] = ()
    if kind in ("single", "multi"):
        for choice in question.choices.all():
            labels[str(choice.key)] = choice.text
            if (kind == "single" and choice.fraction >= ONE) or (
                kind == "multi" and choice.fraction > 0
            ):
                right.add(str(choice.key))
    elif kind == "truefalse":
        labels = {"true": gettext("True"), "false": gettext("False")}
        if question.correct is not None:
            right.add("true" if question.correct else "false")
    elif kind == "matching":
        pairs = list(question.pairs.all())
        prompts = tuple(str(p.key) for p in pairs if p.prompt.strip())
        for pair in pairs:
            labels[str(pair.answer_key)] = pair.answer
            if pair.prompt.strip():
                labels[str(pair.key)] = pair.prompt
                right.add(f"{pair.key}:{pair.answer_key}")
    elif kind == "ordering":
        labels = {str(item.key): item.text for item in question.order_items.all()}
    return QuestionFacts(kind=kind, labels=labels, prompts=prompts, right=frozenset(right))


def discrimination_verdict(value: float | None) -> str:
    """A word for the discrimination index, so the number needs no manual."""
    if value is None:
        return gettext("not enough attempts")
    if value < 0:
        return gettext("check the question")
    if value < 20:
        return gettext("weak")
    if value < 40:
        return gettext("fair")
    return gettext("good")


# --- Completion report --------------------------------------------------------

COMPLETION_COLUMNS = [
    ReportColumn(
        "best_quiz_score",
        _("Best quiz score"),
        kind="score",
        width=12,
        annotation=item_score_expression("quiz"),
    ),
]

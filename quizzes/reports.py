"""Item analysis for trainers: how each question of a quiz behaved.

- Facility index: the average fraction learners earned on the question (0–100).
  High = easy.
- Discrimination index: how well the question separates stronger from weaker
  learners: the correlation (×100) between the fraction on this question and the
  attempt's score on the rest of the quiz. Below 0 usually means a broken or
  misleading question.
- How often each answer was chosen.
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from courses.reports import ReportColumn, item_score_expression


@dataclass(frozen=True)
class Graded:
    attempt_id: int
    question_key: str
    fraction: Decimal
    mark: Decimal
    chosen: tuple[str, ...] = ()


@dataclass
class ItemStats:
    question_key: str
    attempts: int
    facility: float | None
    discrimination: float | None
    chosen: Counter = field(default_factory=Counter)


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


def item_analysis(rows: list[Graded]) -> list[ItemStats]:
    """Statistics per question, in first-seen order."""
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
            )
        )
    return stats


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

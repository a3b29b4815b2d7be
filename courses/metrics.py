"""The CX metrics taught in module 3: every formula, in one place. Pure: no database.

Lessons, the metric lab, quizzes and reports that need a metric call these
functions; nothing else computes one. Results are exact `Decimal`s (28
significant digits); round only for display, with `round_half_up()`.

CSAT (customer satisfaction score)
    satisfied answers (4 or 5 on a 1–5 scale) ÷ all answers × 100.
    160 of 200 answers are 4 or 5 → 80.
NPS (Net Promoter Score)
    % promoters (9–10) − % detractors (0–6) on the 0–10 "how likely are you to
    recommend us" question. Passives (7–8) count in the total of answers but in
    neither group. From −100 to +100.
    200 answers: 90 promoters, 70 passives, 40 detractors → 45 − 20 = 25.
CES (customer effort score)
    the mean agreement with "the company made it easy to handle my issue" on a
    1–7 scale (`ces`), or the share who agree, 5 to 7 (`ces_agreement`).
Customer retention rate
    (E − N) ÷ S × 100: S customers at the start of the period, E at the end, N new
    customers won during it. S 1,000, N 200, E 1,050 → 85.
Churn rate
    customers lost during the period ÷ customers at the start × 100.
    150 lost of 1,000 → 15.
CLV (customer lifetime value, simple)
    average order value × purchases per year × years as a customer.
    Rp 250,000 × 6 × 3 = Rp 4,500,000.
FCR (first contact resolution)
    issues resolved on the first contact ÷ all issues × 100.
AHT (average handling time)
    (talk time + hold time + after-contact work) ÷ contacts handled, in the unit
    the times are given in.
Average resolution time
    total time to resolve ÷ tickets resolved.

Counts are whole numbers of people, answers or contacts; money and times may be
`int` or `Decimal` (never `float`, whose binary fractions would leak into
rupiah). Data that cannot describe a real period (no answers, more customers
lost than there were, more satisfied answers than answers) raises `MetricError`
with a sentence saying what is wrong.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

__all__ = [
    "CES_AGREE",
    "CES_SCALE",
    "CSAT_SATISFIED",
    "CSAT_SCALE",
    "NPS_DETRACTORS",
    "NPS_PASSIVES",
    "NPS_PROMOTERS",
    "NPS_SCALE",
    "MetricError",
    "NpsGroups",
    "aht",
    "average_resolution_time",
    "ces",
    "ces_agreement",
    "churn_rate",
    "clv",
    "csat",
    "csat_from_ratings",
    "fcr",
    "nps",
    "nps_from_scores",
    "nps_groups",
    "retention_rate",
    "round_half_up",
]

CSAT_SCALE = range(1, 6)
CSAT_SATISFIED = (4, 5)
NPS_SCALE = range(0, 11)
NPS_PROMOTERS = (9, 10)
NPS_PASSIVES = (7, 8)
NPS_DETRACTORS = tuple(range(0, 7))
CES_SCALE = range(1, 8)
CES_AGREE = (5, 6, 7)

HUNDRED = Decimal(100)
# Fixed here so a caller's decimal context (precision, traps) never changes a result.
_CONTEXT = Context(prec=28, rounding=ROUND_HALF_UP)


class MetricError(ValueError):
    """The numbers cannot describe a real survey or period (no answers, negative
    counts, more lost customers than there were...). The message says which."""


@dataclass(frozen=True)
class NpsGroups:
    promoters: int
    passives: int
    detractors: int

    @property
    def total(self) -> int:
        return self.promoters + self.passives + self.detractors


# --- Satisfaction and loyalty surveys --------------------------------------------


def csat(*, satisfied: int, responses: int) -> Decimal:
    """CSAT in percent: satisfied answers (4 or 5 of 5) ÷ all answers × 100."""
    _count(satisfied, "satisfied answers")
    _positive_count(responses, "CSAT needs at least one answer")
    if satisfied > responses:
        raise MetricError(
            f"There cannot be more satisfied answers ({satisfied}) than answers ({responses})."
        )
    return _percent(satisfied, responses)


def csat_from_ratings(ratings: Mapping[int, int]) -> Decimal:
    """CSAT from the number of answers per rating, e.g. {5: 100, 4: 60, 3: 40}."""
    _check_scale(ratings, CSAT_SCALE, "CSAT")
    satisfied = sum(ratings.get(score, 0) for score in CSAT_SATISFIED)
    return csat(satisfied=satisfied, responses=sum(ratings.values()))


def nps(*, promoters: int, passives: int, detractors: int) -> Decimal:
    """NPS: % promoters − % detractors, both shares of *all* answers, passives included."""
    _count(promoters, "promoters")
    _count(passives, "passives")
    _count(detractors, "detractors")
    total = promoters + passives + detractors
    _positive_count(total, "NPS needs at least one answer")
    with localcontext(_CONTEXT):
        return (Decimal(promoters) - Decimal(detractors)) * HUNDRED / Decimal(total)


def nps_groups(scores: Mapping[int, int]) -> NpsGroups:
    """Sort the number of answers per score (0–10) into promoters, passives, detractors."""
    _check_scale(scores, NPS_SCALE, "NPS")
    return NpsGroups(
        promoters=sum(scores.get(score, 0) for score in NPS_PROMOTERS),
        passives=sum(scores.get(score, 0) for score in NPS_PASSIVES),
        detractors=sum(scores.get(score, 0) for score in NPS_DETRACTORS),
    )


def nps_from_scores(scores: Mapping[int, int]) -> Decimal:
    """NPS from the number of answers per score, e.g. {10: 50, 9: 40, 8: 70, 3: 40}."""
    groups = nps_groups(scores)
    return nps(promoters=groups.promoters, passives=groups.passives, detractors=groups.detractors)


def ces(ratings: Mapping[int, int]) -> Decimal:
    """CES as the mean rating on the 1–7 scale (7: "it was very easy")."""
    _check_scale(ratings, CES_SCALE, "CES")
    answers = sum(ratings.values())
    _positive_count(answers, "CES needs at least one answer")
    with localcontext(_CONTEXT):
        total = sum((Decimal(score) * count for score, count in ratings.items()), Decimal(0))
        return total / Decimal(answers)


def ces_agreement(ratings: Mapping[int, int]) -> Decimal:
    """CES as the percentage of answers that agree (5, 6 or 7 on the 1–7 scale)."""
    _check_scale(ratings, CES_SCALE, "CES")
    answers = sum(ratings.values())
    _positive_count(answers, "CES needs at least one answer")
    return _percent(sum(ratings.get(score, 0) for score in CES_AGREE), answers)


# --- Customers over a period --------------------------------------------------------


def retention_rate(*, start: int, end: int, new: int) -> Decimal:
    """Customer retention rate in percent: (E − N) ÷ S × 100.

    `start` (S) customers at the start of the period, `end` (E) at the end, `new`
    (N) customers won during it. E − N are the customers kept from the start, so
    it can be neither negative nor more than S.
    """
    _positive_count(start, "The retention rate needs at least one customer at the start")
    _count(end, "customers at the end")
    _count(new, "new customers")
    if new > end:
        raise MetricError(
            f"The formula counts the {new} new customers among the {end} at the end of the "
            "period, so there cannot be more of them."
        )
    if end - new > start:
        raise MetricError(
            f"{end - new} customers kept (end − new) is more than the {start} at the start."
        )
    return _percent(end - new, start)


def churn_rate(*, start: int, lost: int) -> Decimal:
    """Churn rate in percent: customers lost during the period ÷ customers at the start × 100."""
    _positive_count(start, "The churn rate needs at least one customer at the start")
    _count(lost, "customers lost")
    if lost > start:
        raise MetricError(f"{lost} customers lost is more than the {start} at the start.")
    return _percent(lost, start)


def clv(
    *,
    average_order_value: Decimal | int,
    purchases_per_year: Decimal | int,
    years: Decimal | int,
) -> Decimal:
    """Simple CLV: average order value × purchases per year × years as a customer,
    in the currency of the order value (Rp 250,000 × 6 × 3 = Rp 4,500,000)."""
    factors = (
        _amount(average_order_value, "average order value"),
        _amount(purchases_per_year, "purchases per year"),
        _amount(years, "years as a customer"),
    )
    with localcontext(_CONTEXT):
        return factors[0] * factors[1] * factors[2]


# --- Customer-service operations ---------------------------------------------------


def fcr(*, resolved_first_contact: int, issues: int) -> Decimal:
    """FCR in percent: issues resolved on the first contact ÷ all issues × 100."""
    _count(resolved_first_contact, "issues resolved on the first contact")
    _positive_count(issues, "FCR needs at least one issue")
    if resolved_first_contact > issues:
        raise MetricError(
            f"{resolved_first_contact} issues resolved on the first contact is more than "
            f"the {issues} issues."
        )
    return _percent(resolved_first_contact, issues)


def aht(
    *,
    talk_time: Decimal | int,
    hold_time: Decimal | int,
    after_contact_work: Decimal | int,
    contacts: int,
) -> Decimal:
    """AHT: (talk time + hold time + after-contact work) ÷ contacts handled, in the
    unit of the times (minutes in, minutes per contact out)."""
    times = (
        _amount(talk_time, "talk time"),
        _amount(hold_time, "hold time"),
        _amount(after_contact_work, "after-contact work"),
    )
    _positive_count(contacts, "AHT needs at least one contact handled")
    with localcontext(_CONTEXT):
        return (times[0] + times[1] + times[2]) / Decimal(contacts)


def average_resolution_time(
    *, total_resolution_time: Decimal | int, tickets_resolved: int
) -> Decimal:
    """Total time to resolve ÷ tickets resolved, in the unit of the total."""
    total = _amount(total_resolution_time, "total time to resolve")
    _positive_count(tickets_resolved, "The average resolution time needs at least one ticket")
    with localcontext(_CONTEXT):
        return total / Decimal(tickets_resolved)


# --- Display ----------------------------------------------------------------------


def round_half_up(value: Decimal, places: int) -> Decimal:
    """`value` to `places` decimals, halves away from zero (42.45 → 42.5, −2.5 → −3),
    as people round by hand."""
    with localcontext(_CONTEXT):
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# --- Helpers ----------------------------------------------------------------------


def _percent(part: int, whole: int) -> Decimal:
    with localcontext(_CONTEXT):
        return Decimal(part) * HUNDRED / Decimal(whole)


def _count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"The number of {name} must be a whole number, not {value!r}.")
    if value < 0:
        raise MetricError(f"The number of {name} cannot be negative ({value}).")
    return value


def _positive_count(value: object, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"Expected a whole number, not {value!r}.")
    if value <= 0:
        raise MetricError(f"{message}; got {value}.")
    return value


def _amount(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"The {name} must be an int or a Decimal, not {value!r}.")
    number = Decimal(value)
    if not number.is_finite():
        raise MetricError(f"The {name} must be a finite number, not {value}.")
    if number < 0:
        raise MetricError(f"The {name} cannot be negative ({value}).")
    return number


def _check_scale(counts: Mapping[int, int], scale: range, metric: str) -> None:
    for score, count in counts.items():
        if isinstance(score, bool) or not isinstance(score, int) or score not in scale:
            raise MetricError(
                f"{metric} answers run from {scale.start} to {scale.stop - 1}; got a score of "
                f"{score!r}."
            )
        _count(count, f"answers scoring {score}")

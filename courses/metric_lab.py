"""The metric lab: a fresh data set for one CX metric, the question, and the check. Pure.

`generate(metric, seed)` builds the same exercise for the same seed: a realistic
data set from an Indonesian retail store, bank, telco or online shop (fictional
names), the question, the stated tolerance, the correct answer (computed by
`courses.metrics`, the one home of the formulas) and a worked solution with the
numbers substituted. The server stores only the metric and the seed, so the
data set can be shown again at any time and the answer never needs to reach the
browser before the learner has answered.

`check(exercise, raw)` reads what a learner typed and says whether it is within
the tolerance, or why it could not be read.

Everything a learner reads is lazy: gettext messages with numbers that format
themselves in the active language when shown (Indonesian 1.234,5 and
Rp 250.000; English 1,234.5 and Rp 250,000). One exercise therefore shows
correctly in either language, and generating it needs no request.
"""

import random
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from courses import metrics
from cxacademy import formatting

CSAT, NPS, CES, RETENTION, CHURN, CLV, FCR, AHT = (
    "csat",
    "nps",
    "ces",
    "retention",
    "churn",
    "clv",
    "fcr",
    "aht",
)
METRICS = (CSAT, NPS, CES, RETENTION, CHURN, CLV, FCR, AHT)
METRIC_CHOICES = [
    (CSAT, _("CSAT: customer satisfaction score")),
    (NPS, _("NPS: Net Promoter Score")),
    (CES, _("CES: customer effort score")),
    (RETENTION, _("Customer retention rate")),
    (CHURN, _("Churn rate")),
    (CLV, _("CLV: customer lifetime value")),
    (FCR, _("FCR: first contact resolution")),
    (AHT, _("AHT: average handling time")),
]
METRIC_NAMES = dict(METRIC_CHOICES)

# How an answer is written and shown.
PERCENT, POINTS, RUPIAH, MINUTES = "percent", "points", "rupiah", "minutes"

# Longest answer we try to read, and the most digits before the decimal separator.
MAX_ANSWER_LENGTH = 40
MAX_INTEGER_DIGITS = 15

NO_BREAK_SPACE = formatting.NBSP  # between "Rp" and its amount: no line ends on "Rp"


# --- Numbers and text that format themselves when shown ------------------------------


def format_number(value: Decimal | int, places: int = 0) -> str:
    """`value` rounded half up to `places` decimals, grouped in thousands, in the
    active language's format (id: 1.234,5; en: 1,234.5). Amounts in rupiah stay
    written out in full (Rp 1.250.000): the learner computes them to the rupiah."""
    return formatting.number(value, places=places, fixed=True, grouping=True)


@dataclass(frozen=True)
class Number:
    """A number shown to the learner, formatted only when it is turned into text."""

    value: Decimal
    places: int = 0
    unit: str = POINTS

    def __str__(self) -> str:
        text = format_number(self.value, self.places)
        if self.unit == PERCENT:
            return f"{text}%"
        if self.unit == RUPIAH:
            return f"Rp{NO_BREAK_SPACE}{text}"
        if self.unit == MINUTES:
            return str(_("%(minutes)s min") % {"minutes": text}).replace(" ", NO_BREAK_SPACE)
        return text

    @property
    def rounded(self) -> Decimal:
        return metrics.round_half_up(self.value, self.places)


def _number(value, places: int = 0, unit: str = POINTS) -> Number:
    return Number(Decimal(value), places, unit)


@dataclass(frozen=True)
class Sum:
    """Numbers written out with an operator between them: "100 + 60 + 40"."""

    terms: tuple[object, ...]
    operator: str = " + "

    def __str__(self) -> str:
        return self.operator.join(str(term) for term in self.terms)


def _interpolate(message, values: dict) -> str:
    return str(message) % {name: str(value) for name, value in values.items()}


_lazy_interpolate = lazy(_interpolate, str)


def _text(message: Promise, **values) -> Promise:
    """`message % values`, translated and formatted when shown, not now."""
    return _lazy_interpolate(message, values)


def _equals(exact: Decimal, shown: Number) -> str:
    """ "=" when the number shown is exact, "≈" when it was rounded."""
    return "=" if exact == shown.rounded else "≈"


# --- The exercise --------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    key: str  # a stable name for the row ("start", "5", "Dewi"), for code and tests
    cells: tuple[object, ...]  # the first cell is the row's header

    @property
    def header(self) -> object:
        return self.cells[0]

    @property
    def data(self) -> tuple[tuple[object, bool], ...]:
        """The cells after the header, each with whether it is a number (set right)."""
        return tuple((cell, isinstance(cell, Number)) for cell in self.cells[1:])


@dataclass(frozen=True)
class Table:
    caption: Promise
    columns: tuple[Promise, ...]
    rows: tuple[Row, ...]

    def row(self, key: str) -> Row:
        return next(row for row in self.rows if row.key == key)


@dataclass(frozen=True)
class Exercise:
    """One generated exercise. `answer` is exact; the learner rounds to `places`
    decimals and any answer within `tolerance` of it counts."""

    metric: str
    seed: int
    situation: Promise
    table: Table
    question: Promise
    unit: str
    answer: Decimal
    places: int
    tolerance: Decimal
    solution: tuple[Promise, ...]

    @property
    def name(self) -> Promise:
        return METRIC_NAMES[self.metric]

    def shown(self, value: Decimal, places: int | None = None) -> Number:
        """`value` in this exercise's unit, with its decimals (or `places`)."""
        return Number(value, self.places if places is None else places, self.unit)

    @property
    def rounded_answer(self) -> Number:
        return self.shown(self.answer)

    def learner_answer(self, value: Decimal) -> Number:
        """A learner's answer as they gave it: with the decimals they typed, no more."""
        exponent = value.normalize().as_tuple().exponent
        return self.shown(value, max(0, -exponent) if isinstance(exponent, int) else 0)

    @property
    def tolerance_note(self) -> Promise:
        """How to write the answer and how close it must be, e.g. "Round to one decimal
        place, e.g. 12,3. Answers within ±0,1 count." """
        if self.unit == RUPIAH:
            message = _(
                "Give the amount in whole rupiah, e.g. %(example)s. Answers within "
                "±%(tolerance)s count."
            )
        elif self.places == 2:
            message = _(
                "Round to two decimal places, e.g. %(example)s. Answers within ±%(tolerance)s "
                "count."
            )
        else:
            message = _(
                "Round to one decimal place, e.g. %(example)s. Answers within ±%(tolerance)s count."
            )
        example = _EXAMPLES[self.unit, self.places]
        if self.shown(example).rounded == self.rounded_answer.rounded:
            example += 1  # the example must never give the answer away
        return _text(message, example=self.shown(example), tolerance=self.shown(self.tolerance))

    @property
    def input_prefix(self) -> str:
        return "Rp" if self.unit == RUPIAH else ""

    @property
    def input_suffix(self) -> Promise | str:
        if self.unit == PERCENT:
            return "%"
        if self.unit == MINUTES:
            return _("minutes")
        return ""


_EXAMPLES = {
    (PERCENT, 1): Decimal("12.3"),
    (POINTS, 1): Decimal("12.3"),
    (POINTS, 2): Decimal("4.56"),
    (MINUTES, 1): Decimal("6.5"),
    (RUPIAH, 0): Decimal(1_250_000),
}


# --- Settings: fictional Indonesian businesses ------------------------------------------

RETAIL, BANK, TELCO, ECOMMERCE = "retail", "bank", "telco", "ecommerce"


@dataclass(frozen=True)
class Setting:
    businesses: tuple[tuple[str, Promise], ...]  # fictional name, what it is
    customers: Promise  # who the customers are, for counts and surveys
    interaction: Promise  # "After …," one service interaction
    process: Promise  # "After …," one process customers go through


SETTINGS = {
    RETAIL: Setting(
        businesses=(
            ("Toko Serba Ada Melati", _("a department store")),
            ("Swalayan Sinar Pagi", _("a supermarket")),
            ("Toko Elektronik Cahaya Baru", _("an electronics store")),
        ),
        customers=_("loyalty-card members"),
        interaction=_("paying at the till"),
        process=_("returning an item at the store"),
    ),
    BANK: Setting(
        businesses=(
            ("Bank Arunika", _("a retail bank")),
            ("Bank Mitra Sentosa", _("a retail bank")),
        ),
        customers=_("savings account holders"),
        interaction=_("a visit to a branch"),
        process=_("opening a savings account"),
    ),
    TELCO: Setting(
        businesses=(
            ("Nusaseluler", _("a mobile operator")),
            ("Teleraya", _("a home internet provider")),
        ),
        customers=_("postpaid subscribers"),
        interaction=_("a call to the call center"),
        process=_("switching to a new plan"),
    ),
    ECOMMERCE: Setting(
        businesses=(
            ("PasarKita", _("an online marketplace")),
            ("Lapak Nusantara", _("an online shop")),
        ),
        customers=_("active buyers"),
        interaction=_("a chat with customer service"),
        process=_("returning an order"),
    ),
}
CITIES = (
    "Jakarta",
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Semarang",
    "Yogyakarta",
    "Denpasar",
    "Palembang",
    "Balikpapan",
)
AGENTS = (
    "Dewi",
    "Rudi",
    "Sari",
    "Agus",
    "Rina",
    "Fajar",
    "Intan",
    "Bayu",
    "Putri",
    "Hendra",
    "Wulan",
    "Yoga",
)


@dataclass(frozen=True)
class _Place:
    """Where an exercise happens: the business, what it is, its city and customers."""

    setting: Setting
    business: str
    kind: Promise
    city: str


def _place(rng: random.Random, kinds: Sequence[str]) -> _Place:
    setting = SETTINGS[rng.choice(list(kinds))]
    business, kind = rng.choice(setting.businesses)
    return _Place(setting=setting, business=business, kind=kind, city=rng.choice(CITIES))


# Column headings, with a context: "Score" or "Value" alone mean other things elsewhere.
SCORE = pgettext_lazy("metric lab table", "Score")
MEANING = pgettext_lazy("metric lab table", "Meaning")
ANSWER_COUNT = pgettext_lazy("metric lab table", "Number of answers")
FIGURE = pgettext_lazy("metric lab table", "Figure")
VALUE = pgettext_lazy("metric lab table", "Value")


# --- Generating ----------------------------------------------------------------------


def generate(metric: str, seed: int) -> Exercise:
    """The exercise for `metric` (one of METRICS) and `seed` (any int); the same
    pair always gives the same exercise."""
    if metric not in _GENERATORS:
        raise ValueError(f"Unknown metric {metric!r}; expected one of {METRICS}.")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"The seed must be an int, not {seed!r}.")
    # A string seed is hashed with SHA-512: the same in every process and Python.
    # Not for secrets: the seed is stored; it only makes the data set reproducible.
    rng = random.Random(f"cx-academy-metric-lab:{metric}:{seed}")  # noqa: S311
    return _GENERATORS[metric](rng, seed)


def next_metric(metrics_offered: Sequence[str], last: str | None) -> str:
    """The metric of the learner's next exercise unless they choose another: the one
    they were working on (`last`), so answering never moves them on; the block's first
    when there is no last one or it is no longer offered."""
    if not metrics_offered:
        raise ValueError("A metric lab offers at least one metric.")
    if last not in metrics_offered:
        return metrics_offered[0]
    return last


def _counts(rng: random.Random, ranges: dict[int, tuple[int, int]]) -> dict[int, int]:
    return {score: rng.randint(low, high) for score, (low, high) in ranges.items()}


def _summed(counts: Iterable[int]) -> Sum:
    return Sum(tuple(_number(count) for count in counts))


def _csat(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (RETAIL, BANK, TELCO, ECOMMERCE))
    counts = _counts(rng, {5: (30, 160), 4: (30, 130), 3: (5, 60), 2: (2, 30), 1: (1, 25)})
    answer = metrics.csat_from_ratings(counts)
    satisfied = counts[4] + counts[5]
    total = sum(counts.values())
    shown = Number(answer, 1, PERCENT)
    meanings = {
        5: _("very satisfied"),
        4: _("satisfied"),
        3: _("neutral"),
        2: _("dissatisfied"),
        1: _("very dissatisfied"),
    }
    return Exercise(
        metric=CSAT,
        seed=seed,
        situation=_text(
            _(
                "After %(interaction)s, customers of %(business)s, %(kind)s in %(city)s, "
                "answer one question: “How satisfied are you with our service today?”, from "
                "1 (very dissatisfied) to 5 (very satisfied). These are last month's answers."
            ),
            interaction=place.setting.interaction,
            business=place.business,
            kind=place.kind,
            city=place.city,
        ),
        table=Table(
            caption=_("Answers to “How satisfied are you with our service today?”"),
            columns=(SCORE, MEANING, ANSWER_COUNT),
            rows=tuple(
                Row(str(score), (_number(score), meanings[score], _number(counts[score])))
                for score in (5, 4, 3, 2, 1)
            ),
        ),
        question=_("What is the CSAT, in percent?"),
        unit=PERCENT,
        answer=answer,
        places=1,
        tolerance=Decimal("0.1"),
        solution=(
            _text(
                _("Satisfied answers are the 4s and 5s: %(sum)s = %(satisfied)s."),
                sum=_summed((counts[5], counts[4])),
                satisfied=_number(satisfied),
            ),
            _text(
                _("All answers: %(sum)s = %(total)s."),
                sum=_summed(counts[score] for score in (5, 4, 3, 2, 1)),
                total=_number(total),
            ),
            _text(
                _("CSAT = %(satisfied)s ÷ %(total)s × 100 %(equals)s %(csat)s."),
                satisfied=_number(satisfied),
                total=_number(total),
                equals=_equals(answer, shown),
                csat=shown,
            ),
        ),
    )


_NPS_MOODS = (
    # Loyal customers, mixed feelings, and a customer base in trouble (negative NPS).
    {10: (40, 120), 9: (30, 90), 8: (20, 60), 7: (10, 40), 6: (3, 15), 5: (2, 10)}
    | {4: (0, 6), 3: (0, 5), 2: (0, 4), 1: (0, 3), 0: (0, 4)},
    {10: (15, 50), 9: (15, 50), 8: (20, 60), 7: (20, 50), 6: (8, 30), 5: (5, 25)}
    | {4: (2, 15), 3: (1, 10), 2: (0, 8), 1: (0, 6), 0: (0, 8)},
    {10: (5, 25), 9: (5, 30), 8: (10, 40), 7: (10, 40), 6: (15, 45), 5: (10, 40)}
    | {4: (5, 30), 3: (3, 20), 2: (2, 15), 1: (1, 12), 0: (2, 20)},
)


def _nps(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (RETAIL, BANK, TELCO, ECOMMERCE))
    counts = _counts(rng, rng.choice(_NPS_MOODS))
    answer = metrics.nps_from_scores(counts)
    groups = metrics.nps_groups(counts)
    total = groups.total
    promoters_exact = Decimal(groups.promoters) * 100 / total
    detractors_exact = Decimal(groups.detractors) * 100 / total
    promoters = Number(promoters_exact, 2, PERCENT)
    detractors = Number(detractors_exact, 2, PERCENT)
    shown = Number(answer, 1)
    exact = (
        promoters_exact == promoters.rounded
        and detractors_exact == detractors.rounded
        and answer == shown.rounded
    )
    scores = tuple(range(10, -1, -1))
    return Exercise(
        metric=NPS,
        seed=seed,
        situation=_text(
            _(
                "%(business)s, %(kind)s in %(city)s, asked its %(customers)s: “How likely are "
                "you to recommend %(business)s to a friend or colleague?”, from 0 (not at all "
                "likely) to 10 (extremely likely). These are this quarter's answers."
            ),
            business=place.business,
            kind=place.kind,
            city=place.city,
            customers=place.setting.customers,
        ),
        table=Table(
            caption=_("Answers to “How likely are you to recommend us?”"),
            columns=(SCORE, ANSWER_COUNT),
            rows=tuple(Row(str(s), (_number(s), _number(counts[s]))) for s in scores),
        ),
        question=_("What is the NPS?"),
        unit=POINTS,
        answer=answer,
        places=1,
        tolerance=Decimal("0.1"),
        solution=(
            _text(
                _("All answers, passives included: %(sum)s = %(total)s."),
                sum=_summed(counts[s] for s in scores),
                total=_number(total),
            ),
            _text(
                _(
                    "Promoters (9–10): %(sum)s = %(count)s, so %(count)s ÷ %(total)s × 100 "
                    "%(equals)s %(percent)s."
                ),
                sum=_summed(counts[s] for s in (10, 9)),
                count=_number(groups.promoters),
                total=_number(total),
                equals=_equals(promoters_exact, promoters),
                percent=promoters,
            ),
            _text(
                _(
                    "Passives (7–8): %(sum)s = %(count)s. They count in the total, but in "
                    "neither group."
                ),
                sum=_summed(counts[s] for s in (8, 7)),
                count=_number(groups.passives),
            ),
            _text(
                _(
                    "Detractors (0–6): %(sum)s = %(count)s, so %(count)s ÷ %(total)s × 100 "
                    "%(equals)s %(percent)s."
                ),
                sum=_summed(counts[s] for s in range(6, -1, -1)),
                count=_number(groups.detractors),
                total=_number(total),
                equals=_equals(detractors_exact, detractors),
                percent=detractors,
            ),
            _text(
                _("NPS = %(promoters)s − %(detractors)s %(equals)s %(nps)s."),
                promoters=Number(promoters_exact, 2),
                detractors=Number(detractors_exact, 2),
                equals="=" if exact else "≈",
                nps=shown,
            ),
        ),
    )


def _ces(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (RETAIL, BANK, TELCO, ECOMMERCE))
    counts = _counts(
        rng, {7: (10, 80), 6: (15, 90), 5: (10, 60), 4: (5, 40), 3: (2, 30), 2: (1, 20), 1: (0, 15)}
    )
    answer = metrics.ces(counts)
    scores = tuple(range(7, 0, -1))
    points = sum(score * counts[score] for score in scores)
    total = sum(counts.values())
    shown = Number(answer, 2)
    meanings = {
        7: _("strongly agree"),
        6: _("agree"),
        5: _("somewhat agree"),
        4: _("neither agree nor disagree"),
        3: _("somewhat disagree"),
        2: _("disagree"),
        1: _("strongly disagree"),
    }
    return Exercise(
        metric=CES,
        seed=seed,
        situation=_text(
            _(
                "After %(process)s, customers of %(business)s, %(kind)s in %(city)s, rate the "
                "statement “%(business)s made it easy to handle my request”, from 1 (strongly "
                "disagree) to 7 (strongly agree). These are the answers of the last two weeks."
            ),
            process=place.setting.process,
            business=place.business,
            kind=place.kind,
            city=place.city,
        ),
        table=Table(
            caption=_("Answers to “It was easy to handle my request”"),
            columns=(SCORE, MEANING, ANSWER_COUNT),
            rows=tuple(Row(str(s), (_number(s), meanings[s], _number(counts[s]))) for s in scores),
        ),
        question=_("What is the CES, as the mean score on the 1–7 scale?"),
        unit=POINTS,
        answer=answer,
        places=2,
        tolerance=Decimal("0.01"),
        solution=(
            _text(
                _("Multiply each score by its number of answers and add up: %(sum)s = %(points)s."),
                sum=Sum(tuple(Sum((_number(s), _number(counts[s])), " × ") for s in scores)),
                points=_number(points),
            ),
            _text(
                _("All answers: %(sum)s = %(total)s."),
                sum=_summed(counts[s] for s in scores),
                total=_number(total),
            ),
            _text(
                _("CES = %(points)s ÷ %(total)s %(equals)s %(ces)s. The higher, the easier."),
                points=_number(points),
                total=_number(total),
                equals=_equals(answer, shown),
                ces=shown,
            ),
        ),
    )


@dataclass(frozen=True)
class _Quarter:
    start: int
    new: int
    lost: int
    end: int


def _quarter(rng: random.Random) -> _Quarter:
    start = rng.randint(80, 2000) * 10
    lost = round(start * rng.randint(4, 30) / 100)
    new = round(start * rng.randint(5, 35) / 100)
    return _Quarter(start=start, new=new, lost=lost, end=start - lost + new)


def _customers_situation(place: _Place) -> Promise:
    return _text(
        _(
            "%(business)s, %(kind)s in %(city)s, counts its %(customers)s at the start and "
            "at the end of every quarter. These are the figures of the last quarter."
        ),
        business=place.business,
        kind=place.kind,
        city=place.city,
        customers=place.setting.customers,
    )


_QUARTER_LABELS = {
    "start": _("At the start of the quarter (S)"),
    "new": _("New customers won during the quarter (N)"),
    "lost": _("Customers lost during the quarter"),
    "end": _("At the end of the quarter (E)"),
}


def _quarter_table(quarter: _Quarter, keys: Sequence[str]) -> Table:
    return Table(
        caption=_("Customers in the last quarter"),
        columns=(FIGURE, pgettext_lazy("metric lab table", "Customers")),
        rows=tuple(
            Row(key, (_QUARTER_LABELS[key], _number(getattr(quarter, key)))) for key in keys
        ),
    )


def _retention(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (RETAIL, BANK, TELCO, ECOMMERCE))
    quarter = _quarter(rng)
    answer = metrics.retention_rate(start=quarter.start, end=quarter.end, new=quarter.new)
    kept = quarter.end - quarter.new
    shown = Number(answer, 1, PERCENT)
    return Exercise(
        metric=RETENTION,
        seed=seed,
        situation=_customers_situation(place),
        table=_quarter_table(quarter, ("start", "new", "end")),
        question=_("What is the customer retention rate for the quarter, in percent?"),
        unit=PERCENT,
        answer=answer,
        places=1,
        tolerance=Decimal("0.1"),
        solution=(
            _(
                "New customers are left out: they were not there at the start, so they "
                "cannot have been kept."
            ),
            _text(
                _("Customers kept from the start: E − N = %(end)s − %(new)s = %(kept)s."),
                end=_number(quarter.end),
                new=_number(quarter.new),
                kept=_number(kept),
            ),
            _text(
                _(
                    "Retention rate = (E − N) ÷ S × 100 = %(kept)s ÷ %(start)s × 100 "
                    "%(equals)s %(rate)s."
                ),
                kept=_number(kept),
                start=_number(quarter.start),
                equals=_equals(answer, shown),
                rate=shown,
            ),
        ),
    )


def _churn(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (RETAIL, BANK, TELCO, ECOMMERCE))
    quarter = _quarter(rng)
    answer = metrics.churn_rate(start=quarter.start, lost=quarter.lost)
    shown = Number(answer, 1, PERCENT)
    return Exercise(
        metric=CHURN,
        seed=seed,
        situation=_customers_situation(place),
        table=_quarter_table(quarter, ("start", "new", "lost", "end")),
        question=_("What is the churn rate for the quarter, in percent?"),
        unit=PERCENT,
        answer=answer,
        places=1,
        tolerance=Decimal("0.1"),
        solution=(
            _(
                "Churn compares the customers lost with the customers at the start; new "
                "customers and the count at the end do not enter the formula."
            ),
            _text(
                _(
                    "Churn rate = customers lost ÷ S × 100 = %(lost)s ÷ %(start)s × 100 "
                    "%(equals)s %(rate)s."
                ),
                lost=_number(quarter.lost),
                start=_number(quarter.start),
                equals=_equals(answer, shown),
                rate=shown,
            ),
        ),
    )


def _clv(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (RETAIL, ECOMMERCE))
    order_value = Decimal(rng.randint(10, 150) * 5000)
    purchases = rng.randint(2, 24)
    years = rng.randint(2, 8)
    answer = metrics.clv(average_order_value=order_value, purchases_per_year=purchases, years=years)
    per_year = order_value * purchases
    return Exercise(
        metric=CLV,
        seed=seed,
        situation=_text(
            _(
                "%(business)s, %(kind)s in %(city)s, wants to know what a typical customer "
                "is worth over the whole relationship. Its sales data show:"
            ),
            business=place.business,
            kind=place.kind,
            city=place.city,
        ),
        table=Table(
            caption=_("From the sales data"),
            columns=(FIGURE, VALUE),
            rows=(
                Row("order_value", (_("Average order value"), Number(order_value, 0, RUPIAH))),
                Row("purchases", (_("Purchases per customer per year"), _number(purchases))),
                Row("years", (_("Years a customer stays, on average"), _number(years))),
            ),
        ),
        question=_("What is the simple CLV of one customer, in rupiah?"),
        unit=RUPIAH,
        answer=answer,
        places=0,
        tolerance=Decimal(1),
        solution=(
            _("CLV = average order value × purchases per year × years as a customer."),
            _text(
                _("Value per year: %(order_value)s × %(purchases)s = %(per_year)s."),
                order_value=Number(order_value, 0, RUPIAH),
                purchases=_number(purchases),
                per_year=Number(per_year, 0, RUPIAH),
            ),
            _text(
                _("Over %(years)s years: %(per_year)s × %(years)s = %(clv)s."),
                years=_number(years),
                per_year=Number(per_year, 0, RUPIAH),
                clv=Number(answer, 0, RUPIAH),
            ),
        ),
    )


_CHANNELS = (
    ("phone", pgettext_lazy("contact channel", "Phone")),
    ("whatsapp", "WhatsApp"),
    ("email", pgettext_lazy("contact channel", "Email")),
    ("chat", pgettext_lazy("contact channel", "Live chat")),
)


def _fcr(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (RETAIL, BANK, TELCO, ECOMMERCE))
    issues, resolved = {}, {}
    for key, _label in _CHANNELS:
        issues[key] = rng.randint(60, 900)
        resolved[key] = round(issues[key] * rng.randint(45, 92) / 100)
    answer = metrics.fcr(resolved_first_contact=sum(resolved.values()), issues=sum(issues.values()))
    shown = Number(answer, 1, PERCENT)
    return Exercise(
        metric=FCR,
        seed=seed,
        situation=_text(
            _(
                "The customer service team of %(business)s, %(kind)s in %(city)s, logged "
                "every issue customers raised last week, and whether it was resolved on the "
                "first contact, with no follow-up call, chat or email."
            ),
            business=place.business,
            kind=place.kind,
            city=place.city,
        ),
        table=Table(
            caption=_("Issues logged last week"),
            columns=(
                pgettext_lazy("metric lab table", "Channel"),
                pgettext_lazy("metric lab table", "Issues"),
                _("Resolved on the first contact"),
            ),
            rows=tuple(
                Row(key, (label, _number(issues[key]), _number(resolved[key])))
                for key, label in _CHANNELS
            ),
        ),
        question=_("What is the FCR across all channels, in percent?"),
        unit=PERCENT,
        answer=answer,
        places=1,
        tolerance=Decimal("0.1"),
        solution=(
            _text(
                _("Issues resolved on the first contact: %(sum)s = %(resolved)s."),
                sum=_summed(resolved.values()),
                resolved=_number(sum(resolved.values())),
            ),
            _text(
                _("All issues: %(sum)s = %(issues)s."),
                sum=_summed(issues.values()),
                issues=_number(sum(issues.values())),
            ),
            _text(
                _("FCR = %(resolved)s ÷ %(issues)s × 100 %(equals)s %(fcr)s."),
                resolved=_number(sum(resolved.values())),
                issues=_number(sum(issues.values())),
                equals=_equals(answer, shown),
                fcr=shown,
            ),
            _(
                "Add up the channels first, then divide: averaging the channels' own "
                "percentages would give a quiet channel as much weight as a busy one."
            ),
        ),
    )


def _aht(rng: random.Random, seed: int) -> Exercise:
    place = _place(rng, (BANK, TELCO, ECOMMERCE))
    agents = rng.sample(AGENTS, 4)
    log = {}
    for agent in agents:
        contacts = rng.randint(25, 70)
        log[agent] = {
            "contacts": contacts,
            # Minutes per contact, in tenths, turned into whole minutes for the day.
            "talk": round(contacts * rng.randint(30, 75) / 10),
            "hold": round(contacts * rng.randint(2, 15) / 10),
            "work": round(contacts * rng.randint(5, 20) / 10),
        }
    totals = {field: sum(day[field] for day in log.values()) for field in log[agents[0]]}
    answer = metrics.aht(
        talk_time=totals["talk"],
        hold_time=totals["hold"],
        after_contact_work=totals["work"],
        contacts=totals["contacts"],
    )
    shown = Number(answer, 1, MINUTES)

    def column(field: str) -> Sum:
        return _summed(log[agent][field] for agent in agents)

    return Exercise(
        metric=AHT,
        seed=seed,
        situation=_text(
            _(
                "The call center of %(business)s, %(kind)s in %(city)s, logged yesterday's "
                "work of four agents. The times are each agent's totals for the day, in minutes."
            ),
            business=place.business,
            kind=place.kind,
            city=place.city,
        ),
        table=Table(
            caption=_("Yesterday's work per agent (minutes)"),
            columns=(
                pgettext_lazy("metric lab table", "Agent"),
                _("Contacts handled"),
                _("Talk time"),
                _("Hold time"),
                _("After-contact work"),
            ),
            rows=tuple(
                Row(
                    agent,
                    (
                        agent,
                        _number(log[agent]["contacts"]),
                        _number(log[agent]["talk"]),
                        _number(log[agent]["hold"]),
                        _number(log[agent]["work"]),
                    ),
                )
                for agent in agents
            ),
        ),
        question=_("What is the team's AHT, in minutes per contact?"),
        unit=MINUTES,
        answer=answer,
        places=1,
        tolerance=Decimal("0.1"),
        solution=(
            _text(
                _("Talk time: %(sum)s = %(total)s minutes."),
                sum=column("talk"),
                total=_number(totals["talk"]),
            ),
            _text(
                _("Hold time: %(sum)s = %(total)s minutes."),
                sum=column("hold"),
                total=_number(totals["hold"]),
            ),
            _text(
                _("After-contact work: %(sum)s = %(total)s minutes."),
                sum=column("work"),
                total=_number(totals["work"]),
            ),
            _text(
                _("Contacts handled: %(sum)s = %(total)s."),
                sum=column("contacts"),
                total=_number(totals["contacts"]),
            ),
            _text(
                _("AHT = (%(talk)s + %(hold)s + %(work)s) ÷ %(contacts)s %(equals)s %(aht)s."),
                talk=_number(totals["talk"]),
                hold=_number(totals["hold"]),
                work=_number(totals["work"]),
                contacts=_number(totals["contacts"]),
                equals=_equals(answer, shown),
                aht=shown,
            ),
            _(
                "Divide the team's total time by the team's total contacts: averaging the "
                "agents' own AHTs would give a quiet agent as much weight as a busy one."
            ),
        ),
    )


_GENERATORS = {
    CSAT: _csat,
    NPS: _nps,
    CES: _ces,
    RETENTION: _retention,
    CHURN: _churn,
    CLV: _clv,
    FCR: _fcr,
    AHT: _aht,
}


# --- Checking an answer --------------------------------------------------------------

EMPTY = _("Type your answer first.")
TOO_LONG = _("That number is too long. Type at most 15 digits before the decimal separator.")
UNREADABLE = _(
    "“%(answer)s” is not a number we can read. Type digits, with a comma or a point "
    "for decimals, e.g. %(example)s."
)
AMBIGUOUS = _(
    "“%(answer)s” could be a number with decimals or with a thousands separator. Write "
    "whole numbers without a separator (e.g. %(whole)s) and round decimals as the question "
    "asks."
)


class AnswerError(ValueError):
    """What the learner typed cannot be read as a number; `message` says why, lazily
    translated."""

    def __init__(self, message: Promise):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Check:
    """The outcome of checking one answer: read and right or wrong, or unreadable."""

    answer: Decimal | None = None
    correct: bool | None = None
    error: Promise | None = None

    @property
    def readable(self) -> bool:
        return self.error is None


def check(exercise: Exercise, raw: object) -> Check:
    """Read `raw` (what the learner typed) and compare it with the exercise's answer.
    Correct when it is within the stated tolerance, both ends included."""
    try:
        answer = parse_answer(raw, money=exercise.unit == RUPIAH)
    except AnswerError as error:
        return Check(error=error.message)
    return Check(answer=answer, correct=abs(answer - exercise.answer) <= exercise.tolerance)


# Digits grouped in thousands by `sep`: 1.234 or 12.345.678 (not 1234.567).
def _grouped(sep: str) -> re.Pattern:
    return re.compile(rf"[0-9]{{1,3}}(?:{re.escape(sep)}[0-9]{{3}})+")


_GROUPED = {sep: _grouped(sep) for sep in ".,"}
_SPACE_GROUPED = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]+)?")
_CURRENCY = re.compile(r"^rp\.?\s*", re.IGNORECASE)
_SIGN = re.compile(r"^([+-])\s*")


def parse_answer(raw: object, *, money: bool = False) -> Decimal:
    """The number a learner typed, or AnswerError saying why it cannot be read.

    Accepted: "42,5" and "42.5"; a "%" at the end and "Rp" in front; spaces around
    them and as thousands separators ("4 500 000"); thousands separators with the
    other mark for decimals ("1.234,5" and "1,234.5" are both 1234.5) or alone when
    repeated ("4.500.000"). A single mark followed by exactly three digits
    ("42.500", "1,234") is refused as ambiguous, since an Indonesian and an English
    reader take it differently, unless the answer is an amount in rupiah
    (`money`), which has no decimals: "Rp 4.500" is four thousand five hundred.

    This is not the quizzes' numeric parser on purpose: quizzes refuse every
    thousands separator, while the lab shows amounts as "Rp 4.500.000" and
    learners copy that form.
    """
    if not isinstance(raw, str):
        raise AnswerError(EMPTY)
    # NFKC turns no-break and thin spaces into spaces and full-width digits into digits.
    text = unicodedata.normalize("NFKC", raw).strip().replace("\u2212", "-")
    if not text:
        raise AnswerError(EMPTY)
    if len(text) > MAX_ANSWER_LENGTH:
        raise AnswerError(TOO_LONG)
    unreadable = AnswerError(_text(UNREADABLE, answer=text, example=Number(Decimal("42.5"), 1)))
    body = text
    sign = ""
    if match := _SIGN.match(body):
        sign, body = match.group(1), body[match.end() :]
    body = _CURRENCY.sub("", body)
    if not sign and (match := _SIGN.match(body)):  # "Rp -5", however unlikely
        sign, body = match.group(1), body[match.end() :]
    if body.endswith("%"):
        body = body[:-1].rstrip()
    if " " in body:
        if not _SPACE_GROUPED.fullmatch(body):
            raise unreadable
        body = body.replace(" ", "")
    if not body or not re.fullmatch(r"[0-9.,]+", body) or not re.search(r"[0-9]", body):
        raise unreadable
    digits = _plain_digits(body, money=money, text=text, unreadable=unreadable)
    integer_part = digits.split(".")[0]
    if len(integer_part.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise AnswerError(TOO_LONG)
    return Decimal(sign + digits)


def _plain_digits(body: str, *, money: bool, text: str, unreadable: AnswerError) -> str:
    """`body` (digits, "." and ",") as digits with at most one "." for decimals."""
    marks = {mark for mark in ".," if mark in body}
    if not marks:
        return body
    if len(marks) == 2:
        # Both marks: the last one is the decimal separator, the other groups thousands.
        decimal = "." if body.rfind(".") > body.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _sep, fraction = body.rpartition(decimal)
        if decimal in whole or not fraction or not _GROUPED[thousands].fullmatch(whole):
            raise unreadable
        return f"{whole.replace(thousands, '')}.{fraction}"
    (mark,) = marks
    if body.count(mark) > 1:
        if not _GROUPED[mark].fullmatch(body):
            raise unreadable
        return body.replace(mark, "")
    whole, _sep, fraction = body.partition(mark)
    if _GROUPED[mark].fullmatch(body) and whole[0] != "0":
        # "42.500" or "1,234": 42.5 to one reader, 42500 to another.
        if money:
            return whole + fraction
        raise AnswerError(_text(AMBIGUOUS, answer=text, whole=whole + fraction))
    return f"{whole or '0'}.{fraction or '0'}"

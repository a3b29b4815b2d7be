"""The rule of course completion, and nothing else. Pure: no database access.

A course is complete when every required item is done, and every required item
with a pass mark (quiz, simulation) is passed. Progress pages, certificates and
reports all ask `course_status()`.

Progress is the share of the course's counted items (`counted_items`) the learner
has satisfied, as a whole percent (`whole_percent`). The HR report repeats this in
SQL for speed (`courses.reports.progress_expression`); tests/hr/test_progress_agreement.py
proves the two equal over random course outlines.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from uuid import UUID

GRADING_METHODS = ("highest", "last", "first", "average")


@dataclass(frozen=True)
class ItemState:
    """The item contract's answer for one learner: done, passed (None when the item
    has no pass mark), score (0–100 or None)."""

    done: bool = False
    passed: bool | None = None
    score: float | None = None

    @property
    def satisfied(self) -> bool:
        return self.done and self.passed is not False


NOT_STARTED = ItemState()


@dataclass(frozen=True)
class Item:
    key: UUID
    required: bool


@dataclass(frozen=True)
class Module:
    key: UUID
    items: tuple[Item, ...]


@dataclass(frozen=True)
class ModuleStatus:
    done: int
    total: int
    unlocked: bool
    complete: bool

    @property
    def percent(self) -> int:
        return whole_percent(self.done, self.total, empty=100)


@dataclass(frozen=True)
class CourseStatus:
    done: int
    total: int
    complete: bool
    modules: tuple[ModuleStatus, ...] = field(default_factory=tuple)

    @property
    def percent(self) -> int:
        return whole_percent(self.done, self.total, empty=0)

    @property
    def started(self) -> bool:
        return self.done > 0


def whole_percent(done: int, total: int, *, empty: int | None) -> int | None:
    """`done` of `total` as a whole percent, halves rounded up (1 of 8 is 13%), in
    integer arithmetic so that SQL can repeat it exactly; `empty` when total is 0."""
    return (200 * done + total) // (2 * total) if total else empty


def counted_items(module: Module) -> tuple[Item, ...]:
    """The items a module's progress counts: its required items; a module of only
    optional items counts them all (finishing it shows, it is not "100%" from the start)."""
    required = tuple(item for item in module.items if item.required)
    return required or module.items


def course_counted_items(modules: tuple[Module, ...]) -> tuple[Item, ...]:
    """Every item the course's progress counts, module by module."""
    return tuple(item for module in modules for item in counted_items(module))


def course_status(
    modules: tuple[Module, ...], states: Mapping[UUID, ItemState], *, sequential: bool
) -> CourseStatus:
    """Where a learner stands in a course (see module docstring for the rule)."""
    module_statuses = []
    previous_complete = True
    for module in modules:
        counted = counted_items(module)
        done = sum(1 for item in counted if states.get(item.key, NOT_STARTED).satisfied)
        required_done = all(
            states.get(item.key, NOT_STARTED).satisfied for item in module.items if item.required
        )
        unlocked = previous_complete or not sequential
        module_statuses.append(
            ModuleStatus(done=done, total=len(counted), unlocked=unlocked, complete=required_done)
        )
        previous_complete = previous_complete and required_done

    required_items = [item for module in modules for item in module.items if item.required]
    # A course of only optional items is complete when all of them are done.
    must = required_items or [item for module in modules for item in module.items]
    complete = bool(must) and all(states.get(item.key, NOT_STARTED).satisfied for item in must)
    return CourseStatus(
        done=sum(m.done for m in module_statuses),
        total=sum(m.total for m in module_statuses),
        complete=complete,
        modules=tuple(module_statuses),
    )


def grade_across(values: Sequence[Decimal], method: str, places: Decimal) -> Decimal | None:
    """The grade of an item taken several times (quiz attempts, simulation runs), given
    oldest first: the highest, the last, the first or the average, rounded half up to
    `places` (e.g. Decimal("0.01")). None when there is nothing yet."""
    if method not in GRADING_METHODS:
        raise ValueError(f"Unknown grading method {method!r}; expected one of {GRADING_METHODS}.")
    if not values:
        return None
    with localcontext() as context:
        context.prec = 60
        if method == "highest":
            grade = max(values)
        elif method == "last":
            grade = values[-1]
        elif method == "first":
            grade = values[0]
        else:
            grade = sum(values, Decimal(0)) / len(values)
        return Decimal(grade).quantize(places, rounding=ROUND_HALF_UP)

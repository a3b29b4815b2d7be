"""Reads shared by views, services and (later) reports. Each runs a fixed number
of queries whatever the size of the course."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from django.db.models import F, Q
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale, Page

from courses import completion
from courses.models import (
    CourseAssignment,
    CourseCataloguePage,
    CoursePage,
    Enrolment,
    ItemProgress,
    ModuleItem,
    ModulePage,
)
from cxacademy.accounts import departments

# Called with `user=` and `course_keys=`; answers {course key: valid certificate}.
CERTIFICATES_HOOK = "cxa_certificates_by_course"


@dataclass
class ModuleNode:
    page: ModulePage
    items: list[Page]


@dataclass
class CourseOutline:
    """A course's modules and their items, in tree order, as specific pages."""

    course: CoursePage
    modules: list[ModuleNode]

    @property
    def items(self) -> list[Page]:
        return [item for module in self.modules for item in module.items]

    def as_rule_input(self) -> tuple[completion.Module, ...]:
        return tuple(
            completion.Module(
                key=module.page.translation_key,
                items=tuple(
                    completion.Item(key=item.translation_key, required=item.required)
                    for item in module.items
                ),
            )
            for module in self.modules
        )

    def module_of(self, item: Page) -> ModuleNode | None:
        return next((m for m in self.modules if any(i.pk == item.pk for i in m.items)), None)


def outlines_for(courses: Iterable[CoursePage]) -> dict[int, CourseOutline]:
    """Outlines of several courses in one tree query (plus one per page type)."""
    courses = list(courses)
    if not courses:
        return {}
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth__in=(course.depth + 1, course.depth + 2))
    pages = Page.objects.live().filter(condition).order_by("path").specific()
    outlines = {course.pk: CourseOutline(course=course, modules=[]) for course in courses}
    by_path = {course.path: outlines[course.pk] for course in courses}
    step = Page.steplen
    for page in pages:  # tree order: each module comes before its items
        if isinstance(page, ModulePage):
            outline = by_path.get(page.path[:-step])
            if outline is not None:
                outline.modules.append(ModuleNode(page=page, items=[]))
        elif isinstance(page, ModuleItem):
            outline = by_path.get(page.path[: -2 * step])
            # Items of an unpublished module have no live module before them: skipped.
            if outline and outline.modules and outline.modules[-1].page.path == page.path[:-step]:
                outline.modules[-1].items.append(page)
    return outlines


def course_outline(course: CoursePage) -> CourseOutline:
    return outlines_for([course])[course.pk]


def item_states(user, course_keys: Iterable[UUID]) -> dict[UUID, completion.ItemState]:
    """The item contract's answers for a learner across courses, in one query."""
    rows = ItemProgress.objects.filter(user=user, course_key__in=list(course_keys)).values_list(
        "item_key", "done", "passed", "score"
    )
    return {
        key: completion.ItemState(
            done=done, passed=passed, score=float(score) if score is not None else None
        )
        for key, done, passed, score in rows
    }


def course_status(outline: CourseOutline, states) -> completion.CourseStatus:
    return completion.course_status(
        outline.as_rule_input(), states, sequential=outline.course.sequential_modules
    )


def courses_by_key(keys: Iterable[UUID], locale: Locale | None = None) -> dict[UUID, CoursePage]:
    """Courses in the viewer's language (falling back to any language), by key."""
    keys = list(keys)
    if not keys:
        return {}
    locale = locale or Locale.get_active()
    found: dict[UUID, CoursePage] = {}
    for course in (
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale", "cover_image")
    ):
        current = found.get(course.translation_key)
        if current is None or course.locale_id == locale.pk:
            found[course.translation_key] = course
    return found


def catalogue_page(locale: Locale | None = None) -> CourseCataloguePage | None:
    locale = locale or Locale.get_active()
    return CourseCataloguePage.objects.live().filter(locale=locale).first()


@dataclass(frozen=True)
class Person:
    """What decides which assignments reach someone."""

    user_id: int
    departments: frozenset[int]  # their department and every one above it
    job_title: str
    joined_on: date | None
    named_assignments: frozenset[int]


def people_for_assignments(user_ids: Iterable[int]) -> list[Person]:
    """`Person` records for these users, in three queries whatever their number."""
    from cxacademy.accounts.models import User

    user_ids = list(user_ids)
    if not user_ids:
        return []
    tree = departments.tree()
    named: dict[int, set[int]] = {}
    for user_id, assignment_id in CourseAssignment.users.through.objects.filter(
        user_id__in=user_ids
    ).values_list("user_id", "courseassignment_id"):
        named.setdefault(user_id, set()).add(assignment_id)
    people = []
    rows = User.objects.filter(pk__in=user_ids).values_list(
        "pk", "date_joined", "profile__department_id", "profile__job_title"
    )
    for user_id, date_joined, department_id, job_title in rows:
        above = tree.ancestors(department_id, include_self=True) if department_id else ()
        people.append(
            Person(
                user_id=user_id,
                departments=frozenset(above),
                job_title=(job_title or "").strip(),
                joined_on=timezone.localdate(date_joined) if date_joined else None,
                named_assignments=frozenset(named.get(user_id, ())),
            )
        )
    return people


def assignment_audience(assignment: CourseAssignment):
    """Active people an assignment may reach: its named learners and everyone in
    its department (with sub-departments) or, with job titles only, everyone with
    a job title. `services.assignment_reaches` then decides, so the rule (job
    titles matched without regard to case or stray spaces) lives in one place."""
    from cxacademy.accounts.models import User

    reach = Q(course_assignments=assignment)
    if assignment.department_id:
        below = departments.subtree(assignment.department_id)
        reach |= Q(profile__department_id__in=below)
    elif assignment.job_title_list:
        reach |= ~Q(profile__job_title="") & Q(profile__isnull=False)
    return User.objects.filter(reach, is_active=True).distinct()


def enrolments_for(user, *, active_only: bool = True) -> list[Enrolment]:
    queryset = Enrolment.objects.filter(user=user).order_by("due_date", "-enrolled_at")
    if active_only:
        queryset = queryset.filter(status=Enrolment.Status.ACTIVE)
    return list(queryset)


@dataclass(frozen=True)
class Access:
    """May this learner open this item? If not, why (shown to them)."""

    allowed: bool
    reason: str = ""  # "login", "enrol" or "locked"
    locked_by: ModulePage | None = None


def item_access(
    *, user, outline: CourseOutline, status: completion.CourseStatus, enrolment, item: Page
) -> Access:
    """The one rule for opening a module item: signed in; enrolled where the course
    is restricted; and the item's module unlocked."""
    if not user.is_authenticated:
        return Access(False, "login")
    if outline.course.access == CoursePage.Access.RESTRICTED and not (
        enrolment and enrolment.is_active
    ):
        return Access(False, "enrol")
    for index, module in enumerate(outline.modules):
        if any(candidate.pk == item.pk for candidate in module.items):
            if not status.modules[index].unlocked:
                blocking = next(
                    outline.modules[i].page for i in range(index) if not status.modules[i].complete
                )
                return Access(False, "locked", blocking)
            break
    return Access(True)


def next_item(outline: CourseOutline, status, states, *, after=None, resume=None) -> Page | None:
    """The one rule for "where next" in a course, for a learner.

    In outline order, the first item the learner may open (its module unlocked)
    that is not yet done and passed:

    - `after` (an item, or its translation key): the first such item after it, e.g.
      once a lesson is marked done or a quiz reviewed;
    - `resume` (the item last opened): that item itself if unfinished, else the
      first such item after it ("continue where you left off");
    - neither (or an item no longer in the course): the first such item.

    Nothing left after it: the first unfinished item before it, required items
    first (they are what stands between the learner and completion). None when
    the course is complete or nothing is left to open: callers go to the course.
    """
    if status.complete:
        return None
    open_items = [
        item
        for index, module in enumerate(outline.modules)
        if status.modules[index].unlocked
        for item in module.items
    ]
    unfinished = [
        item
        for item in open_items
        if not states.get(item.translation_key, completion.NOT_STARTED).satisfied
    ]
    position = {item.translation_key: index for index, item in enumerate(outline.items)}
    anchor, inclusive = (after, False) if after is not None else (resume, True)
    key = getattr(anchor, "translation_key", anchor)
    start = position[key] + (0 if inclusive else 1) if key in position else 0
    ahead = [item for item in unfinished if position[item.translation_key] >= start]
    if ahead:
        return ahead[0]
    required = [item for item in unfinished if item.required]
    return (required or unfinished or [None])[0]


@dataclass
class NextStep:
    """Where "pick up where you left off" leads: a course and its next item."""

    course: CoursePage
    status: completion.CourseStatus
    item: Page | None
    started: bool = False  # an item was opened, as HR's "In progress" counts it


def continue_learning(user, locale: Locale | None = None) -> NextStep | None:
    """The unfinished course the learner was in last (or enrolled in last) and its
    next item, in the viewer's language; None when there is none. A fixed number
    of queries whatever the number of courses."""
    enrolments = (
        Enrolment.objects.filter(
            user=user, status=Enrolment.Status.ACTIVE, completed_at__isnull=True
        )
        .order_by(F("last_visited_at").desc(nulls_last=True), "-enrolled_at")
        .only("course_key", "last_item_key", "started_at")
    )
    enrolments = list(enrolments[:50])
    courses = courses_by_key([e.course_key for e in enrolments], locale)
    enrolment = next((e for e in enrolments if e.course_key in courses), None)
    if enrolment is None:
        return None
    course = courses[enrolment.course_key]
    outline = course_outline(course)
    states = item_states(user, [course.translation_key])
    status = course_status(outline, states)
    item = next_item(outline, status, states, resume=enrolment.last_item_key)
    started = status.started or enrolment.started_at is not None
    return NextStep(course=course, status=status, item=item, started=started)


def certificates_by_course(user, course_keys: Iterable[UUID]) -> dict:
    """The learner's own valid certificates by course key (the latest issued when
    there are several), in one query. Only ever this user's.

    Certificates sit above courses: the certificates app answers through
    `CERTIFICATES_HOOK` (certificates/wagtail_hooks.py)."""
    found = {}
    for hook in hooks.get_hooks(CERTIFICATES_HOOK):
        found.update(hook(user=user, course_keys=list(course_keys)))
    return found


@dataclass
class ItemStanding:
    """Everything a module item's page needs about the learner and the course."""

    course: CoursePage
    outline: CourseOutline
    enrolment: Enrolment | None
    states: dict
    status: completion.CourseStatus
    access: Access


def course_standing(user, course: CoursePage):
    """(outline, enrolment, states, status) for a learner on a course."""
    outline = course_outline(course)
    enrolment, states = None, {}
    if user.is_authenticated:
        enrolment = Enrolment.objects.filter(user=user, course_key=course.translation_key).first()
        states = item_states(user, [course.translation_key])
    return outline, enrolment, states, course_status(outline, states)


def item_standing(user, item: Page) -> ItemStanding | None:
    """The learner's standing for a module item, or None when the item is not
    reachable (its course or module is unpublished)."""
    course = CoursePage.objects.ancestor_of(item).live().select_related("cover_image").first()
    if course is None:
        return None
    outline, enrolment, states, status = course_standing(user, course)
    if outline.module_of(item) is None:
        return None
    access = item_access(user=user, outline=outline, status=status, enrolment=enrolment, item=item)
    return ItemStanding(course, outline, enrolment, states, status, access)

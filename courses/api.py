"""The item contract: everything an item app (quizzes, simulations) uses of courses.

A module item is a page inside a module. Its app asks courses three things, here
and nowhere else (`.importlinter` forbids the item apps courses' views, services
and selectors):

- its **standing**: may this learner open it, in which course, with what progress
  (`item_enter`, `item_start`, `item_standing_or_404`, `item_context`, `refused`, `item_next`),
  and the views every graded item has alike: its page (`item_page`, `item_preview`)
  and starting a try (`item_start_view`);
- its learner's **tries** (`ItemTry`, the abstract model of a quiz attempt or a
  simulation run, with `try_learner_field` and `try_constraints`; `item_tries`:
  open, finished, left, may start another;
  `item_tries_since` / `item_tries_current`: tries finished before the course was
  last restarted for recertification no longer count; `item_try_or_404`: a learner
  sees only their own);
- its **grading fields**: pass mark, tries allowed and grading method, declared once
  in `courses.models` (`GradedItem`, `graded_item_panel`, `pass_mark_field`, `tries_allowed_field`,
  `grading_field`) and re-exported here;
- **reporting a result**: done, passed, score (`item_report_grade`, or
  `item_record_result` for items without a grade).

Modelled on openedx-learning's per-applet `api.py`: a small public surface over
the app's own models, services and selectors, which stay free to change.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, Q, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.models import Page

from courses import selectors, services
from courses.models import (
    CoursePage,
    Enrolment,
    GradedItem,
    ItemTry,
    ModuleItem,
    graded_item_panel,
    grading_field,
    pass_mark_field,
    tries_allowed_field,
    try_constraints,
    try_learner_field,
)
from courses.selectors import ItemStanding
from courses.services import item_record_result

__all__ = [
    "CoursePage",
    "GradedItem",
    "ItemStanding",
    "ItemTry",
    "ModuleItem",
    "Tries",
    "graded_item_panel",
    "grading_field",
    "item_context",
    "item_enter",
    "item_next",
    "item_page",
    "item_preview",
    "item_record_result",
    "item_report_grade",
    "item_start",
    "item_start_view",
    "item_tries",
    "item_tries_current",
    "item_tries_since",
    "item_try_or_404",
    "item_standing_or_404",
    "outline_rows",
    "pass_mark_field",
    "refused",
    "tries_allowed_field",
    "try_constraints",
    "try_learner_field",
]


def outline_rows(outline, status, states, open_item=None) -> list[dict]:
    """Modules with their status and items with their state, for templates. The
    module holding `open_item` (the next step, or the page shown) starts unfolded
    where the outline is folded by module (phones)."""
    open_key = getattr(open_item, "translation_key", None)
    return [
        {
            "page": node.page,
            "status": module_status,
            "open": any(item.translation_key == open_key for item in node.items),
            "items": [
                {"page": item, "state": states.get(item.translation_key)} for item in node.items
            ],
        }
        for node, module_status in zip(outline.modules, status.modules, strict=True)
    ]


def item_standing_or_404(request, item: Page) -> ItemStanding:
    """The learner's standing for a module item; 404 when it is not reachable.

    Read once per request: the item's view and its page's context (`item_context`)
    share it. Views that change progress read the course again after the change."""
    known = request.__dict__.setdefault("_item_standings", {})
    if item.pk not in known:
        known[item.pk] = selectors.item_standing(request.user, item)
    standing = known[item.pk]
    if standing is None:
        raise Http404
    return standing


def item_context(request, item: Page) -> dict:
    """What every module item's page shows around it, as lessons do: the course,
    the breadcrumb's module, the outline (its module unfolded) and the progress."""
    standing = item_standing_or_404(request, item)
    module = standing.outline.module_of(item)
    return {
        "course": standing.course,
        "module": module.page if module else None,
        "outline": outline_rows(standing.outline, standing.status, standing.states, open_item=item),
        "status": standing.status,
    }


def refused(request, course: CoursePage, access) -> HttpResponse:
    """The answer to a learner who may not open an item: sign in, or why not."""
    if access.reason == "login":
        from django.contrib.auth.views import redirect_to_login

        return redirect_to_login(request.get_full_path())
    return TemplateResponse(
        request,
        "courses/item_refused.html",
        {"course": course, "access": access},
        status=403,
    )


def item_enter(
    request, item: Page, *, visit: bool = False
) -> tuple[ItemStanding, HttpResponse | None]:
    """The learner's standing and, when they may not open the item, the refusal to
    return instead (404 when the item is not reachable at all). With `visit`, an
    enrolled learner's "continue where you left off" moves to this item."""
    standing = item_standing_or_404(request, item)
    if not standing.access.allowed:
        return standing, refused(request, standing.course, standing.access)
    if visit and standing.enrolment and standing.enrolment.is_active:
        services.enrolment_touch(enrolment=standing.enrolment, item=item)
    return standing, None


def item_start(
    request, item: Page, start: Callable[[CoursePage], Any], *, refused_by: type[Exception]
) -> tuple[Any, HttpResponse | None]:
    """Start a try at an item (a quiz attempt, a simulation run) with `start(course)`.
    Returns (the try, None), or (None, the answer to give instead): the refusal when
    the learner may not open the item, or back to the item's page with the reason
    when `start` raises `refused_by` (no attempts left, for example)."""
    standing, refusal = item_enter(request, item)
    if refusal:
        return None, refusal
    try:
        return start(standing.course), None
    except refused_by as error:
        messages.error(request, str(error))
        return None, redirect(item.url)


def item_start_view(
    item_model: type[GradedItem],
    start: Callable[[Any, GradedItem, CoursePage], Any],
    *,
    refused_by: type[Exception],
    opened: str,
) -> Callable[..., HttpResponse]:
    """The view that starts a learner's try at an item of `item_model`: POST only,
    signed in, the live item by id, `start(user, item, course)` (through
    `item_start`, so refusals are its own), then on to the try's page (the URL
    named `opened`, given the try's id)."""

    @require_POST
    @login_required
    def view(request, page_id):
        item = get_object_or_404(item_model.objects.live(), pk=page_id)
        started, answer = item_start(
            request,
            item,
            lambda course: start(request.user, item, course),
            refused_by=refused_by,
        )
        return answer or redirect(opened, started.pk)

    return view


def item_page(
    request,
    item: GradedItem,
    *,
    tries: Callable[[], Sequence],
    grade: Callable[[], Any],
    open_as: str,
    left_as: str,
) -> HttpResponse:
    """A graded item's own page, as every one shows it: the refusal when the
    learner may not open it; else the course around it (`item_context`), their
    counted `tries()` (oldest first) sorted by `item_tries`, their `grade()`, and
    the open try and the tries left under the item's own words (`open_as`,
    `left_as`: "open_attempt", "runs_left"). Opening it is the learner's "continue
    where you left off"."""
    _standing, refusal = item_enter(request, item, visit=True)
    if refusal:
        return refusal
    sorted_tries = item_tries(item, tries())
    return TemplateResponse(
        request,
        item.template,
        {
            "page": item,
            "self": item,
            **item_context(request, item),
            open_as: sorted_tries.open,
            "finished": sorted_tries.finished,
            left_as: sorted_tries.left,
            "grade": grade(),
            "can_start": sorted_tries.can_start,
        },
    )


def item_preview(request, item: Page, **more) -> HttpResponse:
    """Wagtail's preview of a module item: its own page as the trainer sees it,
    with no learner, no course around it and no tries (`more`: what the item's
    template adds to a preview)."""
    return TemplateResponse(
        request, item.template, {"page": item, "self": item, "preview": True, **more}
    )


def item_try_or_404(request, tries, try_id) -> Any:
    """The signed-in learner's own try (a quiz attempt, a simulation run) among
    `tries` (a model or a queryset); someone else's is simply not found, with no
    hint that it exists."""
    return get_object_or_404(tries, pk=try_id, user=request.user)


@dataclass(frozen=True)
class Tries:
    """A learner's tries at a graded item (quiz attempts, simulation runs)."""

    open: Any  # the try in progress, if any
    finished: list
    left: int | None  # None = unlimited
    can_start: bool


def item_tries(item: GradedItem, tries: Sequence) -> Tries:
    """Sort a learner's tries (oldest first, each with `is_open`) and say whether
    they may start another: not while one is open, and not past `attempts_allowed`."""
    open_try = next((t for t in tries if t.is_open), None)
    left = item.tries_left(len(tries))
    return Tries(
        open=open_try,
        finished=[t for t in tries if not t.is_open],
        left=left,
        can_start=open_try is None and (left is None or left > 0),
    )


def _restarts(user, item: Page):
    """The learner's enrolment on the item's course, where it was restarted."""
    courses = CoursePage.objects.ancestor_of(item).values("translation_key")
    return Enrolment.objects.filter(
        user_id=user.pk, course_key__in=courses, restarted_at__isnull=False
    )


def item_tries_since(user, item: Page) -> datetime | None:
    """When the learner's tries at `item` started to count: the last time their
    enrolment on its course was restarted (recertification), or None when every
    try counts. Earlier tries stay as history only."""
    return _restarts(user, item).values_list("restarted_at", flat=True).first()


def item_tries_current(user, item: Page) -> Q:
    """A filter for the learner's tries (quiz attempts, simulation runs, with their
    `finished_at`) that count: all but those finished before `item_tries_since`. A
    try still open at the restart counts once it is finished. A subquery, so it
    adds no query of its own to the page that lists or grades the tries."""
    restarts = _restarts(user, item)
    return (
        ~Exists(restarts)
        | Q(finished_at__isnull=True)
        | Q(finished_at__gte=Subquery(restarts.values("restarted_at")[:1]))
    )


def item_next(user, item: Page) -> tuple[CoursePage | None, Page | None]:
    """The item's course and the learner's next step after it (the same rule as
    after marking a lesson done); (None, None) when the course is not reachable."""
    standing = selectors.item_standing(user, item)
    if standing is None:
        return None, None
    following = selectors.next_item(standing.outline, standing.status, standing.states, after=item)
    return standing.course, following


def item_report_grade(*, user, item: GradedItem, grade) -> None:
    """Report a graded item to its course: done, passed when the grade reaches the
    pass mark, and the grade as the score. Nothing is reported without a grade or
    outside a live course (a draft being previewed)."""
    course = CoursePage.objects.ancestor_of(item).live().first()
    if course is None or grade is None:
        return
    item_record_result(
        user=user, item=item, course=course, done=True, passed=item.passes(grade), score=grade
    )

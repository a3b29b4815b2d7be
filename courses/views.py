"""Learner-facing views: thin, each parses, asks a selector or a service, renders."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses import metric_lab, selectors, services
from courses.api import item_context, item_standing_or_404, outline_rows, refused
from courses.blocks import metric_lab_error_key
from courses.models import CoursePage, Enrolment, LessonPage, MetricLabAttempt
from cxacademy.requests import wants_json


def catalogue(request):
    """/learn/catalogue/: the catalogue page of the current language."""
    page = selectors.catalogue_page()
    if page is not None:
        return redirect(page.url)
    return render(request, "courses/catalogue.html", {"courses": []})


def catalogue_page(request, page):
    courses = list(
        CoursePage.objects.child_of(page).live().select_related("cover_image").order_by("path")
    )
    cards = _course_cards(request.user, courses)
    return TemplateResponse(request, page.template, {"page": page, "self": page, "cards": cards})


def _course_cards(user, courses):
    """Each course with the learner's enrolment and status, in a fixed number of queries."""
    keys = [course.translation_key for course in courses]
    enrolments, states, outlines = {}, {}, {}
    if user.is_authenticated and courses:
        enrolments = {
            e.course_key: e for e in Enrolment.objects.filter(user=user, course_key__in=keys)
        }
        states = selectors.item_states(user, keys)
        outlines = selectors.outlines_for(courses)
    cards = []
    for course in courses:
        enrolment = enrolments.get(course.translation_key)
        status = (
            selectors.course_status(outlines[course.pk], states) if course.pk in outlines else None
        )
        cards.append({"course": course, "enrolment": enrolment, "status": status})
    return cards


def _course_context(request, course):
    return selectors.course_standing(request.user, course)


def course_page(request, course):
    outline, enrolment, states, status = _course_context(request, course)
    next_item = selectors.next_item(
        outline, status, states, resume=enrolment.last_item_key if enrolment else None
    )
    modules = outline_rows(outline, status, states, open_item=next_item)
    certificate = None
    if enrolment and enrolment.completed_at:  # one query, only for a finished course
        certificate = selectors.certificates_by_course(request.user, [course.translation_key]).get(
            course.translation_key
        )
    return TemplateResponse(
        request,
        course.template,
        {
            "page": course,
            "self": course,
            "certificate": certificate,
            "enrolment": enrolment,
            "enrolled": bool(enrolment and enrolment.is_active),
            "status": status,
            "modules": modules,
            "next_item": next_item,
        },
    )


def lesson_preview(request, lesson: LessonPage):
    """The lesson as the trainer is editing it (Wagtail preview): content only."""
    return TemplateResponse(
        request, lesson.template, {"page": lesson, "self": lesson, "preview": True}
    )


def course_preview(request, course: CoursePage):
    modules = []
    if course.pk:
        outline = selectors.course_outline(course)
        modules = outline_rows(outline, selectors.course_status(outline, {}), {})
    return TemplateResponse(
        request,
        course.template,
        {"page": course, "self": course, "modules": modules, "preview": True},
    )


def lesson_page(request, lesson: LessonPage):
    standing = item_standing_or_404(request, lesson)
    course, outline, enrolment = standing.course, standing.outline, standing.enrolment
    states = standing.states
    if not standing.access.allowed:
        return refused(request, course, standing.access)
    if enrolment and enrolment.is_active:
        services.enrolment_touch(enrolment=enrolment, item=lesson)

    items = outline.items
    position = next(i for i, item in enumerate(items) if item.pk == lesson.pk)
    return TemplateResponse(
        request,
        lesson.template,
        {
            "page": lesson,
            "self": lesson,
            **item_context(request, lesson),
            "done": bool(
                states.get(lesson.translation_key) and states[lesson.translation_key].done
            ),
            "previous_item": items[position - 1] if position > 0 else None,
            "next_item": items[position + 1] if position + 1 < len(items) else None,
        },
    )


def _live_lesson(page_id) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live(), pk=page_id)


@require_POST
@login_required
def lesson_complete(request, page_id):
    """Mark a lesson done (idempotent). Only ever for the signed-in learner."""
    lesson = _live_lesson(page_id)
    standing = item_standing_or_404(request, lesson)
    course, outline, access = standing.course, standing.outline, standing.access
    if not access.allowed:
        if wants_json(request):
            return JsonResponse({"error": access.reason}, status=403)
        return refused(request, course, access)
    services.lesson_mark_done(user=request.user, lesson=lesson, course=course)
    _outline, enrolment, states, status = _course_context(request, course)
    if wants_json(request):
        return JsonResponse({"done": True, "percent": status.percent, "complete": status.complete})
    if status.complete:
        messages.success(request, _("Course complete. Well done!"))
        return redirect(course.url)
    following = selectors.next_item(outline, status, states, after=lesson)
    messages.success(request, _("Lesson marked as done."))
    return redirect(following.url if following else course.url)


@require_POST
@login_required
def enrol(request, page_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    try:
        services.enrol(user=request.user, course=course)
    except services.EnrolmentError as error:
        messages.error(request, str(error))
        return redirect(course.url)
    messages.success(request, _("You are enrolled. Enjoy the course!"))
    outline, enrolment, states, status = _course_context(request, course)
    following = selectors.next_item(outline, status, states, resume=enrolment.last_item_key)
    return redirect(following.url if following else course.url)


@require_POST
@login_required
def leave(request, page_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    try:
        services.unenrol(user=request.user, course=course)
    except services.EnrolmentError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You left the course. Your progress is kept if you come back."))
    return redirect(course.url)


@login_required
def my_learning(request):
    """The learner's dashboard: assigned and enrolled courses, progress, due dates."""
    services.assignments_sync(user=request.user)
    enrolments = selectors.enrolments_for(request.user, active_only=True)
    keys = [e.course_key for e in enrolments]
    courses = selectors.courses_by_key(keys, Locale.get_active())
    outlines = selectors.outlines_for(courses.values())
    states = selectors.item_states(request.user, keys)
    today = timezone.localdate()
    rows = []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        if course is None:  # unpublished since
            continue
        outline = outlines[course.pk]
        status = selectors.course_status(outline, states)
        rows.append(
            {
                "course": course,
                "enrolment": enrolment,
                "status": status,
                "overdue": enrolment.is_overdue(today),
                "next_item": selectors.next_item(
                    outline, status, states, resume=enrolment.last_item_key
                ),
            }
        )
    in_progress = [row for row in rows if not row["enrolment"].completed_at]
    in_progress.sort(key=lambda row: (not row["overdue"], row["enrolment"].due_date or today.max))
    completed = [row for row in rows if row["enrolment"].completed_at]
    if completed:  # one query for the learner's own certificates, only when needed
        certificates = selectors.certificates_by_course(
            request.user, [row["course"].translation_key for row in completed]
        )
        for row in completed:
            row["certificate"] = certificates.get(row["course"].translation_key)
    return render(
        request,
        "courses/my_learning.html",
        {"in_progress": in_progress, "completed": completed, "today": today},
    )


@require_POST
@login_required
def knowledge_check(request, page_id, block_id):
    """Check an answer to a knowledge-check block; feedback comes only from here."""
    lesson = _live_lesson(page_id)
    if not item_standing_or_404(request, lesson).access.allowed:
        raise Http404
    block = next(
        (b for b in lesson.body if b.id == block_id and b.block_type == "knowledge_check"), None
    )
    if block is None:
        raise Http404
    try:
        result = block.value.evaluate(int(request.POST.get("choice", "")))
    except (TypeError, ValueError):
        if wants_json(request):
            return JsonResponse({"error": _("Choose one of the answers.")}, status=400)
        messages.error(request, _("Choose one of the answers."))
        return redirect(f"{lesson.url}#block-{block_id}")
    message = _("Correct!") if result["correct"] else _("Not quite.")
    if wants_json(request):
        return JsonResponse({**result, "feedback": str(result["feedback"]), "message": message})
    # Without JavaScript the verdict and the (already sanitised) feedback come back
    # as a message above the lesson.
    level = messages.SUCCESS if result["correct"] else messages.WARNING
    messages.add_message(request, level, format_html("{} {}", message, result["feedback"]))
    return redirect(f"{lesson.url}#block-{block_id}")


# --- Metric lab ---------------------------------------------------------------------
# The exercise lives on the server (metric and seed); pages carry the data set and
# the question, and the answer and worked solution only once the learner has answered.


def _metric_lab_target(request, page_id, block_id):
    """The live lesson and its metric lab block, for a learner who may open the lesson."""
    lesson = _live_lesson(page_id)
    if not item_standing_or_404(request, lesson).access.allowed:
        raise Http404
    block = next(
        (b for b in lesson.body if b.id == block_id and b.block_type == "metric_lab"), None
    )
    if block is None or not block.value.metric_codes:
        raise Http404
    return lesson, block


def _metric_lab_reply(
    request, lesson, block, *, focus, error=None, typed="", new_error=None, status=200
):
    """Our script gets the block's new HTML as JSON; a plain form goes back to the block."""
    if not wants_json(request):
        return redirect(f"{lesson.url}#block-{block.id}")
    context = block.block.get_context(
        block.value,
        parent_context={
            "request": request,
            "page": lesson,
            "block_id": block.id,
            "metric_lab_error": error,
            "metric_lab_typed": typed,
            "metric_lab_new_error": new_error,
        },
    )
    html = render_to_string(block.block.get_template(block.value, context), context, request)
    error = error or new_error
    return JsonResponse(
        {"html": html, "focus": focus, "error": str(error) if error else None}, status=status
    )


@require_POST
@login_required
def metric_lab_new(request, page_id, block_id):
    """Start a new exercise: the metric posted, or the next one in the block's list.

    The form carries the exercise it was showing (`current`); when that is no longer
    the latest (a double click, an old tab), nothing is created and the latest is shown.
    """
    lesson, block = _metric_lab_target(request, page_id, block_id)
    latest = MetricLabAttempt.objects.latest_for(
        user=request.user, lesson_key=lesson.translation_key, block_id=block_id
    )
    if request.POST.get("current", "").strip() != (str(latest.pk) if latest else ""):
        return _metric_lab_reply(request, lesson, block, focus="exercise")
    codes = block.value.metric_codes
    metric = request.POST.get("metric") or metric_lab.next_metric(
        codes, latest.metric if latest else None
    )
    if metric not in codes:
        message = _("Choose one of the metrics offered.")
        if not wants_json(request):
            messages.error(request, message)
        return _metric_lab_reply(
            request, lesson, block, focus="metric", new_error=message, status=400
        )
    services.metric_lab_attempt_start(
        user=request.user, lesson=lesson, block_id=block_id, metric=metric
    )
    return _metric_lab_reply(request, lesson, block, focus="exercise")


@require_POST
@login_required
def metric_lab_answer(request, page_id, block_id, attempt_id):
    """Check an answer on the server. Answering again returns the stored result."""
    lesson, block = _metric_lab_target(request, page_id, block_id)
    attempt = get_object_or_404(
        MetricLabAttempt,
        pk=attempt_id,
        user=request.user,
        lesson_key=lesson.translation_key,
        block_id=block_id,
    )
    if attempt.answered_at is None:
        typed = request.POST.get("answer", "")
        result = metric_lab.check(metric_lab.generate(attempt.metric, attempt.seed), typed)
        if not result.readable:
            typed = typed[: metric_lab.MAX_ANSWER_LENGTH * 2]  # given back to the field
            if not wants_json(request):
                # Shown beside the answer field once the lesson reloads.
                request.session[metric_lab_error_key(attempt.pk)] = {
                    "error": str(result.error),
                    "typed": typed,
                }
            return _metric_lab_reply(
                request, lesson, block, focus="answer", error=result.error, typed=typed, status=400
            )
        services.metric_lab_attempt_answer(
            attempt=attempt, answer=result.answer, correct=result.correct
        )
    return _metric_lab_reply(request, lesson, block, focus="result")


def search(request):
    """Search published lessons the learner may open, in the current language."""
    query = request.GET.get("q", "").strip()[:200]
    results = []
    if query and request.user.is_authenticated:
        locale = Locale.get_active()
        hits = list(
            LessonPage.objects.live().filter(locale=locale).search(query, operator="and")[:50]
        )
        enrolled = set(
            Enrolment.objects.filter(user=request.user, status=Enrolment.Status.ACTIVE).values_list(
                "course_key", flat=True
            )
        )
        courses = {
            course.path: course for course in CoursePage.objects.live().filter(locale=locale)
        }
        for lesson in hits:
            course = courses.get(lesson.path[: len(lesson.path) - 2 * LessonPage.steplen])
            if course is None:
                continue
            if course.access == CoursePage.Access.RESTRICTED and (
                course.translation_key not in enrolled
            ):
                continue
            results.append({"lesson": lesson, "course": course})
    elif query:
        return redirect_to_login(request.get_full_path())
    return render(request, "courses/search.html", {"query": query, "results": results})

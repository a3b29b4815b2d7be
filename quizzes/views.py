"""Learner-facing quiz views: the quiz page, an attempt, saving, submitting, review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses import api as course_api
from cxacademy.requests import posted_sequence, wants_json
from quizzes import selectors, services
from quizzes.models import Question, QuestionResponse, QuizAttempt, QuizPage


def _quiz_for(attempt: QuizAttempt) -> QuizPage:
    locale = Locale.get_active()
    quizzes = list(QuizPage.objects.live().filter(translation_key=attempt.quiz_key))
    if not quizzes:
        raise Http404
    return next((q for q in quizzes if q.locale_id == locale.pk), quizzes[0])


def _own_attempt(request, attempt_id) -> QuizAttempt:
    return course_api.item_try_or_404(request, QuizAttempt, attempt_id)


def review_allowed(quiz: QuizPage, attempt: QuizAttempt) -> dict:
    """What the review of a finished attempt may show, by the quiz's policy."""
    full = quiz.review == QuizPage.Review.FULL or (
        quiz.review == QuizPage.Review.FULL_WHEN_PASSED and attempt.passed
    )
    return {
        "responses": full or quiz.review == QuizPage.Review.RESPONSES,
        "correct": full,
    }


def quiz_page(request, quiz: QuizPage):
    if request.user.is_authenticated:
        # An attempt whose time ran out is graded first, so the outline shows it.
        services.attempt_close_expired(user=request.user, quiz=quiz)
    return course_api.item_page(
        request,
        quiz,
        tries=lambda: selectors.attempts_for(request.user, quiz),
        grade=lambda: services.quiz_grade(request.user, quiz),
        open_as="open_attempt",
        left_as="attempts_left",
    )


def quiz_preview(request, quiz: QuizPage):
    return course_api.item_preview(request, quiz, finished=[])


attempt_start = course_api.item_start_view(
    QuizPage,
    lambda user, quiz, course: services.attempt_start(user=user, quiz=quiz, course=course),
    refused_by=services.AttemptError,
    opened="quizzes:attempt",
)


def _question_rows(attempt: QuizAttempt, errors=None):
    """The attempt's questions in its own order, with what the learner answered."""
    questions = selectors.questions_by_key(item["q"] for item in attempt.layout)
    rows = []
    for number, item in enumerate(attempt.layout, start=1):
        question = questions.get(item["q"])
        if question is None:
            continue
        response = attempt.responses.get(item["q"])
        rows.append(
            {
                "number": number,
                "item": item,
                "question": question,
                "response": response,
                "options": _ordered(question.choices.all(), item.get("options")),
                "prompts": _ordered(
                    [p for p in question.pairs.all() if p.prompt.strip()], item.get("prompts")
                ),
                "answers": _ordered(
                    question.pairs.all(), item.get("answers"), key=lambda p: str(p.answer_key)
                ),
                "order_items": _ordered(question.order_items.all(), item.get("items")),
                "error": (errors or {}).get(item["q"]),
            }
        )
    return rows


def _ordered(objects, keys, key=lambda obj: str(obj.key)):
    if keys is None:
        return list(objects)
    by_key = {key(obj): obj for obj in objects}
    return [by_key[k] for k in keys if k in by_key]


@login_required
def attempt_view(request, attempt_id, errors=None, status=200):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("quizzes:review", attempt_id=attempt.pk)
    quiz = _quiz_for(attempt)
    return TemplateResponse(
        request,
        "quizzes/attempt.html",
        {"attempt": attempt, "quiz": quiz, "rows": _question_rows(attempt, errors)},
        status=status,
    )


def parse_answers(attempt: QuizAttempt, post) -> dict:
    """Read the attempt form into {question key: raw response}. Only questions the
    form actually carried are returned, so a partial save never wipes answers."""
    answers = {}
    for item in attempt.layout:
        name = f"q-{item['q']}"
        kind = item["kind"]
        if kind == Question.Kind.MULTI:
            if f"{name}-present" in post:
                answers[item["q"]] = post.getlist(name)
        elif kind == Question.Kind.MATCHING:
            chosen = {
                prompt: post.get(f"{name}-{prompt}")
                for prompt in item.get("prompts", [])
                if post.get(f"{name}-{prompt}")
            }
            if chosen or f"{name}-present" in post:
                answers[item["q"]] = chosen
        elif kind == Question.Kind.ORDERING:
            if f"{name}-present" in post:
                answers[item["q"]] = _order_from_positions(item, post, name)
        elif name in post:
            answers[item["q"]] = post.get(name)
    return answers


def _order_from_positions(item, post, name):
    positions = {}
    for key in item.get("items", []):
        raw = post.get(f"{name}-{key}", "")
        if not raw:
            return []  # not answered yet
        try:
            positions[key] = int(raw)
        except ValueError:
            return [raw]  # rejected by validation with a message
    if len(set(positions.values())) != len(positions):
        return ["duplicate"]  # two items in the same place: rejected with a message
    return sorted(positions, key=positions.get)


@require_POST
@login_required
def attempt_save(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    try:
        attempt = services.attempt_save(
            attempt=attempt,
            sequence=posted_sequence(request),
            answers=parse_answers(attempt, request.POST),
        )
    except services.InvalidAnswers as error:
        if wants_json(request):
            return JsonResponse({"error": str(error), "questions": error.errors}, status=400)
        messages.error(request, str(error))
        return attempt_view(request, attempt.pk, errors=error.errors, status=400)
    except services.AttemptError as error:
        if wants_json(request):
            return JsonResponse({"error": str(error)}, status=409)
        messages.warning(request, str(error))
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    if wants_json(request):
        return JsonResponse({"saved": True, "sequence": attempt.sequence})
    messages.success(request, _("Your answers are saved."))
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


@require_POST
@login_required
def attempt_submit(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    try:
        attempt = services.attempt_submit(
            attempt=attempt,
            sequence=posted_sequence(request),
            answers=parse_answers(attempt, request.POST),
        )
    except services.InvalidAnswers as error:
        messages.error(request, str(error))
        return attempt_view(request, attempt.pk, errors=error.errors, status=400)
    except services.AttemptError as error:
        messages.warning(request, str(error))
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    if attempt.status == QuizAttempt.Status.CLOSED:
        messages.warning(
            request, _("Time was up; your attempt was graded with the answers saved by then.")
        )
    return redirect("quizzes:review", attempt_id=attempt.pk)


@login_required
def attempt_review(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    quiz = _quiz_for(attempt)
    allowed = review_allowed(quiz, attempt)
    # Where to go from here: the same rule as after marking a lesson done.
    course, following = course_api.item_next(request.user, quiz)
    rows = []
    if allowed["responses"]:
        graded = {str(g.question_key): g for g in QuestionResponse.objects.filter(attempt=attempt)}
        rows = _question_rows(attempt)
        for row in rows:
            row["graded"] = graded.get(row["item"]["q"])
    return TemplateResponse(
        request,
        "quizzes/review.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "rows": rows,
            "allowed": allowed,
            "course": course,
            "next_item": following,
        },
    )

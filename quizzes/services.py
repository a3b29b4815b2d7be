"""Every write that matters for quiz attempts.

The server holds the truth: an attempt's layout, responses and grade live here;
the browser gets the current questions and a sequence number, and every save or
submit must carry that number, so a stale tab, the back button or a double click
is refused instead of counted twice.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses import api as course_api
from courses.api import CoursePage
from quizzes import scoring, selectors
from quizzes.models import Question, QuestionResponse, QuizAttempt, QuizPage

# A submission a few seconds after the deadline (network, slow phone) still counts
# its last answers; anything later is graded as of the deadline.
DEADLINE_GRACE = timedelta(seconds=5)


class AttemptError(Exception):
    """A request about an attempt that cannot be granted; the message is for the learner."""


class StaleAttempt(AttemptError):
    pass


class NoAttemptsLeft(AttemptError):
    pass


class InvalidAnswers(AttemptError):
    def __init__(self, errors: dict[str, str]):
        super().__init__(_("Some answers could not be read. Check the marked questions."))
        self.errors = errors


def _layout(quiz: QuizPage, rng: random.Random) -> list[dict]:
    """Which questions this attempt asks, in which order, with options in which order."""
    entries = [
        {"q": str(fixed.question.translation_key), "mark": fixed.mark}
        for fixed in quiz.fixed_questions.select_related("question").order_by("sort_order")
    ]
    taken = {entry["q"] for entry in entries}
    for draw in quiz.draws.select_related("category").order_by("sort_order"):
        categories = (
            draw.category.descendant_ids() if draw.include_subcategories else {draw.category_id}
        )
        pool = sorted(
            {
                str(key)
                for key in Question.objects.filter(category_id__in=categories).values_list(
                    "translation_key", flat=True
                )
            }
            - taken
        )
        chosen = rng.sample(pool, min(draw.count, len(pool)))
        taken.update(chosen)
        entries.extend({"q": key, "mark": None} for key in chosen)
    if quiz.shuffle_questions:
        rng.shuffle(entries)

    questions = selectors.questions_by_key([entry["q"] for entry in entries])
    layout = []
    for entry in entries:
        question = questions.get(entry["q"])
        if question is None:
            continue
        mark = entry["mark"] if entry["mark"] is not None else question.default_mark
        item = {"q": entry["q"], "mark": str(mark), "kind": question.kind}
        if question.kind in (Question.Kind.SINGLE, Question.Kind.MULTI):
            item["options"] = [str(choice.key) for choice in question.choices.all()]
        elif question.kind == Question.Kind.MATCHING:
            pairs = list(question.pairs.all())
            item["prompts"] = [str(p.key) for p in pairs if p.prompt.strip()]
            item["answers"] = [str(p.answer_key) for p in pairs]
        elif question.kind == Question.Kind.ORDERING:
            item["items"] = [str(i.key) for i in question.order_items.all()]
            rng.shuffle(item["items"])
        if quiz.shuffle_answers:
            for field in ("options", "answers"):
                if field in item:
                    rng.shuffle(item[field])
        layout.append(item)
    return layout


@transaction.atomic
def attempt_start(*, user, quiz: QuizPage, course: CoursePage, rng=None) -> QuizAttempt:
    """Start an attempt, or return the one still open (resume on any device)."""
    attempt_close_expired(user=user, quiz=quiz)
    existing = QuizAttempt.objects.select_for_update().filter(
        user=user, quiz_key=quiz.translation_key
    )
    open_attempt = existing.filter(status=QuizAttempt.Status.OPEN).first()
    if open_attempt:
        return open_attempt
    # Numbers keep rising across a recertification (they are unique per learner
    # and quiz); attempts finished before the course was restarted are not used up.
    last_number = existing.aggregate(n=Max("number"))["n"] or 0
    used = existing.filter(course_api.item_tries_current(user, quiz)).count()
    if quiz.attempts_allowed and used >= quiz.attempts_allowed:
        raise NoAttemptsLeft(_("You have used all your attempts at this quiz."))
    now = timezone.now()
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                user=user,
                quiz_key=quiz.translation_key,
                course_key=course.translation_key,
                number=last_number + 1,
                started_at=now,
                deadline=(
                    now + timedelta(minutes=quiz.time_limit_minutes)
                    if quiz.time_limit_minutes
                    else None
                ),
                layout=_layout(quiz, rng or random.SystemRandom()),
            )
    except IntegrityError:  # two tabs pressed Start at once: both get the same attempt
        return QuizAttempt.objects.get(
            user=user, quiz_key=quiz.translation_key, status=QuizAttempt.Status.OPEN
        )


def _questions(attempt: QuizAttempt) -> dict:
    return selectors.questions_by_key(item["q"] for item in attempt.layout)


def _validated(attempt: QuizAttempt, answers: dict, questions: dict) -> dict:
    """Answers checked against each question's shape; unknown questions ignored."""
    cleaned, errors = {}, {}
    for item in attempt.layout:
        if item["q"] not in answers or item["q"] not in questions:
            continue
        key = selectors.scoring_key(questions[item["q"]])
        try:
            cleaned[item["q"]] = _jsonable(scoring.validate(key, answers[item["q"]]))
        except scoring.InvalidResponse as error:
            errors[item["q"]] = gettext(str(error))  # scoring's messages are gettext_noop
    if errors:
        raise InvalidAnswers(errors)
    return cleaned


def _jsonable(value):
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    if isinstance(value, Decimal):
        return str(value)
    return value


def _locked(attempt_id: int, user) -> QuizAttempt:
    return QuizAttempt.objects.select_for_update().get(pk=attempt_id, user=user)


def _check_sequence(attempt: QuizAttempt, sequence: int) -> None:
    if reason := attempt.stale_reason(sequence):
        raise StaleAttempt(reason)


@transaction.atomic
def attempt_save(*, attempt: QuizAttempt, sequence: int, answers: dict) -> QuizAttempt:
    """Save answers without submitting. Answers arriving after the deadline are
    not saved: the attempt is closed and graded as of the deadline."""
    attempt = _locked(attempt.pk, attempt.user)
    _check_sequence(attempt, sequence)
    now = timezone.now()
    if attempt.deadline and now > attempt.deadline + DEADLINE_GRACE:
        _finish(attempt, status=QuizAttempt.Status.CLOSED, finished_at=attempt.deadline)
        raise AttemptError(
            _("Time was up; your attempt was graded with the answers saved by then.")
        )
    attempt.responses = {**attempt.responses, **_validated(attempt, answers, _questions(attempt))}
    attempt.responses_saved_at = now
    attempt.sequence += 1
    attempt.save(update_fields=["responses", "responses_saved_at", "sequence"])
    return attempt


@transaction.atomic
def attempt_submit(*, attempt: QuizAttempt, sequence: int, answers: dict) -> QuizAttempt:
    """Submit and grade. Late submissions are graded as of the deadline."""
    attempt = _locked(attempt.pk, attempt.user)
    _check_sequence(attempt, sequence)
    now = timezone.now()
    questions = _questions(attempt)
    if attempt.deadline and now > attempt.deadline + DEADLINE_GRACE:
        _finish(
            attempt,
            status=QuizAttempt.Status.CLOSED,
            finished_at=attempt.deadline,
            questions=questions,
        )
        return attempt
    attempt.responses = {**attempt.responses, **_validated(attempt, answers, questions)}
    attempt.responses_saved_at = now
    _finish(attempt, status=QuizAttempt.Status.SUBMITTED, finished_at=now, questions=questions)
    return attempt


def attempt_close_expired(*, user=None, quiz: QuizPage | None = None, now=None) -> int:
    """Close and grade every open attempt whose time ran out (abandoned ones too).
    Runs when a learner opens the quiz and from `manage.py close_quiz_attempts`."""
    now = now or timezone.now()
    queryset = QuizAttempt.objects.filter(
        status=QuizAttempt.Status.OPEN, deadline__lt=now - DEADLINE_GRACE
    )
    if user is not None:
        queryset = queryset.filter(user=user)
    if quiz is not None:
        queryset = queryset.filter(quiz_key=quiz.translation_key)
    closed = 0
    for attempt_id in queryset.values_list("pk", flat=True):
        with transaction.atomic():
            attempt = QuizAttempt.objects.select_for_update().get(pk=attempt_id)
            if attempt.is_open:
                _finish(attempt, status=QuizAttempt.Status.CLOSED, finished_at=attempt.deadline)
                closed += 1
    return closed


def _finish(attempt: QuizAttempt, *, status: str, finished_at, questions=None) -> None:
    """Grade the attempt's saved responses and report the quiz result to the course."""
    questions = questions if questions is not None else _questions(attempt)
    graded, results = [], []
    for position, item in enumerate(attempt.layout):
        question = questions.get(item["q"])
        if question is None:
            continue
        mark = Decimal(item["mark"])
        try:
            result = scoring.score(
                selectors.scoring_key(question), attempt.responses.get(item["q"])
            )
        except scoring.InvalidResponse:  # the question changed shape since it was answered
            result = scoring.score(selectors.scoring_key(question), None)
        results.append((result, mark))
        graded.append(
            QuestionResponse(
                attempt=attempt,
                question_key=item["q"],
                position=position,
                mark=mark,
                fraction=result.fraction,
                chosen=list(result.chosen),
            )
        )
    QuestionResponse.objects.bulk_create(graded)
    quiz = _quiz_in_active_language(attempt.quiz_key)
    attempt.score = scoring.quiz_percent(results)
    attempt.passed = bool(quiz and attempt.score >= quiz.pass_mark)
    attempt.status = status
    attempt.finished_at = finished_at
    attempt.sequence += 1
    attempt.save()
    if quiz is not None:
        course_api.item_report_grade(
            user=attempt.user, item=quiz, grade=quiz_grade(attempt.user, quiz)
        )


def _quiz_in_active_language(quiz_key) -> QuizPage | None:
    """The quiz page in the learner's language (any language if not translated), so
    the result reaches the course, and its certificate, in that language."""
    pages = list(QuizPage.objects.filter(translation_key=quiz_key).select_related("locale"))
    if not pages:
        return None
    language = translation.get_language()
    return next((page for page in pages if page.locale.language_code == language), pages[0])


def quiz_grade(user, quiz: QuizPage) -> Decimal | None:
    """The learner's grade for the quiz, by the quiz's grading method, over the
    attempts finished since their course was last restarted for recertification."""
    scores = list(
        QuizAttempt.objects.filter(
            course_api.item_tries_current(user, quiz), user=user, quiz_key=quiz.translation_key
        )
        .exclude(status=QuizAttempt.Status.OPEN)
        .order_by("number")
        .values_list("score", flat=True)
    )
    return scoring.grade_attempts([Decimal(s) for s in scores if s is not None], quiz.grading)

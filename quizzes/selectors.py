"""Reads for quizzes: questions in the viewer's language and their scoring keys.
Each runs a fixed number of queries whatever the number of questions."""

from collections.abc import Iterable
from decimal import Decimal
from uuid import UUID

from django.db.models import Prefetch
from wagtail.models import Locale

from courses import api as course_api
from quizzes import scoring
from quizzes.models import (
    Question,
    QuestionChoice,
    QuestionMatchPair,
    QuestionNumericAnswer,
    QuestionOrderItem,
    QuizAttempt,
    QuizPage,
)


def questions_by_key(
    keys: Iterable[UUID | str], locale: Locale | None = None
) -> dict[str, Question]:
    """Questions by translation key, in `locale` where translated (else any), with
    their options, in five queries."""
    keys = [str(key) for key in keys]
    if not keys:
        return {}
    locale = locale or Locale.get_active()
    queryset = Question.objects.filter(translation_key__in=keys).prefetch_related(
        Prefetch("choices", queryset=QuestionChoice.objects.order_by("sort_order")),
        Prefetch("numeric_answers", queryset=QuestionNumericAnswer.objects.order_by("sort_order")),
        Prefetch("pairs", queryset=QuestionMatchPair.objects.order_by("sort_order")),
        Prefetch("order_items", queryset=QuestionOrderItem.objects.order_by("sort_order")),
    )
    found: dict[str, Question] = {}
    for question in queryset:
        key = str(question.translation_key)
        if key not in found or question.locale_id == locale.pk:
            found[key] = question
    return found


def scoring_key(question: Question) -> scoring.QuestionKey:
    """What the scoring module needs to mark `question`: never sent to a browser."""
    kind = question.kind
    if kind in (Question.Kind.SINGLE, Question.Kind.MULTI):
        return scoring.QuestionKey(
            kind=kind,
            options=tuple(
                scoring.Option(id=str(c.key), fraction=Decimal(c.fraction))
                for c in question.choices.all()
            ),
            negative_marks=question.negative_marks,
        )
    if kind == Question.Kind.SHORT_ANSWER:
        return scoring.QuestionKey(
            kind=kind,
            accepted=tuple((c.text, Decimal(c.fraction)) for c in question.choices.all()),
            case_sensitive=question.case_sensitive,
        )
    if kind == Question.Kind.NUMERIC:
        return scoring.QuestionKey(
            kind=kind,
            numeric=tuple(
                scoring.NumericAnswer(
                    value=a.value,
                    tolerance=a.tolerance,
                    minimum=a.minimum,
                    maximum=a.maximum,
                    fraction=Decimal(a.fraction),
                )
                for a in question.numeric_answers.all()
            ),
        )
    if kind == Question.Kind.MATCHING:
        pairs = list(question.pairs.all())
        return scoring.QuestionKey(
            kind=kind,
            pairs=tuple((str(p.key), str(p.answer_key)) for p in pairs if p.prompt.strip()),
            distractors=tuple(str(p.answer_key) for p in pairs if not p.prompt.strip()),
        )
    if kind == Question.Kind.ORDERING:
        return scoring.QuestionKey(
            kind=kind, order=tuple(str(item.key) for item in question.order_items.all())
        )
    return scoring.QuestionKey(kind=kind, correct=question.correct)


def attempts_for(user, quiz: QuizPage) -> list[QuizAttempt]:
    """The learner's attempts that count, oldest first: none finished before their
    course was last restarted for recertification (those stay in the database as
    history)."""
    return list(
        QuizAttempt.objects.filter(
            course_api.item_tries_current(user, quiz),
            user=user,
            quiz_key=quiz.translation_key,
        ).order_by("number")
    )

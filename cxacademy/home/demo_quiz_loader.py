"""Loads the demo quiz (content in `demo_quiz`): bilingual questions in the bank and
a quiz page at the end of the demo course. Idempotent."""

from decimal import Decimal

from wagtail.models import Locale

from courses.models import CoursePage, ModulePage
from cxacademy.home.demo_course import _translation
from quizzes.models import (
    Question,
    QuestionCategory,
    QuestionChoice,
    QuestionMatchPair,
    QuestionNumericAnswer,
    QuestionOrderItem,
    QuizPage,
    QuizQuestion,
)


def _fill(question: Question, content: dict, kind: str) -> None:
    question.text = content["text"]
    question.general_feedback = content.get("general_feedback", "")
    if kind == "truefalse":
        question.correct = content["correct"]
        question.feedback_true = content.get("feedback_true", "")
        question.feedback_false = content.get("feedback_false", "")


def _children(question: Question, content: dict) -> None:
    for order, choice in enumerate(content.get("choices", [])):
        QuestionChoice.objects.create(
            question=question,
            sort_order=order,
            text=choice["text"],
            fraction=Decimal(choice["fraction"]),
            feedback=choice.get("feedback", ""),
        )
    for order, answer in enumerate(content.get("numeric", [])):
        QuestionNumericAnswer.objects.create(
            question=question,
            sort_order=order,
            value=Decimal(answer["value"]),
            tolerance=Decimal(answer.get("tolerance", "0")),
            fraction=Decimal(answer.get("fraction", "1")),
            feedback=answer.get("feedback", ""),
        )
    for order, pair in enumerate(content.get("pairs", [])):
        QuestionMatchPair.objects.create(
            question=question, sort_order=order, prompt=pair["prompt"], answer=pair["answer"]
        )
    for order, text in enumerate(content.get("ordering", [])):
        QuestionOrderItem.objects.create(question=question, sort_order=order, text=text)


def _translate_children(source: Question, translated: Question, content: dict) -> None:
    """The English copy's options: clones of the Indonesian ones (same keys, fractions
    and values), with the English words."""
    relations = [
        (source.choices, content.get("choices", []), ("text", "feedback")),
        (source.numeric_answers, content.get("numeric", []), ("feedback",)),
        (source.pairs, content.get("pairs", []), ("prompt", "answer")),
        (source.order_items, [{"text": t} for t in content.get("ordering", [])], ("text",)),
    ]
    for relation, items, fields in relations:
        for original, item in zip(relation.order_by("sort_order"), items, strict=True):
            original.pk = None
            original.question = translated
            for field in fields:
                setattr(original, field, item.get(field, ""))
            original.save()


def _question(spec: dict, category: QuestionCategory, default: Locale, english: Locale) -> Question:
    question = Question.objects.filter(locale=default, name=spec["name"], category=category).first()
    if question is None:
        question = Question(category=category, locale=default, kind=spec["kind"], name=spec["name"])
        _fill(question, spec["id"], spec["kind"])
        question.save()
        _children(question, spec["id"])
    if not Question.objects.filter(
        translation_key=question.translation_key, locale=english
    ).exists():
        translated = Question(
            category=category,
            locale=english,
            kind=spec["kind"],
            name=spec["name"],
            translation_key=question.translation_key,
            case_sensitive=question.case_sensitive,
            negative_marks=question.negative_marks,
        )
        _fill(translated, spec["en"], spec["kind"])
        translated.save()
        _translate_children(question, translated, spec["en"])
    return question


def build_demo_quiz(content: dict, course: CoursePage) -> QuizPage:
    default = Locale.get_default()
    english = Locale.objects.get(language_code="en")
    category = QuestionCategory.for_path(content["category"])
    questions = [_question(spec, category, default, english) for spec in content["questions"]]

    # The quiz closes the course's content modules (not the simulation module after them).
    module = ModulePage.objects.child_of(course).get(slug=content["module"])
    fields = {
        "pass_mark": Decimal(content["pass_mark"]),
        "attempts_allowed": content["attempts_allowed"],
        "time_limit_minutes": content["time_limit_minutes"],
    }
    quiz = QuizPage.objects.child_of(module).filter(slug=content["slug"]).first()
    if quiz is None:
        quiz = QuizPage(slug=content["slug"], **fields, **content["id"])
        for order, question in enumerate(questions):
            quiz.fixed_questions.add(QuizQuestion(question=question, sort_order=order))
        module.add_child(instance=quiz)
        quiz.save_revision().publish()
    _translation(quiz, english, content["en"])
    return quiz

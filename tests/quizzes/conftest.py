from decimal import Decimal

import pytest

from courses.models import ModulePage
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
from tests.courses.conftest import build_course


def make_question(kind, name=None, category=None, **fields):
    """A question of `kind` with realistic CX content; the right answer is marked."""
    category = category or QuestionCategory.for_path(("CX", "Dasar"))
    question = Question.objects.create(
        category=category,
        kind=kind,
        name=name or f"{kind} question",
        text=fields.pop("text", f"<p>Pertanyaan {kind}</p>"),
        general_feedback="<p>Umpan balik umum.</p>",
        **fields,
    )
    if kind == "single":
        for text, fraction in [("Layanan pelanggan", 1), ("Keuangan", 0), ("Logistik", 0)]:
            QuestionChoice.objects.create(
                question=question, text=text, fraction=Decimal(fraction), feedback=f"Umpan {text}"
            )
    elif kind == "multi":
        for text, fraction in [("CSAT", "0.5"), ("NPS", "0.5"), ("Omzet", "-0.5")]:
            QuestionChoice.objects.create(question=question, text=text, fraction=Decimal(fraction))
    elif kind == "shortanswer":
        QuestionChoice.objects.create(question=question, text="pengalaman pelanggan", fraction=1)
    elif kind == "numeric":
        QuestionNumericAnswer.objects.create(
            question=question, value=Decimal(25), tolerance=Decimal("0.5")
        )
    elif kind == "matching":
        for prompt, answer in [
            ("Reaktif, satu kontak", "Layanan"),
            ("Hubungan jangka panjang", "Perawatan"),
            ("Seluruh perjalanan", "Pengalaman"),
        ]:
            QuestionMatchPair.objects.create(question=question, prompt=prompt, answer=answer)
    elif kind == "ordering":
        for text in ["Kesadaran", "Pertimbangan", "Pembelian", "Penggunaan"]:
            QuestionOrderItem.objects.create(question=question, text=text)
    return question


ALL_KINDS = ["single", "multi", "truefalse", "shortanswer", "numeric", "matching", "ordering"]


def build_quiz(site, kinds=ALL_KINDS, course=None, **quiz_fields):
    """A published quiz in its own module (after one lesson module) with one
    question per kind."""
    course = course or build_course(site, modules=1, lessons=1, title="Kursus kuis")
    module = course.add_child(instance=ModulePage(title="Modul kuis"))
    quiz = module.add_child(instance=QuizPage(title="Kuis CX", **quiz_fields))
    for order, kind in enumerate(kinds):
        extra = {"correct": True} if kind == "truefalse" else {}
        QuizQuestion.objects.create(
            quiz=quiz, question=make_question(kind, **extra), sort_order=order
        )
    return QuizPage.objects.get(pk=quiz.pk)


def right_answers(attempt):
    """The POST data a learner who knows everything would send."""
    questions = {str(q.translation_key): q for q in Question.objects.all()}
    data = {"sequence": attempt.sequence}
    for item in attempt.layout:
        question, name = questions[item["q"]], f"q-{item['q']}"
        if item["kind"] == "single":
            data[name] = str(question.choices.get(fraction=1).key)
        elif item["kind"] == "multi":
            data[f"{name}-present"] = "1"
            data[name] = [str(c.key) for c in question.choices.filter(fraction__gt=0)]
        elif item["kind"] == "truefalse":
            data[name] = "true"
        elif item["kind"] == "shortanswer":
            data[name] = "  Pengalaman   PELANGGAN "
        elif item["kind"] == "numeric":
            data[name] = "25,2"
        elif item["kind"] == "matching":
            data[f"{name}-present"] = "1"
            for pair in question.pairs.all():
                data[f"{name}-{pair.key}"] = str(pair.answer_key)
        elif item["kind"] == "ordering":
            data[f"{name}-present"] = "1"
            for position, order_item in enumerate(question.order_items.order_by("sort_order"), 1):
                data[f"{name}-{order_item.key}"] = str(position)
    return data


@pytest.fixture
def quiz(site):
    return build_quiz(site)

"""Item analysis reads as the learner saw the quiz: option, item and answer texts
(never ids), equal numbers counted once, and each answer's share of the attempts."""

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import translation

from quizzes import reports
from quizzes.models import Question, QuestionResponse
from quizzes.reports import Graded, QuestionFacts, item_analysis, normal_number
from tests.quizzes.conftest import build_quiz
from tests.quizzes.test_bank_admin import _attempts

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def graded(attempt, chosen, fraction="1", key="q"):
    return Graded(attempt, key, Decimal(fraction), Decimal(1), tuple(chosen))


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("75.000000", "75"), ("75", "75"), ("75.0", "75"), ("25.20", "25.2"), ("100", "100")],
)
def test_a_number_is_written_once(stored, shown):
    assert normal_number(stored) == shown
    assert normal_number("abc") == "abc"


def test_equal_numbers_are_one_answer():
    rows = [graded(1, ["75.000000"]), graded(2, ["75"]), graded(3, ["75.0"]), graded(4, ["80"], 0)]
    with translation.override("id"):
        [stat] = item_analysis(rows, {"q": QuestionFacts(kind="numeric")})
    assert [(a.label, a.count, a.share, a.right) for a in stat.answers] == [
        ("75", 3, 75.0, True),
        ("80", 1, 25.0, False),
    ]


def test_numbers_read_in_the_viewers_language():
    with translation.override("id"):
        [stat] = item_analysis([graded(1, ["25.5"])], {"q": QuestionFacts(kind="numeric")})
    assert stat.answers[0].label == "25,5"


def test_choices_show_their_texts_and_distractor_shares():
    facts = QuestionFacts(
        kind="single", labels={"a": "Layanan", "b": "Keuangan", "c": "Logistik"}, right={"a"}
    )
    rows = [graded(1, ["a"]), graded(2, ["b"], 0), graded(3, ["a"]), graded(4, [], 0)]
    [stat] = item_analysis(rows, {"q": facts})
    assert [(a.label, a.count, a.share, a.right) for a in stat.answers] == [
        ("Layanan", 2, 50.0, True),
        ("Keuangan", 1, 25.0, False),
        (reports.gettext("(no answer)"), 1, 25.0, False),
    ]
    assert stat.facility == 50.0


def test_matching_shows_each_prompt_with_the_answer_given():
    facts = QuestionFacts(
        kind="matching",
        labels={"p1": "Reaktif", "p2": "Jangka panjang", "x": "Layanan", "y": "Perawatan"},
        prompts=("p1", "p2"),
        right={"p1:x", "p2:y"},
    )
    rows = [graded(1, ["x", "y"]), graded(2, ["y", "x"], 0), graded(3, ["x", ""], "0.5")]
    [stat] = item_analysis(rows, {"q": facts})
    shown = [(a.prompt, a.label, a.count, a.right) for a in stat.answers]
    assert shown == [
        ("Reaktif", "Layanan", 2, True),
        ("Reaktif", "Perawatan", 1, False),
        ("Jangka panjang", "Layanan", 1, False),
        ("Jangka panjang", "Perawatan", 1, True),
    ]
    assert not any(UUID.search(a.label) for a in stat.answers)


def test_ordering_shows_the_learners_order_in_words():
    facts = QuestionFacts(kind="ordering", labels={"1": "Kesadaran", "2": "Pembelian"})
    rows = [graded(1, ["1", "2"]), graded(2, ["2", "1"], 0), graded(3, ["1", "2"])]
    [stat] = item_analysis(rows, {"q": facts})
    assert [(a.label, a.count, a.right) for a in stat.answers] == [
        ("Kesadaran → Pembelian", 2, True),
        ("Pembelian → Kesadaran", 1, False),
    ]


def test_short_answers_differing_only_in_case_are_one_answer():
    rows = [graded(1, ["Empati"]), graded(2, ["empati"])]
    [stat] = item_analysis(rows, {"q": QuestionFacts(kind="shortanswer")})
    assert [(a.label, a.count) for a in stat.answers] == [("Empati", 2)]


def test_the_discrimination_index_has_a_word():
    assert reports.discrimination_verdict(None)
    assert reports.discrimination_verdict(-5) != reports.discrimination_verdict(50)


@pytest.fixture
def answered_quiz(site):
    from tests.factories import learner as make_learner

    quiz = build_quiz(site, kinds=["single", "numeric", "matching", "ordering"])
    _attempts(Client, quiz, [(make_learner(), True), (make_learner(), True)])
    # An answer stored before numbers were normalised, as on the live site.
    numeric = Question.objects.get(kind="numeric")
    response = QuestionResponse.objects.filter(question_key=numeric.translation_key).first()
    response.chosen = ["25.200000"]
    response.save()
    return quiz


def test_the_results_screen_shows_texts_not_ids(client, trainer, answered_quiz):
    client.force_login(trainer)
    html = client.get(f"/admin/quizzes/{answered_quiz.pk}/results/").content.decode()
    table = html[html.index("cxa-analysis") : html.index("</table>", html.index("cxa-analysis"))]
    assert not UUID.search(table)
    assert "Kesadaran → Pertimbangan → Pembelian → Penggunaan" in table
    assert "Reaktif, satu kontak →" in table and "Layanan" in table
    assert table.count("25,2</span>") == 0  # numbers come with their count and share
    assert "2 · 100%" in table  # both learners' 25,2 and 25.200000 are one answer


def test_a_question_is_shown_in_the_viewers_language(client, trainer, answered_quiz):
    from wagtail.models import Locale
    from wagtail.users.models import UserProfile

    from quizzes.models import QuestionChoice

    single = Question.objects.get(kind="single")
    english = single.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "single question (EN)"
    english.save()
    if not english.choices.exists():  # translations share each option's key
        for choice in single.choices.all():
            QuestionChoice.objects.create(
                question=english, key=choice.key, text=choice.text, fraction=choice.fraction
            )
    for choice in english.choices.all():
        choice.text = f"EN {choice.text}"
        choice.save()
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(trainer)
    html = client.get(f"/admin/quizzes/{answered_quiz.pk}/results/").content.decode()
    assert "single question (EN)" in html and "EN Layanan pelanggan" in html

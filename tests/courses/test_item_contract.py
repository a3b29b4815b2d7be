"""The item contract (courses/api.py): one door from quizzes and simulations into
courses, with the grading rules written once for both."""

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from courses import api
from courses.completion import GRADING_METHODS
from courses.models import ItemProgress
from quizzes.models import QuizPage
from simulations.models import ScenarioPage
from tests.quizzes.conftest import build_quiz
from tests.simulations.conftest import build_scenario

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("page_class", [QuizPage, ScenarioPage])
def test_tries_left_counts_down_and_zero_means_unlimited(page_class):
    limited = page_class(title="x", attempts_allowed=2)
    assert [limited.tries_left(n) for n in range(4)] == [2, 1, 0, 0]
    assert page_class(title="x", attempts_allowed=0).tries_left(50) is None


@pytest.mark.parametrize("page_class", [QuizPage, ScenarioPage])
def test_the_pass_mark_itself_passes(page_class):
    item = page_class(title="x", pass_mark=Decimal(70))
    assert item.passes(Decimal(70))
    assert not item.passes(Decimal("69.99"))
    assert not item.passes(None)


def test_each_item_keeps_its_own_default_pass_mark_and_wording():
    # The fields are made once in courses, but each app keeps its words and default.
    assert QuizPage(title="x").pass_mark == Decimal(70)
    assert ScenarioPage(title="x").pass_mark == Decimal(60)
    with translation.override("en"):
        quiz_tries = str(QuizPage._meta.get_field("attempts_allowed").verbose_name)
        runs = str(ScenarioPage._meta.get_field("attempts_allowed").verbose_name)
    assert (quiz_tries, runs) == ("attempts allowed", "runs allowed")


@pytest.mark.django_db
def test_a_graded_quiz_reports_done_passed_and_score_to_its_course(site, learner):
    quiz = build_quiz(site, kinds=["single"], pass_mark=Decimal(50))
    api.item_report_grade(user=learner, item=quiz, grade=Decimal(50))
    progress = ItemProgress.objects.get(user=learner, item_key=quiz.translation_key)
    assert (progress.done, progress.passed, progress.score) == (True, True, Decimal(50))
    assert progress.item_kind == "quiz"


@pytest.mark.django_db
def test_a_failed_run_is_done_but_not_passed(site, learner):
    scenario = build_scenario(site)
    api.item_report_grade(user=learner, item=scenario, grade=Decimal(59))
    progress = ItemProgress.objects.get(user=learner, item_key=scenario.translation_key)
    assert (progress.done, progress.passed) == (True, False)


@pytest.mark.django_db
def test_nothing_is_reported_without_a_grade_or_a_live_course(site, learner):
    quiz = build_quiz(site, kinds=["single"])
    api.item_report_grade(user=learner, item=quiz, grade=None)
    course = quiz.get_parent().get_parent()
    course.unpublish()
    api.item_report_grade(user=learner, item=quiz, grade=Decimal(100))
    assert not ItemProgress.objects.filter(user=learner).exists()


def test_import_linter_keeps_the_layers_and_the_item_contract():
    """The same check as `make check`: an import that points up, or a quiz or
    simulation module reaching into courses' views, services or selectors, fails."""
    linter = Path(sys.executable).with_name("lint-imports")
    if not linter.exists():
        pytest.skip("import-linter is not installed (pip install -r requirements.lock)")
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 kept, 0 broken" in result.stdout


class _Try:
    def __init__(self, is_open):
        self.is_open = is_open


def test_no_new_try_while_one_is_open_or_none_are_left():
    quiz = QuizPage(title="x", attempts_allowed=2)
    one_open = api.item_tries(quiz, [_Try(False), _Try(True)])
    assert one_open.open is not None and one_open.left == 0 and not one_open.can_start
    finished = api.item_tries(ScenarioPage(title="x", attempts_allowed=0), [_Try(False)] * 9)
    assert (finished.left, finished.can_start, len(finished.finished)) == (None, True, 9)


def test_both_items_offer_courses_grading_methods_in_their_own_words():
    with translation.override("en"):
        quiz = [(v, str(label)) for v, label in QuizPage._meta.get_field("grading").choices]
        runs = [(v, str(label)) for v, label in ScenarioPage._meta.get_field("grading").choices]
    assert [v for v, _label in quiz] == [v for v, _label in runs] == list(GRADING_METHODS)
    assert quiz[0][1] == "Highest-scoring attempt" and runs[0][1] == "Highest-scoring run"


def test_grading_labels_must_name_every_method():
    with pytest.raises(ValueError, match="highest"):
        api.grading_field("final grade from", labels={"highest": "Best", "last": "Last"})

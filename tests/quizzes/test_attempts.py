"""A learner takes a quiz: start, resume, save, submit, review; honest and idempotent."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone, translation

from courses.models import Enrolment, ItemProgress
from quizzes.models import Question, QuestionChoice, QuizAttempt, QuizPage
from tests.items import assert_not_found_by_others, start_try
from tests.quizzes.conftest import ALL_KINDS, build_quiz, right_answers

pytestmark = pytest.mark.django_db


def start(client, quiz):
    return start_try(client, quiz, QuizAttempt.objects.filter(quiz_key=quiz.translation_key))


def submit(client, attempt, data):
    return client.post(f"/id/learn/quizzes/attempts/{attempt.pk}/submit/", data)


def test_a_learner_who_knows_everything_scores_100_and_passes(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    response = submit(client, attempt, right_answers(attempt))
    assert response["Location"] == f"/id/learn/quizzes/attempts/{attempt.pk}/review/"
    attempt.refresh_from_db()
    assert attempt.status == "submitted"
    assert attempt.score == 100 and attempt.passed
    review = client.get(response["Location"]).content.decode()
    assert "100%" in review
    progress = ItemProgress.objects.get(user=learner, item_key=quiz.translation_key)
    assert progress.done and progress.passed and progress.score == 100


def test_answers_and_feedback_never_reach_the_page_before_submission(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    page = client.get(f"/id/learn/quizzes/attempts/{attempt.pk}/").content.decode()
    assert "Pertanyaan single" in page
    # No per-answer feedback, no general feedback, no weights, no accepted answers.
    form = page.split('class="quiz-form"')[1].split("</form>")[0]
    for secret in [
        "Umpan Layanan pelanggan",
        "Umpan balik umum",
        "fraction",
        "pengalaman pelanggan",
    ]:
        assert secret not in form, secret
    single = next(i for i in attempt.layout if i["kind"] == "single")
    right = str(Question.objects.get(translation_key=single["q"]).choices.get(fraction=1).key)
    # The right option's id appears exactly once: as a value, marked in no other way.
    assert page.count(right) == 1


def test_a_reload_or_another_device_resumes_the_same_attempt(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    data = right_answers(attempt)
    single = next(i["q"] for i in attempt.layout if i["kind"] == "single")
    client.post(
        f"/id/learn/quizzes/attempts/{attempt.pk}/save/",
        {"sequence": attempt.sequence, f"q-{single}": data[f"q-{single}"]},
    )
    other_device = Client()
    other_device.force_login(learner)
    assert start(other_device, quiz).pk == attempt.pk
    page = other_device.get(f"/id/learn/quizzes/attempts/{attempt.pk}/").content.decode()
    assert f'value="{data[f"q-{single}"]}" checked' in page


def test_a_stale_or_replayed_submission_is_refused_and_counts_once(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    data = right_answers(attempt)
    submit(client, attempt, data)
    replay = client.post(f"/id/learn/quizzes/attempts/{attempt.pk}/submit/", data, follow=True)
    assert (
        "already finished" in replay.content.decode() or "sudah selesai" in replay.content.decode()
    )
    assert QuizAttempt.objects.filter(user=learner).count() == 1
    assert attempt.graded.count() == 7


def test_a_save_from_an_old_tab_changes_nothing(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    old_sequence = attempt.sequence
    client.post(f"/id/learn/quizzes/attempts/{attempt.pk}/save/", {"sequence": old_sequence})
    single = next(i["q"] for i in attempt.layout if i["kind"] == "single")
    stale = client.post(
        f"/id/learn/quizzes/attempts/{attempt.pk}/save/",
        {"sequence": old_sequence, f"q-{single}": "anything"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert stale.status_code == 409
    attempt.refresh_from_db()
    assert single not in attempt.responses


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("single", "not-an-option"),
        ("numeric", "dua puluh lima"),
        ("numeric", "9" * 400),
        ("shortanswer", "x" * 5000),
        ("truefalse", "maybe"),
    ],
)
def test_malformed_answers_get_a_message_and_change_nothing(client, learner, quiz, kind, value):
    client.force_login(learner)
    attempt = start(client, quiz)
    key = next(i["q"] for i in attempt.layout if i["kind"] == kind)
    response = client.post(
        f"/id/learn/quizzes/attempts/{attempt.pk}/submit/",
        {"sequence": attempt.sequence, f"q-{key}": value},
    )
    assert response.status_code == 400
    assert 'class="question__error"' in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.responses == {}


def test_other_learners_attempts_are_not_found(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    base = f"/id/learn/quizzes/attempts/{attempt.pk}"
    assert_not_found_by_others(
        get=[f"{base}/", f"{base}/review/"], post=[(f"{base}/submit/", right_answers(attempt))]
    )
    attempt.refresh_from_db()
    assert attempt.is_open


def test_no_more_attempts_than_allowed(client, learner, site):
    quiz = build_quiz(site, kinds=["single"], attempts_allowed=1)
    client.force_login(learner)
    attempt = start(client, quiz)
    submit(client, attempt, {"sequence": attempt.sequence})
    refused = client.post(f"/id/learn/quizzes/{quiz.pk}/start/", follow=True)
    assert QuizAttempt.objects.filter(user=learner).count() == 1
    assert refused.redirect_chain[-1][0] == quiz.url


def test_a_late_submission_is_graded_as_of_the_deadline(client, learner, site):
    quiz = build_quiz(site, kinds=["single", "truefalse"], time_limit_minutes=10)
    client.force_login(learner)
    attempt = start(client, quiz)
    data = right_answers(attempt)
    single = next(i["q"] for i in attempt.layout if i["kind"] == "single")
    client.post(
        f"/id/learn/quizzes/attempts/{attempt.pk}/save/",
        {"sequence": attempt.sequence, f"q-{single}": data[f"q-{single}"]},
    )
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    attempt.refresh_from_db()
    submit(client, attempt, {**data, "sequence": attempt.sequence})
    attempt.refresh_from_db()
    assert attempt.status == "closed"
    assert attempt.score == 50  # only the answer saved before the deadline counts


def test_abandoned_attempts_close_by_themselves(learner, site):
    from django.core.management import call_command

    quiz = build_quiz(site, kinds=["single"], time_limit_minutes=5)
    client = Client()
    client.force_login(learner)
    attempt = start(client, quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    call_command("close_quiz_attempts", verbosity=0)
    attempt.refresh_from_db()
    assert attempt.status == "closed" and attempt.score == 0
    assert ItemProgress.objects.get(user=learner, item_key=quiz.translation_key).passed is False


@pytest.mark.parametrize(
    ("policy", "shows_answers", "shows_solution"),
    [("score", False, False), ("responses", True, False), ("full", True, True)],
)
def test_review_follows_the_quiz_policy(
    client, learner, site, policy, shows_answers, shows_solution
):
    quiz = build_quiz(site, kinds=["single"], review=policy)
    client.force_login(learner)
    attempt = start(client, quiz)
    submit(client, attempt, {"sequence": attempt.sequence})  # answered nothing
    page = client.get(f"/id/learn/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert "0%" in page
    assert ("Pertanyaan single" in page) is shows_answers
    assert ('class="solution"' in page) is shows_solution


def test_full_review_only_once_passed(client, learner, site):
    quiz = build_quiz(site, kinds=["single"], review="passed")
    client.force_login(learner)
    attempt = start(client, quiz)
    submit(client, attempt, {"sequence": attempt.sequence})
    failed_review = client.get(f"/id/learn/quizzes/attempts/{attempt.pk}/review/").content.decode()
    assert 'class="solution"' not in failed_review
    second = start(client, quiz)
    submit(client, second, right_answers(second))
    passed_review = client.get(f"/id/learn/quizzes/attempts/{second.pk}/review/").content.decode()
    assert 'class="solution"' in passed_review


def test_a_passed_quiz_completes_the_course_a_failed_one_does_not(client, learner, site):
    quiz = build_quiz(site, kinds=["single", "truefalse"], pass_mark=100)
    course_lessons = quiz.get_parent().get_parent().specific
    client.force_login(learner)
    from tests.courses.conftest import lessons_of

    for lesson in lessons_of(course_lessons):
        client.post(f"/id/learn/lessons/{lesson.pk}/complete/")
    attempt = start(client, quiz)
    data = right_answers(attempt)
    single = next(i["q"] for i in attempt.layout if i["kind"] == "single")
    submit(client, attempt, {"sequence": attempt.sequence, f"q-{single}": data[f"q-{single}"]})
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is None  # 50% < 100% pass mark
    second = start(client, quiz)
    submit(client, second, right_answers(second))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_the_grading_method_decides_the_grade(client, learner, site):
    quiz = build_quiz(site, kinds=["single", "truefalse"], grading="last", pass_mark=50)
    client.force_login(learner)
    first = start(client, quiz)
    submit(client, first, right_answers(first))
    second = start(client, quiz)
    submit(client, second, {"sequence": second.sequence})
    progress = ItemProgress.objects.get(user=learner, item_key=quiz.translation_key)
    assert progress.score == 0 and progress.passed is False
    # The same two attempts graded by the highest: 100.
    from quizzes import services

    QuizPage.objects.filter(pk=quiz.pk).update(grading="highest")
    assert services.quiz_grade(learner, QuizPage.objects.get(pk=quiz.pk)) == 100


def test_the_autosave_answers_with_the_next_sequence_number(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    response = client.post(
        f"/id/learn/quizzes/attempts/{attempt.pk}/save/",
        {"sequence": attempt.sequence},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert json.loads(response.content) == {"saved": True, "sequence": attempt.sequence + 1}


def test_every_question_type_is_scored_from_the_form(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    submit(client, attempt, right_answers(attempt))
    fractions = {g.question_key: g.fraction for g in attempt.graded.all()}
    kinds = {str(q.translation_key): q.kind for q in Question.objects.all()}
    assert {kinds[str(k)]: f for k, f in fractions.items()} == dict.fromkeys(ALL_KINDS, 1)
    assert QuestionChoice.objects.exists()


def test_random_draws_pick_distinct_questions_from_the_category(client, learner, site):
    import random

    from quizzes import services
    from quizzes.models import QuestionCategory, QuizDraw
    from tests.quizzes.conftest import make_question

    pool = QuestionCategory.for_path(("CX", "Pool"))
    for n in range(5):
        make_question("single", name=f"pool {n}", category=pool)
    quiz = build_quiz(site, kinds=["truefalse"])
    QuizDraw.objects.create(quiz=quiz, category=pool, count=2)
    course = quiz.get_parent().get_parent().specific
    attempt = services.attempt_start(user=learner, quiz=quiz, course=course, rng=random.Random(1))
    drawn = [item["q"] for item in attempt.layout if item["kind"] == "single"]
    assert len(drawn) == 2 and len(set(drawn)) == 2
    pool_keys = {str(q.translation_key) for q in pool.questions.all()}
    assert set(drawn) <= pool_keys


@pytest.mark.parametrize("shuffle", [True, False])
def test_answers_are_shuffled_only_when_the_quiz_says_so(learner, site, shuffle):
    import random

    from quizzes import services

    quiz = build_quiz(site, kinds=["multi", "single"], shuffle_answers=shuffle)
    course = quiz.get_parent().get_parent().specific
    orders = set()
    for seed in range(8):
        attempt = services.attempt_start(
            user=learner, quiz=quiz, course=course, rng=random.Random(seed)
        )
        single = next(item for item in attempt.layout if item["kind"] == "single")
        question = Question.objects.get(translation_key=single["q"])
        authored = [str(c.key) for c in question.choices.order_by("sort_order")]
        assert sorted(single["options"]) == sorted(authored)
        orders.add(tuple(single["options"]))
        QuizAttempt.objects.filter(pk=attempt.pk).update(status="submitted")
    assert (len(orders) > 1) is shuffle


def test_a_result_reaches_the_course_in_the_learners_language(site):
    """An English learner's quiz result is reported to the English course (whose
    certificate template may differ), not to the first page with the key."""
    from courses.models import CoursePage
    from quizzes.services import _quiz_in_active_language
    from tests.courses.conftest import translate

    quiz = build_quiz(site, kinds=("single",))
    course = CoursePage.objects.ancestor_of(quiz).get()
    translate(course)
    with translation.override("en"):
        english = _quiz_in_active_language(quiz.translation_key)
    with translation.override("id"):
        indonesian = _quiz_in_active_language(quiz.translation_key)
    assert english.locale.language_code == "en" and english.pk != quiz.pk
    assert indonesian.pk == quiz.pk


def test_an_attempt_that_ran_out_of_time_shows_in_the_outline_at_once(client, learner, site):
    """The quiz page grades an expired attempt before it reads the course around it."""
    quiz = build_quiz(site, kinds=["single"], time_limit_minutes=5)
    client.force_login(learner)
    attempt = start(client, quiz)
    data = right_answers(attempt)
    client.post(
        f"/id/learn/quizzes/attempts/{attempt.pk}/save/", {**data, "sequence": attempt.sequence}
    )
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.get(quiz.url)
    attempt.refresh_from_db()
    assert attempt.status == "closed" and attempt.score == 100
    assert response.context["status"].done == 1  # the quiz, counted on this very page

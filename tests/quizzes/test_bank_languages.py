"""The question bank lists each question once, with the languages it exists in (badges
linking to each translation), and filters by language."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from quizzes.models import Question
from tests.quizzes.conftest import make_question

pytestmark = pytest.mark.django_db
LIST = "/admin/snippets/quizzes/question/"


def _translate(question, name):
    english = question.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = name
    english.save()
    return english


@pytest.fixture
def bank(site):
    both = make_question("single", name="NPS dari survei")
    english = _translate(both, "NPS from a survey")
    only_id = make_question("truefalse", name="CSAT satu interaksi", correct=True)
    return both, english, only_id


def _rows(html):
    return re.findall(r'id="snippet_(\d+)_title"', html)


def test_each_question_is_listed_once_with_its_languages(client, trainer, bank):
    both, english, only_id = bank
    client.force_login(trainer)
    html = client.get(LIST).content.decode()
    assert sorted(_rows(html)) == sorted([str(both.pk), str(only_id.pk)])
    assert html.count("NPS dari survei") >= 1 and "NPS from a survey" not in html
    # Badges: the version shown first, then the other language, each a link to its editor.
    edit = reverse("wagtailsnippets_quizzes_question:edit", args=[english.pk])
    assert f'href="{edit}"' in html
    row = html[html.index(f'id="snippet_{both.pk}_title"') :]
    cell = re.search(r'<td class="cxa-languages">(.*?)</td>', row, re.S).group(1)
    assert re.findall(r">([A-Z]{2})</", cell) == ["ID", "EN"]


def test_an_english_admin_sees_the_english_version(client, trainer, bank):
    both, english, only_id = bank
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(trainer)
    html = client.get(LIST).content.decode()
    assert sorted(_rows(html)) == sorted([str(english.pk), str(only_id.pk)])


def test_the_language_filter_lists_questions_that_exist_in_it(client, trainer, bank):
    both, english, only_id = bank
    client.force_login(trainer)
    assert _rows(client.get(LIST, {"locale": "en"}).content.decode()) == [str(english.pk)]
    rows = _rows(client.get(LIST, {"locale": "id"}).content.decode())
    assert sorted(rows) == sorted([str(both.pk), str(only_id.pk)])


def test_search_and_sorting_still_show_one_row_per_question(client, trainer, bank):
    both, english, only_id = bank
    client.force_login(trainer)
    # "survey" matches only the English version: that one is shown.
    assert _rows(client.get(LIST, {"q": "survey"}).content.decode()) == [str(english.pk)]
    rows = _rows(client.get(LIST, {"q": "NPS", "ordering": "-name"}).content.decode())
    assert rows == [str(both.pk)]
    assert Question.objects.count() == 3


def test_a_bad_language_filter_is_not_an_error(client, trainer, bank):
    client.force_login(trainer)
    # Wagtail answers an unknown language with "not found", never a server error.
    assert client.get(LIST, {"locale": "xx"}, follow=True).status_code in (200, 404)


def test_learners_do_not_reach_the_bank(client, learner, bank):
    client.force_login(learner)
    assert client.get(LIST).status_code in (302, 403)

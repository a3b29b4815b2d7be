"""Trainers find questions in the bank by part of a name or of the text, sorted as
they choose, on SQLite and PostgreSQL alike."""

import pytest

from tests.quizzes.conftest import make_question

pytestmark = pytest.mark.django_db
LIST = "/admin/snippets/quizzes/question/"


def test_search_finds_questions_by_part_of_a_word_and_sorts(client, trainer):
    make_question("single", name="NPS dari survei", text="<p>Hitung skor promotor</p>")
    make_question("truefalse", name="CSAT satu interaksi", correct=True)
    client.force_login(trainer)
    page = client.get(LIST, {"q": "promot"}).content.decode()
    assert "NPS dari survei" in page and "CSAT satu interaksi" not in page
    page = client.get(LIST, {"q": "csat", "ordering": "-name"}).content.decode()
    assert "CSAT satu interaksi" in page and "NPS dari survei" not in page


def test_search_with_quotes_and_wildcards_is_not_an_error(client, trainer):
    make_question("single", name='Apa arti "NPS"?')
    client.force_login(trainer)
    for query in ['"', '"NPS', "%", "_", "'", "NEAR("]:
        assert client.get(LIST, {"q": query}).status_code == 200
    assert "Apa arti &quot;NPS&quot;?" in client.get(LIST, {"q": '"NPS"'}).content.decode()

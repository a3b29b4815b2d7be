"""One learner's progress reads the same wherever it is shown: their course page, My
learning, the HR completion report, the HR dashboard and a CSV export.

The case that disagreed (issue 16): a learner who finished a module of only
optional lessons saw 50% while HR saw 0%."""

import csv
import io
import re

import pytest
from django.test import Client

from courses.models import LessonPage
from cxacademy.hr import exports, report
from tests.courses.conftest import build_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def optional_module_done(site, learner):
    """Module 1: one required lesson, not done. Module 2: one optional lesson, done."""
    course = build_course(site, modules=2, lessons=1, title="Kursus Opsional")
    required, optional = lessons_of(course)
    LessonPage.objects.filter(pk=optional.pk).update(required=False)
    client = Client()
    client.force_login(learner)
    assert client.post(f"/id/learn/courses/{course.pk}/enrol/").status_code == 302
    assert client.post(f"/id/learn/lessons/{optional.pk}/complete/").status_code in (200, 302)
    return course, client


def test_a_module_of_only_optional_lessons_counts_the_same_everywhere(
    optional_module_done, hr_user
):
    course, learner_client = optional_module_done
    bar = 'value="50"'

    course_page = learner_client.get(course.url).content.decode()
    assert bar in course_page  # the course bar (the modules read 0% and 100%)

    my_learning = learner_client.get("/id/learn/my-learning/").content.decode()
    assert bar in my_learning

    hr = Client()
    hr.force_login(hr_user)
    report_page = hr.get("/admin/hr/completions/?people=all").content.decode()
    assert "Kursus Opsional" in report_page
    assert bar in report_page

    dashboard = hr.get("/admin/hr/").content.decode()
    assert re.search(r"(average progress|rata-rata kemajuan) 50%", dashboard), dashboard

    target = io.BytesIO()
    written = exports.write(
        fmt="csv", target=target, filters=report.ReportFilters(people="all"), tz=None
    )
    assert written == 1
    rows = list(csv.reader(io.StringIO(target.getvalue().decode("utf-8-sig"))))
    progress = [column.key for column in report.COLUMNS].index("progress")
    assert rows[1][progress] == "50"


def test_the_learner_sees_their_own_progress_hr_sees_everyones(optional_module_done, learner):
    # Learners never reach the report that shows these numbers for other people.
    course, learner_client = optional_module_done
    assert learner_client.get("/admin/hr/completions/").status_code in (302, 403)
    assert learner_client.get("/admin/hr/").status_code in (302, 403)

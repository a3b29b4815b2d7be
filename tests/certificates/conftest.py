import pytest

from tests.courses.conftest import build_course, lessons_of


@pytest.fixture
def certified_course(site, cert_template):
    return build_course(
        site, modules=1, lessons=2, title="Dasar CX", certificate_template=cert_template
    )


def complete(client, course):
    for lesson in lessons_of(course):
        client.post(f"/id/learn/lessons/{lesson.pk}/complete/")

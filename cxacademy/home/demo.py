"""Demo data: departments, one account per role, a bilingual demo course, an HR
assignment and learners at different stages, so every screen has something to
show. Built by `manage.py seed_demo`; running it again changes nothing.
"""

import datetime
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from courses import services as course_services
from courses.models import CourseAssignment, CoursePage, LessonPage
from cxacademy.accounts import roles
from cxacademy.accounts.models import Department, LearnerProfile, User
from cxacademy.home import demo_content, demo_quiz, demo_scenario
from cxacademy.home.demo_course import build_demo_course
from cxacademy.home.demo_quiz_loader import build_demo_quiz
from cxacademy.home.demo_scenario_loader import build_demo_scenario
from cxacademy.home.site_setup import setup_site

# Documented in the README. A demo install is for looking around, never production.
DEMO_PASSWORD = "cx-demo-2026"  # noqa: S105

DEPARTMENTS = [
    ("Retail", None),
    ("Toko Jakarta", "Retail"),
    ("Toko Surabaya", "Retail"),
    ("Layanan Pelanggan", None),
    ("Contact Center", "Layanan Pelanggan"),
    ("Human Resources", None),
    ("Learning & Development", None),
]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    full_name: str
    role: str | None
    department: str
    job_title: str
    employee_id: str
    language: str = "id"
    superuser: bool = False


ACCOUNTS = [
    DemoAccount(
        "admin@cxacademy.test",
        "Admin Akademi",
        None,
        "Learning & Development",
        "Platform administrator",
        "CXA-0001",
        superuser=True,
    ),
    DemoAccount(
        "trainer@cxacademy.test",
        "Rina Wulandari",
        roles.TRAINER,
        "Learning & Development",
        "CX Trainer",
        "CXA-0002",
    ),
    DemoAccount(
        "hr@cxacademy.test",
        "Dewi Lestari",
        roles.HR,
        "Human Resources",
        "HR Business Partner",
        "CXA-0003",
    ),
    DemoAccount(
        "budi@cxacademy.test",
        "Budi Santoso",
        roles.LEARNER,
        "Toko Jakarta",
        "Store Associate",
        "CXA-1001",
    ),
    DemoAccount(
        "siti@cxacademy.test",
        "Siti Rahmawati",
        roles.LEARNER,
        "Contact Center",
        "Customer Service Agent",
        "CXA-1002",
    ),
    DemoAccount(
        "andi@cxacademy.test",
        "Andi Pratama",
        roles.LEARNER,
        "Toko Surabaya",
        "Store Supervisor",
        "CXA-1003",
        language="en",
    ),
]


def _departments() -> dict[str, Department]:
    made: dict[str, Department] = {}
    for name, parent_name in DEPARTMENTS:
        parent = made[parent_name] if parent_name else None
        made[name], _ = Department.objects.get_or_create(name=name, parent=parent)
    return made


def _account(spec: DemoAccount, departments: dict[str, Department]) -> User:
    user = User.objects.filter(email=spec.email).first()
    if user is None:
        user = User(
            email=spec.email,
            username=spec.email.split("@")[0],
            full_name=spec.full_name,
            is_superuser=spec.superuser,
            is_staff=spec.superuser,
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=spec.email, defaults={"verified": True, "primary": True}
    )
    if spec.role:
        user.groups.add(Group.objects.get(name=spec.role))
    LearnerProfile.objects.get_or_create(
        user=user,
        defaults={
            "employee_id": spec.employee_id,
            "department": departments[spec.department],
            "job_title": spec.job_title,
            "preferred_language": spec.language,
        },
    )
    return user


def _certificate_template(course: CoursePage):
    """The demo course's certificate (set on both language versions of the course)."""
    from certificates.models import CertificateTemplate

    template, _created = CertificateTemplate.objects.get_or_create(
        name="CX Academy — standar",
        defaults={
            "title": "Sertifikat Kelulusan",
            "body": "Telah menyelesaikan kursus {course} pada {date} dengan nilai rata-rata "
            "{score}, setara {hours} jam pembelajaran.",
            "signatory_1_name": "Rina Wulandari",
            "signatory_1_title": "CX Trainer, CX Academy",
            "signatory_2_name": "Dewi Lestari",
            "signatory_2_title": "HR Business Partner",
            "validity_months": 24,
        },
    )
    for version in CoursePage.objects.filter(translation_key=course.translation_key):
        if version.certificate_template_id != template.pk:
            version.certificate_template = template
            version.save_revision().publish()
    return template


def _finished_learner(course: CoursePage) -> None:
    """Siti finished everything, the quiz and the simulation included, and holds the
    certificate (issued by the same rule as for any learner)."""
    from quizzes.models import QuizPage
    from simulations.models import ScenarioPage

    siti = User.objects.get(email="siti@cxacademy.test")
    course = CoursePage.objects.get(pk=course.pk)
    for lesson in LessonPage.objects.live().descendant_of(course):
        course_services.lesson_mark_done(user=siti, lesson=lesson, course=course)
    for item, score in [
        (QuizPage.objects.live().descendant_of(course).first(), 90),
        (ScenarioPage.objects.live().descendant_of(course).first(), 85),
    ]:
        if item is not None:
            course_services.item_record_result(
                user=siti, item=item, course=course, done=True, passed=True, score=score
            )


def _learning(course: CoursePage, departments: dict[str, Department]) -> None:
    """HR assigned the course to Retail; Budi is into module 2, Andi has not started."""
    hr = User.objects.get(email="hr@cxacademy.test")
    if not CourseAssignment.objects.filter(
        course=course, department=departments["Retail"]
    ).exists():
        CourseAssignment.objects.create(
            course=course,
            department=departments["Retail"],
            due_date=timezone.localdate() + datetime.timedelta(days=14),
            created_by=hr,
        )
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    progress = {"budi@cxacademy.test": 4}
    for email, done in progress.items():
        learner = User.objects.get(email=email)
        course_services.assignments_sync(user=learner)
        course_services.enrol(user=learner, course=course)
        for lesson in lessons[:done]:
            course_services.lesson_mark_done(user=learner, lesson=lesson, course=course)
    course_services.assignments_sync(user=User.objects.get(email="andi@cxacademy.test"))


@transaction.atomic
def seed_demo() -> dict[str, int]:
    """Build the demo. Existing rows are left as they are (idempotent)."""
    setup_site()
    departments = _departments()
    users = [_account(spec, departments) for spec in ACCOUNTS]
    course = build_demo_course(demo_content.DEMO_COURSE, demo_content.CATALOGUE)
    last_module = demo_content.DEMO_COURSE["modules"][-1]["slug"]
    build_demo_quiz({**demo_quiz.DEMO_QUIZ, "module": last_module}, course)
    build_demo_scenario(demo_scenario.DEMO_SCENARIO, course)
    _certificate_template(course)
    _learning(course, departments)
    _finished_learner(course)
    return {
        "departments": len(departments),
        "accounts": len(users),
        "lessons": LessonPage.objects.live().count(),
    }

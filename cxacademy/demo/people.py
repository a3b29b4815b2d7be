"""Demo data: the shipped course packages (the short bilingual demo course "CX
Foundations" and the full course "CX Mindset", in cxacademy/content/), departments, one
account per role, HR assignments, and learners at different stages, so every screen has
something to show. Built by `manage.py seed_demo`; running it again changes nothing.
"""

import datetime
import functools
import random
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from courses import services as course_services
from courses.models import CourseAssignment, CoursePage, Enrolment, ItemProgress, LessonPage
from cxacademy.accounts import roles
from cxacademy.accounts.models import Department, LearnerProfile, User
from cxacademy.home.site_setup import setup_site
from cxacademy.packages.indexing import indexed_once
from cxacademy.packages.loader import (
    ensure_catalogue,
    installed_course,
    load_package,
    read_package,
)
from cxacademy.packages.site import CONTENT

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
    # Learners of the course "CX Mindset" at different stages (see CX_MINDSET_STORIES).
    DemoAccount(
        "rudi@cxacademy.test",
        "Rudi Hartono",
        roles.LEARNER,
        "Toko Jakarta",
        "Store Associate",
        "CXA-1004",
    ),
    DemoAccount(
        "lina@cxacademy.test", "Lina Marlina", roles.LEARNER, "Toko Jakarta", "Cashier", "CXA-1005"
    ),
    DemoAccount(
        "wulan@cxacademy.test",
        "Wulan Sari",
        roles.LEARNER,
        "Toko Jakarta",
        "Store Associate",
        "CXA-1006",
    ),
    DemoAccount(
        "eko@cxacademy.test",
        "Eko Prasetyo",
        roles.LEARNER,
        "Toko Surabaya",
        "Sales Associate",
        "CXA-1007",
        language="en",
    ),
    DemoAccount(
        "nur@cxacademy.test",
        "Nur Aini",
        roles.LEARNER,
        "Toko Surabaya",
        "Visual Merchandiser",
        "CXA-1008",
    ),
    DemoAccount(
        "hendra@cxacademy.test",
        "Hendra Gunawan",
        roles.LEARNER,
        "Toko Surabaya",
        "Store Manager",
        "CXA-1009",
    ),
    DemoAccount(
        "agus@cxacademy.test",
        "Agus Setiawan",
        roles.LEARNER,
        "Contact Center",
        "Team Leader",
        "CXA-1010",
    ),
    DemoAccount(
        "maya@cxacademy.test",
        "Maya Puspita",
        roles.LEARNER,
        "Contact Center",
        "Customer Service Agent",
        "CXA-1011",
    ),
    DemoAccount(
        "yusuf@cxacademy.test",
        "Yusuf Hidayat",
        roles.LEARNER,
        "Contact Center",
        "Customer Service Agent",
        "CXA-1012",
    ),
    DemoAccount(
        "fitri@cxacademy.test",
        "Fitri Handayani",
        roles.LEARNER,
        "Layanan Pelanggan",
        "Customer Care Lead",
        "CXA-1013",
    ),
]


def _departments() -> dict[str, Department]:
    made: dict[str, Department] = {}
    for name, parent_name in DEPARTMENTS:
        parent = made[parent_name] if parent_name else None
        made[name], _ = Department.objects.get_or_create(name=name, parent=parent)
    return made


@functools.cache
def _demo_password_hash() -> str:
    """The demo password, hashed once for every demo account (hashing is slow on
    purpose, and the password is public anyway)."""
    return make_password(DEMO_PASSWORD)


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
        user.password = _demo_password_hash()
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


# --- CX Mindset: HR assignments and learners at every stage -------------------------

# HR's assignments of CX Mindset: (department, due in N days (negative: already past),
# made N days ago). Contact Center's deadline has passed: whoever has not finished is
# overdue.
CX_MINDSET_ASSIGNMENTS = [
    ("Retail", 30, 28),
    ("Contact Center", -7, 42),
]


@dataclass(frozen=True)
class Story:
    """How far a demo learner has come in CX Mindset, done through the same services a
    learner's clicks go through (lessons marked done, quiz attempts submitted,
    simulation runs played), then moved back in time to when it happened.

    `items`: how many items (lessons, simulations and quizzes, in course order) are
    done; None for all of them, so the course completes and the certificate is issued.
    `days_ago`: when the last of that work happened (the items before it a few hours
    apart). Each quiz is submitted with its last `misses` questions unanswered; a quiz
    in `retakes` fails a first attempt (half the questions answered) before. A `hasty`
    learner opens one source per investigation in the simulations, so scores less
    than full marks. `self_enrolled` learners enrol themselves (no assignment reaches
    them).
    """

    email: str
    items: int | None
    days_ago: int
    misses: int = 1
    retakes: tuple[str, ...] = ()
    hasty: bool = False
    self_enrolled: bool = False


CX_MINDSET_STORIES = [
    # Completed, with the certificate, over the last weeks (the HR dashboard's trend).
    Story("rudi@cxacademy.test", None, days_ago=5, hasty=True),
    Story("agus@cxacademy.test", None, days_ago=12, misses=2),  # before Contact Center's due date
    Story("eko@cxacademy.test", None, days_ago=19, misses=0),  # in English: English certificate
    Story("fitri@cxacademy.test", None, days_ago=33, hasty=True, self_enrolled=True),
    # An earlier cohort: the certificate (valid 24 months) expires within 60 days.
    Story("hendra@cxacademy.test", None, days_ago=690, misses=2),
    # Mid-course: modules 1 and 2 done (module 2's quiz at the second attempt), into 3.
    Story("nur@cxacademy.test", 15, days_ago=1, retakes=("kuis-modul-2-peta-perjalanan",)),
    # Mid-course: module 1 done, its simulation and quiz passed, two lessons of module 2.
    Story("lina@cxacademy.test", 9, days_ago=3, hasty=True),
    # Three lessons, then nothing: overdue since Contact Center's due date passed.
    Story("maya@cxacademy.test", 3, days_ago=16),
]
# Not started: wulan, budi and andi (Retail, due in 30 days); yusuf and siti (Contact
# Center, overdue).

# Time between two items of a story.
STORY_SPACING = datetime.timedelta(hours=5)


def _cx_mindset_assignments(course: CoursePage, departments: dict[str, Department]) -> None:
    """HR assigns CX Mindset to departments; applying an assignment enrols everyone it
    reaches at once (as HR's form does)."""
    hr = User.objects.get(email="hr@cxacademy.test")
    today = timezone.localdate()
    for name, due_in, made_ago in CX_MINDSET_ASSIGNMENTS:
        assignment = CourseAssignment.objects.filter(
            course_key=course.translation_key, department=departments[name]
        ).first()
        if assignment is None:
            assignment = CourseAssignment.objects.create(
                course=course,
                department=departments[name],
                due_date=today + datetime.timedelta(days=due_in),
                created_by=hr,
            )
            CourseAssignment.objects.filter(pk=assignment.pk).update(
                created_at=timezone.now() - datetime.timedelta(days=made_ago)
            )
            assignment.refresh_from_db(fields=["created_at"])
        course_services.assignment_apply(assignment=assignment)
        # Applying it now enrols the people it reaches now, but in the story HR applied
        # it when it was made: date their enrolments ("assigned on") from then, before
        # the due date. Also brings an install seeded before this rule in line.
        Enrolment.objects.filter(
            assignment=assignment, enrolled_at__gt=assignment.created_at
        ).update(enrolled_at=assignment.created_at)


def _course_items(course: CoursePage) -> list[Page]:
    """The course's lessons, quizzes and simulations in course order."""
    from quizzes.models import QuizPage
    from simulations.models import ScenarioPage

    return list(
        Page.objects.live()
        .descendant_of(course)
        .type(LessonPage, QuizPage, ScenarioPage)
        .order_by("path")
        .specific()
    )


def _right_answer(key):
    """The full-marks answer to a question, from its scoring key."""
    if key.kind == "single":
        return max(key.options, key=lambda option: option.fraction).id
    if key.kind == "multi":
        return [option.id for option in key.options if option.fraction > 0]
    if key.kind == "truefalse":
        return key.correct
    if key.kind == "shortanswer":
        return max(key.accepted, key=lambda accepted: accepted[1])[0]
    if key.kind == "numeric":
        best = max(key.numeric, key=lambda answer: answer.fraction)
        return str(best.value if best.value is not None else best.minimum)
    if key.kind == "matching":
        return dict(key.pairs)
    return list(key.order)


def _submit(attempt, answered: int) -> None:
    """Submit `attempt` with the first `answered` questions answered right."""
    from quizzes import selectors as quiz_selectors
    from quizzes import services as quiz_services

    layout = attempt.layout
    questions = quiz_selectors.questions_by_key(item["q"] for item in layout)
    answers = {
        item["q"]: _right_answer(quiz_selectors.scoring_key(questions[item["q"]]))
        for item in layout[: max(answered, 0)]
    }
    quiz_services.attempt_submit(attempt=attempt, sequence=attempt.sequence, answers=answers)


def _take_quiz(user: User, quiz, course: CoursePage, story: Story) -> None:
    from quizzes import services as quiz_services

    rng = random.Random(f"{user.email}/{quiz.slug}")  # noqa: S311 (question order only)
    if quiz.slug in story.retakes:
        attempt = quiz_services.attempt_start(user=user, quiz=quiz, course=course, rng=rng)
        _submit(attempt, len(attempt.layout) // 2)
    attempt = quiz_services.attempt_start(user=user, quiz=quiz, course=course, rng=rng)
    _submit(attempt, len(attempt.layout) - story.misses)


def _play(user: User, scenario, course: CoursePage, story: Story) -> None:
    """One run to an ending: the expert's choice wherever it is open (else the first
    choice open), every source of an investigation opened (one when hasty)."""
    from simulations import engine
    from simulations import services as simulation_services

    graph = scenario.graph
    run = simulation_services.run_start(user=user, scenario=scenario, course=course)

    def act(action: str, key: str = ""):
        return simulation_services.run_act(run=run, sequence=run.sequence, action=action, key=key)

    for _step in range(4 * len(graph.steps)):
        if not run.is_open:
            return
        step = graph.steps[run.state["step"]]
        if step.kind == engine.DECISION:
            choices = engine.available_choices(graph, run.state)
            run = act("choose", next((c for c in choices if c.expert), choices[0]).key)
            continue
        if step.kind == engine.INVESTIGATION:
            for source in step.sources[: 1 if story.hasty else None]:
                run = act("open", source.key)
        run = act("continue")
    raise RuntimeError(f"The demo run of {scenario.slug} never reached an ending.")


def _backdate_item(user: User, item: Page, when: datetime.datetime) -> None:
    """Move the records of the work on one item to `when`."""
    from quizzes.models import QuizAttempt
    from simulations.models import ScenarioRun

    shift = timezone.now() - when
    key = item.translation_key
    ItemProgress.objects.filter(user=user, item_key=key).update(completed_at=when, updated_at=when)
    QuizAttempt.objects.filter(user=user, quiz_key=key).update(
        started_at=F("started_at") - shift,
        deadline=F("deadline") - shift,
        responses_saved_at=F("responses_saved_at") - shift,
        finished_at=F("finished_at") - shift,
    )
    ScenarioRun.objects.filter(user=user, scenario_key=key).update(
        started_at=F("started_at") - shift, finished_at=F("finished_at") - shift
    )


def _backdate_enrolment(
    enrolment: Enrolment, first: datetime.datetime, last: datetime.datetime, last_item: Page
) -> None:
    """The enrolment started at `first`, was last visited (and completed, if it is) at
    `last`; the certificate says so too."""
    from certificates.models import Certificate
    from certificates.services import add_months

    enrolment.enrolled_at = min(enrolment.enrolled_at, first - datetime.timedelta(days=2))
    enrolment.started_at = first
    enrolment.last_visited_at = last
    enrolment.last_item_key = last_item.translation_key
    fields = ["enrolled_at", "started_at", "last_visited_at", "last_item_key"]
    if enrolment.completed_at:
        enrolment.completed_at = last
        fields.append("completed_at")
    enrolment.save(update_fields=fields)
    if not enrolment.completed_at:
        return
    completed_on = timezone.localdate(last)
    for certificate in Certificate.objects.filter(enrolment=enrolment).select_related("template"):
        validity = certificate.template.validity_months if certificate.template else None
        certificate.completed_on = completed_on
        certificate.issued_at = last
        certificate.expires_on = add_months(completed_on, validity) if validity else None
        certificate.snapshot = {
            **certificate.snapshot,
            "completed_at": last.isoformat(),
            "completed_on": completed_on.isoformat(),
        }
        certificate.save(update_fields=["completed_on", "issued_at", "expires_on", "snapshot"])


def _live(user: User, course: CoursePage, items: list[Page], story: Story) -> None:
    """Do the story's work as the learner would, then date it."""
    from quizzes.models import QuizPage

    todo = items if story.items is None else items[: story.items]
    if not todo:
        return
    last = timezone.now() - datetime.timedelta(days=story.days_ago)
    times = [last - STORY_SPACING * (len(todo) - 1 - i) for i in range(len(todo))]
    for item, when in zip(todo, times, strict=True):
        if isinstance(item, LessonPage):
            course_services.lesson_mark_done(user=user, lesson=item, course=course)
        elif isinstance(item, QuizPage):
            _take_quiz(user, item, course, story)
        else:
            _play(user, item, course, story)
        _backdate_item(user, item, when)
    enrolment = Enrolment.objects.get(user=user, course_key=course.translation_key)
    _backdate_enrolment(enrolment, times[0], times[-1], todo[-1])


def _cx_mindset_learners(course: CoursePage) -> None:
    """Each story once: a learner who has done anything in the course is left alone."""
    english = Locale.objects.get(language_code="en")
    versions = {"id": course, "en": course.get_translation(english).specific}
    items = {language: _course_items(version) for language, version in versions.items()}
    for story in CX_MINDSET_STORIES:
        user = User.objects.select_related("profile").get(email=story.email)
        language = user.profile.preferred_language
        version = versions[language]
        if story.self_enrolled:
            course_services.enrol(user=user, course=version)
        if ItemProgress.objects.filter(user=user, course_key=course.translation_key).exists():
            continue
        with translation.override(language):
            _live(user, version, items[language], story)


# The shipped course packages, in catalogue order.
SHIPPED = ("cx-foundations", "cx-mindset")


def shipped_course(name: str) -> CoursePage:
    """The shipped package `name`, loaded unless it is installed already (an installed
    course is left as it is: `load_content --update` brings it in line)."""
    package = read_package(CONTENT / name)
    course = installed_course(package)
    if course is None:
        course = load_package(package).course
    return CoursePage.objects.get(pk=course.pk)


@transaction.atomic
def seed_demo() -> dict[str, int]:
    """Build the demo. Existing rows are left as they are (idempotent)."""
    with indexed_once():
        return _seed()


def _seed() -> dict[str, int]:
    setup_site()
    departments = _departments()
    users = [_account(spec, departments) for spec in ACCOUNTS]
    ensure_catalogue()
    course, cx_mindset = (shipped_course(name) for name in SHIPPED)
    _learning(course, departments)
    _finished_learner(course)
    _cx_mindset_assignments(cx_mindset, departments)
    _cx_mindset_learners(cx_mindset)
    return {
        "departments": len(departments),
        "accounts": len(users),
        "lessons": LessonPage.objects.live().count(),
    }

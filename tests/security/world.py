"""One small academy with an object of every kind, owned by one learner, and the
people who may or may not touch them: what the access matrix walks through."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import models
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from certificates.models import Certificate, CertificateJob, CertificateTemplate
from courses.models import CourseAssignment, Enrolment
from cxacademy.accounts import roles
from cxacademy.accounts.models import Department, InvitationJob, LearnerProfile, User
from cxacademy.hr.models import ReportExport
from quizzes import services as quiz_services
from quizzes.models import Question, QuestionCategory, QuizAttempt
from simulations import services as simulation_services
from simulations.models import ScenarioRun
from tests import factories
from tests.courses.conftest import build_course, lessons_of
from tests.quizzes.conftest import build_quiz
from tests.simulations.conftest import build_scenario

# The roles of the matrix, in the order its table is printed.
ANONYMOUS = "anonymous"
LEARNER = "learner"  # owns every learner object below
OTHER_LEARNER = "other_learner"
TRAINER = "trainer"
HR = "hr"  # requested the export and the import below
OTHER_HR = "other_hr"
SUPERUSER = "superuser"
ROLES = (ANONYMOUS, LEARNER, OTHER_LEARNER, TRAINER, HR, OTHER_HR, SUPERUSER)

_PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff"
    b"\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@dataclass
class World:
    users: dict[str, User | None]
    objects: dict[str, object] = field(default_factory=dict)

    def client(self, role: str) -> Client:
        client = Client()
        user = self.users[role]
        if user is not None:
            client.force_login(user)
        return client

    def __getitem__(self, name):
        return self.objects[name]


def build(site, cert_template) -> World:
    department = Department.objects.create(name="Toko Jakarta")
    learner = factories.learner(full_name="Budi Pemilik", email="budi@example.test")
    LearnerProfile.objects.update_or_create(user=learner, defaults={"department": department})
    users = {
        ANONYMOUS: None,
        LEARNER: learner,
        OTHER_LEARNER: factories.learner(full_name="Sari Lain", email="sari@example.test"),
        TRAINER: factories.trainer(email="trainer@example.test"),
        HR: factories.hr(email="hr@example.test"),
        OTHER_HR: factories.hr(email="hr2@example.test"),
        SUPERUSER: factories.UserFactory(
            is_superuser=True, is_staff=True, email="root@example.test"
        ),
    }
    world = World(users=users)

    course = build_course(
        site, modules=1, lessons=1, title="Kursus matriks", certificate_template=cert_template
    )
    quiz = build_quiz(site, kinds=["single"], course=course)
    scenario = build_scenario(site, course=course)
    lesson = lessons_of(course)[0]
    enrolment = Enrolment.objects.create(user=learner, course_key=course.translation_key)
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, course=course)
    run = simulation_services.run_start(user=learner, scenario=scenario, course=course)
    certificate = Certificate.objects.create(
        user=learner,
        enrolment=enrolment,
        course_key=course.translation_key,
        template=cert_template,
        learner_name=learner.full_name,
        course_title=course.title,
        completed_on=datetime.date(2026, 11, 2),
    )
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    # Jobs whose worker died (cxacademy.jobs): a forbidden Resume would change them.
    stopped = {"status": "failed", "failure": "stopped"}
    job = CertificateJob.objects.create(
        template=cert_template, requested_by=users[TRAINER], **stopped
    )
    export = ReportExport.objects.create(
        requested_by=users[HR], format=ReportExport.Format.CSV, **stopped
    )
    invitation_job = InvitationJob.objects.create(requested_by=users[HR], **stopped)
    assignment = CourseAssignment.objects.create(
        course=course, course_key=course.translation_key, department=department
    )
    root_collection = Collection.get_first_root_node()
    image = Image.objects.create(
        title="Logo", file=ContentFile(_PNG, name="logo.png"), collection=root_collection
    )
    guide = ContentFile(b"panduan", name="panduan.txt")
    document = Document.objects.create(title="Panduan", file=guide, collection=root_collection)
    world.objects.update(
        department=department,
        course=course,
        quiz=quiz,
        scenario=scenario,
        lesson=lesson,
        enrolment=enrolment,
        attempt=attempt,
        run=run,
        certificate=certificate,
        template=cert_template,
        job=job,
        export=export,
        invitation_job=invitation_job,
        assignment=assignment,
        image=image,
        document=document,
        question=Question.objects.first(),
        category=QuestionCategory.objects.first(),
        profile=learner.profile,
        group=Group.objects.get(name=roles.HR),
        site=Site.objects.get(is_default_site=True),
        locale=Locale.objects.get(language_code="en"),
        collection=root_collection,
        import_token=_import_token(world),
    )
    return world


def _import_token(world: World) -> str:
    """An import preview waiting for HR's confirmation, as HR's upload leaves it."""
    client = world.client(HR)
    csv = (
        b"employee_id,full_name,email,department,job_title,language\n"
        b"E-77,Rani Baru,rani@example.test,Toko Jakarta,Kasir,id\n"
    )
    response = client.post("/admin/people/import/", {"file": ContentFile(csv, name="karyawan.csv")})
    assert response.status_code == 302, response.content[:2000]
    return response["Location"].rstrip("/").split("/")[-1]


# --- What a state-changing request must leave alone ---------------------------------

_WATCHED: list[tuple[type[models.Model], tuple[str, ...]]] = [
    (User, ("pk", "email", "password", "is_superuser", "is_staff", "is_active", "full_name")),
    (User.groups.through, ("user_id", "group_id")),
    (Group.permissions.through, ("group_id", "permission_id")),
    (Page, ("pk", "title", "slug", "live", "path", "locked")),
    (LearnerProfile, ("pk", "user_id", "department_id", "job_title", "manager_id")),
    (Department, ("pk", "name", "parent_id")),
    (Enrolment, ("pk", "user_id", "course_key", "status")),
    (QuizAttempt, ("pk", "status", "sequence", "responses", "score")),
    (ScenarioRun, ("pk", "status", "sequence")),
    (Certificate, ("pk", "status", "revoked_reason", "superseded_by_id")),
    (CertificateTemplate, ("pk", "name", "body")),
    (CertificateJob, ("pk", "status")),
    (CourseAssignment, ("pk", "department_id")),
    (ReportExport, ("pk", "status")),
    (InvitationJob, ("pk", "status")),
    (Question, ("pk",)),
    (QuestionCategory, ("pk", "name")),
    (Image, ("pk", "title")),
    (Document, ("pk", "title")),
    (Site, ("pk", "hostname", "root_page_id")),
    (Locale, ("pk", "language_code")),
    (Collection, ("pk", "name")),
]


def fingerprint() -> str:
    """A digest of every row that a forbidden request must not change."""
    digest = hashlib.sha256()
    for model, fields in _WATCHED:
        for row in model.objects.order_by(*fields[:1]).values_list(*fields):
            digest.update(repr(row).encode())
        digest.update(b"|")
    return digest.hexdigest()

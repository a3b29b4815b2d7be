"""Demo data: departments and one account per role, so every screen has
something to show. Built by `manage.py seed_demo`; running it again changes nothing.

Later issues add the demo curriculum, enrolments and certificates here.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from cxacademy.accounts import roles
from cxacademy.accounts.models import Department, LearnerProfile, User
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


@transaction.atomic
def seed_demo() -> dict[str, int]:
    """Build the demo. Existing rows are left as they are (idempotent)."""
    setup_site()
    departments = _departments()
    users = [_account(spec, departments) for spec in ACCOUNTS]
    return {"departments": len(departments), "accounts": len(users)}

"""Reads about people that screens above accounts share (HR's people search, the
course assignment form): who may be named on a course assignment."""

from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from cxacademy.accounts.departments import paths as department_paths
from cxacademy.accounts.models import Department, User

SEARCH_LIMIT = 20


def assignable_learners() -> QuerySet:
    """Active learners: no administrators and nobody who reaches the admin
    (trainers, HR), whether directly or through a group. One query, no per-person
    permission checks."""
    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    return (
        User.objects.filter(is_active=True, is_superuser=False, is_staff=False)
        .exclude(user_permissions__in=admin_access)
        .exclude(groups__permissions__in=admin_access)
    )


def learners_search(*, query: str, limit: int = SEARCH_LIMIT) -> list[dict]:
    """Learners whose name, email or department matches `query`, for the people
    chooser: id, name, email and department path."""
    query = query.strip()[:100]
    if not query:
        return []
    people = (
        assignable_learners()
        .filter(
            Q(full_name__icontains=query)
            | Q(email__icontains=query)
            | Q(profile__department__name__icontains=query)
            | Q(profile__employee_id__iexact=query)
        )
        .select_related("profile")
        .order_by("full_name", "email")[:limit]
    )
    people = list(people)
    paths = department_paths(Department.objects.only("name", "parent_id")) if people else {}
    results = []
    for person in people:
        profile = getattr(person, "profile", None)
        department = profile.department_id if profile else None
        results.append(
            {
                "id": person.pk,
                "name": person.display_name,
                "email": person.email,
                "department": paths.get(department, "") if department else "",
            }
        )
    return results

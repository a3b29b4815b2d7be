"""The three roles of the academy and exactly what each may do.

Groups are brought in line with this file after every `migrate` (and by
`seed_demo`), so a permission added here reaches every install. Later apps add
their models' permissions to the lists below.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

LEARNER = "Learner"
TRAINER = "Trainer"
HR = "HR"
ROLES = (LEARNER, TRAINER, HR)

_ORGANISATION = [
    "accounts.view_department",
    "accounts.add_department",
    "accounts.change_department",
    "accounts.delete_department",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    LEARNER: [],
    # Trainers author content: pages (see PAGE_PERMISSIONS), images, documents,
    # and the course, quiz, simulation and certificate models as they arrive.
    TRAINER: [
        "wagtailadmin.access_admin",
        *_ORGANISATION,
        *[
            f"quizzes.{action}_{model}"
            for model in ("question", "questioncategory")
            for action in ("view", "add", "change", "delete")
        ],
        "quizzes.view_quizattempt",
        "simulations.view_scenariorun",
        *[
            f"certificates.{action}_certificatetemplate"
            for action in ("view", "add", "change", "delete")
        ],
        "certificates.view_certificate",
        "certificates.change_certificate",
    ],
    # HR runs people, assignments and reports, and never edits content.
    HR: [
        "wagtailadmin.access_admin",
        *_ORGANISATION,
        "accounts.manage_people",
        "accounts.view_learnerprofile",
        "accounts.add_learnerprofile",
        "accounts.change_learnerprofile",
        "courses.view_courseassignment",
        "courses.add_courseassignment",
        "courses.change_courseassignment",
        "courses.delete_courseassignment",
        "courses.view_completion_report",
        "certificates.view_certificate",
        "certificates.change_certificate",
    ],
}

# Page permissions granted on the root page, so they cover the whole tree.
PAGE_PERMISSIONS: dict[str, list[str]] = {
    TRAINER: [
        "wagtailcore.add_page",
        "wagtailcore.change_page",
        "wagtailcore.publish_page",
        "wagtailcore.lock_page",
        "wagtailcore.unlock_page",
    ],
}

# Collection permissions granted on the root collection (images and documents).
COLLECTION_PERMISSIONS: dict[str, list[str]] = {
    TRAINER: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}


# Permissions that open screens able to raise someone's rights: Wagtail's user and
# group screens (tick "Administrator", set any password, join any group) and the
# permission records themselves. No role may hold them; superusers need none.
ESCALATING_PERMISSIONS = frozenset(
    f"{app}.{action}_{model}"
    for app, model in (
        ("accounts", "user"),
        ("auth", "group"),
        ("auth", "permission"),
        ("wagtailcore", "grouppagepermission"),
        ("wagtailcore", "groupcollectionpermission"),
    )
    for action in ("view", "add", "change", "delete")
)


class UnknownPermission(LookupError):
    pass


class EscalatingPermission(ValueError):
    """A role was given a permission that would let it raise anyone's rights."""


def _permissions(names: list[str], *, using: str, strict: bool) -> list[Permission] | None:
    wanted = {tuple(name.split(".", 1)) for name in names}
    found = list(
        Permission.objects.using(using)
        .select_related("content_type")
        .filter(codename__in={codename for _, codename in wanted})
    )
    by_name = {(p.content_type.app_label, p.codename): p for p in found}
    missing = sorted(".".join(name) for name in wanted - by_name.keys())
    if missing:
        if strict:
            raise UnknownPermission(", ".join(missing))
        return None
    return [by_name[name] for name in sorted(wanted)]


def sync_roles(*, using: str = "default", strict: bool = True) -> bool:
    """Create the role groups and set their permissions to exactly the lists above.

    Idempotent. With `strict=False` it does nothing while some permission does not
    exist yet (the middle of a migrate run) and returns False.
    """
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    for role in ROLES:
        escalating = sorted(ESCALATING_PERMISSIONS.intersection(ROLE_PERMISSIONS[role]))
        if escalating:
            raise EscalatingPermission(f"{role} may not hold {', '.join(escalating)}")

    resolved = {}
    for role in ROLES:
        model_perms = _permissions(ROLE_PERMISSIONS[role], using=using, strict=strict)
        page_perms = _permissions(PAGE_PERMISSIONS.get(role, []), using=using, strict=strict)
        collection_perms = _permissions(
            COLLECTION_PERMISSIONS.get(role, []), using=using, strict=strict
        )
        if model_perms is None or page_perms is None or collection_perms is None:
            return False
        resolved[role] = (model_perms, page_perms, collection_perms)

    root_page = Page.objects.using(using).filter(depth=1).first()
    root_collection = Collection.objects.using(using).filter(depth=1).first()
    if root_page is None or root_collection is None:
        if strict:
            raise LookupError("Wagtail's root page and root collection must exist")
        return False

    with transaction.atomic(using=using):
        for role, (model_perms, page_perms, collection_perms) in resolved.items():
            group, _ = Group.objects.using(using).get_or_create(name=role)
            group.permissions.set(model_perms)
            GroupPagePermission.objects.using(using).filter(group=group).exclude(
                page=root_page, permission__in=page_perms
            ).delete()
            for permission in page_perms:
                GroupPagePermission.objects.using(using).get_or_create(
                    group=group, page=root_page, permission=permission
                )
            GroupCollectionPermission.objects.using(using).filter(group=group).exclude(
                collection=root_collection, permission__in=collection_perms
            ).delete()
            for permission in collection_perms:
                GroupCollectionPermission.objects.using(using).get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    return True


def is_staff_role(user) -> bool:
    """Trainers, HR and administrators: the people who reach the admin."""
    return bool(
        user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
    )

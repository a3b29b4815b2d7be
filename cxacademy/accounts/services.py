"""Writes that matter for people and their profiles."""

from django.conf import settings
from django.db import transaction

from cxacademy.accounts.models import LearnerProfile, User

LANGUAGE_CODES = {code for code, _ in settings.LANGUAGES}


def profile_for(user: User) -> LearnerProfile:
    """The learner profile of `user`, created on first need.

    Accounts made outside sign-up (createsuperuser, the admin, single sign-on)
    get their profile here, so every caller can rely on one existing.
    """
    try:
        return user.profile
    except LearnerProfile.DoesNotExist:
        profile, _ = LearnerProfile.objects.get_or_create(user=user)
        return profile


@transaction.atomic
def profile_set_language(*, user: User, language: str) -> LearnerProfile | None:
    """Remember the interface language a person chose. Unknown codes are ignored."""
    if language not in LANGUAGE_CODES:
        return None
    profile = profile_for(user)
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.full_clean()
        profile.save(update_fields=["preferred_language"])
    return profile


def profile_or_none(user) -> LearnerProfile | None:
    """The profile of a signed-in person, or None (anonymous, or none made yet).

    A read for every request; it never writes.
    """
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.profile
    except LearnerProfile.DoesNotExist:
        return None


def preferred_language(user) -> str | None:
    """The language a signed-in person chose, or None."""
    profile = profile_or_none(user)
    return profile.preferred_language if profile else None

"""Background work for people: the invitation a new employee receives."""

import logging

from django.db.models import F
from django_tasks import task

from cxacademy import jobs

logger = logging.getLogger(__name__)


def set_password_url(user) -> str:
    """An absolute link where `user` chooses a password, in the active language.

    It is allauth's own password-reset-from-key page, so the link expires like a
    reset link (PASSWORD_RESET_TIMEOUT) and stops working once a password is set.
    """
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str
    from django.conf import settings
    from django.urls import reverse

    path = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


@task()
def send_invitation(user_id: int) -> bool:
    """Invite a person HR imported to set their password, in their own language.

    Does nothing (returns False) for someone who has left or already has a password.
    """
    from django.conf import settings
    from django.core.mail import send_mail
    from django.urls import reverse
    from django.utils import translation
    from django.utils.translation import gettext as _

    from cxacademy.accounts.models import User
    from cxacademy.accounts.services import profile_for

    user = User.objects.select_related("profile").filter(pk=user_id).first()
    if user is None or not user.is_active or user.has_usable_password():
        return False
    language = profile_for(user).preferred_language or settings.LANGUAGE_CODE
    days = max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60))
    with translation.override(language):
        values = {
            "name": user.get_short_name(),
            "email": user.email,
            "link": set_password_url(user),
            "days": days,
            "reset": f"{settings.WAGTAILADMIN_BASE_URL}{reverse('account_reset_password')}",
            "site": settings.WAGTAIL_SITE_NAME,
        }
        send_mail(
            subject=_("Your %(site)s account is ready") % values,
            message=_(
                "Hello %(name)s,\n\n"
                "Your HR team has created your %(site)s account, where you will find "
                "the courses the company has chosen for you.\n\n"
                "Choose your password here:\n%(link)s\n\n"
                "Then sign in with your email address, %(email)s, and that password.\n\n"
                "The link works for %(days)d days and only once. If it has expired, ask "
                "for a new one here:\n%(reset)s\n\n"
                "See you at the academy,\n%(site)s"
            )
            % values,
            from_email=None,
            recipient_list=[user.email],
        )
    return True


@task()
def send_invitations(job_id: int) -> int:
    """Invite the people of one import (an `InvitationJob`), counting progress.

    People are taken in id order and the job remembers the last one handled, so a
    job resumed after its worker died invites only those not yet invited. (A worker
    killed between sending a mail and recording it may send that one mail twice; it
    never skips anyone.)
    """
    from cxacademy.accounts.models import InvitationJob

    run = jobs.claim(InvitationJob, job_id)
    job = InvitationJob.objects.get(pk=job_id)
    if run is None:  # delivered twice, or already taken by another worker
        return job.done
    ids = sorted(user_id for user_id in job.user_ids if user_id > job.last_user_id)
    try:
        jobs.heartbeat(InvitationJob, job_id, run, total=len(job.user_ids))
        for user_id in ids:
            try:
                send_invitation.call(user_id)
            except Exception:  # one bad address must not stop the others
                logger.exception("Could not invite user %s", user_id)
                outcome = {"failed": F("failed") + 1}
            else:
                outcome = {"done": F("done") + 1}
            jobs.heartbeat(InvitationJob, job_id, run, last_user_id=user_id, **outcome)
    except jobs.JobLost:
        logger.warning("Invitation job %s was taken over; this worker stops", job_id)
        return InvitationJob.objects.get(pk=job_id).done
    job.refresh_from_db()
    jobs.finish_batch(
        InvitationJob, job_id, run, failed=job.failed, failures="invitations could not be sent"
    )
    return job.done

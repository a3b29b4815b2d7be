"""Background work for people: the invitation a new employee receives."""

from django_tasks import task


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

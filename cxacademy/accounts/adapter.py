from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings

from cxacademy import ratelimits
from cxacademy.names import person_name_stripped


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Closed corporate installs switch self-service sign-up off (SIGNUP_OPEN=false);
        # HR then creates the accounts.
        return settings.SIGNUP_OPEN

    def get_client_ip(self, request):
        # One rule for the client address, shared with the project's own limits.
        return ratelimits.client_ip(request)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin):
        # Single sign-on is the company vouching for the person, so it may create
        # accounts even where the public sign-up form is closed.
        return True

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        name = data.get("name") or " ".join(
            part for part in (data.get("first_name"), data.get("last_name")) if part
        )
        # The directory's name, minus characters we refuse in names (cxacademy/names.py);
        # refusing would lock the person out of single sign-on.
        user.full_name = person_name_stripped(name or "")
        return user


def user_display(user) -> str:
    """How allauth names a person in messages and emails: their name, not a username."""
    return user.display_name

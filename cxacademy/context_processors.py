from django.conf import settings

from cxacademy.accounts import roles


def site(request):
    """What the base template needs on every page: sign-up switch, staff link."""
    user = getattr(request, "user", None)
    return {
        "signup_open": settings.SIGNUP_OPEN,
        "show_admin_link": bool(user is not None and roles.is_staff_role(user)),
    }

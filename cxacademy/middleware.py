"""Request-wide behaviour: language, time zone, admin access, staff MFA, CSP,
Permissions-Policy."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation

from cxacademy.accounts import roles, services


class UserLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, plus: a signed-in person who arrives at an address
    without a language prefix gets the language they chose, on any device."""

    def process_request(self, request):
        super().process_request(request)
        if translation.get_language_from_path(request.path_info) is None:
            language = services.preferred_language(request.user)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language


class UserTimezoneMiddleware:
    """Show times in the person's zone (default Asia/Jakarta); storage stays UTC."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        profile = services.profile_or_none(request.user)
        name = getattr(profile, "time_zone", "") or settings.DEFAULT_USER_TIME_ZONE
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo(settings.DEFAULT_USER_TIME_ZONE)
        # Only for this request: the next one on this thread starts from the default.
        with timezone.override(zone):
            return self.get_response(request)


def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class AdminAccessMiddleware:
    """A signed-in person without admin access gets a plain 403 for /admin/…

    Wagtail would bounce them to its login form, which reads as "log in again";
    a learner should instead be told clearly that the area is not theirs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info.startswith(_admin_prefix())
            and request.user.is_authenticated
            and not roles.is_staff_role(request.user)
        ):
            raise PermissionDenied
        return self.get_response(request)


class StaffMfaMiddleware:
    """With REQUIRE_STAFF_MFA on, trainers, HR and administrators must set up an
    authenticator app before they can use anything but the MFA and sign-out pages."""

    allowed_url_names = (
        "mfa_index",
        "mfa_activate_totp",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "mfa_reauthenticate",
        "account_logout",
        "account_reauthenticate",
        "set_language",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.REQUIRE_STAFF_MFA or not roles.is_staff_role(request.user):
            return None
        if request.resolver_match.url_name in self.allowed_url_names:
            return None
        from allauth.mfa.models import Authenticator

        enrolled = Authenticator.objects.filter(
            user=request.user, type=Authenticator.Type.TOTP
        ).exists()
        return None if enrolled else redirect("mfa_activate_totp")


class ContentSecurityPolicyMiddleware:
    """Send a Content-Security-Policy on every response (production settings).

    Our pages load scripts, styles, fonts and images only from our own origin;
    nothing comes from a CDN. Wagtail's admin needs inline styles, and its rich
    text editor inline scripts, so /admin/ gets a slightly wider policy.
    """

    site_policy = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; frame-src 'self' https://www.youtube-nocookie.com "
        "https://player.vimeo.com; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
    )
    admin_policy = (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' "
        "https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; "
        "base-uri 'self'; frame-ancestors 'self'"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.CONTENT_SECURITY_POLICY_ENABLED and "Content-Security-Policy" not in response:
            admin = request.path_info.startswith(_admin_prefix())
            response["Content-Security-Policy"] = self.admin_policy if admin else self.site_policy
        return response


class PermissionsPolicyMiddleware:
    """Send a Permissions-Policy on every response.

    Nothing in the academy uses the camera, microphone, location, payments or
    devices, so no page (and no frame in a page, such as an embedded video or a
    lesson's pasted HTML) may ask for them. Features the video players do use
    (fullscreen, picture-in-picture, encrypted media, autoplay) keep the browser's
    default. When recorded practice arrives, open `microphone=(self)` here.
    """

    policy = ", ".join(
        f"{feature}=()"
        for feature in (
            "accelerometer",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "usb",
        )
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.policy)
        return response

"""Production: refuses to start without a strong secret, serves static files through
WhiteNoise, and switches on every transport-security header.

Everything else (database, cache, queue, email, hosts) comes from the environment,
read in `cxacademy.env`.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

try:
    # The rule behind Django's security.W009, which alone would only warn.
    from django.core.checks.security.base import _check_secret_key as _strong_enough
except ImportError:  # pragma: no cover - Django moved it; keep the same rule

    def _strong_enough(secret_key: str) -> bool:
        return (
            len(set(secret_key)) >= 5
            and len(secret_key) >= 50
            and not secret_key.startswith("django-insecure-")
        )


_how_to_generate = "generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
if not CONFIG.secret_key:
    raise ImproperlyConfigured(
        f"SECRET_KEY is not set. Production refuses to start without one; {_how_to_generate}"
    )
if not _strong_enough(CONFIG.secret_key):
    # Sessions, password-reset and sign-in links are signed with it: a
    # guessable key lets anyone forge them.
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak: production needs at least 50 characters, at least 5 "
        f"different ones, and no 'django-insecure-' prefix; {_how_to_generate}"
    )

DEBUG = False
SECURE_SSL_REDIRECT = CONFIG.secure_ssl_redirect
if CONFIG.secure_proxy_ssl_header:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = CONFIG.hsts_seconds
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
CONTENT_SECURITY_POLICY_ENABLED = True
# Wagtail's live preview shows our pages in a same-origin frame, so framing stays
# SAMEORIGIN (and CSP frame-ancestors 'self') instead of DENY; other sites still
# cannot frame us.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

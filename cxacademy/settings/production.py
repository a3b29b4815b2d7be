"""Production: refuses to start without a secret, serves static files through
WhiteNoise, and switches on every transport-security header.

Everything else (database, cache, queue, email, hosts) comes from the environment,
read in `cxacademy.env`.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not CONFIG.secret_key:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production refuses to start without one; "
        "generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
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

"""The project's own rate limits, counted exactly as allauth counts sign-in failures.

One machinery for both: allauth's sliding window, kept in the default cache (shared
by every app process: Redis, or the database table; see settings/base.py) behind a
`cache.add` lock, which is atomic on both backends, so N processes cannot multiply
a limit. One answer to "who is asking": `client_ip`, which allauth's rate limits
also use (through our account adapter).
"""

from __future__ import annotations

from allauth.core.internal import httpkit as _allauth_httpkit
from allauth.core.internal import ratelimit as _allauth_ratelimit
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, SuspiciousOperation
from django.http import HttpRequest

APP = "cxacademy"


def client_ip(request: HttpRequest) -> str:
    """The address the request came from, as the rate limits see it.

    REMOTE_ADDR, unless TRUSTED_PROXY_COUNT (ALLAUTH_TRUSTED_PROXY_COUNT) is n > 0:
    then the n-th X-Forwarded-For entry from the right, the address our outermost
    proxy saw. Entries further left were written by the client and are ignored.
    """
    try:
        ip = _allauth_httpkit.get_client_ip(request)
    except ImproperlyConfigured as exc:
        # Fewer entries than our proxies would have written: the request did not
        # come through all of them. A bad request (400), not a server error.
        raise SuspiciousOperation(
            "X-Forwarded-For has fewer entries than TRUSTED_PROXY_COUNT proxies write"
        ) from exc
    if not ip:
        # No usable address (a Unix socket without a proxy, or a garbled entry):
        # nothing to count against, so nothing is allowed, as allauth does.
        raise PermissionDenied("Unable to determine client IP address")
    return ip


def allow(request: HttpRequest, *, action: str, rate: str) -> bool:
    """Count one use of `action` and say whether it is within `rate`.

    `rate` uses allauth's syntax, e.g. "30/m/ip" (30 a minute per client address) or
    "100/h/ip". A refused use is not recorded, so a client that waits for the window
    to pass gets through again. GET requests count too (allauth counts only POSTs).
    """
    usage = _allauth_ratelimit.consume(
        request, app=APP, action=action, config={action: rate}, limit_get=True
    )
    return usage is not None

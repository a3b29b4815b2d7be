"""The project's own rate limits, counted exactly as allauth counts sign-in failures.

One machinery for both: allauth's sliding window, kept in the default cache (shared
by every app process: Redis, or the database table; see settings/base.py) behind a
`cache.add` lock, which is atomic on both backends, so N processes cannot multiply
a limit. One answer to "who is asking": allauth's client address, which believes
X-Forwarded-For only as far as TRUSTED_PROXY_COUNT says.
"""

from __future__ import annotations

from allauth.account.adapter import get_adapter
from allauth.core.internal import ratelimit as _allauth_ratelimit
from django.http import HttpRequest

APP = "cxacademy"


def client_ip(request: HttpRequest) -> str:
    """The address the request came from, as the rate limits see it.

    REMOTE_ADDR, unless TRUSTED_PROXY_COUNT (ALLAUTH_TRUSTED_PROXY_COUNT) is n > 0:
    then the n-th X-Forwarded-For entry from the right, the address our outermost
    proxy saw. Entries further left were written by the client and are ignored.
    """
    return get_adapter(request).get_client_ip(request)


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

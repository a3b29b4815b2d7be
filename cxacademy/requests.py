"""Small readings of a request shared by the learner views."""


def wants_json(request) -> bool:
    """A request from our own scripts (autosave, knowledge checks) wants JSON back."""
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


def posted_sequence(request) -> int:
    """The sequence number a form carried (-1 when missing or malformed, which no
    attempt or run ever has, so it is refused as stale)."""
    try:
        return int(request.POST.get("sequence", ""))
    except ValueError:
        return -1

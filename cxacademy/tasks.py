"""Project-wide background tasks."""

from django_tasks import task


@task()
def ping(token: str) -> str:
    """Echo `token`. Used by `manage.py check_tasks` to prove a worker is listening."""
    return token

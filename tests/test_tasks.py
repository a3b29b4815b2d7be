"""Background work runs inline on a laptop and through Redis when scaled out."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django_tasks import TaskResultStatus

from cxacademy import env
from cxacademy.tasks import ping

REDIS_URL = env.read().redis_url
needs_redis = pytest.mark.skipif(
    not REDIS_URL, reason="REDIS_URL is not set; CI's PostgreSQL + Redis run covers this"
)


def test_tasks_run_inline_by_default():
    result = ping.enqueue("hello")
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == "hello"


def test_check_tasks_reports_a_working_queue(capsys):
    call_command("check_tasks", timeout=2)
    assert "Task queue works" in capsys.readouterr().out


@needs_redis
def test_the_cache_is_redis_when_redis_url_is_set():
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    cache.set("cxa-probe", {"lesson": 3}, 30)
    assert cache.get("cxa-probe") == {"lesson": 3}


@needs_redis
def test_a_redis_worker_runs_an_enqueued_task(settings):
    import django_rq
    from django_tasks_rq import Job

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": env.redis_url_with_db(REDIS_URL, 14)}}
    try:
        queue = django_rq.get_queue("default")
        queue.empty()
        result = ping.enqueue("from-redis")
        assert result.status == TaskResultStatus.READY  # waiting for a worker
        worker = django_rq.get_worker("default", job_class=Job)
        worker.work(burst=True)
        result.refresh()
        assert result.status == TaskResultStatus.SUCCESSFUL
        assert result.return_value == "from-redis"
    finally:
        queue.empty()

"""Trainers publish directly: the page editor offers Publish and nothing a page can get
stuck in (no "Submit to … approval"), and pages left waiting in Wagtail's default
moderation workflow are released by the accounts migration 0007."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowState

from tests.courses.conftest import build_course

release = importlib.import_module(
    "cxacademy.accounts.migrations.0007_trainers_publish_directly"
).release_moderation


@pytest.fixture
def lesson(site):
    from courses.models import LessonPage

    build_course(site, modules=1, lessons=1)
    return LessonPage.objects.get()


def test_a_trainer_sees_publish_and_no_submit_for_approval(client, trainer, lesson):
    client.force_login(trainer)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="action-publish"' in html
    assert 'name="action-submit"' not in html
    assert "approval" not in html


def test_a_trainer_saves_a_draft_and_publishes(client, trainer, lesson):
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    form = {
        "title": "Pelajaran baru",
        "slug": lesson.slug,
        "body-count": "0",
        "completion": lesson.completion,
        "estimated_minutes": "10",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, {**form, "required": "on"})
    assert response.status_code == 302, response.context["form"].errors
    lesson.refresh_from_db()
    assert lesson.draft_title == "Pelajaran baru" and lesson.title != "Pelajaran baru"
    client.post(url, {**form, "required": "on", "action-publish": "1"})
    lesson.refresh_from_db()
    assert lesson.title == "Pelajaran baru" and lesson.live and not lesson.has_unpublished_changes


def test_a_trainer_cannot_manage_workflows(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/workflows/list/").status_code in (302, 403, 404)


def test_a_page_stuck_in_the_old_workflow_is_released(trainer, lesson, superuser):
    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is None:  # a database built without Wagtail's default workflow
        workflow = Workflow.objects.create(name="Moderators approval")
    workflow.active = True
    workflow.save()
    with override_settings(WAGTAIL_WORKFLOW_ENABLED=True):
        from wagtail.models import WorkflowPage

        WorkflowPage.objects.update_or_create(
            page=Page.get_first_root_node(), defaults={"workflow": workflow}
        )
        revision = lesson.save_revision(user=trainer)
        if not workflow.tasks.exists():
            from wagtail.models import GroupApprovalTask, WorkflowTask

            task = GroupApprovalTask.objects.create(name="Moderators approval")
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        workflow.start(lesson, trainer)
        assert revision and lesson.workflow_in_progress
        assert lesson.get_lock() is not None  # locked while it waits

    release(apps, SimpleNamespace(connection=connection))

    with override_settings(WAGTAIL_WORKFLOW_ENABLED=True):
        lesson.refresh_from_db()
        assert not WorkflowState.objects.active().exists()
        assert not lesson.workflow_in_progress
        assert lesson.get_lock() is None
        assert lesson.get_workflow() is None
    assert not Workflow.objects.filter(active=True).exists()
    assert lesson.has_unpublished_changes  # the trainer's draft is kept

"""Trainers publish directly: Wagtail's moderation workflow is switched off
(`WAGTAIL_WORKFLOW_ENABLED = False` in settings) because the academy has no reviewer
role: "Submit to Moderators approval" locked a page that nobody but a superuser
could release once the Moderators group was removed (migration 0002).

This releases what the workflow left behind, once: workflows inactive and no longer
attached to pages or snippets, and every page or snippet still waiting in one
released (its workflow cancelled, so the page is unlocked and its draft kept).
"""

from django.db import migrations
from django.utils import timezone

WAITING = ("in_progress", "needs_changes")


def release_moderation(apps, schema_editor):
    db = schema_editor.connection.alias
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    waiting = WorkflowState.objects.using(db).filter(status__in=WAITING)
    TaskState.objects.using(db).filter(workflow_state__in=waiting, status="in_progress").update(
        status="cancelled", finished_at=timezone.now()
    )
    waiting.update(status="cancelled", current_task_state=None)
    WorkflowPage.objects.using(db).all().delete()
    WorkflowContentType.objects.using(db).all().delete()
    Workflow.objects.using(db).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_invitationjob"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(release_moderation, migrations.RunPython.noop)]

"""Trainers publish directly: Wagtail's moderation workflow is switched off
(`WAGTAIL_WORKFLOW_ENABLED = False` in settings) because the academy has no reviewer
role: "Submit to Moderators approval" locked a page that nobody but a superuser
could release once the Moderators group was removed (migration 0002).

This releases what the workflow left behind, once: workflows inactive, and every
page or snippet still waiting in one released (its workflow cancelled, so the page
is unlocked and its draft kept). Which pages and snippets use which workflow is
kept, so a site that turns workflows on again finds its set-up. One-way: the
cancelled reviews are not reopened when the migration is reversed.
"""

from django.db import migrations
from django.utils import timezone

WAITING = ("in_progress", "needs_changes")


def release_moderation(apps, schema_editor):
    db = schema_editor.connection.alias
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    waiting = WorkflowState.objects.using(db).filter(status__in=WAITING)
    TaskState.objects.using(db).filter(workflow_state__in=waiting, status="in_progress").update(
        status="cancelled", finished_at=timezone.now()
    )
    waiting.update(status="cancelled", current_task_state=None)
    Workflow.objects.using(db).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_invitationjob"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(release_moderation, migrations.RunPython.noop)]

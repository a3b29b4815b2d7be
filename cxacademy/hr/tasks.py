"""Background work for HR reports."""

from django_tasks import task


@task()
def export_completions(export_id: int) -> int:
    """Write a large completion export to private storage; returns its rows."""
    from cxacademy.hr.exports import export_run

    return export_run(export_id=export_id).rows_done

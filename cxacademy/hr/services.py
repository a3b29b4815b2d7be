"""Writes HR's screens make: the completion report's column choice."""

from dataclasses import dataclass

from django.db import transaction

from cxacademy.hr import report
from cxacademy.hr.models import ReportPreference


@dataclass(frozen=True)
class ColumnChoice:
    kept: list[str]  # the chosen columns the report knows, in the report's order
    ignored: list[str]  # what was sent but is no column one can choose


def report_columns_of(user) -> list[str] | None:
    """The columns this person chose, or None when they never chose (the defaults)."""
    preference = ReportPreference.objects.filter(user=user).only("columns").first()
    return None if preference is None else list(preference.columns)


@transaction.atomic
def report_columns_save(*, user, columns: list[str]) -> ColumnChoice:
    """Remember the completion report's columns for `user`, on every device.

    Only choosable columns are kept (the first five are always shown); anything
    else is ignored and reported back, never stored."""
    choosable = [column.key for column in report.CHOOSABLE_COLUMNS]
    sent = [key for key in dict.fromkeys(columns) if key not in report.FIRST_COLUMNS]
    kept = [key for key in choosable if key in sent]
    ignored = [key for key in sent if key not in choosable]
    preference, _ = ReportPreference.objects.select_for_update().get_or_create(user=user)
    preference.columns = kept
    preference.full_clean()
    preference.save()
    return ColumnChoice(kept=kept, ignored=ignored)

"""Stray drafts: pages the add-page form's autosave made and nobody kept.

Wagtail 8 autosaves the "add page" form in the background (every
`WAGTAIL_AUTOSAVE_INTERVAL` ms, 500 by default) as soon as it holds a title: the
first autosave creates the page as a draft under its parent. A trainer who opens
"Add child page" in a module, types a few letters and leaves behind a draft page in
the module that no one meant to make.

The rule, in one place:

- a page created by an autosave request (it asks for JSON, not HTML) is marked in its
  history ("cxacademy.draft_autosaved");
- a person who saves it with *Save draft* (an HTML request) marks it kept
  ("cxacademy.draft_kept"); publishing also keeps it (it then has been published);
- a **stray draft** is marked autosaved, not kept and never published. It does not
  appear in the admin's page tree (nor do the aliases the language sync made of it);
  its author still finds it under *Your most recent edits* on the dashboard;
- `manage.py delete_stray_drafts` deletes stray drafts untouched for a week
  (`STRAY_DRAFT_AGE`: long enough for a trainer who relied on autosave to come
  back); run it daily next to `sweep_jobs`.

Learners never see drafts: the course outline lists live pages only.
"""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

AUTOSAVED = "cxacademy.draft_autosaved"
KEPT = "cxacademy.draft_kept"
STRAY_DRAFT_AGE = datetime.timedelta(days=7)


def is_autosave(request) -> bool:
    """Wagtail's autosave asks for JSON; a person's click on Save asks for HTML."""
    return not request.accepts("text/html")


def mark_autosaved(*, page: Page, user) -> None:
    PageLogEntry.objects.log_action(page, AUTOSAVED, user=user)


def mark_kept(*, page: Page, user) -> None:
    """Record that a person saved the page themselves (once; only for stray drafts)."""
    if page.first_published_at is None and _autosaved_unkept().filter(pk=page.pk).exists():
        PageLogEntry.objects.log_action(page, KEPT, user=user)


def _autosaved_unkept() -> QuerySet[Page]:
    marked = PageLogEntry.objects.filter(action=AUTOSAVED).values("page_id")
    kept = PageLogEntry.objects.filter(action=KEPT).values("page_id")
    return Page.objects.filter(
        pk__in=marked, live=False, first_published_at__isnull=True, alias_of__isnull=True
    ).exclude(pk__in=kept)


def stray_drafts() -> QuerySet[Page]:
    """Pages the add form's autosave made that nobody saved or published. A page
    with pages under it is never stray: deleting it would take them along."""
    return _autosaved_unkept().filter(numchild=0)


def without_stray_drafts(pages: QuerySet) -> QuerySet:
    """`pages` without stray drafts and the language sync's aliases of them."""
    stray = stray_drafts().values("pk")
    return pages.exclude(Q(pk__in=stray) | Q(alias_of__in=stray))


def delete_stray_drafts(*, older_than: datetime.timedelta = STRAY_DRAFT_AGE) -> int:
    """Delete stray drafts (and their aliases) not autosaved for `older_than`.
    Returns how many stray drafts were deleted."""
    cutoff = timezone.now() - older_than
    old = list(
        stray_drafts()
        .filter(Q(latest_revision_created_at__lt=cutoff) | Q(latest_revision_created_at=None))
        .filter(last_published_at__isnull=True)
    )
    for page in old:
        for alias in Page.objects.filter(alias_of=page):
            alias.delete()
        Page.objects.get(pk=page.pk).delete()
    return len(old)

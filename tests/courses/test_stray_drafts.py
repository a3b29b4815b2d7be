"""An abandoned "add page" form leaves no stray page behind: the draft Wagtail's
autosave made is kept out of the page tree and the course outline, and deleted after
a week; a draft a trainer saves or publishes stays."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from courses import drafts, selectors
from courses.models import CoursePage, LessonPage, ModulePage
from tests.courses.conftest import build_course

FORM = {
    "slug": "",
    "body-count": "0",
    "completion": "mark",
    "estimated_minutes": "10",
    "comments-TOTAL_FORMS": "0",
    "comments-INITIAL_FORMS": "0",
    "comments-MIN_NUM_FORMS": "0",
    "comments-MAX_NUM_FORMS": "1000",
}
JSON = {"Accept": "application/json"}  # what Wagtail's autosave asks for


@pytest.fixture
def module(site):
    build_course(site, modules=1, lessons=1)
    return ModulePage.objects.get()


def _add(client, module, title, headers=None, **extra):
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    # The form fills the slug from the title as the trainer types, before any autosave.
    data = {**FORM, "title": title, "slug": slugify(title), **extra}
    return client.post(url, data, headers=headers or {})


def _tree(client, module):
    return client.get(reverse("wagtailadmin_explore", args=[module.pk])).content.decode()


def _explorer_api(client, module):
    url = f"/admin/api/main/pages/?child_of={module.pk}&for_explorer=1"
    return [item["title"] for item in client.get(url).json()["items"]]


def test_an_autosaved_add_form_leaves_no_page_in_the_tree(client, trainer, module):
    client.force_login(trainer)
    response = _add(client, module, "Judul setengah", headers=JSON)
    assert response.status_code == 200 and response.json()["success"]
    stray = LessonPage.objects.get(draft_title="Judul setengah", alias_of=None)
    assert list(drafts.stray_drafts()) == [stray.page_ptr]
    # The language sync made an alias of it in the English tree: hidden there too.
    alias = LessonPage.objects.get(draft_title="Judul setengah", alias_of=stray)
    english_module = alias.get_parent()
    assert "Judul setengah" not in _explorer_api(client, english_module)
    assert "Judul setengah" not in _tree(client, module)
    assert "Judul setengah" not in _explorer_api(client, module)
    assert "Pelajaran 1.1" in _explorer_api(client, module)


def test_a_page_saved_or_published_by_the_trainer_stays(client, trainer, module):
    client.force_login(trainer)
    _add(client, module, "Disimpan sendiri")  # Save draft, clicked
    _add(client, module, "Terbit", **{"action-publish": "1"})
    # Autosaved first, then saved with the button in the (now editing) form.
    body = _add(client, module, "Diautosave lalu disimpan", headers=JSON).json()
    page = LessonPage.objects.get(pk=body["pk"])
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(edit, {**FORM, "title": "Diautosave lalu disimpan", "slug": page.slug})
    tree = _tree(client, module)
    for title in ["Disimpan sendiri", "Terbit", "Diautosave lalu disimpan"]:
        assert title in tree
    assert not drafts.stray_drafts().exists()


def test_stray_drafts_are_deleted_after_a_week(client, trainer, module):
    client.force_login(trainer)
    old = LessonPage.objects.get(pk=_add(client, module, "Lama", headers=JSON).json()["pk"])
    fresh = LessonPage.objects.get(pk=_add(client, module, "Baru", headers=JSON).json()["pk"])
    recent = LessonPage.objects.get(pk=_add(client, module, "Kemarin", headers=JSON).json()["pk"])
    _add(client, module, "Disimpan")
    Page.objects.filter(pk=old.pk).update(
        latest_revision_created_at=timezone.now() - datetime.timedelta(days=8)
    )
    Page.objects.filter(pk=recent.pk).update(
        latest_revision_created_at=timezone.now() - datetime.timedelta(days=2)
    )
    call_command("delete_stray_drafts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    titles = set(LessonPage.objects.values_list("draft_title", flat=True))
    assert "Lama" not in titles  # nor its alias in the English tree
    assert {"Baru", "Kemarin", "Disimpan", "Pelajaran 1.1"} <= titles
    assert LessonPage.objects.filter(pk=fresh.pk).exists()


def test_the_learners_outline_shows_live_pages_only(client, trainer, module):
    client.force_login(trainer)
    _add(client, module, "Setengah jadi", headers=JSON)
    course = CoursePage.objects.get(alias_of=None)
    titles = [item.title for m in selectors.course_outline(course).modules for item in m.items]
    assert titles == ["Pelajaran 1.1"]


def test_a_learner_cannot_autosave_pages(client, learner, module):
    client.force_login(learner)
    response = _add(client, module, "Judul setengah", headers=JSON)
    assert response.status_code in (302, 403)
    assert not LessonPage.objects.filter(draft_title="Judul setengah").exists()


def test_a_draft_with_saved_pages_under_it_is_kept_with_them(client, trainer, module):
    """An autosaved module that the trainer then filled with lessons is wanted: it is
    neither hidden nor deleted, and neither are the lessons under it."""
    client.force_login(trainer)
    course = module.get_parent()
    url = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    data = {**FORM, "title": "Modul baru", "slug": "modul-baru"}
    response = client.post(url, data, headers=JSON)
    new_module = ModulePage.objects.get(pk=response.json()["pk"])
    assert drafts.stray_drafts().filter(pk=new_module.pk).exists()
    _add(client, new_module, "Pelajaran di dalamnya")  # Save draft, a person's click
    assert not drafts.stray_drafts().filter(pk=new_module.pk).exists()
    Page.objects.filter(pk=new_module.pk).update(
        latest_revision_created_at=timezone.now() - datetime.timedelta(days=30)
    )
    call_command("delete_stray_drafts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ModulePage.objects.filter(pk=new_module.pk).exists()
    assert LessonPage.objects.filter(draft_title="Pelajaran di dalamnya").exists()
    explorer = client.get(reverse("wagtailadmin_explore", args=[course.pk])).content.decode()
    assert "Modul baru" in explorer

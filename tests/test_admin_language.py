"""One language per screen: a trainer and an HR person whose admin language is Bahasa
Indonesia read no English on any admin screen they can open.

The walk starts from the admin's own menu (the sidebar Wagtail renders from JSON),
one edit screen per page type and the screens a menu does not link to (a GIFT import
with an error, an import preview), and follows every admin link it finds, visiting
each kind of screen once (`wagtailadmin_pages:edit` once, but each snippet type's
index, add and edit, and each page type's add form).

English is spotted with a deliberately small list of words: common English function
words and the words Wagtail's own screens use ("the", "of", "Download", "Page",
"Help", "Reports", "Updated", "Delete"…), matched as whole words and case-sensitively
for the capitalised ones. None of them is an Indonesian word, so a hit is almost
always an untranslated string; product names, formats and metric abbreviations, email
addresses and the content this test creates are taken out first. A second net catches
what the list misses: any text that is exactly one of Wagtail's msgids and that no
catalogue translates ("Bold", "Toggle sidebar").

It needs the Indonesian of cxacademy/admin_strings.py (and .js) in our catalogue.
"""

from __future__ import annotations

import functools
import json
import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import wagtail
from django.core.files.base import ContentFile
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from certificates.models import CertificateTemplate
from quizzes.models import Question
from tests.security import world as w

pytestmark = pytest.mark.django_db

# --- Reading a screen as a person reads it -----------------------------------------

# Attributes a person reads or a screen reader speaks.
_READ_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt", "data-w-tooltip-content-value")
# Elements whose text nobody sees.
_HIDDEN_ELEMENTS = {"script", "style", "noscript", "svg"}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._hidden = 0
        self._sidebar_props = False
        self.sidebar_json: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and attributes.get("id") == "wagtail-sidebar-props":
            self._sidebar_props = True
        if tag in _HIDDEN_ELEMENTS:
            self._hidden += 1
        for name in _READ_ATTRIBUTES:
            if attributes.get(name):
                self.chunks.append(attributes[name])
        if tag == "input" and attributes.get("type") in {"submit", "button"}:
            self.chunks.append(attributes.get("value") or "")

    def handle_startendtag(self, tag, attrs):
        # <input …/> and <img …/>: attributes only, nothing to close.
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN_ELEMENTS:
            self._hidden -= 1

    def handle_endtag(self, tag):
        if tag in _HIDDEN_ELEMENTS:
            self._hidden = max(0, self._hidden - 1)
        if tag == "script":
            self._sidebar_props = False

    def handle_data(self, data):
        if self._sidebar_props:
            self.sidebar_json.append(data)
        elif not self._hidden and data.strip():
            self.chunks.append(data)


def _labels(node) -> list[str]:
    """Every label in Wagtail's sidebar props (its menu, rendered by JavaScript)."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in {"label", "title"} and isinstance(value, str):
                found.append(value)
            else:
                found += _labels(value)
    elif isinstance(node, list):
        for value in node:
            found += _labels(value)
    return found


def _urls(node) -> list[str]:
    if isinstance(node, dict):
        return [url for value in node.values() for url in _urls(value)]
    if isinstance(node, list):
        return [url for value in node for url in _urls(value)]
    return [node] if isinstance(node, str) and node.startswith("/admin/") else []


def read_screen(html: str) -> tuple[list[str], list[str]]:
    """The text a person reads on the page, and the sidebar menu's links."""
    parser = _VisibleText()
    parser.feed(html)
    chunks = [" ".join(chunk.split()) for chunk in parser.chunks]
    menu_links = []
    if parser.sidebar_json:
        props = json.loads("".join(parser.sidebar_json))
        chunks += _labels(props)
        menu_links = _urls(props)
    return [chunk for chunk in chunks if chunk], menu_links


# --- Spotting English ---------------------------------------------------------------

# Whole words, case-sensitive: none is an Indonesian word ("Status", "Filter",
# "Item", "Detail", "Tag" are, so they are not here). Function words in lower case
# catch sentences ("Choose the page"); the capitalised admin words catch labels and
# buttons ("Download XLSX", "Page title", "Help", "No, don't delete").
ENGLISH_WORDS = frozenset(
    """
    the The and of to in on at for with from by into as is are be been will can has
    have was not no any all new when how what which more only this This that there
    There here Here you You your Your it its an An or If if don't doesn't can't won't
    isn't Download Page Pages page pages Site site Help Reports Report Updated Delete
    Cancel Save Search Edit Add Choose Create Upload Settings settings Dashboard Title
    Draft Live Preview Publish Published publish Unpublish Schedule schedule Sort Clear
    Close Back Next Previous Actions More Show Hide Yes None Name Date Owner Created
    Select selected Apply Remove Move Copy Account account Language Password
    Notifications Details History Usage Workflow Workflows Tasks Locked Unlocked
    Comments Comment Changes Loading Error Warning Success Items Snippets Images
    Documents Explorer Revisions Submit Subpages Results Translate translation Keyboard
    shortcuts Shortcuts entries Child child Preferences Aging Collections
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Names, formats and abbreviations that read the same in both languages, and text
# this test's world creates (names, titles, file names).
ALLOWED = (
    "CX Academy",
    "Wagtail",
    "GIFT",
    "Moodle XML",
    "Moodle",
    "CSV",
    "XLSX",
    "PDF",
    "NPS",
    "CSAT",
    "CES",
    "English",
    "Bahasa Indonesia",
)
# English that Wagtail 8 writes into its templates and code without gettext, so no
# catalogue can translate it. Exact screen texts only, so anything new still fails.
WAGTAIL_HARD_CODED = frozenset(
    {
        "Search",  # wagtailadmin/shared/header.html: a screen-reader-only submit button
        "None",  # wagtail/admin/panels/base.py: a read-only relation with nothing in it
    }
)
# The page search's count names no page type when results mix types: "1-11 dari 11 None".
_MIXED_SEARCH_COUNT = re.compile(r"\d+-\d+ dari \d+ None")
# Time zone names in the account settings (Europe/Isle_of_Man): identifiers, not prose.
_TIME_ZONE = re.compile(r"\b[A-Z][A-Za-z]+/[A-Za-z_/+-]+")
_EMAIL = re.compile(r"\S+@\S+")


# The second net: a text that is exactly one of Wagtail's msgids and that no catalogue
# translates is English, whatever its words ("Bold", "Toggle sidebar", "Light").
# Words Indonesian writes the same way are not counted.
SAME_IN_INDONESIAN = frozenset(
    {
        "Status",
        "Status:",
        "Email",
        "Format",
        "Minimum",
        "Admin",
        "Alias",
        "Tag",
        "Tags",
        "File",
        "URL",
        "ID",
    }
)


@functools.cache
def wagtail_msgids() -> frozenset[str]:
    """Every msgid (without placeholders) of Wagtail's source catalogues."""
    msgids = set()
    for path in Path(wagtail.__file__).parent.glob("**/locale/en/LC_MESSAGES/django*.po"):
        text = path.read_text(encoding="utf-8")
        for entry in re.findall(r'^msgid ((?:".*"\n)+)', text, flags=re.MULTILINE):
            msgid = "".join(re.findall(r'"(.*)"', entry)).replace('\\"', '"')
            if msgid and "%" not in msgid and "<" not in msgid:
                msgids.add(" ".join(msgid.split()))
    return frozenset(msgids)


def untranslated_wagtail_text(text: str) -> bool:
    if text in SAME_IN_INDONESIAN or text not in wagtail_msgids():
        return False
    with translation.override("id"):
        return translation.gettext(text) == text


def english_in(text: str, allowed=ALLOWED) -> list[str]:
    """The English words of a piece of screen text (after the allowed names)."""
    text = _TIME_ZONE.sub(" ", _EMAIL.sub(" ", text))
    for name in allowed:
        text = text.replace(name, " ")
    return [word for word in re.findall(r"[A-Za-z']+", text) if word in ENGLISH_WORDS]


def test_the_detector_finds_english_and_leaves_indonesian_alone():
    assert english_in("Download XLSX") == ["Download"]
    assert english_in("No, don't delete") == ["don't"]
    assert english_in("The answer block that starts with { is not closed with }") == [
        "The",
        "that",
        "with",
        "is",
        "not",
        "with",
    ]
    assert english_in("Status: Terpublikasi · Filter · Tag · Detail item") == []
    assert english_in("Unduh CSV · Judul halaman* · Laporan · Bantuan · Diperbarui") == []
    assert english_in("Ekspor ke Moodle XML atau GIFT untuk CX Academy") == []
    assert english_in("Kirim ke trainer@example.test") == []


def test_the_reader_sees_attributes_and_the_sidebar_but_not_scripts():
    props = json.dumps({"_args": [{"label": "Reports", "url": "/admin/reports/"}]})
    html = (
        '<p title="Help">Halo<script>var the = 1;</script></p>'
        '<input type="submit" value="Save"><input placeholder="Search">'
        f'<script id="wagtail-sidebar-props" type="application/json">{props}</script>'
    )
    chunks, links = read_screen(html)
    assert chunks == ["Help", "Halo", "Save", "Search", "Reports"]
    assert links == ["/admin/reports/"]


# --- Walking the admin --------------------------------------------------------------

# Screens a walk must not open: signing out, and downloads (not screens).
# Bulk actions need the objects ticked on a listing; without them they only redirect.
_SKIP = re.compile(r"/logout/|/download/|\.csv|\.xlsx|/serve/|/chooser/|/bulk/")
_MAX_SCREENS = 400


def _screen_kind(path: str) -> tuple | None:
    """A key for "the same kind of screen": URL name plus its non-numeric arguments
    (snippet type, page type), so each type's screens are visited once."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    words = tuple(sorted((k, v) for k, v in match.kwargs.items() if not str(v).isdigit()))
    return (match.view_name, words)


def _links(html: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(r'href="(/admin/[^"#]*)"', html)]


def walk(
    client, seeds: list[str], posts=(), allowed=ALLOWED
) -> tuple[dict[str, list[str]], list[str]]:
    """Open every kind of admin screen reachable from `seeds`; English found per screen,
    and the list of screens opened."""
    findings: dict[str, list[str]] = {}
    opened: list[str] = []
    seen_kinds: set = set()
    queue = deque((url, True) for url in seeds)
    visited: set[str] = set()

    def inspect(url, response):
        html = response.content.decode()
        chunks, menu = read_screen(html)
        opened.append(url)
        english = sorted(
            {
                chunk
                for chunk in chunks
                if chunk not in WAGTAIL_HARD_CODED
                and not _MIXED_SEARCH_COUNT.fullmatch(chunk)
                and (english_in(chunk, allowed) or untranslated_wagtail_text(chunk))
            }
        )
        if english:
            findings[url] = english
        return _links(html) + menu

    for url, data in posts:
        response = client.post(url, data, follow=True)
        inspect(f"POST {url} → {response.request['PATH_INFO']}", response)

    while queue and len(opened) < _MAX_SCREENS:
        url, seeded = queue.popleft()
        path = urlsplit(url).path
        if url in visited:
            continue
        visited.add(url)
        kind = _screen_kind(path)
        if kind is None or (not seeded and kind in seen_kinds):
            continue
        seen_kinds.add(kind)
        response = client.get(url)
        if response.status_code == 302 and response["Location"].startswith("/admin/"):
            # "Add a page here" with one possible page type goes straight to its form.
            queue.append((response["Location"], seeded))
            continue
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for link in inspect(url, response):
            if not _SKIP.search(link):
                queue.append((urlsplit(link).path, False))
    return findings, opened


_BROKEN_GIFT = (
    "::Sapaan:: Apa yang diucapkan pertama kali? {=Selamat datang ~Halo\n\n"
    "::Esai:: Tuliskan pengalaman Anda. {}\n"
)


_BAD_PEOPLE_CSV = (
    b"employee_id,full_name,email,department,job_title,language\n"
    b"E-78,Dewi Salah,bukan-alamat-email,Toko Jakarta,Kasir,id\n"
    b"E-79,,dua@example.test,Departemen Baru,Kasir,xx\n"
)


@pytest.fixture
def academy(site, cert_template, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    world = w.build(site, cert_template)
    for role in (w.TRAINER, w.HR):
        UserProfile.objects.update_or_create(
            user=world.users[role], defaults={"preferred_language": "id"}
        )
    return world


def _content_names(world) -> tuple[str, ...]:
    """Titles and names the world created: user content, whatever its language."""
    names = [str(page.title) for page in Page.objects.all()]
    names += [user.full_name for user in world.users.values() if user]
    names += [question.name for question in Question.objects.all()]
    names += [template.body for template in CertificateTemplate.objects.all()]
    return tuple(sorted({name for name in names if name}, key=len, reverse=True))


def _seeds(world) -> list[str]:
    pages = Page.objects.filter(depth__gt=1).specific()
    one_per_type = {}
    for page in pages:
        one_per_type.setdefault(type(page), page)
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        *[reverse("wagtailadmin_pages:edit", args=[p.pk]) for p in one_per_type.values()],
        *[reverse("wagtailadmin_pages:add_subpage", args=[p.pk]) for p in one_per_type.values()],
        reverse("wagtailadmin_account"),
        f"/admin/people/import/{world['import_token']}/",
    ]


@pytest.mark.parametrize("role", [w.TRAINER, w.HR])
def test_every_admin_screen_reads_in_indonesian_for(role, academy, capsys):
    client = academy.client(role)
    posts = []
    if role == w.TRAINER:
        gift = ContentFile(_BROKEN_GIFT.encode(), name="pertanyaan.gift")
        posts.append(
            (
                reverse("quizzes_import"),
                {
                    "file": gift,
                    "format": "gift",
                    "category": "",
                    "locale": Locale.objects.get(language_code="id").pk,
                },
            )
        )
    else:
        # An import with a bad row: its preview names the problem.
        people = ContentFile(_BAD_PEOPLE_CSV, name="karyawan.csv")
        posts.append((reverse("people_import"), {"file": people}))
    allowed = (*ALLOWED, *_content_names(academy))
    findings, opened = walk(client, _seeds(academy), posts, allowed)
    with capsys.disabled():
        print(f"\nadmin language, {role}: {len(opened)} screens")
        for url in opened:
            print("  ", url)
    assert not findings, "\n" + "\n".join(
        f"{url}:\n    " + "\n    ".join(texts) for url, texts in findings.items()
    )


# Shown by Wagtail's JavaScript on every admin screen (sidebar, editor, comments).
_JS_STRINGS = {
    "Toggle sidebar": "Buka/tutup bilah samping",
    "Main menu": "Menu utama",
    "Insert a block": "Sisipkan blok",
    "Write something or type ‘/’ to insert a block": (
        "Tulis sesuatu atau ketik ‘/’ untuk menyisipkan blok"
    ),
    "Add a comment": "Tambah komentar",
}


@pytest.mark.parametrize("role", [w.TRAINER, w.HR])
def test_wagtail_s_javascript_strings_are_indonesian_for(role, academy):
    """Wagtail's djangojs catalogue lacks these; ours (cxacademy/admin_strings.js)
    has them, and Django's JavaScript catalogue merges LOCALE_PATHS last."""
    catalogue = academy.client(role).get("/admin/jsi18n/").content.decode()
    for english, indonesian in _JS_STRINGS.items():
        assert json.dumps(indonesian)[1:-1] in catalogue or indonesian in catalogue, english


def test_wagtails_whats_new_item_follows_each_admins_language(client, trainer):
    """Wagtail formats that label once per process, in the first asker's language."""
    profile, _ = UserProfile.objects.get_or_create(user=trainer)
    client.force_login(trainer)
    for language, label in [
        ("en", "s new in Wagtail"),  # the sidebar's JSON; the apostrophe aside
        ("id", "Yang baru di Wagtail"),
        ("en", "s new in Wagtail"),
    ]:
        profile.preferred_language = language
        profile.save()
        page = client.get("/admin/").content.decode()
        assert label in page, language

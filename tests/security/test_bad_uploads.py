"""Bad files sent to every upload the project accepts are refused with a clear,
translated message, never a 500, and leave the database exactly as it was.

The uploads: question import (GIFT and Moodle XML, as a trainer), people import (CSV
and XLSX, as HR), Wagtail images (as a trainer; also through the image chooser, which
is how a certificate template gets its background), Wagtail documents, the
profile picture on Wagtail's account screen, and Wagtail's redirect import
(superusers only; text files).

The files: the wrong encoding (UTF-16, Latin-1 with accents), binary garbage, a file
just over the project's limit, zip bombs (a workbook whose sheet unpacks to hundreds of
MB, declared honestly or with forged sizes), XML with an external entity reading
/etc/passwd and with a billion-laughs expansion, a workbook with such a DOCTYPE, XML
nested 100,000 deep, an image whose header claims billions of pixels, and SVG/HTML
where only safe types belong.

Each case compares every model's row count, and a dump of the tables an upload could
write (questions, categories, people, departments, images, documents), before and after.
"""

import io
import random
import re
import struct
import zipfile
import zlib
from functools import cache

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
QUESTION_LIMIT = 10 * MB  # quizzes.importing.MAX_FILE_BYTES
PEOPLE_LIMIT = 5 * MB  # cxacademy.accounts.people_import.MAX_FILE_BYTES
WAGTAIL_LIMIT = 10 * MB  # WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILDOCS_MAX_UPLOAD_SIZE

GIFT = "::Sapaan:: Apa salam pembuka yang baik untuk pelanggan? {=Selamat pagi, Bu ~Halo}\n"
CSV = (
    "ID Karyawan,Nama lengkap,Email\n"
    "K-1,Séverine Ñúñez Kafé,severine@example.test\n"
    "K-2,Budi Santoso,budi@example.test\n"
)
MOODLE_QUESTION = (
    '<question type="truefalse"><name><text>{name}</text></name>'
    '<questiontext format="html"><text>{text}</text></questiontext>'
    '<answer fraction="100"><text>true</text></answer>'
    '<answer fraction="0"><text>false</text></answer></question>'
)


# --- Files ---------------------------------------------------------------------------


def garbage(size=64 * 1024) -> bytes:
    return random.Random(14).randbytes(size)


def moodle(body: str, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return f"{prolog}<quiz>{body}</quiz>"


def moodle_question(name="Salam", text="Kafé ramah?") -> str:
    return MOODLE_QUESTION.format(name=name, text=text)


XXE_FILE = moodle(
    moodle_question(name="&xxe;"),
    '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
)
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY l0 "ha">'
    + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    + "]>"
)
BILLION_LAUGHS = moodle(moodle_question(name="&l9;"), LAUGHS)
DEEP = 100_000
DEEP_XML = moodle(moodle_question(text="<![CDATA[x]]>") + "<a>" * DEEP + "</a>" * DEEP)


def _xlsx(sheet_xml: bytes | None = None, *, content_types: bytes | None = None) -> bytes:
    """A minimal workbook; `sheet_xml` replaces the first sheet's XML."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ID Karyawan", "Nama lengkap", "Email"])
    sheet.append(["K-1", "Séverine Kafé", "severine@example.test"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml" and sheet_xml is not None:
                data = sheet_xml
            if info.filename == "[Content_Types].xml" and content_types is not None:
                data = content_types
            target.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = b"</sheetData></worksheet>"


@cache
def xlsx_bomb() -> bytes:
    """A workbook whose sheet unpacks to 300 MB of rows (about 0.3 MB packed)."""
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    filler = row * (300 * MB // len(row))
    return _xlsx(SHEET_HEAD + filler + SHEET_TAIL)


@cache
def xlsx_bomb_with_forged_sizes() -> bytes:
    """The same bomb, its zip headers claiming the sheet unpacks to 1 KB."""
    data = bytearray(xlsx_bomb())
    name = b"xl/worksheets/sheet1.xml"
    # Local file header: uncompressed size at +22; central directory entry: at +24.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, start + offset, 1024)
            start += 4
    return bytes(data)


def xlsx_with_doctype(doctype: str) -> bytes:
    sheet = (
        SHEET_HEAD.replace(b"<worksheet", doctype.encode() + b"<worksheet", 1)
        + b'<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>'
        + SHEET_TAIL
    )
    return _xlsx(sheet)


def xlsx_deep() -> bytes:
    return _xlsx(SHEET_HEAD + b"<x>" * DEEP + b"</x>" * DEEP + SHEET_TAIL)


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims width × height pixels but holds almost no data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1024))
        + chunk(b"IEND", b"")
    )


SVG_XXE = (
    '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>'
)


def oversized(limit: int, start: bytes = b"") -> bytes:
    return start + b"a" * (limit + 1 - len(start))


# --- Where files go --------------------------------------------------------------------


def _question_import(fmt):
    def send(client, name, data):
        return client.post(
            "/admin/quizzes/import/",
            {"file": SimpleUploadedFile(name, data), "format": fmt, "category": "", "locale": 1},
        )

    return send


def _people_import(client, name, data):
    return client.post("/admin/people/import/", {"file": SimpleUploadedFile(name, data)})


def _image_add(client, name, data):
    return client.post(
        "/admin/images/add/", {"title": "Latar sertifikat", "file": SimpleUploadedFile(name, data)}
    )


def _image_chooser_create(client, name, data):
    # The certificate template's background is chosen (or uploaded) here.
    return client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Latar",
            "image-chooser-upload-file": SimpleUploadedFile(name, data),
        },
    )


def _document_add(client, name, data):
    return client.post(
        "/admin/documents/add/", {"title": "Panduan", "file": SimpleUploadedFile(name, data)}
    )


def _avatar(client, name, data):
    # The account form saves every panel or none: the others are sent unchanged.
    user = client.uploader
    return client.post(
        "/admin/account/",
        {
            "name_email-first_name": user.first_name or "Budi",
            "name_email-last_name": user.last_name or "Santoso",
            "name_email-email": user.email,
            "locale-preferred_language": "id",
            "locale-current_time_zone": "Asia/Jakarta",
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
            "avatar-avatar": SimpleUploadedFile(name, data),
        },
    )


def _redirect_import(client, name, data):
    # Wagtail's own importer answers with a redirect and a message.
    return client.post(
        "/admin/redirects/import/", {"import_file": SimpleUploadedFile(name, data)}, follow=True
    )


UPLOADS = {
    "gift": ("trainer", _question_import("gift")),
    "moodlexml": ("trainer", _question_import("moodlexml")),
    "people": ("hr_user", _people_import),
    "image": ("trainer", _image_add),
    "image_chooser": ("trainer", _image_chooser_create),
    "document": ("trainer", _document_add),
    "redirects": ("superuser", _redirect_import),
    "avatar": ("trainer", _avatar),
}

CASES = [
    # Question import, GIFT.
    ("gift", "utf16", "soal.gift", lambda: GIFT.encode("utf-16")),
    ("gift", "latin1", "soal.gift", lambda: GIFT.replace("pagi", "Kafé").encode("latin-1")),
    ("gift", "garbage", "soal.gift", garbage),
    ("gift", "oversized", "soal.gift", lambda: oversized(QUESTION_LIMIT, GIFT.encode())),
    ("gift", "zip bomb", "soal.gift", xlsx_bomb),
    ("gift", "deep nesting", "soal.gift", lambda: b"::d:: Q? " + b"{" * DEEP + b"}" * DEEP),
    ("gift", "empty after sanitising", "soal.gift", lambda: b"::a::[html]<script>x</script>{T}"),
    # Question import, Moodle XML.
    (
        "moodlexml",
        "utf16 declared utf8",
        "soal.xml",
        lambda: moodle(moodle_question()).encode("utf-16-le"),
    ),
    ("moodlexml", "latin1", "soal.xml", lambda: moodle(moodle_question()).encode("latin-1")),
    ("moodlexml", "garbage", "soal.xml", garbage),
    (
        "moodlexml",
        "oversized",
        "soal.xml",
        lambda: moodle(moodle_question(text="a" * (QUESTION_LIMIT + 1))).encode(),
    ),
    ("moodlexml", "zip bomb", "soal.xml", xlsx_bomb),
    ("moodlexml", "xxe file", "soal.xml", lambda: XXE_FILE.encode()),
    ("moodlexml", "billion laughs", "soal.xml", lambda: BILLION_LAUGHS.encode()),
    ("moodlexml", "deep nesting", "soal.xml", lambda: DEEP_XML.encode()),
    (
        "moodlexml",
        "external dtd",
        "soal.xml",
        lambda: moodle(
            moodle_question(),
            '<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "http://127.0.0.1:9/x.dtd">',
        ).encode(),
    ),
    # People import, CSV and XLSX.
    ("people", "utf16", "karyawan.csv", lambda: CSV.encode("utf-16")),
    ("people", "latin1", "karyawan.csv", lambda: CSV.encode("latin-1")),
    ("people", "garbage", "karyawan.csv", garbage),
    ("people", "garbage xlsx", "karyawan.xlsx", garbage),
    ("people", "oversized", "karyawan.csv", lambda: oversized(PEOPLE_LIMIT, CSV.encode())),
    ("people", "zip bomb", "karyawan.xlsx", xlsx_bomb),
    ("people", "zip bomb forged sizes", "karyawan.xlsx", xlsx_bomb_with_forged_sizes),
    (
        "people",
        "xlsx xxe",
        "karyawan.xlsx",
        lambda: xlsx_with_doctype('<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
    ),
    (
        "people",
        "xlsx billion laughs",
        "karyawan.xlsx",
        lambda: xlsx_with_doctype(
            LAUGHS.replace('<?xml version="1.0"?>', "")
            .replace("quiz", "worksheet")
            .replace("l9", "e")
        ),
    ),
    ("people", "xlsx deep nesting", "karyawan.xlsx", xlsx_deep),
    # Images (and the certificate background through the chooser).
    ("image", "garbage", "latar.png", garbage),
    ("image", "latin1 text", "latar.jpg", lambda: CSV.encode("latin-1")),
    ("image", "oversized", "latar.jpg", lambda: oversized(WAGTAIL_LIMIT, b"\xff\xd8\xff")),
    ("image", "pixel bomb", "latar.png", lambda: png_header_only(60_000, 60_000)),
    ("image", "svg xxe", "latar.svg", lambda: SVG_XXE.encode()),
    ("image", "zip bomb", "latar.png", xlsx_bomb),
    ("image_chooser", "garbage", "latar.png", garbage),
    ("image_chooser", "pixel bomb", "latar.png", lambda: png_header_only(60_000, 60_000)),
    ("image_chooser", "svg xxe", "latar.svg", lambda: SVG_XXE.encode()),
    ("image_chooser", "oversized", "latar.jpg", lambda: oversized(WAGTAIL_LIMIT, b"\xff\xd8\xff")),
    # Documents: stored as given, so only size and type are refused.
    ("document", "oversized", "panduan.pdf", lambda: oversized(WAGTAIL_LIMIT, b"%PDF-1.4\n")),
    ("document", "html", "panduan.html", lambda: b"<script>alert(1)</script>"),
    ("document", "svg xxe", "panduan.svg", lambda: SVG_XXE.encode()),
    ("document", "executable", "panduan.exe", lambda: b"MZ" + garbage(1024)),
    # The profile picture any admin user can upload (Wagtail's account screen).
    ("avatar", "garbage", "foto.png", garbage),
    ("avatar", "latin1 text", "foto.jpg", lambda: CSV.encode("latin-1")),
    ("avatar", "pixel bomb", "foto.png", lambda: png_header_only(60_000, 60_000)),
    ("avatar", "svg xxe", "foto.svg", lambda: SVG_XXE.encode()),
    # Redirect import (superusers only): text formats; its XLSX reading is Wagtail's.
    ("redirects", "utf16", "pengalihan.csv", lambda: "from,to\n/kafé,/\n".encode("utf-16")),
    ("redirects", "latin1", "pengalihan.csv", lambda: "from,to\n/kafé,/\n".encode("latin-1")),
    ("redirects", "garbage", "pengalihan.csv", garbage),
]


# --- What must hold --------------------------------------------------------------------


def _dumped_models():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from certificates.models import CertificateTemplate
    from cxacademy.accounts.models import Department, LearnerProfile, User
    from quizzes.models import Question, QuestionCategory, QuestionChoice

    return [
        Question,
        QuestionChoice,
        QuestionCategory,
        User,
        LearnerProfile,
        Department,
        CertificateTemplate,
        get_image_model(),
        get_document_model(),
    ]


def database_state():
    counts = {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    # Sessions change on every request (messages, last activity); their number does not.
    dumps = {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in _dumped_models()
    }
    return counts, dumps


def shown_messages(response) -> list[str]:
    """What the person sees as the reason: form errors, the import report, messages."""
    found = []
    context = response.context or {}
    if response.get("Content-Type", "").startswith("application/json"):
        body = response.json()
        found += [str(body.get("error_message") or "")]
        html = str(body.get("html") or body.get("form") or "")
        if "error" in html:
            found.append(html)
    for key in ("form", "form_errors"):
        form = context.get(key) if hasattr(context, "get") else None
        if form is not None and hasattr(form, "errors"):
            found += [str(error) for errors in form.errors.values() for error in errors]
            found += [str(problem) for problem in getattr(form, "problems", [])]
    report = context.get("report") if hasattr(context, "get") else None
    if report is not None:
        found += [problem.message for problem in report.problems]
    if hasattr(context, "get") and context.get("messages"):
        found += [str(message) for message in context["messages"]]
    if not found:  # screens that only render errors next to their fields
        html = response.content.decode(errors="replace")
        found += re.findall(r'class="[^"]*error-message[^"]*"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+)', html)
    return [message for message in found if message.strip()]


@pytest.mark.parametrize(
    ("upload", "label", "filename", "make"),
    CASES,
    ids=[f"{upload}-{label}" for upload, label, _name, _make in CASES],
)
def test_bad_file_is_refused_cleanly(upload, label, filename, make, request, client):
    role, send = UPLOADS[upload]
    client.uploader = request.getfixturevalue(role)
    client.force_login(client.uploader)
    client.get("/admin/account/")  # the admin profile every first visit creates
    data = make()
    before = database_state()
    try:
        response = send(client, filename, data)
    except Exception as error:  # what a browser would see as a 500
        pytest.fail(f"{upload}/{label}: {type(error).__name__}: {str(error)[:300]}")
    assert response.status_code < 500
    assert response.status_code in (200, 400), response.status_code
    after = database_state()
    assert after[0] == before[0], "row counts changed"
    assert after[1] == before[1], "rows changed"
    messages = shown_messages(response)
    assert messages, f"{upload}/{label}: no message shown"
    reasons = " | ".join(" ".join(message.split())[:160] for message in messages)
    print(f"\nUPLOAD {upload}/{label}: {response.status_code} {reasons}")
    page = response.content.decode(errors="replace")
    assert "root:x:0:0" not in page  # /etc/passwd never shows
    assert "haha" not in page


def test_a_good_profile_picture_is_still_saved(client, trainer):
    """The account screen used for the avatar cases above does save a real picture, so
    their refusals are about the file, not about the rest of the form."""
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.users.models import UserProfile

    client.uploader = trainer
    client.force_login(trainer)
    response = _avatar(client, "foto.png", get_test_image_file().file.getvalue())
    assert response.status_code == 302
    assert UserProfile.get_for_user(trainer).avatar

"""Names in every script of the workforce print with real glyphs, never as boxes; a
name that would print boxes is flagged in the register.

"A real glyph" is checked three ways on the PDF a learner downloads, with the
machine's own fonts hidden so only the bundled ones can draw:
- WeasyPrint reports every character that no font had (Pango's "unknown glyph", drawn
  as the .notdef box) as a ".notdef glyph rendered" warning: there must be none;
- every font in the PDF is embedded, is one of ours, and uses the identity encoding
  (WeasyPrint switches a font to a custom encoding exactly when it maps a missing
  character to the .notdef box), and the script's own bundled font is among them;
- the text copied out of the PDF is the name.
The Brahmi name, which no bundled font covers, shows each check failing as it should.
"""

import logging
import re
import shutil
import subprocess
import threading

import pytest
from django.test import Client
from django.utils import translation

from certificates import documents, rendering
from certificates.models import Certificate
from cxacademy import fonts
from tests.certificates.conftest import complete

NAMES = {
    "Latin": ("Nguyễn Thị Hương Đặng", "Noto-Sans"),
    "Greek": ("Αλέξανδρος Παπαδόπουλος", "Noto-Sans"),
    "Cyrillic": ("Наталья Кузнецова", "Noto-Sans"),
    "Arabic": ("محمد عبد الله", "Noto-Sans-Arabic"),
    "Hebrew": ("דוד כהן", "Noto-Sans-Hebrew"),
    "Thai": ("สมชาย ใจดี", "Noto-Sans-Thai"),
    "Lao": ("ສົມພອນ ແກ້ວມະນີ", "Noto-Sans-Lao"),
    "Khmer": ("សុខ ចាន់ដារ៉ា", "Noto-Sans-Khmer"),
    "Myanmar": ("အောင် ဆန်း စုကြည်", "Noto-Sans-Myanmar"),
    "Devanagari": ("अर्जुन क्षत्रिय", "Noto-Sans-Devanagari"),
    "Bengali": ("রবীন্দ্রনাথ ঠাকুর", "Noto-Sans-Bengali"),
    "Tamil": ("சுப்பிரமணியன் வேலு", "Noto-Sans-Tamil"),
    "CJK": ("王小明 山田花子 김민준", "WenQuanYi-Micro-Hei"),
    "Emoji": ("Rina 🌸 ❤️ 👩\u200d💻", "Symbola"),
}
UNCOVERED = "Budi 𑀓𑀢"  # Brahmi: no bundled font has it
# pdftotext wraps right-to-left runs in embedding marks; a reader never sees them.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PDFFONTS = shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(
    PDFFONTS is None or shutil.which("pdftotext") is None, reason="poppler-utils absent"
)


@pytest.fixture(autouse=True)
def _fresh_font_config(monkeypatch):
    # render_pdf keeps fonts loaded between renders; each test starts without them.
    monkeypatch.setattr(rendering, "_font_configs", threading.local())


@pytest.fixture
def bundled_fonts_only(monkeypatch, tmp_path):
    """Hide the system's fonts from Fontconfig, so only @font-face fonts can draw text."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fontconfig-cache'}</cachedir></fontconfig>\n"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))


def _certificate_pdf(template, name: str) -> bytes:
    """The learner's certificate as the real template prints it, for `name`."""
    certificate = documents.sample_certificate(template)
    certificate.learner_name = name
    certificate.snapshot = {**certificate.snapshot, "learner_name": name}
    return documents.certificate_pdf(certificate)


def _print(template, name, tmp_path, caplog):
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = _certificate_pdf(template, name)
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    boxes = [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()]
    return path, boxes


def _pdf_fonts(path) -> list[dict]:
    """pdffonts' table: name (subset prefix removed), encoding, embedded."""
    lines = subprocess.run(
        [PDFFONTS, str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    rows = []
    for line in lines:
        match = re.match(r"(?:[A-Z]{6}\+)?(\S+)\s+CID TrueType\s+(\S+)\s+(yes|no)", line)
        assert match, f"not an embedded TrueType font: {line}"
        rows.append({"name": match[1], "encoding": match[2], "embedded": match[3] == "yes"})
    return rows


def _pdf_text(path) -> str:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    return BIDI_CONTROLS.sub("", text)


def _letters(text: str) -> str:
    """Text without what pdftotext is free to drop or add: spaces (it splits Indic and
    Southeast Asian clusters with them), joiners and variation selectors, which draw
    nothing."""
    return re.sub(r"[\s\u200c\u200d\ufe0e\ufe0f]", "", text)


def _ours(pdf_font_name: str) -> bool:
    families = {family.replace(" ", "-") for family in fonts.TEXT_FAMILIES} | {"Noto-Serif"}
    return any(pdf_font_name.startswith(family) for family in families)


# --- Printing -------------------------------------------------------------------------


@needs_poppler
@pytest.mark.django_db
@pytest.mark.parametrize("script", NAMES)
def test_a_name_in_each_script_prints_with_real_glyphs_not_boxes(
    script, cert_template, tmp_path, caplog, bundled_fonts_only
):
    name, font = NAMES[script]

    path, boxes = _print(cert_template, name, tmp_path, caplog)

    assert boxes == []
    embedded = _pdf_fonts(path)
    assert all(row["embedded"] and _ours(row["name"]) for row in embedded), embedded
    assert all(row["encoding"] == "Identity-H" for row in embedded), embedded
    assert any(row["name"].startswith(font) for row in embedded), embedded
    assert _letters(name) in _letters(_pdf_text(path))
    assert fonts.uncovered_characters(name) == []


@needs_poppler
@pytest.mark.django_db
def test_a_name_no_bundled_font_covers_is_caught_by_every_check(
    cert_template, tmp_path, caplog, bundled_fonts_only
):
    path, boxes = _print(cert_template, UNCOVERED, tmp_path, caplog)

    assert len(boxes) >= 2 and "U+11013" in boxes[0]
    assert any(row["encoding"] != "Identity-H" for row in _pdf_fonts(path))
    assert fonts.uncovered_characters(UNCOVERED) == ["𑀓", "𑀢"]


# --- Coverage ---------------------------------------------------------------------------


def test_every_listed_font_is_a_file_with_its_licence_recorded():
    readme = (fonts.fonts_dir() / "README.md").read_text()
    for font in fonts.FONTS:
        assert (fonts.fonts_dir() / font.file).is_file(), font.file
        assert font.file in readme, f"{font.file} has no line in static/fonts/README.md"
        assert f'url("/static/fonts/{font.file}")' in fonts.font_face_css()


def test_every_listed_font_is_served_to_the_pdf_renderer():
    for font in fonts.FONTS:
        response = rendering.locked_url_fetcher(f"/static/fonts/{font.file}")
        assert len(response.read()) == (fonts.fonts_dir() / font.file).stat().st_size


def test_the_certificate_falls_back_through_every_bundled_script_before_system_fonts():
    stack = fonts.font_family("Noto Serif")

    assert stack.startswith('"Noto Serif", "Noto Sans", "Noto Sans Arabic"')
    assert stack.endswith('"WenQuanYi Micro Hei", "Symbola", sans-serif')
    assert stack.count('"Noto Serif"') == 1


def test_coverage_skips_characters_that_draw_nothing_and_names_what_would_be_a_box():
    # Spaces, a joiner, an emoji variation selector: nothing to draw, nothing missing.
    assert fonts.uncovered_characters("Siti\u00a0Rahma ❤️ 👩\u200d💻") == []
    # Melting face (Unicode 14) is newer than the bundled emoji font; Brahmi is absent.
    assert fonts.uncovered_characters("Budi 🫠 𑀓 🫠") == ["🫠", "𑀓"]
    assert fonts.uncovered_labels("🫠") == "🫠 (U+1FAE0 MELTING FACE)"


def test_coverage_is_read_from_the_fonts_once_per_process():
    fonts.uncovered_characters("Budi")
    before = fonts.covered_codepoints.cache_info()

    for name, _font in NAMES.values():
        fonts.uncovered_characters(name)

    after = fonts.covered_codepoints.cache_info()
    assert after.misses == before.misses and after.currsize == 1


def test_the_warning_names_the_characters():
    assert fonts.uncovered_warning("Siti Rahmawati") == ""
    with translation.override("en"):
        warning = fonts.uncovered_warning("𑀓")
    assert "𑀓 (U+11013 BRAHMI LETTER KA)" in warning and "empty boxes" in warning


# --- The register -----------------------------------------------------------------------


@pytest.fixture
def certificate(client, learner, certified_course):
    client.force_login(learner)
    complete(client, certified_course)
    return Certificate.objects.get(user=learner)


@pytest.mark.django_db
def test_the_register_flags_a_name_that_would_print_boxes(hr_user, certificate):
    client = Client()
    client.force_login(hr_user)
    page = client.get("/admin/certificates/").content.decode()
    assert "data-font-gap" not in page

    Certificate.objects.filter(pk=certificate.pk).update(learner_name="Budi 𑀓𑀢")
    page = client.get("/admin/certificates/").content.decode()

    flag = re.search(r"<strong class=\"cxa-font-gap\" data-font-gap>(.*?)</strong>", page, re.S)
    assert flag, "no flag on the row"
    assert "U+11013 BRAHMI LETTER KA" in flag[1] and "U+11022 BRAHMI LETTER TA" in flag[1]


@pytest.mark.django_db
def test_learners_still_cannot_see_the_register(client, learner, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(learner_name="Budi 𑀓")
    assert client.get("/admin/certificates/").status_code == 403


# --- Names issued before the name rule --------------------------------------------------


@pytest.mark.django_db
def test_the_verification_page_writes_out_a_stored_direction_control(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(learner_name="Budi\u202eijaR")

    page = Client().get(f"/en/certificates/verify/{certificate.code}/").content.decode()

    assert "Budi[U+202E]ijaR" in page
    assert "\u202e" not in page


@pytest.mark.django_db
def test_the_register_flags_a_stored_name_with_invisible_characters(hr_user, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(learner_name="Bu\u200bdi")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(hr_user)

    page = client.get("/admin/certificates/").content.decode()

    flag = re.search(r"data-name-refused>(.*?)</strong>", page, re.S)
    assert flag and "U+200B ZERO WIDTH SPACE" in flag[1]
    assert "Bu[U+200B]di" in page and "\u200b" not in page

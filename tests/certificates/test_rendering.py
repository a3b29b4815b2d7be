"""Certificate PDFs: the locked fetcher, names in every script, PDF/A, QR codes, bounds."""

import base64
import io
import logging
import re
import shutil
import socket
import subprocess
import threading
import zlib
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.template import engines
from PIL import Image

from certificates import rendering
from certificates.rendering import FetchRefused, locked_url_fetcher, qr_svg, render_pdf

FONTS = settings.BASE_DIR / "static" / "fonts"
NAMES = ["Siti Rahmawati", "José Ñúñez", "محمد عبد الله", "王小明"]
EVIL = [
    "file:///etc/passwd",
    "http://evil.example/x.css",
    "http://evil.example/p.png",
    "https://evil.example/a.css",
]
# pdftotext wraps right-to-left runs in embedding marks; a reader never sees them.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _png(size=(4, 4)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#0b4f6c").save(buffer, format="PNG")
    return buffer.getvalue()


def _certificate_html(content, styles=""):
    source = (
        '{% extends "certificates/pdf/base.html" %}'
        "{% block title %}Sertifikat{% endblock %}"
        "{% block styles %}" + styles + "{% endblock %}"
        "{% block content %}" + content + "{% endblock %}"
    )
    return engines["django"].from_string(source).render({})


def _render(html, **metadata):
    values = {"title": "Sertifikat", "author": "CX Academy", "subject": "Uji"} | metadata
    return render_pdf(html, **values)


def _pdf_bytes_inflated(pdf):
    """The PDF with every Flate stream decompressed (object streams hide names and XMP)."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


@pytest.fixture(autouse=True)
def _fresh_font_config(monkeypatch):
    # render_pdf keeps fonts loaded between renders; each test starts without them.
    monkeypatch.setattr(rendering, "_font_configs", threading.local())


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def fetches(monkeypatch):
    """Every URL the fetcher was asked for, with "allowed" or "refused"."""
    seen = []
    fetch = rendering.LockedURLFetcher.fetch

    def spy(self, url, headers=None):
        try:
            response = fetch(self, url, headers)
        except FetchRefused:
            seen.append((url, "refused"))
            raise
        seen.append((url, "allowed"))
        return response

    monkeypatch.setattr(rendering.LockedURLFetcher, "fetch", spy)
    return seen


@pytest.fixture
def network_attempts(monkeypatch):
    """Fail, and record, any attempt to resolve a host or open a connection."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use during a PDF render")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.fixture
def bundled_fonts_only(monkeypatch, tmp_path):
    """Hide the system's fonts from Fontconfig, so only @font-face fonts can draw text."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fontconfig-cache'}</cachedir></fontconfig>\n"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))


# --- The fetcher: what it serves -------------------------------------------------------


def test_fetcher_serves_a_bundled_font_by_its_static_url():
    response = locked_url_fetcher("/static/fonts/NotoSans-Regular.ttf")

    assert response.read() == (FONTS / "NotoSans-Regular.ttf").read_bytes()
    assert response.content_type == "font/ttf"


def test_fetcher_serves_the_cjk_font_which_is_just_under_the_size_limit():
    response = locked_url_fetcher("/static/fonts/WenQuanYiMicroHei.ttc")

    assert len(response.read()) == (FONTS / "WenQuanYiMicroHei.ttc").stat().st_size


def test_fetcher_serves_a_media_image_by_url_and_by_file_path(media_root):
    (media_root / "logos").mkdir()
    (media_root / "logos" / "cx.png").write_bytes(_png())

    by_url = locked_url_fetcher("/media/logos/cx.png")
    by_path = locked_url_fetcher((media_root / "logos" / "cx.png").as_uri())

    assert by_url.read() == by_path.read() == _png()
    assert by_url.content_type == "image/png"


def test_fetcher_serves_a_small_inline_image():
    uri = "data:image/png;base64," + base64.b64encode(_png()).decode()

    response = locked_url_fetcher(uri)

    assert response.read() == _png()
    assert response.content_type == "image/png"


# --- The fetcher: what it refuses ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "file://evil.example/etc/passwd",
        "http://example.com/x.png",
        "https://example.com/x.png",
        "ftp://example.com/x.png",
        "gopher://example.com/x.png",
        "javascript:alert(1)",
        "//example.com/x.png",
        "/etc/passwd",
        "/static/../../etc/passwd",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/fonts%2f..%2f..%2f..%2fetc/passwd",
        "/static//etc/passwd",
        "/static/fonts/..\\..\\..\\etc\\passwd",
        "/media/../cxacademy/settings/base.py",
        f"{(FONTS / '..' / '..' / 'cxacademy' / 'settings' / 'base.py').as_uri()}",
        "/static/fonts/README.md",
        "/static/fonts/NoSuchFont.ttf",
        "/media/no-such-logo.png",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:,hello",
        "data:image/png;base64",
    ],
)
def test_fetcher_refuses(url, media_root):
    with pytest.raises(FetchRefused):
        locked_url_fetcher(url)


def test_fetcher_refuses_a_symlink_in_media_that_points_outside(media_root, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(_png())
    (media_root / "logo.png").symlink_to(outside / "secret.png")
    (media_root / "elsewhere").symlink_to(outside, target_is_directory=True)

    for url in (
        "/media/logo.png",
        (media_root / "logo.png").as_uri(),
        "/media/elsewhere/secret.png",
    ):
        with pytest.raises(FetchRefused, match="outside"):
            locked_url_fetcher(url)


def test_fetcher_refuses_a_file_over_the_size_limit(media_root):
    with open(media_root / "big.png", "wb") as file:
        file.truncate(rendering.MAX_RESOURCE_BYTES + 1)

    with pytest.raises(FetchRefused, match="limit"):
        locked_url_fetcher("/media/big.png")


def test_fetcher_refuses_an_inline_image_over_2_mb():
    payload = base64.b64encode(b"\0" * (rendering.MAX_DATA_URI_BYTES + 1)).decode()

    with pytest.raises(FetchRefused, match="data URI over"):
        locked_url_fetcher(f"data:image/png;base64,{payload}")


def test_refusals_are_logged_at_info_without_a_traceback(caplog):
    with (
        caplog.at_level(logging.INFO, logger="certificates.rendering"),
        pytest.raises(FetchRefused),
    ):
        locked_url_fetcher("http://evil.example/x.png")

    (record,) = [r for r in caplog.records if r.name == "certificates.rendering"]
    assert record.levelno == logging.INFO
    assert "http://evil.example/x.png" in record.getMessage()
    assert record.exc_info is None


# --- Rendering ---------------------------------------------------------------------------


def test_render_leaves_out_outside_resources_and_never_touches_the_network(
    fetches, network_attempts, caplog
):
    html = _certificate_html(
        content=(
            '<link rel="stylesheet" href="http://evil.example/x.css">'
            # @import counts only at the top of a stylesheet, hence a <style> of its own.
            "<style>@import url(https://evil.example/a.css);</style>"
            '<img src="file:///etc/passwd" alt="">'
            '<p class="tile">Siti Rahmawati</p>'
        ),
        styles=".tile { background: url(http://evil.example/p.png); }",
    )

    with caplog.at_level(logging.INFO, logger="certificates.rendering"):
        pdf = _render(html)

    assert pdf.startswith(b"%PDF-")
    for url in EVIL:
        assert (url, "refused") in fetches
        assert (url, "allowed") not in fetches
        assert any(url in record.getMessage() for record in caplog.records)
    assert network_attempts == []


def test_raw_render_uses_the_same_locked_fetcher(fetches, network_attempts):
    pdf = rendering.raw_render('<img src="file:///etc/passwd"><img src="http://evil.example/p">')

    assert pdf.startswith(b"%PDF-")
    assert ("file:///etc/passwd", "refused") in fetches
    assert ("http://evil.example/p", "refused") in fetches
    assert network_attempts == []


def test_names_in_every_script_are_drawn_with_the_bundled_fonts(fetches, bundled_fonts_only):
    html = _certificate_html("".join(f"<p>{name}</p>" for name in NAMES))

    pdf = _pdf_bytes_inflated(_render(html))

    for font in ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "WenQuanYiMicroHei.ttc"):
        assert (f"/static/fonts/{font}", "allowed") in fetches
    for embedded in (b"+Noto-Sans/", b"+Noto-Sans-Arabic/", b"+WenQuanYi-Micro-Hei/"):
        assert embedded in pdf
    # Text, not pictures of text: every font maps glyphs back to characters.
    assert pdf.count(b"/ToUnicode") >= 3
    assert b"/Subtype /Image" not in pdf


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_names_in_every_script_can_be_selected_and_copied(tmp_path, bundled_fonts_only):
    html = _certificate_html("".join(f"<p>{name}</p>" for name in NAMES))
    path = tmp_path / "names.pdf"
    path.write_bytes(_render(html))

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()

    text = BIDI_CONTROLS.sub("", text)
    for name in NAMES:
        assert name in text


def test_pdf_is_identified_as_pdf_a_3b_with_its_title_author_subject_and_language():
    pdf = _render(
        _certificate_html("<p>Siti Rahmawati</p>"),
        title="Pelayanan Prima — Siti Rahmawati",
        author="CX Academy",
        subject="Sertifikat CXA-7K2M-94QD-XR3T-B8WN",
        language="en",
    )

    assert pdf.startswith(b"%PDF-1.7")
    content = _pdf_bytes_inflated(pdf)
    assert b'pdfaid:part="3"' in content
    assert b'pdfaid:conformance="B"' in content
    assert "Pelayanan Prima — Siti Rahmawati</rdf:li>".encode() in content
    assert b"<rdf:li>CX Academy</rdf:li>" in content
    assert b"Sertifikat CXA-7K2M-94QD-XR3T-B8WN</rdf:li>" in content
    assert b"/Lang (en)" in content
    assert b"/GTS_PDFA1" in content  # the sRGB output intent PDF/A asks for


def test_fonts_are_loaded_once_and_reloaded_after_a_while(fetches, monkeypatch):
    monkeypatch.setattr(rendering, "FONT_CONFIG_RENDERS", 2)
    html = _certificate_html("<p>Siti Rahmawati</p>")
    font = ("/static/fonts/NotoSans-Regular.ttf", "allowed")

    _render(html)
    _render(html)
    assert fetches.count(font) == 1

    _render(html)
    assert fetches.count(font) == 2


# --- Bounds ------------------------------------------------------------------------------


def test_html_over_the_limit_is_refused_before_rendering(fetches):
    html = "<p>" + "x" * rendering.MAX_HTML_CHARS + "</p>"

    with pytest.raises(ValueError, match="limit is 200,000"):
        _render(html)
    assert fetches == []


def test_a_layout_running_to_many_pages_is_refused():
    html = '<p style="break-after: page">x</p>' * (rendering.MAX_PAGES + 1)

    with pytest.raises(ValueError, match="pages"):
        _render(html)


def test_a_huge_media_image_is_left_out_and_the_rest_renders(media_root, fetches):
    (media_root / "logo.png").write_bytes(_png())
    with open(media_root / "banner.png", "wb") as file:
        file.truncate(6 * 1024 * 1024)

    pdf = _render(_certificate_html('<img src="/media/banner.png"><img src="/media/logo.png">'))

    assert pdf.startswith(b"%PDF-")
    assert ("/media/banner.png", "refused") in fetches
    assert ("/media/logo.png", "allowed") in fetches
    assert b"/Subtype /Image" in _pdf_bytes_inflated(pdf)


# --- QR codes ----------------------------------------------------------------------------

VERIFY_URL = "https://academy.example.co.id/id/certificates/verify/CXA-7K2M-94QD-XR3T-B8WN/"
SVG = "{http://www.w3.org/2000/svg}"


def _svg_size(svg):
    return float(ElementTree.fromstring(svg).get("viewBox").split()[2])


def test_qr_code_is_an_accessible_self_contained_svg():
    svg = qr_svg(VERIFY_URL)

    root = ElementTree.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert VERIFY_URL in root.get("aria-label")
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "path", "rect"}
    assert {"path", "rect"} <= tags
    for element in root.iter():
        assert not any("href" in name for name in element.attrib)
    assert "href" not in svg
    assert 'id="' not in svg  # two codes on one page must not clash
    assert svg.startswith("<svg ")
    # Ready for a template: not escaped into visible markup.
    assert engines["django"].from_string("{{ qr }}").render({"qr": svg}) == svg


def test_qr_code_grows_with_the_url_it_encodes():
    short = qr_svg("https://cx.id/v/1")
    medium = qr_svg(VERIFY_URL)
    long = qr_svg(VERIFY_URL + "?" + "a" * 200)

    assert _svg_size(short) < _svg_size(medium) < _svg_size(long)


def test_qr_code_escapes_a_hostile_url():
    svg = qr_svg('https://x.example/"><script>alert(1)</script>')

    root = ElementTree.fromstring(svg)
    assert "<script>" not in svg
    assert {element.tag.removeprefix(SVG) for element in root.iter()} <= {"svg", "path", "rect"}


def test_qr_code_renders_inside_a_certificate(fetches):
    pdf = _render(_certificate_html(f"<div style='width: 30mm'>{qr_svg(VERIFY_URL)}</div>"))

    assert pdf.startswith(b"%PDF-")
    assert all(outcome == "allowed" for _, outcome in fetches)

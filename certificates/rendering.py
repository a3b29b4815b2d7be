"""Certificate PDFs: HTML in, PDF/A-3b out, with nothing fetched from outside.

Everything WeasyPrint loads while rendering (stylesheets, fonts, images, SVG
references, attachments) goes through `locked_url_fetcher`, the one fetcher for
PDFs. It reads our own static and media files from disk and small inline images
from `data:` URIs, and refuses everything else, so a certificate template or a
trainer-supplied snippet can neither reach the network nor read files on the
server.

Root-relative URLs are written as the site serves them ("/static/fonts/…",
"/media/…"); the fetcher maps them to files. Certificate links that a reader
should follow in the PDF (the verification page) must be absolute.
"""

import base64
import binascii
import logging
import os
import posixpath
import stat
import threading
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlsplit
from urllib.request import url2pathname
from xml.etree import ElementTree

import qrcode
from defusedxml import ElementTree as DefusedElementTree
from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from qrcode.image.svg import SvgPathFillImage
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

MAX_HTML_CHARS = 200_000
# A page or two is a certificate; more means a template is running away.
MAX_PAGES = 10
# The largest file the PDFs need is the CJK font (WenQuanYiMicroHei.ttc, 4.9 MiB).
MAX_RESOURCE_BYTES = 5 * 1024 * 1024
MAX_DATA_URI_BYTES = 2 * 1024 * 1024

PDF_VARIANT = "pdf/a-3b"

# urljoin leaves a URL untouched when the base's scheme is not one it knows to be
# hierarchical, so with this base "/static/fonts/x.ttf" reaches the fetcher exactly
# as written, and no URL in the document turns into an http(s) one.
DEFAULT_BASE_URL = "cxacademy:"

DATA_URI_TYPES = frozenset({"image/png", "image/jpeg", "image/svg+xml", "image/webp"})

# Only what a certificate is made of. Media also holds Wagtail documents (HR
# exports, learners' uploads); <link rel="attachment"> must not embed those.
FILE_TYPES = {
    ".css": "text/css",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".otf": "font/otf",
    ".ttc": "font/collection",
    ".ttf": "font/ttf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
}

SVG_NAMESPACE = "http://www.w3.org/2000/svg"

# Each FontConfiguration WeasyPrint creates leaves ~0.4 MB of Pango and Fontconfig memory
# behind, and copying and scanning the fonts costs a fifth of a render. render_pdf keeps
# one per thread (Pango is not thread-safe) and starts a new one every so often, which
# bounds both that leak and whatever fonts a template adds to the ones base.html declares.
FONT_CONFIG_RENDERS = 100
_font_configs = threading.local()


class FetchRefused(Exception):
    """A resource the PDF asked for is not one we serve to it."""


class LockedURLFetcher(URLFetcher):
    """WeasyPrint's fetcher, locked to our static files, media files and data: images.

    WeasyPrint 70 wants a `URLFetcher` (it reads the instance's settings) that
    returns a `URLFetcherResponse`. `fetch` is replaced outright, so urllib's
    handlers that the parent class installs are never reached.
    """

    def __init__(self):
        super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)

    def fetch(self, url, headers=None):
        try:
            return _fetch(url)
        except FetchRefused as refusal:
            # WeasyPrint turns the exception into a warning and renders without the
            # resource; the INFO line says which template asked for what.
            logger.info("PDF resource refused: %s (%s)", _shorten(url), refusal)
            raise


#: The only fetcher used for PDFs. Call it with a URL; it returns a
#: `URLFetcherResponse` or raises `FetchRefused`.
locked_url_fetcher = LockedURLFetcher()


def render_pdf(
    html: str,
    *,
    base_url: str | None = None,
    title: str,
    author: str,
    subject: str,
    language: str = "id",
) -> bytes:
    """Render certificate HTML to PDF/A-3b bytes with title, author, subject and language.

    Raises ValueError for HTML over MAX_HTML_CHARS or a layout over MAX_PAGES pages.
    Resources the fetcher refuses are left out; the rest of the certificate renders.
    """
    if len(html) > MAX_HTML_CHARS:
        raise ValueError(
            f"Certificate HTML is {len(html):,} characters; the limit is {MAX_HTML_CHARS:,}. "
            "Shorten the template or the text put into it."
        )
    document = _html(html, base_url).render(font_config=_font_config())
    if len(document.pages) > MAX_PAGES:
        raise ValueError(
            f"Certificate laid out on {len(document.pages)} pages; the limit is {MAX_PAGES}."
        )
    document.metadata.title = title
    document.metadata.authors = [author]
    document.metadata.description = subject
    document.metadata.lang = language
    return document.write_pdf(pdf_variant=PDF_VARIANT, uncompressed_pdf=False)


def raw_render(html: str, base_url: str | None = None) -> bytes:
    """Plain WeasyPrint with the locked fetcher: the benchmark's baseline."""
    return _html(html, base_url).write_pdf()


def qr_svg(url: str, *, label: str | None = None) -> SafeString:
    """An inline SVG QR code for `url`: one path on a white square, no external references.

    Marked safe for templates: the markup is ours and ElementTree escapes the label.
    """
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        image_factory=SvgPathFillImage,
    )
    code.add_data(url)
    code.make(fit=True)
    svg = DefusedElementTree.fromstring(code.make_image().to_string())
    # Plain <svg>/<path>/<rect> tags in the SVG namespace, as inline SVG is written
    # in HTML (ElementTree would otherwise print "svg:" prefixes).
    for element in svg.iter():
        element.tag = element.tag.removeprefix(f"{{{SVG_NAMESPACE}}}")
        # qrcode names its path "qr-path"; two codes on one page would share the id.
        element.attrib.pop("id", None)
    svg.set("xmlns", SVG_NAMESPACE)
    svg.set("role", "img")
    svg.set("aria-label", label or gettext("QR code: %(url)s") % {"url": url})
    svg.set("class", "qr-code")
    return mark_safe(ElementTree.tostring(svg, encoding="unicode"))  # noqa: S308


def _font_config():
    renders = getattr(_font_configs, "renders", FONT_CONFIG_RENDERS)
    if renders >= FONT_CONFIG_RENDERS:
        _font_configs.config = FontConfiguration()
        renders = 0
    _font_configs.renders = renders + 1
    return _font_configs.config


def _html(html, base_url):
    return HTML(
        string=html,
        base_url=base_url or DEFAULT_BASE_URL,
        url_fetcher=locked_url_fetcher,
    )


def _fetch(url):
    if url[:5].lower() == "data:":
        return _data_uri(url)
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise FetchRefused("malformed URL") from error
    scheme = parts.scheme.lower()
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise FetchRefused("file URL on another host")
        path = url2pathname(parts.path)
        return _read(url, path, roots=[*_static_roots(), settings.MEDIA_ROOT])
    if scheme or parts.netloc:
        raise FetchRefused(f"{scheme or 'protocol-relative'} URLs are not fetched")
    return _site_path(url, unquote(parts.path))


def _site_path(url, path):
    """A root-relative path as the site serves it: STATIC_URL or MEDIA_URL."""
    static_url, media_url = settings.STATIC_URL or "", settings.MEDIA_URL or ""
    if static_url.startswith("/") and path.startswith(static_url):
        name = _safe_name(path.removeprefix(static_url))
        try:
            found = finders.find(name)
        except SuspiciousFileOperation as error:
            raise FetchRefused("path leaves the static folders") from error
        # Hashed names from ManifestStaticFilesStorage exist only in STATIC_ROOT.
        candidate = found or os.path.join(settings.STATIC_ROOT, name)
        return _read(url, candidate, roots=_static_roots())
    if media_url.startswith("/") and path.startswith(media_url):
        name = _safe_name(path.removeprefix(media_url))
        return _read(url, os.path.join(settings.MEDIA_ROOT, name), roots=[settings.MEDIA_ROOT])
    raise FetchRefused("not under STATIC_URL or MEDIA_URL")


def _safe_name(name):
    segments = name.split("/")
    if "\\" in name or "\x00" in name or any(s in ("", ".", "..") for s in segments):
        raise FetchRefused("path traversal or malformed path")
    return posixpath.join(*segments)


def _static_roots():
    roots = [settings.STATIC_ROOT]
    for entry in settings.STATICFILES_DIRS:
        roots.append(entry[1] if isinstance(entry, list | tuple) else entry)
    roots.extend(Path(config.path) / "static" for config in apps.get_app_configs())
    return roots


def _inside(path, roots):
    for root in roots:
        if not root:
            continue
        real_root = os.path.realpath(root)
        if os.path.commonpath([path, real_root]) == real_root:
            return True
    return False


def _read(url, path, *, roots):
    """Read a regular file that resolves (symlinks followed) inside one of `roots`."""
    if "\x00" in path:
        raise FetchRefused("malformed path")
    real = os.path.realpath(path)
    if not _inside(real, roots):
        raise FetchRefused("outside the static and media folders")
    mime_type = FILE_TYPES.get(os.path.splitext(real)[1].lower())
    if mime_type is None:
        raise FetchRefused("not a stylesheet, font or image")
    try:
        # O_NOFOLLOW and O_NONBLOCK: a symlink swapped in after the check, or a FIFO,
        # fails here instead of being read or blocking the render.
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise FetchRefused("no such file") from error
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FetchRefused("not a regular file")
        if info.st_size > MAX_RESOURCE_BYTES:
            raise FetchRefused(f"{info.st_size:,} bytes; the limit is {MAX_RESOURCE_BYTES:,}")
        body = file.read(MAX_RESOURCE_BYTES + 1)
    if len(body) > MAX_RESOURCE_BYTES:
        raise FetchRefused(f"more than {MAX_RESOURCE_BYTES:,} bytes")
    return URLFetcherResponse(url, body, {"Content-Type": mime_type})


def _data_uri(url):
    header, comma, payload = url[5:].partition(",")
    if not comma:
        raise FetchRefused("malformed data URI")
    params = [param.strip().lower() for param in header.split(";")]
    mime_type = params[0] or "text/plain"
    if mime_type not in DATA_URI_TYPES:
        raise FetchRefused(f"data URI of type {mime_type}")
    # Base64 and percent-encoding never more than triple the size; don't decode a
    # payload that cannot fit.
    if len(payload) > 3 * MAX_DATA_URI_BYTES:
        raise FetchRefused(f"data URI over {MAX_DATA_URI_BYTES:,} bytes")
    body = unquote_to_bytes(payload)
    if "base64" in params[1:]:
        try:
            body = base64.b64decode(body)
        except (binascii.Error, ValueError) as error:
            raise FetchRefused("malformed base64 in data URI") from error
    if len(body) > MAX_DATA_URI_BYTES:
        raise FetchRefused(f"data URI over {MAX_DATA_URI_BYTES:,} bytes")
    return URLFetcherResponse(url, body, {"Content-Type": mime_type})


def _shorten(url, limit=200):
    return url if len(url) <= limit else f"{url[:limit]}… ({len(url):,} characters)"

"""Outside fetches from PDF rendering, counted by a local canary server.

A tiny HTTP server on 127.0.0.1 (a free port, a thread) counts every request it gets.
References to it, and to local files outside our static and media folders (/etc/passwd,
a secret file next to the media folder, a symlink in media pointing at it), are put:

- everywhere a trainer or a learner can type something that reaches WeasyPrint: the
  template's text, title and signatories, the learner's name and the course title, and
  (as a row written around validation) its colours and orientation, which go into CSS;
  rendered as a learner's certificate and through the trainer's preview;
- with the template's logo, background and signature images set (their renditions are
  the only outside files a certificate loads: they must come from media);
- straight into the HTML that render_pdf gets, in every form WeasyPrint loads a resource
  from (img, stylesheet links, @import, url() in every property that takes one,
  @font-face, SVG image/use/feImage, SVG inside a data: image, PDF attachments, <base>),
  in case markup ever passes the template's escaping.

Must hold: the canary gets 0 requests, no file outside static and media is opened, and
every resource that was served came from static, media or a small data: image. A control
renders the same HTML with WeasyPrint's own fetcher, to show that the placements are live
(the canary and the file watch do see them when the lock is off).
"""

import base64
import io
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from PIL import Image as PILImage
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from certificates import documents, rendering

# --- Watches: the canary server and the files opened ------------------------------------

_PNG = io.BytesIO()
PILImage.new("RGB", (4, 4), "#0b4f6c").save(_PNG, format="PNG")
PNG = _PNG.getvalue()


class Canary:
    """Counts requests to 127.0.0.1:<port>; answers each with a small PNG."""

    def __init__(self):
        self.paths = []
        canary = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                canary.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(PNG)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(PNG)

            do_GET = do_POST = do_HEAD = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def count(self):
        return len(self.paths)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def canary():
    server = Canary()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def _canary_reset(canary):
    canary.paths.clear()


# Python raises an "open" audit event for every file it opens (open(), os.open(),
# io.open_code()). A hook cannot be removed, so one is added, on first use, and records
# the files opened while a test watches.
_OPENED: list[str] | None = None
_HOOKED = False


def _audit(event, args):
    if event == "open" and _OPENED is not None and args and isinstance(args[0], str | bytes):
        path = os.fsdecode(args[0])
        _OPENED.append(os.path.realpath(path) if path.startswith("/") else path)


@pytest.fixture
def opened(secret_file):
    # After secret_file: writing the secret is the test's own doing, not a render's.
    global _OPENED, _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)
        _HOOKED = True
    _OPENED = []
    yield _OPENED
    _OPENED = None


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def secret_file(tmp_path, media_root):
    """A file next to the media folder a PDF must never read, and a symlink to it in media."""
    secret = tmp_path / "secret.css"
    secret.write_text("body { background: url(http://127.0.0.1:1/never) } /* SECRET */")
    (media_root / "logo.css").symlink_to(secret)
    (media_root / "logo.png").symlink_to(secret)
    return secret


FORBIDDEN = ["/etc/passwd", "/etc/shadow", "/etc/hostname", "/proc/self/environ"]


@pytest.fixture
def served(monkeypatch):
    """Every file the locked fetcher read, resolved."""
    reads = []
    read = rendering._read

    def spy(url, path, *, roots):
        response = read(url, path, roots=roots)
        reads.append(os.path.realpath(path))
        return response

    monkeypatch.setattr(rendering, "_read", spy)
    return reads


def _our_folders():
    from django.conf import settings

    return [os.path.realpath(root) for root in rendering._static_roots() + [settings.MEDIA_ROOT]]


def _assert_held(canary, opened, served, secret):
    assert canary.paths == []
    forbidden = {os.path.realpath(path) for path in [*FORBIDDEN, secret]}
    assert not forbidden & set(opened)
    roots = _our_folders()
    for path in served:
        assert any(os.path.commonpath([path, root]) == root for root in roots), path


# --- What a trainer or a learner can type ---------------------------------------------------


def _markup(canary, secret, tag):
    """HTML that would fetch from the canary and read local files, were it markup."""
    url = f"{canary.url}/{tag}"
    return (
        f'<img src="{url}.png"><link rel="stylesheet" href="{url}.css">'
        f"<style>@import url({url}-import.css); p {{ background: url({url}-bg.png) }}</style>"
        f'<div style="background-image:url({url}-inline.png)">x</div>'
        f'<svg><image href="{url}-svg.png" width="9" height="9"/></svg>'
        f'<img src="file:///etc/passwd"><link rel="attachment" href="file://{secret}">'
        f'<a rel="attachment" href="file:///etc/passwd">a</a>'
    )


def _short_markup(canary, field):
    """One reference per field, as the template's 120-character fields can hold."""
    url = f"{canary.url}/{field}"
    return {
        "title": f'<img src="{url}.png">',
        "signatory_1_name": f'<link rel="stylesheet" href="{url}.css">',
        "signatory_1_title": f"<style>@import url({url}.css)</style>",
        "signatory_2_name": f'<svg><image href="{url}.png" width="9" height="9"/></svg>',
        "signatory_2_title": '<link rel="attachment" href="file:///etc/passwd">',
    }[field]


SHORT_FIELDS = [
    "title",
    "signatory_1_name",
    "signatory_1_title",
    "signatory_2_name",
    "signatory_2_title",
]
# These go into the certificate's CSS. The editor allows only "#0B5567" and the two
# orientations; the rows here are as if written around validation.
CSS_FIELDS = ["primary_colour", "accent_colour", "orientation"]


def _css_breakout(canary, tag):
    return (
        f"red; background: url({canary.url}/{tag}.png) }} "
        f"@import url({canary.url}/{tag}-import.css); x {{ color: red"
    )


def _image(name):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(
        title=name, file=get_test_image_file(filename=f"{name}.png")
    )


@pytest.fixture
def hostile_template(cert_template, canary, secret_file):
    """The template with every typed field holding live-looking markup, and all its images."""
    for field in SHORT_FIELDS:
        setattr(cert_template, field, _short_markup(canary, field))
    cert_template.body = "{name} {course} " + _markup(canary, secret_file, "body")
    cert_template.logo = _image("logo")
    cert_template.background = _image("background")
    cert_template.signatory_1_signature = _image("signature-1")
    cert_template.signatory_2_signature = _image("signature-2")
    cert_template.save()
    return cert_template


def _hostile_sample(template, canary, secret):
    sample = documents.sample_certificate(template)
    for key in ("learner_name", "course_title"):
        value = _markup(canary, secret, key)
        sample.snapshot[key] = value
        setattr(sample, key, value[:200])
    return sample


@pytest.mark.django_db
def test_typed_text_and_images_on_a_certificate_fetch_nothing_from_outside(
    hostile_template, canary, opened, served, secret_file
):
    sample = _hostile_sample(hostile_template, canary, secret_file)
    html = documents.certificate_html(sample)
    # The first line of defence: what was typed is text in the HTML, never markup; the
    # fetcher below is the second.
    assert f'src="{canary.url}' not in html and f'href="{canary.url}' not in html
    assert "&lt;img src=" in html and "&lt;link rel=" in html

    pdf = documents.certificate_pdf(sample)

    assert pdf.startswith(b"%PDF")
    _assert_held(canary, opened, served, secret_file)
    # The four images did load, from media: the fetcher is locked, not broken.
    assert sum("/images/" in path for path in served) >= 4


@pytest.mark.django_db
@pytest.mark.parametrize("field", CSS_FIELDS)
def test_a_colour_or_orientation_written_around_validation_fetches_nothing(
    cert_template, canary, opened, served, secret_file, field
):
    # In memory only: PostgreSQL would refuse the length, SQLite would store it.
    setattr(cert_template, field, _css_breakout(canary, field))

    pdf = documents.certificate_pdf(documents.sample_certificate(cert_template))

    assert pdf.startswith(b"%PDF")
    _assert_held(canary, opened, served, secret_file)


@pytest.mark.django_db
def test_the_trainer_preview_of_a_hostile_template_fetches_nothing(
    client, trainer, hostile_template, canary, opened, served, secret_file
):
    client.force_login(trainer)

    response = client.get(f"/admin/certificates/templates/{hostile_template.pk}/preview.pdf")

    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    _assert_held(canary, opened, served, secret_file)


@pytest.mark.django_db
def test_an_inline_image_over_the_limit_in_the_text_is_refused_with_a_message(
    client, trainer, cert_template, canary, opened, served, secret_file
):
    payload = base64.b64encode(PNG + b"\0" * rendering.MAX_DATA_URI_BYTES).decode()
    cert_template.body = f'{{name}} <img src="data:image/png;base64,{payload}">'
    cert_template.save()
    client.force_login(trainer)

    response = client.get(
        f"/admin/certificates/templates/{cert_template.pk}/preview.pdf", follow=True
    )

    # Back in the editor with the reason (its figures are not translated), not a 500.
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(f"/certificatetemplate/edit/{cert_template.pk}/")
    assert f"{rendering.MAX_HTML_CHARS:,}" in response.content.decode()
    _assert_held(canary, opened, served, secret_file)


# --- Markup straight into the renderer ------------------------------------------------------


def _svg_data_uri(canary):
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="10" height="10">'
        f'<image href="{canary.url}/in-data-svg.png" width="10" height="10"/>'
        f'<image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _placements(canary, secret):
    """(name, html) pairs: one way of loading a resource each."""
    c = canary.url
    big_png = base64.b64encode(PNG + b"\0" * (rendering.MAX_DATA_URI_BYTES + 1)).decode()
    http = {
        "img": f'<img src="{c}/img.png">',
        "img upper-case scheme": f'<img src="HTTP://127.0.0.1:{canary.port}/upper.png">',
        "img localhost": f'<img src="http://localhost:{canary.port}/localhost.png">',
        "img decimal address": f'<img src="http://2130706433:{canary.port}/decimal.png">',
        "img protocol-relative": f'<img src="//127.0.0.1:{canary.port}/relative.png">',
        "img https": f'<img src="https://127.0.0.1:{canary.port}/https.png">',
        "base href": f'<base href="{c}/base/"><img src="from-base.png">',
        "stylesheet link": f'<link rel="stylesheet" href="{c}/link.css"><p>x</p>',
        "@import": f"<style>@import url({c}/import.css);</style><p>x</p>",
        "@import string": f'<style>@import "{c}/import-string.css";</style><p>x</p>',
        "@font-face": (
            f"<style>@font-face {{ font-family: Canary; src: url({c}/font.ttf) }}"
            " p { font-family: Canary }</style><p>x</p>"
        ),
        "background": f"<style>p {{ background: url({c}/background.png) }}</style><p>x</p>",
        "style attribute": f'<p style="background-image: url({c}/attribute.png)">x</p>',
        "list-style-image": (
            f"<style>li {{ list-style-image: url({c}/bullet.png) }}</style><ul><li>x</li></ul>"
        ),
        "content url": f"<style>p::before {{ content: url({c}/content.png) }}</style><p>x</p>",
        "border-image": (
            f"<style>p {{ border: 9px solid; border-image: url({c}/border.png) 3 }}</style><p>x</p>"
        ),
        "@page background": f"<style>@page {{ background: url({c}/page.png) }}</style><p>x</p>",
        "@page margin box": (
            f"<style>@page {{ @top-center {{ content: url({c}/margin.png) }} }}</style><p>x</p>"
        ),
        "object": f'<object data="{c}/object.png" type="image/png"></object>',
        "embed": f'<embed src="{c}/embed.png" type="image/png">',
        "iframe": f'<iframe src="{c}/iframe.html"></iframe>',
        "video poster": f'<video poster="{c}/poster.png"></video>',
        "input image": f'<input type="image" src="{c}/input.png">',
        "svg image": (
            f'<svg width="9" height="9"><image href="{c}/svg.png" width="9" height="9"/></svg>'
        ),
        "svg xlink image": (
            '<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="9" height="9">'
            f'<image xlink:href="{c}/xlink.png" width="9" height="9"/></svg>'
        ),
        "svg use": f'<svg width="9" height="9"><use href="{c}/use.svg#a"/></svg>',
        "svg feImage": (
            '<svg width="9" height="9"><filter id="f"><feImage href="'
            f'{c}/feimage.png"/></filter><rect width="9" height="9" filter="url(#f)"/></svg>'
        ),
        "svg style": (
            f'<svg width="9" height="9"><style>@import url({c}/svg-style.css);</style></svg>'
        ),
        "svg inside a data image": f'<img src="{_svg_data_uri(canary)}">',
        "attachment link": f'<link rel="attachment" href="{c}/attachment.txt">',
        "attachment anchor": f'<a rel="attachment" href="{c}/anchor.txt">a</a>',
    }
    files = {
        "img file": '<img src="file:///etc/passwd">',
        "img file localhost": '<img src="file://localhost/etc/passwd">',
        "stylesheet file": '<link rel="stylesheet" href="file:///etc/passwd">',
        "attachment file": '<link rel="attachment" href="file:///etc/passwd">',
        "attachment anchor file": '<a rel="attachment" href="file:///etc/shadow">a</a>',
        "attachment environ": '<link rel="attachment" href="file:///proc/self/environ">',
        "attachment secret": f'<link rel="attachment" href="file://{secret}">',
        "stylesheet secret": f'<link rel="stylesheet" href="file://{secret}">',
        "static traversal": '<link rel="attachment" href="/static/../../../../etc/passwd">',
        "static encoded traversal": (
            '<link rel="attachment" href="/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd">'
        ),
        "static font traversal": '<img src="/static/fonts/../../../../../etc/hostname">',
        "media traversal": '<link rel="stylesheet" href="/media/../secret.css">',
        "media symlink css": '<link rel="stylesheet" href="/media/logo.css">',
        "media symlink image": '<img src="/media/logo.png">',
        "font from a file": (
            "<style>@font-face { font-family: F; src: url(file:///etc/passwd) }"
            " p { font-family: F }</style><p>x</p>"
        ),
        "base file": '<base href="file:///etc/"><link rel="attachment" href="passwd">',
    }
    data = {
        "data image over the limit": f'<img src="data:image/png;base64,{big_png}">',
        "data svg over the limit": (
            '<img src="data:image/svg+xml,' + "%3Csvg%3E" + "A" * (3 * 1024 * 1024) + '">'
        ),
        "data html": '<iframe src="data:text/html,<img src=x>"></iframe>',
        "data stylesheet": (
            f'<link rel="stylesheet" href="data:text/css,p{{background:url({c}/datacss.png)}}">'
        ),
    }
    return [
        *(("http", name, html) for name, html in http.items()),
        *(("file", name, html) for name, html in files.items()),
        *(("data", name, html) for name, html in data.items()),
    ]


PLACEMENT_NAMES = [
    name
    for _kind, name, _html in _placements(SimpleNamespace(url="http://127.0.0.1:1", port=1), "/x")
]


@pytest.fixture
def placements(canary, secret_file):
    return {name: (kind, html) for kind, name, html in _placements(canary, secret_file)}


def _page(html):
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{html}</body></html>'


@pytest.mark.parametrize("name", PLACEMENT_NAMES)
def test_markup_given_to_the_renderer_fetches_nothing_from_outside(
    placements, name, canary, opened, served, secret_file
):
    _kind, html = placements[name]

    if len(_page(html)) > rendering.MAX_HTML_CHARS:
        # render_pdf refuses HTML this long whole; the fetcher must still hold without it.
        with pytest.raises(ValueError, match="limit"):
            rendering.render_pdf(_page(html), title="t", author="a", subject="s")
        pdf = rendering.raw_render(_page(html))
    else:
        pdf = rendering.render_pdf(_page(html), title="t", author="a", subject="s")

    assert pdf.startswith(b"%PDF")
    _assert_held(canary, opened, served, secret_file)
    assert served == []  # none of these is one of our files


@pytest.mark.django_db
def test_the_placements_are_live_when_the_lock_is_off(placements, canary, opened, secret_file):
    """The control: WeasyPrint's own fetcher does reach the canary and read the files, so
    the zeros above are the lock holding, not placements that never load anything."""
    live = []
    for name, (kind, html) in placements.items():
        before, opened_before = canary.count, len(opened)
        HTML(string=_page(html), url_fetcher=URLFetcher(timeout=5)).write_pdf()
        reached = canary.count > before if kind == "http" else False
        read = bool({*FORBIDDEN, str(secret_file)} & set(opened[opened_before:]))
        if reached or read:
            live.append(name)
    for name in (
        "img",
        "stylesheet link",
        "@import",
        "@font-face",
        "background",
        "svg image",
        "svg inside a data image",
        "attachment link",
        "attachment file",
        "attachment secret",
    ):
        assert name in live
    print(f"\nlive without the lock: {len(live)} of {len(placements)}: {', '.join(live)}")

"""The one place where HTML from people (trainers, importers, learners) is made safe.

Everything that renders user-supplied HTML calls `clean_html()`. It keeps the
formatting a lesson needs and removes scripts, event handlers, `javascript:`
links, styles and anything else that could run or fetch.

Rich text that is *stored* (Wagtail's RichTextField and rich text blocks) goes
through `clean_rich_text()`: the same rules, plus the form Wagtail's editor can
load. Its converter reads HTML with Python's HTMLParser and gives up (a 500 on the
edit screen) on a void element written without its slash (`<img>`, `<br>`,
`<link>`) inside a paragraph, and on unbalanced tags.
"""

import re
from functools import partial

import bleach
from bleach.html5lib_shim import BleachHTMLSerializer
from bleach.linkifier import LinkifyFilter
from bs4 import BeautifulSoup
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import RichText, expand_db_html

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "strong",
        "sub",
        "sup",
        "u",
        "ul",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
        "span",
        "div",
        "img",
        "figure",
        "figcaption",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title", "rel", "target"],
    "abbr": ["title"],
    "img": ["src", "alt", "width", "height", "class"],
    "th": ["scope", "colspan", "rowspan"],
    "td": ["colspan", "rowspan"],
    "span": ["lang"],
    "div": ["class"],
    "p": ["lang"],
    "figure": ["class"],
}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})


def _img_src_is_local(tag, name, value):
    # Images may only come from our own media or static files: no tracking pixels,
    # nothing a page could be made to fetch from elsewhere.
    if name == "src":
        return value.startswith(("/media/", "/static/"))
    return name in ALLOWED_ATTRIBUTES["img"]


_ATTRIBUTES = {**ALLOWED_ATTRIBUTES, "img": _img_src_is_local}


def _external_links_are_safe(attrs, new=False):
    href = attrs.get((None, "href"), "")
    if href.startswith(("http://", "https://")):
        attrs[(None, "rel")] = "noopener noreferrer"
    return attrs


# Elements whose *content* must go too: stripping only the tags would leave the
# script's source or the stylesheet showing as text.
_DROP_WITH_CONTENT = re.compile(
    r"<(script|style|template|noscript|iframe|object|embed|svg|math)\b.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[
        partial(
            LinkifyFilter,
            callbacks=[_external_links_are_safe],
            skip_tags={"pre", "code"},
            parse_email=False,
        )
    ],
)


def clean_html(html: str | None) -> SafeString:
    """Sanitised HTML, marked safe for templates."""
    if not html:
        return mark_safe("")  # noqa: S308 - empty string
    cleaned = _cleaner.clean(_DROP_WITH_CONTENT.sub("", str(html)))
    return mark_safe(cleaned)  # noqa: S308 - bleach has just cleaned it


# Wagtail's database format: page and document links carry `linktype` and `id`
# (the editor turns them back into choosers); images and media are `<embed/>`s.
_RICH_TEXT_TAGS = (ALLOWED_TAGS - {"img", "figure", "figcaption"}) | {"embed"}
_RICH_TEXT_ATTRIBUTES = {
    **{tag: names for tag, names in ALLOWED_ATTRIBUTES.items() if tag in _RICH_TEXT_TAGS},
    "a": ["href", "linktype", "id"],
    "embed": ["embedtype", "id", "format", "alt", "url"],
}

_rich_text_cleaner = bleach.Cleaner(
    tags=_RICH_TEXT_TAGS,
    attributes=_RICH_TEXT_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)
# `<br/>` rather than `<br>`: the only spelling of a void element that the editor's
# HTMLParser-based converter does not wait for a closing tag after.
_rich_text_cleaner.serializer = BleachHTMLSerializer(
    quote_attr_values="always",
    omit_optional_tags=False,
    escape_lt_in_attrs=True,
    resolve_entities=False,
    sanitize=False,
    alphabetical_attributes=False,
    use_trailing_solidus=True,
    space_before_trailing_solidus=False,
)


def rich_text_html(value) -> SafeString:
    """Wagtail rich text (links expanded) as HTML for a page, through the one
    sanitiser: the `richtext_clean` template filter, and blocks that render it."""
    if value is None:
        return clean_html("")
    source = value.source if isinstance(value, RichText) else str(value)
    return clean_html(expand_db_html(source))


def clean_rich_text(html: str | None) -> str:
    """Rich text for storing: safe as `clean_html()` and loadable by Wagtail's editor.

    A raw `<img>` (rich text has no place for one: images are image blocks with
    alternative text) becomes its alternative text, so nothing the learner read
    is lost; `<link>`, `<meta>`, `<base>` and the like are dropped; every other
    tag comes back balanced.
    """
    if not html:
        return ""
    soup = BeautifulSoup(_DROP_WITH_CONTENT.sub("", str(html)), "html.parser")
    for image in soup.find_all("img"):
        image.replace_with(image.get("alt") or "")
    return _rich_text_cleaner.clean(str(soup)).strip()

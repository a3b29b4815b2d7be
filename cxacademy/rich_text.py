"""Wagtail's rich text editor, made to open whatever rich text is stored.

Rich text reaches the database from more places than the editor: imports, course
packages, older versions of the project, a hand-made fix in the database. Wagtail's
converter from stored HTML to the editor's format stops at the first thing it
cannot read (a void `<img>` or `<br>` without its slash, an unclosed tag) and the
edit screen answers 500, so the trainer cannot even open the page to repair it.

This widget tries the stored HTML as it is and, when the converter gives up, shows
the editor the cleaned version instead (`clean_rich_text`, the project's one
sanitiser). Saving then stores what the editor shows: the content is cleaned on
save without anyone having to know it was broken. `rich_text_repair` (the
`clean_rich_text` management command) cleans what is stored without waiting for
someone to open and save each page.
"""

import logging

from django.apps import apps
from django.db import transaction
from wagtail import blocks
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import features as feature_registry

from cxacademy.sanitise import clean_rich_text

logger = logging.getLogger(__name__)


class SafeDraftailRichTextArea(DraftailRichTextArea):
    def format_value(self, value):
        try:
            return super().format_value(value)
        # The converter fails with whatever its parser trips over (an assertion on
        # unmatched tags today); any failure must leave the page editable.
        except Exception:
            logger.warning("Rich text the editor could not load was cleaned", exc_info=True)
            return super().format_value(clean_rich_text(value))


def _loads(converter: ContentstateConverter, html: str) -> bool:
    try:
        converter.from_database_format(html)
    except Exception:  # whatever the converter trips over, as in the widget above
        return False
    return True


def _repaired_stream(block, raw, converter):
    """`raw` (a block's stored JSON) with rich text the editor cannot load cleaned."""
    if isinstance(block, blocks.RichTextBlock):
        if isinstance(raw, str) and raw and not _loads(converter, raw):
            return clean_rich_text(raw)
        return raw
    if isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        return [
            {
                **item,
                "value": _repaired_stream(
                    block.child_blocks[item["type"]], item["value"], converter
                ),
            }
            if isinstance(item, dict) and item.get("type") in block.child_blocks
            else item
            for item in raw
        ]
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        return {
            name: _repaired_stream(block.child_blocks[name], value, converter)
            if name in block.child_blocks
            else value
            for name, value in raw.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        return [
            {**item, "value": _repaired_stream(block.child_block, item["value"], converter)}
            if isinstance(item, dict) and item.get("type") == "item"
            else _repaired_stream(block.child_block, item, converter)
            for item in raw
        ]
    return raw


def rich_text_repair(*, dry_run: bool = False) -> dict[str, int]:
    """Clean, in every table, stored rich text that Wagtail's editor cannot load.

    RichTextFields and rich text blocks inside StreamFields are checked row by row
    (pages, snippets, any model); only values the editor's converter rejects are
    rewritten, with `clean_rich_text`. Returns the number of rows changed per model
    ("app_label.model"). Revisions are left as they are: the editor cleans what it
    loads from them (SafeDraftailRichTextArea).
    """
    converter = ContentstateConverter(feature_registry.get_default_features())
    changed: dict[str, int] = {}
    for model in apps.get_models():
        fields = [
            field
            for field in model._meta.get_fields()
            if isinstance(field, RichTextField | StreamField) and field.model is model
        ]
        if not fields:
            continue
        names = [field.attname for field in fields]
        pending = []
        for pk, *values in model._base_manager.values_list("pk", *names).iterator():
            updates = {}
            for field, value in zip(fields, values, strict=True):
                if isinstance(field, RichTextField):
                    if value and not _loads(converter, value):
                        updates[field.attname] = clean_rich_text(value)
                    continue
                raw = list(value.raw_data) if hasattr(value, "raw_data") else value
                repaired = _repaired_stream(field.stream_block, raw, converter)
                if repaired != raw:
                    updates[field.attname] = StreamValue(field.stream_block, repaired, is_lazy=True)
            if updates:
                pending.append((pk, updates))
        if pending and not dry_run:
            # Written after reading: no update while the table's cursor is still open.
            with transaction.atomic():
                for pk, updates in pending:
                    model._base_manager.filter(pk=pk).update(**updates)
        if pending:
            changed[model._meta.label_lower] = len(pending)
    return changed

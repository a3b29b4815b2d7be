"""Wagtail's rich text editor, made to open whatever rich text is stored.

Rich text reaches the database from more places than the editor: imports, course
packages, older versions of the project, a hand-made fix in the database. Wagtail's
converter from stored HTML to the editor's format stops at the first thing it
cannot read (a void `<img>` or `<br>` without its slash, an unclosed tag) and the
edit screen answers 500, so the trainer cannot even open the page to repair it.

This widget tries the stored HTML as it is and, when the converter gives up, shows
the editor the cleaned version instead (`clean_rich_text`, the project's one
sanitiser). Saving then stores what the editor shows: the content is cleaned on
save without anyone having to know it was broken.
"""

import logging

from wagtail.admin.rich_text import DraftailRichTextArea

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

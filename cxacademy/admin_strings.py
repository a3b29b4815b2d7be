"""Wagtail admin strings our screens show that Wagtail's Indonesian catalogue lacks.

Wagtail's `id_ID` catalogue is partial (its newer strings, "Download XLSX", "Help",
"Reports", "No, don't delete", the keyboard-shortcut dialog…, have no Indonesian), so
a trainer or HR person whose admin language is Bahasa Indonesia read English beside
Indonesian on the same screen. The translations live in our own catalogue
(cxacademy/locale, LOCALE_PATHS): Django merges the LOCALE_PATHS catalogues after
every app's, so an entry there wins over Wagtail's (and over any other app's, which is
how "Password" reads "Kata sandi" on sign-in instead of Wagtail's "Kata Kunci", and
Django's password rules on sign-up and change say "kata sandi", not "sandi").

`makemessages` only keeps msgids it finds in our code, so each one is listed here:
with gettext_noop (and ngettext_lazy for plurals, which makemessages extracts with
both forms), nothing is translated at import time. tests/test_admin_language.py walks
the admin in Indonesian and names any string still in English.

When Wagtail is upgraded, re-run that test: a renamed msgid shows up as English again.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

STRINGS = (
    gettext_noop("For site menus"),
    gettext_noop(
        "The name of the page displayed on search engine results as the clickable headline."
    ),
    gettext_noop("The descriptive text displayed underneath a headline in search engine results."),
    gettext_noop("Preview in mobile size"),
    gettext_noop("Preview in tablet size"),
    gettext_noop("Preview in desktop size"),
    gettext_noop("Created"),
    gettext_noop("Published"),
    gettext_noop("Copy for translation"),
    gettext_noop("Copied for translation from %(title)s (%(locale)s)"),
    gettext_noop("Add comment"),
    gettext_noop("Usage count"),
    gettext_noop("Keep the new pages updated with future changes"),
    gettext_noop("Select a new parent for this page."),
    gettext_noop("The new page will be a child of this given parent page."),
    gettext_noop("Search…"),
    gettext_noop("More actions"),
    gettext_noop("Go to the first error"),
    gettext_noop("Select"),
    gettext_noop("Select row"),
    gettext_noop("Select all"),
    gettext_noop("There are no results."),
    gettext_noop("No, don't delete"),
    gettext_noop("Publish selected pages"),
    gettext_noop("Actions (footer)"),
    gettext_noop("Preview not available"),
    gettext_noop(
        "Preview cannot display due to validation errors. <br /> Click save to highlight "
        "the relevant fields."
    ),
    gettext_noop("Locked at"),
    gettext_noop("Delete selected pages"),
    gettext_noop("Move selected pages"),
    gettext_noop("Unpublish selected pages"),
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an "
        "existing site, create them as children of the homepage."
    ),
    gettext_noop("Choose when this page should go live and/or expire"),
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule '
        'to publish" option'
    ),
    gettext_noop("Anyone with editing permissions can create schedules"),
    gettext_noop("But only those with publishing permissions can make them effective."),
    gettext_noop("Set publishing schedule"),
    gettext_noop("Save schedule"),
    gettext_noop("Last published by"),
    gettext_noop("Last edited page"),
    gettext_noop("No locked pages found."),
    gettext_noop("Date / Time"),
    gettext_noop("Autosave is <span>paused</span>"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Edit account avatar"),
    gettext_noop("Close dialog"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a "
        "separate tab to view the last saved version."
    ),
    gettext_noop("Download XLSX"),
    gettext_noop("Show filters"),
    gettext_noop("Filter by"),
    gettext_noop("Back"),
    gettext_noop("History"),
    gettext_noop("account"),
    gettext_noop(
        "Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."
    ),
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
    gettext_noop("All keyboard shortcuts"),
    gettext_noop("Current page status:"),
    gettext_noop("Visible to all. Visit the live page"),
    gettext_noop("Private. Visit the live page"),
    gettext_noop("Show issue"),
    gettext_noop("This data explained"),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and "
        "calculate the number of words."
    ),
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for "
        "different languages."
    ),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long "
        "sentences and words result in a worse readability score."
    ),
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> '
        "for more information on how content metrics are calculated."
    ),
    gettext_noop("Comment notifications"),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop("Page visibility: "),
    gettext_noop("Once live anyone can view"),
    gettext_noop("Not visible to the public"),
    gettext_noop("Choose who can view the live version of this page"),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("No publishing schedule set"),
    gettext_noop("Set schedule"),
    gettext_noop("Preview in new tab"),
    gettext_noop("Loading"),
    gettext_noop("Preview is out of date"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Save your changes before leaving"),
    gettext_noop("One or more references to this %(model_name)s prevent it from being deleted."),
    gettext_noop("Aging pages"),
    gettext_noop("Has child pages"),
    gettext_noop("Locked pages"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Save changes"),
    gettext_noop("Add or show comments"),
    gettext_noop("Insert or edit a link"),
    gettext_noop("Comments"),
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort by '%(label)s' in descending order."),
    gettext_noop(
        "Sort the order of child pages within '%(parent)s' by '%(label)s' in ascending order."
    ),
    gettext_noop("Notifications"),
    gettext_noop("Name and Email"),
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("Search all pages…"),
    gettext_noop("Choose parent"),
    gettext_noop("Create a new %(model_name)s"),
    gettext_noop("Date updated"),
    gettext_noop("Edited by"),
    gettext_noop("Page type"),
    gettext_noop("Page types usage"),
    gettext_noop("Site history"),
    gettext_noop("Locked by"),
    gettext_noop("Sort menu order"),
    gettext_noop("Reports"),
    gettext_noop("What's new in Wagtail %(version)s"),
    gettext_noop("Shortcuts"),
    gettext_noop("Help"),
    gettext_noop(
        'Multi-word tags with spaces will automatically be enclosed in double quotes (").'
    ),
    gettext_noop("Delete selected documents"),
    gettext_noop("Delete selected images"),
    gettext_noop("Delete selected snippets"),
    gettext_noop(
        "Receive notification when comments have been created, resolved, or deleted on a "
        "page that you have subscribed to receive comment notifications on"
    ),
    gettext_noop("More contrast"),
    gettext_noop("Enable custom keyboard shortcuts specific to Wagtail."),
    gettext_noop("Add tags to the selected images"),
    gettext_noop("To define this image's most important region, drag a box over the image above."),
    gettext_noop("Sort by"),
    gettext_noop(
        "Please provide an image description to comply with best practices for accessibility."
    ),
    gettext_noop(
        "Upload successful. However, your new image seems to be a duplicate of this "
        "existing image. You may delete it if it wasn't required."
    ),
    gettext_noop("Report this error to your website administrator with the following information:"),
    gettext_noop("Add to collection"),
    gettext_noop("Add selected images to collection"),
    gettext_noop("Title: (A -> Z)"),
    gettext_noop("Title: (Z -> A)"),
    gettext_noop("File size: (low to high)"),
    gettext_noop("File size: (high to low)"),
    gettext_noop("Usage count: (low to high)"),
    gettext_noop("Usage count: (high to low)"),
    gettext_noop("Add tags to the selected documents"),
    gettext_noop(
        "Upload successful. Please update this document with a more appropriate title, if "
        "necessary. You may also delete the document completely if the upload wasn't "
        "required."
    ),
    gettext_noop("Add selected documents to collection"),
    gettext_noop("Page title"),
    gettext_noop("title tag"),
    gettext_noop("updated comments notifications"),
    gettext_noop("Profile"),
    gettext_noop("Profile picture"),
    gettext_noop("You have <span>unsaved edits</span>"),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."
    ),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span "
        'class="w-title-ellipsis">%(title)s</span>\'.'
    ),
    gettext_noop("log entry"),
    gettext_noop("log entries"),
    gettext_noop("model log entry"),
    gettext_noop("model log entries"),
    gettext_noop("page log entry"),
    gettext_noop("page log entries"),
    gettext_noop("Password"),
    gettext_noop("Password confirmation"),
    gettext_noop("Enter the same password as above, for verification."),
    gettext_noop("Keyboard shortcuts"),
    gettext_noop("Keyboard shortcut"),
    gettext_noop("Visible to all"),
    gettext_noop("Visit the live page"),
    gettext_noop("A comma-separated list of tags."),
    gettext_noop("documents"),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("No other translations"),
    gettext_noop("system"),
    gettext_noop("For search engines"),
    gettext_noop("Default"),
    gettext_noop("Locale"),
    gettext_noop("Locale: "),
    gettext_noop("Use server language: %(language_name)s"),
    gettext_noop("Use server time zone"),
    gettext_noop("Sidebar"),
    gettext_noop("Bulk actions"),
    gettext_noop("Change privacy"),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop("Pagination"),
    gettext_noop("Last edit"),
    gettext_noop("Action"),
    gettext_noop("User"),
    gettext_noop("Saved"),
    gettext_noop("Toggle breadcrumbs"),
    gettext_noop("View latest version"),
    gettext_noop("Section"),
    gettext_noop("Toggle section"),
    gettext_noop("Minimap"),
    gettext_noop("Side panels"),
    gettext_noop("Toggle side panel"),
    gettext_noop("Side panel width"),
    gettext_noop("Content metrics"),
    gettext_noop("Words"),
    gettext_noop("Reading time"),
    gettext_noop("Readability"),
    gettext_noop("How we calculate our metrics"),
    gettext_noop("Issues found"),
    gettext_noop("Switch locales"),
    gettext_noop("Locking: "),
    gettext_noop("View history"),
    gettext_noop("First published"),
    gettext_noop("Checks"),
    gettext_noop("Application"),
    gettext_noop("Toggle sidebar"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Text editing"),
    gettext_noop("Paste"),
    gettext_noop("Paste without formatting"),
    gettext_noop("Text formatting"),
    gettext_noop("Bold"),
    gettext_noop("Italic"),
    gettext_noop("Monospace (code)"),
    gettext_noop("Strike-through"),
    gettext_noop("Superscript"),
    gettext_noop("Subscript"),
    gettext_noop("Toggle status"),
    gettext_noop("Toggle comments"),
    gettext_noop("Toggle checks"),
    gettext_noop("Toggle preview"),
    gettext_noop("Theme preferences"),
    gettext_noop("Field"),
    gettext_noop("Is commenting action"),
    gettext_noop("Last published before"),
    gettext_noop("Anyone"),
    gettext_noop("Document updated."),
    gettext_noop("System default"),
    gettext_noop("Light"),
    gettext_noop("Dark"),
    gettext_noop("Snug"),
    gettext_noop("Focal point"),
    gettext_noop("(optional)"),
    gettext_noop("Grid layout"),
    gettext_noop("List layout"),
    gettext_noop("Newest"),
    gettext_noop("Oldest"),
    gettext_noop("Maximum filesize: %(max_upload_size)s."),
    gettext_noop("Editor Guide"),
    gettext_noop("Cut"),
    gettext_noop("A network error occurred"),
    gettext_noop("Any"),
    gettext_noop("Last published"),
)

PLURALS = (
    ngettext_lazy(
        "There is one matching page",
        "There are %(counter)s matching pages",
    ),
    ngettext_lazy(
        "This %(model_name)s is referenced %(usage_count)s time.",
        "This %(model_name)s is referenced %(usage_count)s times.",
    ),
    ngettext_lazy(
        "Are you sure you want to delete this image?",
        "Are you sure you want to delete these images?",
    ),
    ngettext_lazy(
        "Are you sure you want to delete this document?",
        "Are you sure you want to delete these documents?",
    ),
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy(
        "This will also unpublish one translation of the page.",
        "This will also unpublish all %(translation_count)s translations of the page.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translations and their "
        "combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete %(translation_count)s translations and their "
        "combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(descendant_count)s child page.",
        "Deleting this page will also delete %(descendant_count)s more child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translation of this page.",
        "This will also delete %(descendant_count)s more child pages. Deleting this page "
        "will also delete %(translation_count)s translations of this page.",
    ),
    ngettext_lazy(
        "This will also delete one more subpage.",
        "This will also delete %(counter)s more subpages.",
    ),
    ngettext_lazy(
        "It will also delete 1 translation and its combined "
        "%(translation_descendant_count)s translated child page.",
        "It will also delete 1 translation and its combined "
        "%(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "It will also delete %(translation_count)s translations and their combined "
        "%(translation_descendant_count)s translated child page.",
        "It will also delete %(translation_count)s translations and their combined "
        "%(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "It will also delete %(translation_count)s translation.",
        "It will also delete %(translation_count)s translations.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete 1 translation and its combined "
        "%(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete 1 translation and its combined "
        "%(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "This will also move one translation of this page and its child pages",
        "This will also move %(translations_to_move_count)s translations of this page and "
        "their child pages",
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy(
        "Referenced %(count)s time",
        "Referenced %(count)s times",
    ),
    # The unpublish screen of a page whose translations have child pages.
    ngettext_lazy(
        "This page has one subpage and its translations have a combined one translated "
        "child page. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a "
        "combined one translated child page. Unpublish these too",
    ),
    ngettext_lazy(
        "This page has one child page and its translations have a combined "
        "%(translation_descendant_count)s translated child pages. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a "
        "combined %(translation_descendant_count)s translated child pages. Unpublish these "
        "too",
    ),
)

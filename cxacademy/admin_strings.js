// Wagtail admin strings that Wagtail's JavaScript shows (sidebar, editor, comments,
// autosave) and Wagtail's Indonesian djangojs catalogue lacks. Never loaded: it is here
// so `makemessages -d djangojs` keeps these msgids in our djangojs catalogue
// (cxacademy/locale/id/LC_MESSAGES/djangojs.po), which Django's JavaScript catalogue
// merges over Wagtail's (LOCALE_PATHS come last). See cxacademy/admin_strings.py.

gettext_noop("(%(number)s new items in this menu)");
gettext_noop("(1 new item in this menu)");
gettext_noop("(New)");
ngettext("%(num)s error", "%(num)s errors", 0);
ngettext("%(num)s min", "%(num)s mins", 0);
ngettext("%(num)s pixel", "%(num)s pixels", 0);
gettext_noop("%(time_zone_option)s: %(localized_time_zone_label)s");
gettext_noop("A network error occurred.");
gettext_noop("A server error occurred.");
gettext_noop("Actions");
gettext_noop("Add a comment");
gettext_noop("Are you sure?");
gettext_noop("Autosave in progress…");
gettext_noop("Blocks");
gettext_noop("Broken link");
gettext_noop("Cancel");
gettext_noop("Changes have been autosaved.");
gettext_noop("Character count:");
gettext_noop("Collapse all");
gettext_noop("Complex");
gettext_noop("Decorative image");
gettext_noop("Delete error");
gettext_noop("Deleting");
gettext_noop("Duplicate");
gettext_noop("Enter your comments...");
gettext_noop("Enter your reply...");
gettext_noop("Error while sending preview data.");
gettext_noop("Expand all");
gettext_noop("Fair");
gettext_noop("Focus comment");
gettext_noop("Good");
gettext_noop("Insert a block");
gettext_noop("Main menu");
gettext_noop("Missing document");
gettext_noop("More actions");
gettext_noop("No");
gettext_noop("Pin toolbar");
gettext_noop("Reply");
gettext_noop("Report this error to your website administrator with the following information:");
gettext_noop("Resolve");
gettext_noop("Retry");
gettext_noop("Save error");
gettext_noop("Search options…");
gettext_noop("Split block");
gettext_noop("Toggle section");
gettext_noop("Toggle side panel");
gettext_noop("Toggle sidebar");
gettext_noop("Unfocus comment");
gettext_noop("Unpin toolbar");
gettext_noop("View child pages of '%(title)s'");
gettext_noop("Write something or type ‘/’ to insert a block");
gettext_noop("Yes");

"""The question bank in the Wagtail admin, for trainers."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cxacademy.admin_choosers import PrivateSnippetChooserViewSet
from quizzes import admin_views
from quizzes.models import Question, QuestionCategory, QuizPage


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    chooser_viewset_class = PrivateSnippetChooserViewSet
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["path", "parent"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("parent")]

    def get_queryset(self, request):
        return QuestionCategory.objects.select_related("parent__parent__parent")


class QuestionViewSet(SnippetViewSet):
    model = Question
    chooser_viewset_class = PrivateSnippetChooserViewSet
    icon = "help"
    menu_label = _("Questions")
    list_display = ["name", "kind", "category", "updated_at"]
    list_filter = ["kind", "category", "locale"]
    # Searched with the database's own LIKE, not the search index: the same matches
    # (parts of words included) on SQLite and PostgreSQL, and results that sort by any
    # column. Through the index, SQLite failed on every query ("no such column: name")
    # and sorting a search by a column failed on both databases.
    search_fields = ["name", "text"]
    search_backend_name = None

    def get_queryset(self, request):
        return Question.objects.select_related("category", "locale")


class QuestionBankGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = _("Question bank")
    menu_name = "question-bank"
    menu_order = 210


register_snippet(QuestionBankGroup)


@hooks.register("register_admin_urls")
def quiz_admin_urls():
    return [
        path("quizzes/import/", admin_views.import_questions, name="quizzes_import"),
        path("quizzes/export/", admin_views.export_questions, name="quizzes_export"),
        path("quizzes/<int:page_id>/results/", admin_views.quiz_results, name="quizzes_results"),
        path(
            "quizzes/<int:page_id>/item-analysis.csv",
            admin_views.item_analysis_csv,
            name="quizzes_item_analysis_csv",
        ),
    ]


class TrainerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.add_question")


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return TrainerMenuItem(
        _("Import questions"), reverse("quizzes_import"), icon_name="upload", order=215
    )


@hooks.register("register_page_listing_buttons")
def quiz_results_button(page, user, *args, **kwargs):
    if isinstance(page.specific_deferred, QuizPage) and user.has_perm("quizzes.view_quizattempt"):
        yield ListingButton(_("Results"), reverse("quizzes_results", args=[page.pk]), priority=30)

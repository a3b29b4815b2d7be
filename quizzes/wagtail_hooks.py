"""The question bank in the Wagtail admin, for trainers."""

from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

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


class LanguagesColumn(Column):
    """The languages a question exists in, as badges ("ID · EN") linking to each
    translation's editor; the language of the row's own version comes first."""

    cell_template_name = "quizzes/admin/languages_cell.html"


class QuestionFilterSet(WagtailFilterSet):
    # Wagtail adds its language filter ("Locale": all, or one language) to every
    # filter set of a translatable model: choosing a language lists the questions
    # that exist in it, each in that language.
    class Meta:
        model = Question
        fields = ["kind", "category"]


class QuestionIndexView(IndexView):
    """One row per question, not one per translation: the version in the admin's
    language where there is one (else the first made), with its languages beside it.
    Filters and search pick the versions first, so a filtered language is the one shown."""

    def get_queryset(self):
        queryset = super().get_queryset()
        active = Locale.get_active()
        preferred = (
            queryset.order_by()
            .filter(translation_key=OuterRef("translation_key"))
            .annotate(
                preference=Case(
                    When(locale_id=active.pk, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("preference", "pk")
            .values("pk")[:1]
        )
        return queryset.filter(pk=Subquery(preferred))

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        rows = list(object_list)
        versions: dict[str, list[Question]] = {}
        for version in (
            Question.objects.filter(translation_key__in={q.translation_key for q in rows})
            .select_related("locale")
            .only("pk", "translation_key", "locale__language_code")
            .order_by("locale__language_code")
        ):
            versions.setdefault(version.translation_key, []).append(version)
        can_edit = self.user_has_permission("change")
        for question in rows:
            mine = versions.get(question.translation_key, [])
            mine.sort(key=lambda version: version.pk != question.pk)
            question.language_links = [
                {
                    "code": version.locale.language_code.upper(),
                    "name": version.locale.get_display_name(),
                    "url": reverse(self.edit_url_name, args=[version.pk]) if can_edit else "",
                    "current": version.pk == question.pk,
                }
                for version in mine
            ]
        return paginator, page, rows, is_paginated


class QuestionViewSet(SnippetViewSet):
    model = Question
    chooser_viewset_class = PrivateSnippetChooserViewSet
    index_view_class = QuestionIndexView
    filterset_class = QuestionFilterSet
    icon = "help"
    menu_label = _("Questions")
    list_display = [
        "name",
        LanguagesColumn("language_links", label=_("Languages")),
        "kind",
        "category",
        "updated_at",
    ]
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

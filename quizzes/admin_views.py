"""Admin screens for trainers: import and export questions, quiz results and item
analysis."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.models import Locale

from cxacademy.spreadsheets import csv_response
from quizzes import importing, reports, selectors
from quizzes.formats.base import MAX_CATEGORY_LENGTH
from quizzes.models import Question, QuestionCategory, QuestionResponse, QuizAttempt, QuizPage


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=list(importing.FORMATS.items())
    )
    category = forms.CharField(
        label=gettext_lazy("Into category"),
        required=False,
        max_length=500,
        help_text=gettext_lazy(
            "A path such as “CX / Metrics”; categories in the file go below it. Created if missing."
        ),
    )
    locale = forms.ModelChoiceField(
        label=gettext_lazy("Language of the questions"),
        queryset=Locale.objects.all(),
        empty_label=None,
    )

    def clean_category(self):
        path = self.cleaned_data["category"]
        if any(len(part.strip()) > MAX_CATEGORY_LENGTH for part in path.split("/")):
            raise forms.ValidationError(
                _("A category name can be at most %(limit)d characters long.")
                % {"limit": MAX_CATEGORY_LENGTH}
            )
        return path

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importing.MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


def import_questions(request):
    _require(request, "quizzes.add_question")
    report = None
    form = ImportForm(
        request.POST or None, request.FILES or None, initial={"locale": Locale.get_default()}
    )
    if request.method == "POST" and form.is_valid():
        report = importing.import_questions(
            data=form.cleaned_data["file"].read(),
            fmt=form.cleaned_data["format"],
            category_path=form.cleaned_data["category"].replace(" / ", "/"),
            locale=form.cleaned_data["locale"],
        )
        # The readers write plain English sentences marked with gettext_noop; the
        # trainer reads them in the admin's language.
        for problem in [*report.problems, *report.unsupported]:
            problem.message = _(problem.message)
        if report.ok:
            messages.success(
                request,
                ngettext(
                    "%(count)d question imported.", "%(count)d questions imported.", report.created
                )
                % {"count": report.created},
            )
        else:
            messages.error(
                request, _("Nothing was imported: the file has problems (listed below).")
            )
    # Question types by the names the bank shows ("Pilihan tunggal: 3"), not their keys.
    labels = dict(Question.Kind.choices)
    imported_kinds = [
        (labels.get(kind, kind), count)
        for kind, count in (report.by_kind if report else {}).items()
    ]
    return render(
        request,
        "quizzes/admin/import.html",
        {"form": form, "report": report, "imported_kinds": imported_kinds},
        status=400 if report and not report.ok else 200,
    )


def export_questions(request):
    _require(request, "quizzes.view_question")
    category_id = request.GET.get("category")
    if category_id:
        category = get_object_or_404(QuestionCategory, pk=category_id)
        response = HttpResponse(
            importing.export_category(category), content_type="text/plain; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{slugify(category.path) or "questions"}.gift.txt"'
        )
        return response
    return render(
        request,
        "quizzes/admin/export.html",
        {"categories": QuestionCategory.objects.select_related("parent__parent")},
    )


def _analysis(quiz: QuizPage):
    """Item analysis of the quiz's finished attempts, with questions and answers in the
    viewer's language (the admin's), in a fixed number of queries."""
    rows = [
        reports.Graded(
            attempt_id=r.attempt_id,
            question_key=str(r.question_key),
            fraction=r.fraction,
            mark=r.mark,
            chosen=tuple(r.chosen),
        )
        for r in QuestionResponse.objects.filter(attempt__quiz_key=quiz.translation_key)
        .exclude(attempt__status=QuizAttempt.Status.OPEN)
        .only("attempt_id", "question_key", "fraction", "mark", "chosen")
    ]
    keys = dict.fromkeys(row.question_key for row in rows)
    questions = selectors.questions_by_key(keys, locale=Locale.get_active())
    facts = {key: reports.facts_for(question) for key, question in questions.items()}
    stats = reports.item_analysis(rows, facts)
    for stat in stats:
        stat.question = questions.get(stat.question_key)
        stat.verdict = reports.discrimination_verdict(stat.discrimination)
    return stats


def quiz_results(request, page_id):
    _require(request, "quizzes.view_quizattempt")
    quiz = get_object_or_404(QuizPage, pk=page_id)
    attempts = (
        QuizAttempt.objects.filter(quiz_key=quiz.translation_key)
        .select_related("user")
        .order_by("-started_at")
    )
    page = Paginator(attempts, 50).get_page(request.GET.get("p"))
    finished = attempts.exclude(status=QuizAttempt.Status.OPEN)
    passed = finished.filter(passed=True).count()
    total = finished.count()
    return render(
        request,
        "quizzes/admin/results.html",
        {
            "quiz": quiz,
            "attempts": page,
            "finished": total,
            "pass_rate": round(100 * passed / total) if total else None,
            "stats": _analysis(quiz),
        },
    )


def item_analysis_csv(request, page_id):
    _require(request, "quizzes.view_quizattempt")
    quiz = get_object_or_404(QuizPage, pk=page_id)
    header = [
        _("Question"),
        _("Type"),
        _("Attempts"),
        _("Facility index"),
        _("Discrimination index"),
        _("Answer"),
        _("Times chosen"),
        _("Share of attempts (%)"),
    ]

    def rows():
        for stat in _analysis(quiz):
            name = stat.question.name if stat.question else stat.question_key
            kind = stat.question.get_kind_display() if stat.question else ""
            base = [name, kind, stat.attempts, stat.facility, stat.discrimination]
            if not stat.answers:
                yield [*base, "", "", ""]
            for answer in stat.answers:
                label = f"{answer.prompt} → {answer.label}" if answer.prompt else answer.label
                yield [*base, label, answer.count, answer.share]

    return csv_response(f"item-analysis-{slugify(quiz.title)}.csv", header, rows())

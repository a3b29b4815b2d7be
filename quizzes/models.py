"""Quizzes: a question bank trainers keep in the admin, quizzes that plug into
modules as items, and learners' attempts.

Questions are translatable snippets: each exists once per language with one
`translation_key`; answer options carry a `key` shared by all translations, so
an attempt and its responses mean the same in either language. Attempts refer to
quizzes and questions by key (design: progress follows the learner across
languages).
"""

import uuid
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from courses import api as course_api

FRACTION_VALIDATORS = [MinValueValidator(Decimal(-1)), MaxValueValidator(Decimal(1))]
TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "image"]
# The grading methods are courses'; these are their names in a quiz's words.
GRADING_LABELS = {
    "highest": _("Highest-scoring attempt"),
    "last": _("Last attempt"),
    "first": _("First attempt"),
    "average": _("Average of attempts"),
}


class QuestionCategory(models.Model):
    """A folder of the question bank. Categories nest: CX / Metrics / NPS."""

    name = models.CharField(_("name"), max_length=150)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="category_unique_in_parent"),
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(parent__isnull=True),
                name="category_unique_top_level",
            ),
        ]

    def __str__(self):
        return self.path

    @property
    def path(self) -> str:
        names, node, seen = [], self, set()
        while node is not None and node.pk not in seen:
            seen.add(node.pk)
            names.append(node.name)
            node = node.parent
        return " / ".join(reversed(names))

    def clean(self):
        super().clean()
        node, seen = self.parent, set()
        while node is not None and node.pk not in seen:
            if self.pk and node.pk == self.pk:
                raise ValidationError(
                    {"parent": _("A category cannot sit inside itself or its own sub-category.")}
                )
            seen.add(node.pk)
            node = node.parent

    @classmethod
    def for_path(cls, names: tuple[str, ...] | list[str]) -> "QuestionCategory":
        """The category at `names` (e.g. ("CX", "Metrics")), created on the way."""
        parent = None
        for name in names:
            parent, _created = cls.objects.get_or_create(name=name.strip()[:150], parent=parent)
        if parent is None:
            raise ValueError("A category path needs at least one name")
        return parent

    def descendant_ids(self) -> set[int]:
        """This category and every category below it (one query)."""
        children: dict[int | None, list[int]] = {}
        for pk, parent_id in QuestionCategory.objects.values_list("id", "parent_id"):
            children.setdefault(parent_id, []).append(pk)
        found, stack = set(), [self.pk]
        while stack:
            pk = stack.pop()
            if pk not in found:
                found.add(pk)
                stack.extend(children.get(pk, []))
        return found


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "quizzes.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(TranslatableMixin, index.Indexed, ClusterableModel):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTI = "multi", _("Multiple response (partial credit)")
        TRUE_FALSE = "truefalse", _("True / false")
        SHORT_ANSWER = "shortanswer", _("Short answer")
        NUMERIC = "numeric", _("Numeric")
        MATCHING = "matching", _("Matching")
        ORDERING = "ordering", _("Ordering")

    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    name = models.CharField(
        _("internal name"),
        max_length=255,
        help_text=_("For trainers only, e.g. “NPS from survey counts”."),
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind, default=Kind.SINGLE)
    text = RichTextField(_("question"), features=TEXT_FEATURES)
    general_feedback = RichTextField(
        _("general feedback"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown after the attempt, whatever the answer (per the quiz's review policy)."),
    )
    default_mark = models.DecimalField(
        _("mark"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(1),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    correct = models.BooleanField(
        _("the statement is true"), null=True, blank=True, help_text=_("True / false only.")
    )
    feedback_true = RichTextField(
        _("feedback when answered “true”"), blank=True, features=TEXT_FEATURES
    )
    feedback_false = RichTextField(
        _("feedback when answered “false”"), blank=True, features=TEXT_FEATURES
    )
    case_sensitive = models.BooleanField(
        _("case sensitive"), default=False, help_text=_("Short answer only.")
    )
    negative_marks = models.BooleanField(
        _("wrong choices take marks away"),
        default=True,
        help_text=_("Multiple response only; the total never goes below zero."),
    )
    tags = ClusterTaggableManager(through=QuestionTag, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("category"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("default_mark"),
        InlinePanel(
            "choices",
            heading=_("Choices or accepted answers"),
            label=_("Choice"),
            help_text=_(
                "Single choice, multiple response and short answer. Fractions run from −1 "
                "to 1: 1 = fully right, 0.5 = half, negative = takes marks away."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("correct"), FieldPanel("feedback_true"), FieldPanel("feedback_false")],
            heading=_("True / false"),
        ),
        InlinePanel("numeric_answers", heading=_("Numeric answers"), label=_("Numeric answer")),
        InlinePanel("pairs", heading=_("Matching pairs"), label=_("Pair")),
        InlinePanel(
            "order_items", heading=_("Ordering: items in the right order"), label=_("Item")
        ),
        MultiFieldPanel(
            [FieldPanel("case_sensitive"), FieldPanel("negative_marks")], heading=_("Options")
        ),
        FieldPanel("general_feedback"),
        FieldPanel("tags"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.FilterField("kind"),
        index.FilterField("category"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category__name", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.kind == self.Kind.TRUE_FALSE and self.correct is None:
            raise ValidationError({"correct": _("Say whether the statement is true or false.")})


class _Child(Orderable):
    # The same for every translation of the question: what responses refer to.
    key = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta(Orderable.Meta):
        abstract = True


class QuestionChoice(_Child):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.TextField(_("text"))
    fraction = models.DecimalField(
        _("fraction"),
        max_digits=8,
        decimal_places=7,
        default=Decimal(0),
        validators=FRACTION_VALIDATORS,
    )
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [FieldPanel("text"), FieldPanel("fraction"), FieldPanel("feedback")]


class QuestionNumericAnswer(_Child):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="numeric_answers")
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=6, null=True, blank=True)
    tolerance = models.DecimalField(
        _("tolerance (±)"), max_digits=20, decimal_places=6, default=Decimal(0)
    )
    minimum = models.DecimalField(
        _("or a range from"), max_digits=20, decimal_places=6, null=True, blank=True
    )
    maximum = models.DecimalField(
        _("range to"), max_digits=20, decimal_places=6, null=True, blank=True
    )
    fraction = models.DecimalField(
        _("fraction"),
        max_digits=8,
        decimal_places=7,
        default=Decimal(1),
        validators=FRACTION_VALIDATORS,
    )
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [
        FieldPanel("value"),
        FieldPanel("tolerance"),
        FieldPanel("minimum"),
        FieldPanel("maximum"),
        FieldPanel("fraction"),
        FieldPanel("feedback"),
    ]

    def clean(self):
        super().clean()
        if self.value is None and (self.minimum is None or self.maximum is None):
            raise ValidationError(_("Give a value with a tolerance, or a range from … to …."))
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValidationError(_("The range must run from the smaller to the larger number."))


class QuestionMatchPair(_Child):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="pairs")
    prompt = models.TextField(
        _("prompt"), blank=True, help_text=_("Empty = an extra wrong answer.")
    )
    answer = models.CharField(_("answer"), max_length=255)
    answer_key = models.UUIDField(default=uuid.uuid4, editable=False)

    panels = [FieldPanel("prompt"), FieldPanel("answer")]


class QuestionOrderItem(_Child):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="order_items")
    text = models.CharField(_("text"), max_length=255)

    panels = [FieldPanel("text")]


class QuizPage(course_api.GradedItem, Page):
    """A graded quiz inside a module."""

    class Review(models.TextChoices):
        SCORE = "score", _("Score only")
        RESPONSES = "responses", _("Score and the learner's answers")
        FULL = "full", _("Correct answers and feedback")
        FULL_WHEN_PASSED = "passed", _("Correct answers and feedback, once passed")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    pass_mark = course_api.pass_mark_field(default=Decimal(70))
    attempts_allowed = course_api.tries_allowed_field(_("attempts allowed"))
    grading = course_api.grading_field(_("final grade from"), labels=GRADING_LABELS)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Empty = no limit.")
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_answers = models.BooleanField(_("shuffle answers"), default=True)
    review = models.CharField(
        _("review after each attempt"), max_length=10, choices=Review, default=Review.FULL
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("fixed_questions", heading=_("Questions"), label=_("Question")),
        InlinePanel(
            "draws",
            heading=_("Random questions"),
            label=_("Random draw"),
            help_text=_("Each attempt draws this many questions at random from the category."),
        ),
    ]
    settings_panels = [
        *Page.settings_panels,
        course_api.graded_item_panel(
            "time_limit_minutes",
            "shuffle_questions",
            "shuffle_answers",
            "review",
            heading=_("Quiz rules"),
        ),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    template = "quizzes/quiz_page.html"
    item_kind = "quiz"

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def serve(self, request, *args, **kwargs):
        from quizzes import views

        return views.quiz_page(request, self)

    def serve_preview(self, request, mode_name):
        from quizzes import views

        return views.quiz_preview(request, self)


class QuizQuestion(Orderable):
    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.PROTECT)
    mark = models.DecimalField(
        _("mark"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Empty = the question's own mark."),
    )

    panels = [FieldPanel("question"), FieldPanel("mark")]


class QuizDraw(Orderable):
    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draws")
    category = models.ForeignKey(
        QuestionCategory, verbose_name=_("category"), on_delete=models.PROTECT
    )
    count = models.PositiveIntegerField(_("how many"), default=1)
    include_subcategories = models.BooleanField(_("include sub-categories"), default=True)

    panels = [FieldPanel("category"), FieldPanel("count"), FieldPanel("include_subcategories")]


class QuizAttempt(course_api.ItemTry):
    """One go at a quiz. Its layout (which questions, in which order, options in
    which order) is fixed when it starts, so a reload or another device shows the
    same attempt."""

    finished_message = _("This attempt is already finished; nothing was changed.")
    as_it_stands_message = _("Nothing was changed; here is the attempt as it stands.")

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        CLOSED = "closed", _("Closed when time ran out")

    user = course_api.try_learner_field(related_name="quiz_attempts")
    quiz_key = models.UUIDField(db_index=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    deadline = models.DateTimeField(null=True, blank=True)
    layout = models.JSONField(default=list)
    responses = models.JSONField(default=dict)
    responses_saved_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["user", "quiz_key", "number"]
        constraints = course_api.try_constraints(
            "quiz_key", numbered="attempt_number_unique", one_open="one_open_attempt"
        )

    def __str__(self):
        return f"{self.user} · quiz {self.quiz_key} · #{self.number}"


class QuestionResponse(models.Model):
    """A graded answer to one question of a finished attempt (for review and item
    analysis)."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="graded")
    question_key = models.UUIDField(db_index=True)
    position = models.PositiveIntegerField()
    mark = models.DecimalField(max_digits=5, decimal_places=2)
    fraction = models.DecimalField(max_digits=5, decimal_places=4)
    chosen = models.JSONField(default=list)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_key"], name="one_grade_per_question"
            )
        ]

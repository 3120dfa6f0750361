"""The curriculum as Wagtail pages: programme > track > module > lesson, and seminars beside modules.

Facilitators build this tree in the Wagtail admin; the page-type rules below only let them build valid trees.
Mentors meet these pages on the front end, where they are served only to people signed in and enrolled.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.access import user_may_view_page
from courses.blocks import KnowledgeCheckBlock, LessonBodyBlock, ReflectionPromptBlock, SessionPlanBlock, timed_plan
from mentorsite.page_forms import PageForm
from mentorsite.page_permissions import PagePermissionsMixin
from mentorsite.translations import active_language, in_language, original_of
from mentorsite.users.roles import is_staff_member

SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]


def page_label(page_id, title):
    """How a person's record names the page it belongs to: its title, marked once the page is deleted."""
    if page_id is not None:
        return title
    return _("(deleted page: %(title)s)") % {"title": title}


class MembersOnlyPage(PagePermissionsMixin, Page):
    """Base for curriculum pages: served only to signed-in people allowed to see them; only the programme
    manager deletes them (mentorsite/page_permissions.py)."""

    base_form_class = PageForm

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        return self.refuse_unless_allowed(request) or super().serve(request, *args, **kwargs)

    def refuse_unless_allowed(self, request):
        """A redirect to the login page, or PermissionDenied, unless the person may view this page; else None."""
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not self.may_be_viewed_by(request.user):
            raise PermissionDenied(_("You are not enrolled in the track this page belongs to."))
        return None

    def may_be_viewed_by(self, user):
        return user_may_view_page(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # No live translation in the reader's language: the page is shown in its own, and says so.
        if self.locale.language_code != active_language():
            context["page_language"] = self.locale.language_code
        return context


class ProgrammePage(MembersOnlyPage):
    """A training programme, such as the prison service's mentor programme: the home of its tracks.

    Certificates (later) name the programme and its issuing organisation.
    """

    introduction = RichTextField(
        _("introduction"), features=SIMPLE_RICH_TEXT, blank=True, help_text=_("What the programme is and who runs it.")
    )
    issuing_organisation = models.CharField(
        _("issuing organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation named on certificates, e.g. the prison and probation service."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("issuing_organisation")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.TrackPage"]
    # A new programme is put under curriculum review as it is created (courses.models.review), so nobody but
    # the manager creates and publishes one in one go (mentorsite/page_permissions.py).
    under_review_from_creation = True

    class Meta:
        verbose_name = _("programme")

    def may_be_viewed_by(self, user):
        return True  # Any signed-in person may see which tracks exist; the tracks themselves are guarded.

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The original's tracks, each in the reader's language where translated (none is missed or doubled).
        context["tracks"] = in_language(TrackPage.objects.child_of(original_of(self)).live().order_by("path"))
        return context


class TrackPage(MembersOnlyPage):
    """A training path with requirements (the mentor track; the coach track).

    Its requirements are its own modules and seminars, in the order of the page tree, preceded by
    everything the track it builds on requires: so the coach track reuses the mentor track without copies.
    People are enrolled in tracks (Enrolment).
    """

    introduction = RichTextField(
        _("introduction"),
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Who the track is for and what it leads to."),
    )
    builds_on = models.ForeignKey(
        "self",
        verbose_name=_("builds on"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="extended_by",
        help_text=_(
            "A track whose whole content this track also requires, e.g. the coach track builds on the mentor track. "
            "Its modules and seminars count here without being copied."
        ),
    )

    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Empty: the track's certificate never lapses. With a number, it lapses that many months after the track "
            "was completed, unless its holder completes the refresher below, which renews it. Without refresher "
            "modules or a refresher seminar, certificates simply lapse."
        ),
    )
    refresher_seminar = models.ForeignKey(
        "courses.SeminarPage",
        verbose_name=_("refresher seminar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: a seminar the holder attends (one of its days) as part of the refresher."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("builds_on"),
        MultiFieldPanel(
            [
                FieldPanel("certificate_valid_months"),
                InlinePanel("refresher_modules", label=_("Refresher module")),
                FieldPanel("refresher_seminar"),
            ],
            heading=_("Certificate validity and refresher"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["courses.ProgrammePage"]
    subpage_types = ["courses.ModulePage", "courses.SeminarPage"]
    levels_below_track = 0

    class Meta:
        verbose_name = _("track")

    def clean(self):
        super().clean()
        seen = {self.pk} if self.pk else set()
        ancestor = self.builds_on
        while ancestor is not None:
            if ancestor.pk in seen:
                raise ValidationError({"builds_on": _("A track cannot build on itself, directly or through others.")})
            seen.add(ancestor.pk)
            ancestor = ancestor.builds_on

    def track_chain(self):
        """This track and the tracks it builds on, the most basic first.

        A track chosen to build on may be a translation; the chain holds its original, whose pages records
        point at.
        """
        chain = [self]
        ancestor = self.builds_on
        while ancestor is not None and ancestor not in chain:
            ancestor = original_of(ancestor)
            chain.insert(0, ancestor)
            ancestor = ancestor.builds_on
        return chain

    def get_context(self, request, *args, **kwargs):
        from courses.progress import progress_for_tracks

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = progress_for_tracks(request.user, [self])[0]
        return context


class ModulePage(MembersOnlyPage):
    """A self-study unit made of ordered lessons, studied in the browser."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("One paragraph: what the mentor will be able to do afterwards.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=30, help_text=_("Roughly how long the module takes to study, in minutes.")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("estimated_minutes")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["courses.TrackPage"]
    subpage_types = ["courses.LessonPage"]
    levels_below_track = 1

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from courses.progress import module_lesson_states

        context = super().get_context(request, *args, **kwargs)
        context["lesson_states"] = module_lesson_states(request.user, self)
        return context


class LessonPage(MembersOnlyPage):
    """One page of a module: rich content, optionally reflection prompts and one knowledge check.

    A mentor completes it with "Mark as complete", or by passing its knowledge check where it has one.
    """

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One sentence shown in lesson lists and search results.")
    )
    body = StreamField(
        LessonBodyBlock(),
        verbose_name=_("body"),
        help_text=_("The lesson itself. Add a knowledge check to let mentors complete the lesson by passing it."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    levels_below_track = 2

    class Meta:
        verbose_name = _("lesson")

    @property
    def knowledge_check(self):
        """The lesson's knowledge-check block (a bound block with .id and .value), or None."""
        for block in self.body:
            if isinstance(block.block, KnowledgeCheckBlock):
                return block
        return None

    @property
    def reflection_blocks(self):
        return [block for block in self.body if isinstance(block.block, ReflectionPromptBlock)]

    def get_context(self, request, *args, **kwargs):
        from courses.progress import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(request.user, self, attempt_id=request.GET.get("attempt")))
        return context


class SeminarPage(MembersOnlyPage):
    """An in-person training event of one or more days, required by its track.

    Its dates and attendance come from scheduling; until then its requirement shows as pending.
    """

    class Kind(models.TextChoices):
        SEMINAR = "seminar", _("Two-day seminar")
        FOLLOW_UP = "follow_up", _("Follow-up seminar")
        EXTREMISM_COURSE = "extremism_course", _("Course on extremism and radicalisation")
        NETWORKING_DAY = "networking_day", _("Networking day")
        COACH_TRAINING = "coach_training", _("Coach training")

    kind = models.CharField(
        _("kind"), max_length=30, choices=Kind.choices, default=Kind.SEMINAR, help_text=_("What sort of event this is.")
    )
    days = models.PositiveSmallIntegerField(
        _("number of days"), default=2, help_text=_("How many days the seminar lasts (1-10).")
    )
    objectives = RichTextField(
        _("objectives"), features=SIMPLE_RICH_TEXT, blank=True, help_text=_("What participants will learn or practise.")
    )
    preparation = RichTextField(
        _("preparation"), features=SIMPLE_RICH_TEXT, blank=True, help_text=_("What to read or do beforehand.")
    )

    session_plan = StreamField(
        SessionPlanBlock(),
        verbose_name=_("session plan"),
        blank=True,
        help_text=_(
            "For facilitators only: the days' timings, exercises and role plays with a brief for each role. "
            "Mentors never see it; facilitators print it from the seminar page."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("days"),
        FieldPanel("objectives"),
        FieldPanel("preparation"),
        FieldPanel("session_plan"),
    ]
    # The session plan is left out of the search index: mentors search, and it is not for them.
    search_fields = [*Page.search_fields, index.SearchField("objectives"), index.SearchField("preparation")]

    parent_page_types = ["courses.TrackPage"]
    subpage_types = []
    levels_below_track = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if is_staff_member(request.user):
            context["timed_plan"] = timed_plan(self.session_plan)
        return context

    class Meta:
        verbose_name = _("seminar")

    def clean(self):
        super().clean()
        if self.days is not None and not 1 <= self.days <= 10:
            raise ValidationError({"days": _("A seminar lasts between 1 and 10 days.")})

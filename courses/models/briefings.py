"""Briefings: dated, tagged updates on extremism and radicalisation that mentors must read.

Facilitators write them in the Wagtail admin under the briefings index. Important and urgent briefings ask
every active mentor and coach to confirm "read and understood"; a republication marked as a significant
change starts a new version and asks again.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.models.pages import MembersOnlyPage, page_label
from mentorsite.blocks import content_blocks
from mentorsite.page_forms import PageForm
from mentorsite.translations import in_language, original_of, originals, show_in_language

TAG_MAX_LENGTH = 50
BRIEFINGS_PER_PAGE = 10


class SourceBlock(blocks.StructBlock):
    """A source or further reading for a briefing."""

    title = blocks.CharBlock(label=_("Title"), max_length=250, help_text=_("Title of the report, article or page."))
    publisher = blocks.CharBlock(
        label=_("Publisher"), required=False, max_length=150, help_text=_("Who published it, and when.")
    )
    url = blocks.URLBlock(label=_("Link"), required=False, help_text=_("Link, if it is online."))

    class Meta:
        icon = "link"
        template = "blocks/source_block.html"


class BriefingBodyBlock(blocks.StreamBlock):
    """The lesson's general blocks, plus a list of sources and further reading."""

    def __init__(self, **kwargs):
        super().__init__(
            [
                *content_blocks(),
                (
                    "sources",
                    blocks.ListBlock(
                        SourceBlock(label=_("Source")),
                        label=_("Sources and further reading"),
                        icon="list-ul",
                        template="blocks/sources_block.html",
                    ),
                ),
            ],
            **kwargs,
        )


class BriefingIndexPage(RoutablePageMixin, MembersOnlyPage):
    """The list of briefings, filtered by tag and urgency; each tag has its own listing at tags/<slug>/."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("Shown above the list."))

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.BriefingPage"]
    max_count = 1

    class Meta:
        verbose_name = _("briefings index")

    def may_be_viewed_by(self, user):
        return True  # every signed-in person reads briefings

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin.serve comes first in the method order and would skip the sign-in check.
        return self.refuse_unless_allowed(request) or super().serve(request, *args, **kwargs)

    def briefings(self):
        """Every live briefing once, whichever language it was written in (the list shows each in the
        reader's language where it is translated)."""
        indexes = BriefingIndexPage.objects.filter(translation_key=self.translation_key).values_list("path", flat=True)
        under = Q()
        for index_path in indexes:
            under |= Q(path__startswith=index_path, depth=self.depth + 1)
        return originals(BriefingPage.objects.live().filter(under)).order_by("-published_on", "-pk")

    def _listing(self, request, tag=None):
        briefings = self.briefings()
        urgency = request.GET.get("urgency")
        if urgency in BriefingPage.Urgency.values:
            briefings = briefings.filter(urgency=urgency)
        else:
            urgency = ""
        if tag is not None:
            briefings = briefings.filter(tags=tag)
        page = Paginator(briefings, BRIEFINGS_PER_PAGE).get_page(request.GET.get("page"))
        page.object_list = in_language(page.object_list)
        prefetch_related_objects(page.object_list, "tags")
        return self.render(
            request,
            context_overrides={
                "briefings": page,
                "tag": tag,
                "urgency": urgency,
                "urgencies": BriefingPage.Urgency.choices,
                "all_tags": Tag.objects.filter(courses_briefingpagetag_items__content_object__live=True)
                .distinct()
                .order_by("name"),
            },
        )

    @path("")
    def index_route(self, request):
        return self._listing(request)

    # str, not slug: taggit keeps letters such as æ, ø and å in slugs ("på-nettet"), which slug refuses.
    @path("tags/<str:tag_slug>/")
    def tag_route(self, request, tag_slug):
        # Only briefing tags: taggit's tag table is shared with other tagged models (supervision topics).
        briefing_tags = Tag.objects.filter(courses_briefingpagetag_items__isnull=False).distinct()
        return self._listing(request, tag=get_object_or_404(briefing_tags, slug=tag_slug))


class TolerantPageChooser(AdminPageChooser):
    """Wagtail's page chooser, except that a refused form sent back with an id that is not a number shows "no
    page chosen" instead of failing: Wagtail's widget looks the id up with objects.get(pk=...) (ValueError)."""

    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (TypeError, ValueError):
            return None


class TolerantPageChooserPanel(PageChooserPanel):
    def get_form_options(self):
        options = super().get_form_options()
        options.setdefault("widgets", {})[self.field_name] = TolerantPageChooser(
            target_models=self.page_type, can_choose_root=self.can_choose_root
        )
        return options


class BriefingPageTag(TaggedItemBase):
    content_object = ParentalKey("courses.BriefingPage", on_delete=models.CASCADE, related_name="tagged_items")


class BriefingPageForm(PageForm):
    def clean(self):
        cleaned = super().clean()
        published_on, review_by = cleaned.get("published_on"), cleaned.get("review_by")
        if published_on and review_by and review_by < published_on:
            self.add_error("review_by", _("The review-by date cannot be before the published date."))
        for tag in cleaned.get("tags") or []:
            if len(tag) > TAG_MAX_LENGTH:
                self.add_error(
                    "tags",
                    _("Tags can be at most %(limit)s characters long; “%(tag)s…” is longer.")
                    % {"limit": TAG_MAX_LENGTH, "tag": tag[:20]},
                )
        if cleaned.get("significant_change") and not (cleaned.get("what_changed") or "").strip():
            self.add_error("what_changed", _("Say in a sentence what changed, so readers know why to read again."))
        return cleaned


class BriefingPage(MembersOnlyPage):
    """One briefing. Mentors and coaches read it, and confirm important and urgent ones on the page."""

    class Urgency(models.TextChoices):
        ROUTINE = "routine", _("Routine")
        IMPORTANT = "important", _("Important")
        URGENT = "urgent", _("Urgent")

    summary = models.TextField(_("summary"), help_text=_("One paragraph: what changed and what mentors should do."))
    body = StreamField(BriefingBodyBlock(), verbose_name=_("body"), help_text=_("The briefing itself and its sources."))
    published_on = models.DateField(
        _("published on"), default=timezone.localdate, help_text=_("The date readers see on the briefing.")
    )
    review_by = models.DateField(
        _("review by"), help_text=_("When a facilitator must check the briefing is still right. Not before publishing.")
    )
    urgency = models.CharField(
        _("urgency"),
        max_length=10,
        choices=Urgency.choices,
        default=Urgency.ROUTINE,
        help_text=_("Important and urgent briefings are e-mailed and must be confirmed by every mentor and coach."),
    )
    tags = ClusterTaggableManager(
        through=BriefingPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Themes such as “foreign fighters” or “gang crossover”, at most 50 characters each."),
    )
    supersedes = models.ForeignKey(
        "self",
        verbose_name=_("supersedes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="superseded_by",
        help_text=_("An older briefing this one replaces; the older one then links here."),
    )
    significant_change = models.BooleanField(
        _("significant change"),
        default=False,
        help_text=_("Tick when republishing with a change every reader must see: they will be asked to confirm again."),
    )
    what_changed = models.TextField(
        _("what changed"), blank=True, help_text=_("One or two sentences shown at the top after a significant change.")
    )
    # The confirmed version, raised when a significant change with a new note is published (courses.briefings),
    # and the note of that change. Both belong to the live page, never to a revision (see with_content_json).
    version = models.PositiveIntegerField(default=1, editable=False)
    version_note = models.TextField(blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("urgency"), FieldPanel("published_on"), FieldPanel("review_by"), FieldPanel("tags")],
            heading=_("Urgency, dates and tags"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                TolerantPageChooserPanel("supersedes", "courses.BriefingPage"),
                InlinePanel("related_pages", label=_("Updates")),
            ],
            heading=_("Connections"),
        ),
        MultiFieldPanel([FieldPanel("significant_change"), FieldPanel("what_changed")], heading=_("Republishing")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        # Searching "foreign fighters" finds the briefings tagged so, whatever words their text uses.
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("urgency"),
    ]
    base_form_class = BriefingPageForm
    parent_page_types = ["courses.BriefingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("briefing")
        ordering = ["-published_on"]

    def clean(self):
        super().clean()
        if self.supersedes_id:
            # An older briefing chosen in another language is the same briefing: its original.
            self.supersedes = original_of(self.supersedes)
        if self.published_on and self.review_by and self.review_by < self.published_on:
            raise ValidationError({"review_by": _("The review-by date cannot be before the published date.")})
        if not (self.summary or "").strip():
            raise ValidationError({"summary": _("Write a one-paragraph summary.")})
        if self.supersedes_id and self.supersedes_id == self.pk:
            raise ValidationError({"supersedes": _("A briefing cannot supersede itself.")})

    def may_be_viewed_by(self, user):
        return True  # every signed-in person reads briefings

    def with_content_json(self, content):
        # Publishing or reverting a revision must never move the version back.
        obj = super().with_content_json(content)
        obj.version = self.version
        obj.version_note = self.version_note
        return obj

    @property
    def needs_confirmation(self):
        return self.urgency in (self.Urgency.IMPORTANT, self.Urgency.URGENT)

    @property
    def is_past_review(self):
        return self.review_by < timezone.localdate()

    def get_context(self, request, *args, **kwargs):
        from courses.briefings import has_confirmed

        context = super().get_context(request, *args, **kwargs)
        original = original_of(self)
        newer = originals(BriefingPage.objects.live().filter(supersedes=original)).order_by("-published_on").first()
        context["newer"] = in_language([newer])[0] if newer else None
        # A briefing not (yet) translated still sits in the reader's language: its breadcrumb names their list.
        context["index"] = in_language([self.get_parent().specific])[0]
        context["confirmed"] = has_confirmed(request.user, self)
        context["related"] = show_in_language(
            [link.page for link in self.related_pages.select_related("page") if link.page.live]
        )
        return context


class BriefingRelatedPage(Orderable):
    """A module or lesson a briefing updates; that lesson then shows a "see the latest briefing" link."""

    briefing = ParentalKey(BriefingPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A module or lesson this briefing updates."),
    )

    panels = [TolerantPageChooserPanel("page", ["courses.ModulePage", "courses.LessonPage"])]

    def clean(self):
        if self.page_id:
            self.page = original_of(self.page)
        if self.page_id and self.page.specific_class.__name__ not in ("ModulePage", "LessonPage"):
            raise ValidationError({"page": _("Choose a module or a lesson.")})

    def save(self, *args, **kwargs):
        # A lesson chosen in another language is the same lesson: the link points at its original.
        if self.page_id:
            self.page = original_of(self.page)
        super().save(*args, **kwargs)


class BriefingConfirmation(models.Model):
    """A person confirmed "read and understood" for one version of a briefing. One per person and version.

    A confirmation outlives its briefing: deleting the page clears the link and the title stays, shown as
    "(deleted page: <title>)".
    """

    user = models.ForeignKey("users.User", on_delete=models.CASCADE, related_name="briefing_confirmations")
    briefing = models.ForeignKey(BriefingPage, null=True, on_delete=models.SET_NULL, related_name="confirmations")
    briefing_title = models.CharField(max_length=255, default="")
    version = models.PositiveIntegerField()
    confirmed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "briefing", "version"], name="one_confirmation_per_version")
        ]

    def __str__(self):
        return f"{self.user} confirmed {self.briefing_label} v{self.version}"

    @property
    def briefing_label(self):
        return page_label(self.briefing_id, self.briefing_title)


class BriefingNotice(models.Model):
    """The e-mail about one version of a briefing to one person: the unique key makes it go out once."""

    user = models.ForeignKey("users.User", on_delete=models.CASCADE, related_name="+")
    briefing = models.ForeignKey(BriefingPage, on_delete=models.CASCADE, related_name="notices")
    version = models.PositiveIntegerField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "briefing", "version"], name="one_notice_per_briefing_version")
        ]

    def __str__(self):
        return f"Notice of {self.briefing} v{self.version} to {self.user}"


class BriefingReminder(models.Model):
    """A reminder to confirm a briefing, sent to one person from the coverage page ("Send a reminder to
    everyone missing"). Kept so that nobody is reminded twice within a day and staff see when they last sent."""

    user = models.ForeignKey("users.User", on_delete=models.CASCADE, related_name="+")
    briefing = models.ForeignKey(BriefingPage, on_delete=models.CASCADE, related_name="reminders")
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["briefing", "user", "sent_at"], name="briefing_reminder_lookup")]

    def __str__(self):
        return f"Reminder of {self.briefing} to {self.user}"

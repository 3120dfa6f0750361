from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from mentorsite.page_forms import PageForm
from mentorsite.page_permissions import PagePermissionsMixin


class HomePage(PagePermissionsMixin, Page):
    """The site's front door at "/": a short welcome and the way in.

    Visitors who are not signed in read the welcome and find the login; signed-in people are sent
    straight to their dashboard, which is where their work is. Programmes are built below this page.
    """

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the title, shown to people who are not signed in."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short description of the programme for visitors."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    base_form_class = PageForm

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find the page at this address in the reader's language, else in any other language.

        Wagtail routes through the home page in the reader's language; every language has the same
        addresses (translations keep their source's slugs), so a page not yet translated is found in the
        language it was written in, and its template says so.
        """
        try:
            return super().route(request, path_components)
        except Http404:
            for home in self.get_translations().live().specific().order_by("pk"):
                try:
                    return Page.route(home, request, path_components)
                except Http404:
                    continue
            raise

    def serve(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            # The dashboard is the landing page after login; the URL name keeps this layer free of imports.
            return redirect("courses:dashboard")
        return super().serve(request, *args, **kwargs)

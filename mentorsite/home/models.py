from django.db import models
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

    def serve(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            # The dashboard is the landing page after login; the URL name keeps this layer free of imports.
            return redirect("courses:dashboard")
        return super().serve(request, *args, **kwargs)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site search: Wagtail search over every live page the person may see, with the match highlighted."""

    name = "mentorsite.search"
    label = "site_search"
    verbose_name = _("Search")

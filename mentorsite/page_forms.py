"""The page editor's form for every page type of the project."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from mentorsite.scheduling.models import FIRST_YEAR, LAST_YEAR


class PageForm(WagtailAdminPageForm):
    """Wagtail's page form, with the scheduled publishing dates ("go live", "expiry") kept to sane years.

    Wagtail saves any date it can parse: a draft saved with "go live" in year 1 failed on SQLite (the conversion
    to UTC overflows: a 500), and PostgreSQL would store a date before year 1 that could not be read back.
    """

    def clean(self):
        cleaned = super().clean()
        for name in ("go_live_at", "expire_at"):
            moment = cleaned.get(name)
            if moment and not FIRST_YEAR <= moment.year <= LAST_YEAR:
                years = {"first": FIRST_YEAR, "last": LAST_YEAR}
                self.add_error(name, _("Choose a date between the years %(first)s and %(last)s.") % years)
        return cleaned

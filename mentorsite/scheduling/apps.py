from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchedulingConfig(AppConfig):
    """Dated sessions shared by seminars, networking days and supervision: bookings, attendance, calendars.

    Part of the ground floor: it imports no app. Seminars (courses), networking days (networking) and
    supervision meetings (supervision) are sessions by multi-table inheritance from Session.
    """

    name = "mentorsite.scheduling"
    label = "scheduling"
    verbose_name = _("Scheduling")

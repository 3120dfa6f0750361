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

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_save

        from .models import new_feed_after_password_change
        from .privacy import register_sections

        register_sections()
        post_save.connect(
            new_feed_after_password_change, sender=settings.AUTH_USER_MODEL, dispatch_uid="scheduling.feed_password"
        )

from datetime import datetime, time, timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from mentorsite.scheduling.models import Session
from mentorsite.scheduling.notifications import queue_notice
from mentorsite.scheduling.services import participants


class Command(BaseCommand):
    help = (
        "Queue the day-before reminder for every session starting tomorrow (programme time). Run it daily, e.g. "
        "from cron or a systemd timer; running it twice sends nothing twice."
    )

    def handle(self, *args, **options):
        tomorrow = timezone.localdate() + timedelta(days=1)
        start = timezone.make_aware(datetime.combine(tomorrow, time.min))
        end = timezone.make_aware(datetime.combine(tomorrow + timedelta(days=1), time.min))
        queued = 0
        sessions = Session.objects.filter(status=Session.Status.SCHEDULED, starts_at__gte=start, starts_at__lt=end)
        for session in sessions:
            with transaction.atomic():
                for person in participants(session):
                    queue_notice("reminder", session, person)
                    queued += 1
        self.stdout.write(f"Reminders checked for {queued} place(s) in {sessions.count()} session(s).")

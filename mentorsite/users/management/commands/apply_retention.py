"""Applies the retention periods of settings.RETENTION_DAYS. Run it daily (cron or a systemd timer)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.files.storage import storages
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from mentorsite.users.privacy import PSEUDONYM_PREFIX, erase

logger = logging.getLogger("mentorsite.retention")


class Command(BaseCommand):
    help = "Remove or pseudonymise what has outlived its retention period (settings.RETENTION_DAYS); logs counts."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would go; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            removed = self.apply(timezone.now())
            if dry_run:
                transaction.set_rollback(True)
        for what, number in removed.items():
            line = f"{'would remove' if dry_run else 'removed'} {number} {what}"
            logger.info("Retention: %s", line)
            self.stdout.write(line)

    def apply(self, now):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        from courses.models import DocumentRun
        from mentorsite.scheduling.models import Notice
        from supervision.models import RecordAccess

        days = settings.RETENTION_DAYS
        before = {name: now - timedelta(days=period) for name, period in days.items()}
        removed = {}

        leavers = (
            get_user_model()
            .objects.filter(left_programme_on__lt=before["leavers"].date())
            .exclude(username__startswith=PSEUDONYM_PREFIX)
        )
        count = 0
        for person in leavers:
            erase(person)
            count += 1
        removed["people pseudonymised after leaving"] = count

        removed["record access log entries"] = RecordAccess.objects.filter(at__lt=before["record_accesses"]).delete()[0]
        removed["login records"] = (
            AccessAttempt.objects.filter(attempt_time__lt=before["login_records"]).delete()[0]
            + AccessLog.objects.filter(attempt_time__lt=before["login_records"]).delete()[0]
            + AccessFailureLog.objects.filter(attempt_time__lt=before["login_records"]).delete()[0]
        )
        old_runs = DocumentRun.objects.filter(created_at__lt=before["document_runs"])
        storage = storages["documents"]
        names = [name for run in old_runs for name in run.files.values()]

        def delete_files():  # only once the rows are gone for good (never on --dry-run)
            for name in names:
                if storage.exists(name):
                    storage.delete(name)

        transaction.on_commit(delete_files)
        removed["document runs and their files"] = old_runs.delete()[0]
        removed["notices"] = Notice.objects.filter(created_at__lt=before["notices"]).delete()[0]
        removed["expired sessions"] = Session.objects.filter(expire_date__lt=now).delete()[0]
        return removed

"""Applies the retention periods of settings.RETENTION_DAYS. Run it daily (cron or a systemd timer)."""

import logging

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from mentorsite import privacy

logger = logging.getLogger("mentorsite.retention")


class Command(BaseCommand):
    help = "Remove or pseudonymise what has outlived its retention period (settings.RETENTION_DAYS); logs counts."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would go; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        # One transaction: a dry run rolls everything back, and files go only once it is committed.
        with transaction.atomic():
            removed = self.apply(timezone.now())
            if dry_run:
                transaction.set_rollback(True)
        for what, number in removed.items():
            line = f"{'would remove' if dry_run else 'removed'} {number} {what}"
            logger.info("Retention: %s", line)
            self.stdout.write(line)

    def apply(self, now):
        """What each app's sections of personal data remove (see mentorsite/privacy.py), by kind."""
        return privacy.expire(now)

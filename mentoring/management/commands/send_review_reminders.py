from django.core.management.base import BaseCommand

from mentoring.reminders import send_review_reminders


class Command(BaseCommand):
    help = (
        "Remind the programme managers of agreement reviews coming due and overdue. Run it daily (beside "
        "send_session_reminders); running it twice sends nothing twice."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Review reminders sent: {send_review_reminders()}.")

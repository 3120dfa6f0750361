from django.core.management.base import BaseCommand

from mentoring.evaluation.services import send_questionnaire_mail


class Command(BaseCommand):
    help = (
        "E-mail the people asked in open questionnaire rounds, and remind those who have not answered once the "
        "round's reminder interval has passed. The scheduler runs it hourly; running it twice sends nothing twice."
    )

    def handle(self, *args, **options):
        asked, reminded = send_questionnaire_mail()
        self.stdout.write(f"Questionnaire e-mails: {asked} first, {reminded} reminders.")

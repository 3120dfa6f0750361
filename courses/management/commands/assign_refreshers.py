"""Daily job: assign refreshers to certificates about to lapse, remind their holders once, renew completed ones."""

from django.core.management.base import BaseCommand

from courses.refreshers import assign_refreshers


class Command(BaseCommand):
    help = "Assign refreshers to certificates that lapse soon (reminding each holder once) and renew those done."

    def handle(self, *args, **options):
        assigned, renewed = assign_refreshers()
        self.stdout.write(f"Refreshers assigned: {assigned}; certificates renewed: {renewed}.")

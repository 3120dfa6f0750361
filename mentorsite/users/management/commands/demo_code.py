from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mentorsite.users.demo import current_demo_code


class Command(BaseCommand):
    help = "Print the demo staff accounts' current two-factor code (demo only; refuses production settings)."

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("demo_code belongs to the demo and refuses to run under production settings.")
        self.stdout.write(current_demo_code())

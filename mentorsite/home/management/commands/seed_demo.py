from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mentorsite.demo import demo_steps
from mentorsite.users.roles import ensure_roles


class Command(BaseCommand):
    help = "Load the demo programme (idempotent: adds what is missing, changes nothing). Refuses production settings."

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("seed_demo loads invented demo people and refuses to run under production settings.")
        with transaction.atomic():
            ensure_roles()
            for step in demo_steps():
                step()
        self.stdout.write(self.style.SUCCESS("Demo programme ready. Demo accounts use the password in the README."))

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mentorsite.demo import demo_steps
from mentorsite.users.roles import ensure_roles


class Command(BaseCommand):
    help = "Load the demo programme (idempotent: adds what is missing, changes nothing). Refuses production settings."

    def add_arguments(self, parser):
        parser.add_argument(
            "--without-translations",
            action="store_true",
            help="Leave out the Danish translations of the demo pages (most of the time this takes); the fault "
            "tests' servers need the people and pages only.",
        )

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("seed_demo loads invented demo people and refuses to run under production settings.")
        with transaction.atomic():
            ensure_roles()
            for step in demo_steps(translations=not options["without_translations"]):
                step()
        self.stdout.write(self.style.SUCCESS("Demo programme ready. Demo accounts use the password in the README."))

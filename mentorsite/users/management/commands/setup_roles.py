from django.core.management.base import BaseCommand

from mentorsite.users.roles import ensure_roles


class Command(BaseCommand):
    help = "Create or update the Mentor, Mentor coach, Facilitator and Programme manager groups (idempotent)."

    def handle(self, *args, **options):
        groups = ensure_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles up to date: {', '.join(groups)}."))

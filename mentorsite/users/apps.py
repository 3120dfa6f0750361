from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class UsersConfig(AppConfig):
    """People, cohorts and the four roles. The ground floor: it imports no other app of the project."""

    default = True  # This module also holds CustomUsersAppConfig, so say which config is the app's own.
    name = "mentorsite.users"
    label = "users"
    verbose_name = _("People and cohorts")

    def ready(self):
        from mentorsite import exports, form_fields, lookups
        from mentorsite.demo import register_demo_step

        from .demo import seed_second_factor
        from .privacy import register_sections
        from .roles import ensure_roles_after_migrate

        # After every migrate (and every test-database set-up) the four role groups and their
        # permissions are brought up to date, so no environment can run without them.
        post_migrate.connect(ensure_roles_after_migrate, sender=self, dispatch_uid="users.ensure_roles")
        # After every other step, so every demo coach, facilitator and manager exists.
        register_demo_step(90, seed_second_factor)
        # Ids beyond 64 bits in forms and URLs find nothing instead of crashing SQLite (see lookups.py).
        lookups.register()
        # First in the personal data registry: a person's download opens with their account.
        register_sections()
        # Wagtail's CSV exports (reports, listings) are written by the platform's one CSV writer (see exports.py).
        exports.register_wagtail_exports()
        # Rich text and StreamFields in the admin answer data they cannot read with a message (form_fields.py).
        form_fields.register()


class CustomUsersAppConfig(AppConfig):
    """Wagtail's user admin, with forms that also edit the cohort."""

    name = "wagtail.users"
    label = "wagtailusers"
    verbose_name = _("Wagtail users")
    default_auto_field = "django.db.models.AutoField"
    group_viewset = "wagtail.users.views.groups.GroupViewSet"
    user_viewset = "mentorsite.users.viewsets.PersonViewSet"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from wagtail.permissions import register_permission_policy

        from .account_protection import PeoplePermissionPolicy

        # Wagtail's user views and bulk actions ask this policy: only a superuser changes a superuser's or a
        # programme manager's account (account_protection.py).
        register_permission_policy(get_user_model(), PeoplePermissionPolicy(get_user_model()))
        register_permission_policy(Group)

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
        from mentorsite import lookups
        from mentorsite.demo import register_demo_step

        from .demo import seed_second_factor
        from .roles import ensure_roles_after_migrate

        # After every migrate (and every test-database set-up) the four role groups and their
        # permissions are brought up to date, so no environment can run without them.
        post_migrate.connect(ensure_roles_after_migrate, sender=self, dispatch_uid="users.ensure_roles")
        # After every other step, so every demo coach, facilitator and manager exists.
        register_demo_step(90, seed_second_factor)
        # Ids beyond 64 bits in forms and URLs find nothing instead of crashing SQLite (see lookups.py).
        lookups.register()


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

        register_permission_policy(get_user_model())
        register_permission_policy(Group)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkingConfig(AppConfig):
    """Networking days: events open to active mentors and coaches of every cohort, with agenda and documents."""

    name = "networking"
    verbose_name = _("Networking days")

    def ready(self):
        from mentorsite.demo import register_demo_step
        from mentorsite.scheduling import policies
        from mentorsite.scheduling.models import Session
        from mentorsite.users import roles
        from networking.demo.seed import seed_networking
        from networking.policies import NetworkingDayPolicy
        from networking.privacy import register_sections

        register_demo_step(20, seed_networking)
        policies.register(Session.Kind.NETWORKING, NetworkingDayPolicy())
        register_sections()
        permissions = [f"networking.{action}_networkingday" for action in ("add", "change", "delete", "view")]
        roles.grant(roles.FACILITATOR, *permissions)
        roles.grant(roles.MANAGER, *permissions)

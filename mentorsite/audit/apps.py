from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """The audit trail: who created, changed, viewed, exported or deleted sensitive data, and when."""

    name = "mentorsite.audit"
    label = "audit"
    verbose_name = _("Audit trail")

    def ready(self):
        from mentorsite.audit import trail

        trail.connect_signals()

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """One line of the audit trail: an action on sensitive data. Append-only.

    Written by mentorsite.audit.trail in the same transaction as the change it records (model signals for
    create/change/delete; the views call it for views and exports). It names the model, the id and the
    names of changed fields, never their contents. On PostgreSQL a trigger refuses UPDATE and DELETE of
    these rows (migration 0002). The programme manager reads, filters and exports it at /audit/.
    """

    class Action(models.TextChoices):
        CREATE = "create", _("Created")
        CHANGE = "change", _("Changed")
        DELETE = "delete", _("Deleted")
        VIEW = "view", _("Viewed")
        EXPORT = "export", _("Exported")

    occurred_at = models.DateTimeField(_("when (UTC)"), default=timezone.now, db_index=True)
    # No database constraint and no cascade: the trail outlives the people in it, and erasing a person
    # must not touch (or be blocked by) an append-only table. Only the id is kept, never a name.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_role = models.CharField(_("their role"), max_length=120, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices, db_index=True)
    model_label = models.CharField(_("what"), max_length=100, db_index=True)
    object_id = models.CharField(_("id"), max_length=64, blank=True, db_index=True)
    changed_fields = models.JSONField(_("changed fields"), default=list, blank=True)
    request_id = models.CharField(_("request id"), max_length=64, blank=True)
    client_address = models.GenericIPAddressField(_("client address"), null=True, blank=True)

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self):
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.action} {self.model_label} {self.object_id}"

"""Long document jobs (the programme report, bulk certificates) that run through the Tasks API."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentRun(models.Model):
    """One request for a long document job. The programme manager starts it, watches its progress on the
    run's page, and downloads the files from there; the files live in the private documents storage.
    """

    class Kind(models.TextChoices):
        PROGRAMME_REPORT = "programme_report", _("Programme report")
        CERTIFICATES = "certificates", _("Certificates of everyone who completed a track")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(max_length=30, choices=Kind.choices)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    parameters = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text=_("Percent done."))
    # {"pdf": "runs/12/report.pdf", ...}: names in the documents storage.
    files = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_status_display()})"

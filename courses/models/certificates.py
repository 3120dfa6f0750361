"""Certificates of completed tracks, verifiable by a public code."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Letters and digits that cannot be mistaken for one another when read aloud or typed from paper.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_verification_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


class Certificate(models.Model):
    """Proof that a person completed a track. Issued when they first download it; the public verification
    page (reached by the QR code) says valid, expired or revoked. The programme manager can revoke it with a
    reason. Where the track sets a validity, the certificate lapses unless a refresher renews it.

    Name, track and programme are kept as they were at issue, so the certificate never changes afterwards.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates")
    track = models.ForeignKey("courses.TrackPage", on_delete=models.PROTECT, related_name="certificates")
    code = models.CharField(max_length=20, unique=True, default=new_verification_code, editable=False)
    full_name = models.CharField(max_length=300)
    track_title = models.CharField(max_length=255)
    programme_title = models.CharField(max_length=255)
    issuing_organisation = models.CharField(max_length=200, blank=True)
    completed_on = models.DateField()
    issued_at = models.DateTimeField(default=timezone.now)
    # Empty where the track's certificates never lapse; moved on by each renewal (courses.refreshers).
    expires_on = models.DateField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revocation_reason = models.TextField(blank=True)
    # The holder always sees that their certificate was revoked; the reason only where the manager chose to.
    reason_shown_to_holder = models.BooleanField(default=False)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        constraints = [models.UniqueConstraint(fields=["user", "track"], name="one_certificate_per_track")]

    def __str__(self):
        return f"{self.track_title}: {self.full_name} ({self.code})"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

"""Issuing certificates for completed tracks, and what they say: requirements met and training hours."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate
from courses.progress import MODULE, progress_for_tracks
from courses.refreshers import expiry_for


class TrackNotComplete(Exception):
    """The person has not met every requirement of the track yet."""


def training_hours(progress):
    """Hours of training a completed track stands for: modules' study time plus seminar days."""
    minutes = sum(r.page.estimated_minutes for r in progress.requirements if r.kind == MODULE)
    seminar_days = sum(r.page.days for r in progress.requirements if r.kind != MODULE)
    return minutes / 60 + seminar_days * settings.SEMINAR_DAY_HOURS


def issue(user, track):
    """The person's certificate for `track`, issued now if it is their first; TrackNotComplete otherwise."""
    [progress] = progress_for_tracks(user, [track])
    if not progress.is_complete:
        raise TrackNotComplete
    # The record keeps the titles as the original pages have them (progress shows titles in the reader's
    # language on the objects it was given); the PDF shows the holder's language (certificate_document).
    track = type(track).objects.get(pk=track.pk)
    programme = track.get_parent().specific
    try:
        with transaction.atomic():
            certificate, _created = Certificate.objects.get_or_create(
                user=user,
                track=track,
                defaults={
                    "full_name": user.full_name,
                    "track_title": track.title,
                    "programme_title": programme.title,
                    "issuing_organisation": getattr(programme, "issuing_organisation", ""),
                    "completed_on": timezone.localtime(progress.completed_on).date(),
                    "expires_on": expiry_for(track, timezone.localtime(progress.completed_on).date()),
                },
            )
    except IntegrityError:
        certificate = Certificate.objects.get(user=user, track=track)
    return certificate, progress


def verification_url(certificate):
    return f"{settings.WAGTAILADMIN_BASE_URL}{reverse('certificate_verify', args=[certificate.code])}"

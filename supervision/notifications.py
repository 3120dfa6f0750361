"""Telling the programme manager about a new concern, and a coach about bookings of their slots, through the
Tasks API, each exactly once."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from mentorsite.request_context import current_request
from mentorsite.scheduling.models import Booking, Session
from mentorsite.users.languages import addresses_by_language, in_language_of
from mentorsite.users.roles import MANAGER
from supervision.models import Concern, SlotNotice

# The changes of a supervisee's place that the coach hears about.
TOLD_TO_COACH = (Booking.Status.CONFIRMED, Booking.Status.WAITLISTED, Booking.Status.CANCELLED)


def booking_changed(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    """A place in a supervision slot was taken, given up or put on the waiting list: tell the coach (connected
    in apps.py). Not when the coach did it themself (booking a supervisee), nor for attendance."""
    if raw or not (created or (update_fields and "status" in update_fields)):
        return
    if instance.status not in TOLD_TO_COACH:
        return
    session = instance.session
    if session.kind != Session.Kind.SUPERVISION or session.organiser_id in (None, instance.user_id):
        return
    request = current_request.get()
    if request is not None and getattr(request, "user", None) is not None and request.user.pk == session.organiser_id:
        return
    notice = SlotNotice.objects.create(booking=instance, status=instance.status)
    transaction.on_commit(lambda: notify_coach_of_booking.enqueue(notice.pk))


@task()
def notify_coach_of_booking(notice_id):
    with transaction.atomic():
        notice = (
            SlotNotice.objects.select_for_update(of=("self",))
            .select_related("booking__user", "booking__session__organiser")
            .filter(pk=notice_id, sent_at__isnull=True)
            .first()
        )
        if notice is None:
            return False  # already sent: running the job again sends nothing
        coach = notice.booking.session.organiser
        if coach.email:
            context = {"notice": notice, "booking": notice.booking, "base_url": settings.WAGTAILADMIN_BASE_URL}
            with in_language_of(coach):
                send_mail(
                    subject=render_to_string("supervision/email/slot_notice_subject.txt", context).strip(),
                    message=render_to_string("supervision/email/slot_notice.txt", context),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    recipient_list=[coach.email],
                )
        notice.sent_at = timezone.now()
        notice.save(update_fields=["sent_at"])
    return True


@task()
def notify_managers_of_concern(concern_id):
    with transaction.atomic():
        concern = Concern.objects.select_for_update().filter(pk=concern_id, notified_at__isnull=True).first()
        if concern is None:
            return False  # already notified: running the job again sends nothing
        # The e-mail says only that a concern waits: its content stays on the platform, behind the login.
        context = {"concern": concern, "base_url": settings.WAGTAILADMIN_BASE_URL}
        for language, addresses in addresses_by_language(MANAGER):
            with translation.override(language):
                send_mail(
                    subject=render_to_string("supervision/email/concern_subject.txt", context).strip(),
                    message=render_to_string("supervision/email/concern.txt", context),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    recipient_list=addresses,
                )
        concern.notified_at = timezone.now()
        concern.save(update_fields=["notified_at"])
    return True

"""E-mails about sessions, sent through Django's Tasks API.

A Notice row is created once per (kind, session, person, session version); the task sends it only while
its sent_at is empty, inside a transaction holding the row lock, so a job that runs twice sends once.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from mentorsite.users.languages import in_language_of

from .ical import calendar_bytes
from .models import Notice

# A place on the waiting list gets no calendar event: the person's calendar would show a session they have no
# place at. The event comes with the promotion notice when a place becomes theirs.
NOTICES_WITH_EVENT = {kind for kind in Notice.Kind.values if kind != Notice.Kind.WAITLISTED}


def queue_notice(kind, session, user):
    """Create the notice if this version of it does not exist yet, and send it after the commit."""
    notice, created = Notice.objects.get_or_create(kind=kind, session=session, user=user, sequence=session.sequence)
    if created:
        transaction.on_commit(lambda: send_notice.enqueue(notice.pk))
    return notice


@task()
def send_notice(notice_id):
    with transaction.atomic():
        notice = Notice.objects.select_for_update().filter(pk=notice_id, sent_at__isnull=True).first()
        if notice is None:
            return False  # already sent (or gone): a second run does nothing
        session = notice.session.specific
        user = notice.user
        if not user.email:
            notice.sent_at = timezone.now()
            notice.save(update_fields=["sent_at"])
            return False
        with in_language_of(user):
            _send(notice, session, user)
        notice.sent_at = timezone.now()
        notice.save(update_fields=["sent_at"])
    return True


def _send(notice, session, user):
    """The notice, its text and its calendar entry in the person's language."""
    from .services import show_titles_in_language

    show_titles_in_language([session])
    context = {
        "notice": notice,
        "kind": notice.kind,
        "session": session,
        "person": user,
        "booking": session.bookings.filter(user=user).first(),
        "base_url": settings.WAGTAILADMIN_BASE_URL,
    }
    subject = render_to_string("scheduling/email/subject.txt", context).strip()
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("scheduling/email/notice.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
    message.attach_alternative(render_to_string("scheduling/email/notice.html", context), "text/html")
    if notice.kind in NOTICES_WITH_EVENT:
        message.attach(
            f"session-{session.pk}.ics",
            calendar_bytes([session], session.title, settings.WAGTAILADMIN_BASE_URL),
            "text/calendar; charset=utf-8; method=PUBLISH",
        )
    message.send()

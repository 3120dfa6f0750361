"""Reminders to the programme managers of agreement reviews coming due (within MENTORING_REVIEW_NOTICE_DAYS)
and overdue. Each (relationship, due date, kind) is reminded once: the ReviewReminder row is written in the
same transaction as the e-mails are queued, and an existing row means it was sent already."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from mentorsite.users.languages import addresses_by_language
from mentorsite.users.roles import MANAGER

from .models import Relationship, ReviewReminder
from .services import with_review_dates


def reminders_due():
    """(relationship, kind) for every active relationship whose review is coming due or overdue, not yet
    reminded for this due date, and with no review in the calendar."""
    relationships = with_review_dates(Relationship.objects.active().select_related("case", "mentor"))
    sent = set(ReviewReminder.objects.values_list("relationship_id", "due_on", "kind"))
    due = []
    for relationship in relationships:
        if relationship.next_review is not None:
            continue  # the meeting is in the calendar: its own day-before reminder goes out
        if relationship.review_overdue:
            kind = ReviewReminder.Kind.OVERDUE
        elif relationship.review_coming_due:
            kind = ReviewReminder.Kind.COMING_DUE
        else:
            continue
        if (relationship.pk, relationship.next_review_due, kind) not in sent:
            due.append((relationship, kind))
    return due


def send_review_reminders():
    """Send what is due; returns how many reminders went out."""
    due = reminders_due()
    if not due:
        return 0
    with transaction.atomic():
        for relationship, kind in due:
            try:
                with transaction.atomic():
                    ReviewReminder.objects.create(
                        relationship=relationship, due_on=relationship.next_review_due, kind=kind
                    )
            except IntegrityError:
                continue  # another run reminded it a moment ago
        context = {"due": due, "base_url": settings.WAGTAILADMIN_BASE_URL}
        for language, addresses in addresses_by_language(MANAGER):
            with translation.override(language):
                subject = render_to_string("mentoring/email/reviews_due_subject.txt", context).strip()
                body = render_to_string("mentoring/email/reviews_due.txt", context)
            transaction.on_commit(
                lambda subject=subject, body=body, addresses=addresses: send_mail(
                    subject, body, settings.DEFAULT_FROM_EMAIL, addresses
                )
            )
    return len(due)

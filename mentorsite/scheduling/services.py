"""Booking rules: capacity and waiting list, no double booking, cancelling frees the place; attendance.

Every change happens in one transaction with the session row locked, so two people can never take the
last place at the same moment, and notices are queued only once the change is committed.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Booking, Session
from .notifications import queue_notice
from .policies import all_policies, policy_for

TAKING_PART = (Booking.Status.CONFIRMED, Booking.Status.WAITLISTED)
NOT_COMING = (Booking.Status.DECLINED, Booking.Status.CANCELLED)


class BookingRefused(Exception):
    """The booking cannot be made; str(error) is the message for the person."""


def sessions_of(user, include_waitlisted=True):
    """Sessions `user` takes part in: booked, expected with their cohort (and not declined), or leading."""
    statuses = TAKING_PART if include_waitlisted else (Booking.Status.CONFIRMED,)
    booked = Booking.objects.filter(session=OuterRef("pk"), user=user, status__in=statuses)
    declined = Booking.objects.filter(session=OuterRef("pk"), user=user, status__in=NOT_COMING)
    expected = Q(pk__in=[])
    for policy in all_policies():
        expected |= policy.expected_q(user)
    return Session.objects.filter(Q(Exists(booked)) | Q(organiser=user) | (expected & ~Exists(declined)))


def show_titles_in_language(sessions):
    """Titles in the reader's language for sessions whose title comes from a translated page (seminar days)."""
    by_kind = {}
    for session in sessions:
        by_kind.setdefault(session.kind, []).append(session)
    for kind, of_kind in by_kind.items():
        policy_for(kind).show_titles_in_language(of_kind)
    return sessions


def upcoming_sessions_of(user, limit=None):
    """The person's sessions from today on, each with `my_status` (their booking status, if any), titled in their
    language. A few queries, however many sessions."""
    start_of_today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    sessions = list(sessions_of(user).filter(ends_at__gte=start_of_today).order_by("starts_at")[:limit])
    statuses = dict(
        Booking.objects.filter(user=user, session__in=[s.pk for s in sessions]).values_list("session_id", "status")
    )
    for session in sessions:
        session.my_status = statuses.get(session.pk, "")
    return show_titles_in_language(sessions)


def registers_due(user, days=30):
    """Sessions of the last `days` days whose register `user` may take and nobody has taken yet."""
    recorded = Booking.objects.filter(session=OuterRef("pk")).exclude(attendance="")
    candidates = (
        visible_sessions(user)
        .filter(
            status=Session.Status.SCHEDULED,
            ends_at__lte=timezone.now(),
            ends_at__gte=timezone.now() - timedelta(days=days),
        )
        .exclude(Exists(recorded))
        .order_by("-starts_at")
    )
    return [session for session in candidates if policy_for(session.kind).may_take_register(user, session)]


def visible_sessions(user):
    """Sessions `user` may open: their own, plus whatever the policies of each kind allow."""
    if not user.is_authenticated:
        return Session.objects.none()
    condition = Q(pk__in=sessions_of(user).values("pk"))
    for policy in all_policies():
        condition |= policy.visible_q(user)
    return Session.objects.filter(condition)


def bookable_sessions(user):
    """Upcoming sessions open to `user` that they have not booked yet."""
    condition = Q(pk__in=[])
    for policy in all_policies():
        condition |= policy.bookable_q(user)
    return (
        Session.objects.filter(condition, starts_at__gt=timezone.now(), status=Session.Status.SCHEDULED)
        .exclude(pk__in=sessions_of(user).values("pk"))
        .order_by("starts_at")
    )


def describe(session):
    """The session in a sentence, in the reader's language: "“Two-day seminar 1, day 1” on Tuesday ..."."""
    show_titles_in_language([session])
    start = timezone.localtime(session.starts_at)
    end = timezone.localtime(session.ends_at)
    return _("“%(title)s” on %(day)s, %(start)s–%(end)s") % {
        "title": session.title,
        # The weekday, then the date as the reader's language writes it.
        "day": f"{date_format(start, 'l')} {date_format(start, 'DATE_FORMAT')}",
        "start": date_format(start, "TIME_FORMAT"),
        "end": date_format(end, "TIME_FORMAT"),
    }


def first_conflict(user, starts_at, ends_at, exclude=None):
    """The first session `user` is committed to that overlaps [starts_at, ends_at), or None."""
    overlapping = sessions_of(user, include_waitlisted=False).filter(
        status=Session.Status.SCHEDULED, starts_at__lt=ends_at, ends_at__gt=starts_at
    )
    if exclude is not None:
        overlapping = overlapping.exclude(pk=exclude.pk)
    return overlapping.order_by("starts_at").first()


def check_no_conflict(user, starts_at, ends_at, exclude=None, who=None):
    conflict = first_conflict(user, starts_at, ends_at, exclude)
    if conflict is not None:
        if who:
            raise BookingRefused(
                _("%(person)s already has %(session)s at that time.") % {"person": who, "session": describe(conflict)}
            )
        raise BookingRefused(_("You already have %(session)s at that time.") % {"session": describe(conflict)})


def _lock(session):
    return Session.objects.select_for_update().get(pk=session.pk)


def _check_open(session):
    if session.is_cancelled:
        raise BookingRefused(_("This session has been cancelled."))
    if session.starts_at <= timezone.now():
        raise BookingRefused(_("This session has already started or taken place; it can no longer be booked."))


def confirmed_count(session):
    return session.bookings.filter(status=Booking.Status.CONFIRMED).count()


def book(user, session, on_behalf_of=None):
    """Book `user` a place, or a place on the waiting list when the session is full.

    `on_behalf_of` is the coach booking a supervisee directly. Refusals raise BookingRefused and write nothing.
    """
    with transaction.atomic():
        session = _lock(session)
        _check_open(session)
        refusal = policy_for(session.kind).booking_refusal(on_behalf_of or user, session)
        if refusal and on_behalf_of is None:
            raise BookingRefused(refusal)
        existing = Booking.objects.filter(session=session, user=user).first()
        if existing and existing.status in TAKING_PART:
            return existing
        check_no_conflict(
            user, session.starts_at, session.ends_at, exclude=session, who=on_behalf_of and user.full_name
        )
        full = session.capacity is not None and confirmed_count(session) >= session.capacity
        if full and not policy_for(session.kind).offers_waiting_list(session):
            raise BookingRefused(_("This session is taken, and it has no waiting list."))
        status = Booking.Status.WAITLISTED if full else Booking.Status.CONFIRMED
        if existing:
            existing.status = status
            existing.created_at = timezone.now()  # back of the queue
            existing.save(update_fields=["status", "created_at", "updated_at"])
            booking = existing
        else:
            booking = Booking.objects.create(session=session, user=user, status=status)
        # A place on the waiting list is not a booking: its notice says so and carries no calendar event.
        queue_notice("waitlisted" if full else "confirmation", session, user)
    return booking


def cancel(user, session):
    """Cancel `user`'s place (or decline an expected seminar day); the first on the waiting list moves up."""
    with transaction.atomic():
        session = _lock(session)
        if session.starts_at <= timezone.now():
            raise BookingRefused(_("This session has already started; it can no longer be cancelled here."))
        refusal = policy_for(session.kind).cancel_refusal(user, session)
        if refusal:
            raise BookingRefused(refusal)
        booking = Booking.objects.filter(session=session, user=user).first()
        expected = policy_for(session.kind).may_decline(user, session)
        if booking is None and not expected:
            raise BookingRefused(_("You have no place in this session."))
        was_confirmed = booking is not None and booking.status == Booking.Status.CONFIRMED
        new_status = Booking.Status.DECLINED if expected else Booking.Status.CANCELLED
        if booking is None:
            booking = Booking.objects.create(session=session, user=user, status=new_status)
        elif booking.status not in NOT_COMING:
            booking.status = new_status
            booking.save(update_fields=["status", "updated_at"])
        if was_confirmed:
            promote_from_waiting_list(session)
    return booking


def promote_from_waiting_list(session):
    """Fill free places from the waiting list, first come first served (call with the session locked)."""
    free = None if session.capacity is None else session.capacity - confirmed_count(session)
    waiting = session.bookings.filter(status=Booking.Status.WAITLISTED).order_by("created_at", "pk")
    if free is not None:
        waiting = waiting[: max(free, 0)]
    for booking in waiting:
        booking.status = Booking.Status.CONFIRMED
        booking.save(update_fields=["status", "updated_at"])
        queue_notice("promotion", session, booking.user)


def participants(session):
    """The people expected at `session`: confirmed bookings, and those its policy expects who did not decline."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    confirmed = Booking.objects.filter(session=session, user=OuterRef("pk"), status=Booking.Status.CONFIRMED)
    condition = Q(Exists(confirmed))
    expected = policy_for(session.kind).expected_people(session)
    if expected is not None:
        declined = Booking.objects.filter(session=session, user=OuterRef("pk"), status__in=NOT_COMING)
        condition |= Q(pk__in=expected.values("pk")) & ~Exists(declined)
    return User.objects.filter(condition, is_active=True).order_by("first_name", "last_name", "username")


def record_attendance(session, marks, recorded_by):
    """Store attendance: `marks` maps a person to present, absent or excused. Make-up attendees get a booking."""
    now = timezone.now()
    with transaction.atomic():
        for person, attendance in marks.items():
            booking, _created = Booking.objects.get_or_create(
                session=session, user=person, defaults={"status": Booking.Status.CONFIRMED}
            )
            if booking.attendance != attendance:
                booking.attendance = attendance
                booking.attendance_recorded_by = recorded_by
                booking.attendance_recorded_at = now
                booking.save(
                    update_fields=["attendance", "attendance_recorded_by", "attendance_recorded_at", "updated_at"]
                )


def notify_change(session):
    """Tell everyone expected that the session changed or was cancelled (once per version)."""
    kind = "cancellation" if session.is_cancelled else "change"
    for person in participants(session):
        queue_notice(kind, session, person)

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorsite.users.languages import in_language_of

from .forms import RegisterForm
from .ical import calendar_bytes
from .models import Booking, CalendarFeed
from .policies import policy_for
from .services import (
    BookingRefused,
    book,
    bookable_sessions,
    cancel,
    participants,
    record_attendance,
    registers_due,
    sessions_of,
    show_titles_in_language,
    upcoming_sessions_of,
    visible_sessions,
)

# How far back a calendar feed reaches, so recent sessions stay in people's calendars.
FEED_HISTORY = timedelta(days=90)


@login_required
def calendar(request):
    feed, _created = CalendarFeed.objects.get_or_create(user=request.user)
    return render(
        request,
        "scheduling/calendar.html",
        {
            "sessions": upcoming_sessions_of(request.user),
            "registers_due": registers_due(request.user),
            "bookable": show_titles_in_language(list(bookable_sessions(request.user)[:50])),
            # The public address (as in e-mails and the feed itself), not whatever host this request came by.
            "feed_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("scheduling:feed", args=[feed.token]),
        },
    )


def _visible_session(request, session_id):
    return get_object_or_404(visible_sessions(request.user), pk=session_id).specific


@login_required
def session_detail(request, session_id):
    session = _visible_session(request, session_id)
    show_titles_in_language([session])
    policy = policy_for(session.kind)
    booking = session.bookings.filter(user=request.user).first()
    expected = policy.may_decline(request.user, session)
    confirmed = session.bookings.filter(status=Booking.Status.CONFIRMED).count()
    return render(
        request,
        "scheduling/session_detail.html",
        {
            "session": session,
            "booking": booking,
            "expected": expected and not (booking and booking.status in (Booking.Status.DECLINED,)),
            "may_book": policy.booking_refusal(request.user, session) is None,
            "may_take_register": policy.may_take_register(request.user, session),
            "cancel_refusal": policy.cancel_refusal(request.user, session),
            "waiting_list": policy.offers_waiting_list(session),
            # Who leads the session sees who is coming (a coach, who booked their slot).
            "places": (
                session.bookings.filter(status__in=(Booking.Status.CONFIRMED, Booking.Status.WAITLISTED))
                .select_related("user")
                .order_by("status", "created_at")
                if session.organiser_id == request.user.pk
                else None
            ),
            "confirmed": confirmed,
            "waiting": session.bookings.filter(status=Booking.Status.WAITLISTED).count(),
            # A full session offers the waiting list, not a place it does not have.
            "full": session.capacity is not None and confirmed >= session.capacity,
        },
    )


@login_required
@require_POST
def book_session(request, session_id):
    session = _visible_session(request, session_id)
    try:
        booking = book(request.user, session)
    except BookingRefused as refusal:
        messages.error(request, str(refusal))
    else:
        if booking.status == Booking.Status.WAITLISTED:
            messages.warning(request, _("The session is full: you are on the waiting list."))
        else:
            messages.success(request, _("You are booked. A confirmation is on its way by e-mail."))
    return redirect("scheduling:session", session_id=session.pk)


@login_required
@require_POST
def cancel_session(request, session_id):
    session = _visible_session(request, session_id)
    try:
        cancel(request.user, session)
    except BookingRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Done: you are not coming to this session."))
    return redirect("scheduling:session", session_id=session.pk)


@login_required
def session_ics(request, session_id):
    session = _visible_session(request, session_id)
    show_titles_in_language([session])
    response = HttpResponse(
        calendar_bytes([session], session.title, settings.WAGTAILADMIN_BASE_URL.rstrip("/")),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@login_required
def take_register(request, session_id):
    session = _visible_session(request, session_id)
    if not policy_for(session.kind).may_take_register(request.user, session):
        raise PermissionDenied
    show_titles_in_language([session])
    people = list(participants(session))
    current = dict(session.bookings.exclude(attendance="").values_list("user_id", "attendance"))
    extra = policy_for(session.kind).make_up_candidates(session)
    form = RegisterForm(request.POST or None, people=people, current=current, extra_people=extra)
    if request.method == "POST":
        if form.is_valid():
            record_attendance(session, form.marks(everyone_present="everyone_present" in request.POST), request.user)
            messages.success(request, _("Attendance saved."))
            return redirect("scheduling:register", session_id=session.pk)
        messages.error(request, _("Some marks were not valid; nothing was saved. Choose present, absent or excused."))
    return render(
        request,
        "scheduling/register.html",
        {"session": session, "form": form},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


def feed(request, token):
    """A person's calendar subscription. No login (calendar clients cannot log in): the secret token is the key."""
    feed = CalendarFeed.objects.filter(token=token).select_related("user__wagtail_userprofile").first()
    if feed is None or not feed.user.is_active:
        raise Http404
    sessions = list(sessions_of(feed.user).filter(ends_at__gte=timezone.now() - FEED_HISTORY).order_by("starts_at"))
    waiting = set(
        Booking.objects.filter(user=feed.user, session__in=sessions, status=Booking.Status.WAITLISTED).values_list(
            "session_id", flat=True
        )
    )
    # No session to say the language: the calendar speaks the language of the person it belongs to.
    with in_language_of(feed.user):
        show_titles_in_language(sessions)
        body = calendar_bytes(sessions, _("Mentor training"), settings.WAGTAILADMIN_BASE_URL, tentative_ids=waiting)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def regenerate_feed(request):
    feed, _created = CalendarFeed.objects.get_or_create(user=request.user)
    feed.regenerate()
    messages.success(request, _("Your calendar address is new. The old one no longer works: subscribe again."))
    return redirect("scheduling:calendar")

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from mentorsite.scheduling.models import Session
from mentorsite.scheduling.services import BookingRefused, book, check_no_conflict
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import COACH
from supervision.forms import DirectMeetingForm, SlotForm
from supervision.models import CoachAssignment, SupervisionSession


def supervisees_of(coach):
    return (
        get_user_model()
        .objects.filter(pk__in=CoachAssignment.objects.active().filter(coach=coach).values("mentor_id"))
        .order_by("first_name", "last_name")
    )


def _render(request, slot_form=None, meeting_form=None, status=200):
    coach = request.user
    supervisees = supervisees_of(coach)
    sessions = (
        Session.objects.filter(kind=Session.Kind.SUPERVISION, organiser=coach, status=Session.Status.SCHEDULED)
        .order_by("starts_at")
        .prefetch_related("bookings__user")
    )
    return render(
        request,
        "supervision/coach_overview.html",
        {
            "supervisees": supervisees,
            "sessions": [s for s in sessions if not s.is_past],
            "slot_form": slot_form or SlotForm(prefix="slot"),
            "meeting_form": meeting_form or DirectMeetingForm(prefix="meeting", supervisees=supervisees),
        },
        status=status,
    )


@role_required(COACH)
def coach_overview(request):
    """The coach's supervision page: supervisees, upcoming meetings, and forms to offer or book time."""
    return _render(request)


def _title(coach, supervisee=None):
    if supervisee is None:
        return _("Supervision with %(coach)s") % {"coach": coach.full_name}
    return _("Supervision: %(coach)s and %(mentor)s") % {"coach": coach.full_name, "mentor": supervisee.full_name}


@role_required(COACH)
def publish_slot(request):
    if request.method != "POST":
        return redirect("supervision:coach_overview")
    form = SlotForm(request.POST, prefix="slot")
    if form.is_valid():
        slot = form.save(commit=False)
        try:
            check_no_conflict(request.user, slot.starts_at, slot.ends_at)
        except BookingRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            slot.organiser = request.user
            slot.title = _title(request.user)
            slot.open_for_booking = True
            slot.save()
            messages.success(request, _("Slot published: your supervisees can book it."))
            return redirect("supervision:coach_overview")
    messages.error(request, _("The slot was not published. See the messages by the form."))
    return _render(request, slot_form=form, status=400)


@role_required(COACH)
def book_supervisee(request):
    if request.method != "POST":
        return redirect("supervision:coach_overview")
    form = DirectMeetingForm(request.POST, prefix="meeting", supervisees=supervisees_of(request.user))
    if form.is_valid():
        supervisee = form.cleaned_data["supervisee"]
        meeting = form.save(commit=False)
        try:
            with transaction.atomic():
                check_no_conflict(request.user, meeting.starts_at, meeting.ends_at)
                meeting.organiser = request.user
                meeting.title = _title(request.user, supervisee)
                meeting.format = SupervisionSession.Format.ONE_TO_ONE
                meeting.open_for_booking = False
                meeting.save()
                book(supervisee, meeting, on_behalf_of=request.user)
        except BookingRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("Meeting booked. %(name)s gets a confirmation.") % {"name": supervisee.full_name}
            )
            return redirect("supervision:coach_overview")
    messages.error(request, _("The meeting was not booked. See the messages by the form."))
    return _render(request, meeting_form=form, status=400)

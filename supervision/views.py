from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorsite.audit.trail import record_export, record_update, record_views
from mentorsite.pdf import render_pdf
from mentorsite.scheduling.models import Session
from mentorsite.scheduling.services import BookingRefused, book, check_no_conflict
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import COACH, MANAGER, has_role
from supervision import charts
from supervision.access import (
    codings_for,
    concerns_for,
    log_access,
    log_openings,
    may_follow_mentor,
    may_read_private_notes,
    open_record,
    records_for,
    supervisees_of,
)
from supervision.calibration import uncalibrated_codings
from supervision.forms import (
    ActionFormSet,
    AddendumForm,
    ConcernForm,
    DirectMeetingForm,
    MitiCodingForm,
    RecordForm,
    SlotForm,
)
from supervision.models import (
    AgreedAction,
    Concern,
    MitiCoding,
    RecordAccess,
    SupervisionRecord,
    SupervisionSession,
)
from supervision.notifications import notify_managers_of_concern

# Coach dashboard -------------------------------------------------------------------------------


def supervisee_rows(coach):
    """Each supervisee with last supervision, days since, overdue flag, open actions and latest MITI levels.

    A fixed number of queries however many supervisees there are.
    """
    records = SupervisionRecord.objects.filter(coach=coach, attendees=OuterRef("pk"))
    latest_coding = MitiCoding.objects.filter(mentor=OuterRef("pk")).order_by("-coded_on", "-pk").values("pk")[:1]
    people = list(
        supervisees_of(coach).annotate(
            last_supervision=Subquery(records.order_by("-held_on").values("held_on")[:1]),
            open_actions=Count(
                "supervision_actions",
                filter=Q(supervision_actions__done_at__isnull=True, supervision_actions__record__coach=coach),
                distinct=True,
            ),
            overdue_actions=Count(
                "supervision_actions",
                filter=Q(
                    supervision_actions__done_at__isnull=True,
                    supervision_actions__record__coach=coach,
                    supervision_actions__due_on__lt=timezone.localdate(),
                ),
                distinct=True,
            ),
            latest_coding_id=Subquery(latest_coding),
        )
    )
    codings = MitiCoding.objects.in_bulk([p.latest_coding_id for p in people if p.latest_coding_id])
    today = timezone.localdate()
    interval = timedelta(days=settings.SUPERVISION_INTERVAL_DAYS)
    for person in people:
        person.days_since = (today - person.last_supervision).days if person.last_supervision else None
        person.overdue = person.last_supervision is None or today - person.last_supervision > interval
        coding = codings.get(person.latest_coding_id)
        person.latest_levels = coding.summary.levels if coding else None
    return people


def _render_overview(request, slot_form=None, meeting_form=None, status=200):
    coach = request.user
    supervisees = supervisees_of(coach)
    sessions = Session.objects.filter(
        kind=Session.Kind.SUPERVISION, organiser=coach, status=Session.Status.SCHEDULED, starts_at__gte=timezone.now()
    ).order_by("starts_at")
    rows = supervisee_rows(coach)
    # The table shows each supervisee's latest MITI levels: a read of those codings, logged as one.
    log_openings(
        request, [row.latest_coding_id for row in rows if row.latest_coding_id], RecordAccess.Subject.MITI_CODING
    )
    return render(
        request,
        "supervision/coach_overview.html",
        {
            "supervisee_rows": rows,
            "interval_days": settings.SUPERVISION_INTERVAL_DAYS,
            "sessions": sessions,
            "drafts": SupervisionRecord.objects.filter(coach=coach, status=SupervisionRecord.Status.DRAFT),
            "unrecorded": SupervisionSession.objects.filter(
                organiser=coach, ends_at__lte=timezone.now(), record__isnull=True, bookings__isnull=False
            )
            .distinct()
            .order_by("-starts_at")[:10],
            "slot_form": slot_form or SlotForm(prefix="slot"),
            "meeting_form": meeting_form or DirectMeetingForm(prefix="meeting", supervisees=supervisees),
        },
        status=status,
    )


@role_required(COACH)
def coach_overview(request):
    """The coach's supervision page: supervisees at a glance, records to finish, and time to offer or book."""
    return _render_overview(request)


def _title(coach, supervisee=None):
    if supervisee is None:
        return _("Supervision with %(coach)s") % {"coach": coach.full_name}
    return _("Supervision: %(coach)s and %(mentor)s") % {"coach": coach.full_name, "mentor": supervisee.full_name}


@role_required(COACH)
@require_POST
def publish_slot(request):
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
    return _render_overview(request, slot_form=form, status=400)


@role_required(COACH)
@require_POST
def book_supervisee(request):
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
    return _render_overview(request, meeting_form=form, status=400)


# Records ---------------------------------------------------------------------------------------


@login_required
def record_list(request):
    records = records_for(request.user).select_related("coach").prefetch_related("attendees")
    return render(request, "supervision/record_list.html", {"records": records[:200]})


def _record_form_response(request, form, actions, record=None, status=200):
    return render(
        request,
        "supervision/record_form.html",
        {"form": form, "actions": actions, "record": record},
        status=status,
    )


def _save_record(request, record=None, session=None):
    supervisees = supervisees_of(request.user)
    initial = {}
    if session is not None:
        initial = {
            "held_on": timezone.localtime(session.starts_at).date(),
            "duration_minutes": int((session.ends_at - session.starts_at).total_seconds() // 60),
            "format": session.format,
            "attendees": list(session.bookings.values_list("user_id", flat=True)),
        }
    form = RecordForm(request.POST or None, instance=record, initial=initial, supervisees=supervisees)
    actions = ActionFormSet(request.POST or None, instance=record or SupervisionRecord(), prefix="actions")
    owner_choices = get_user_model().objects.filter(Q(pk__in=supervisees.values("pk")) | Q(pk=request.user.pk))
    for action_form in actions.forms:
        action_form.fields["owner"].queryset = owner_choices
    if request.method == "POST":
        if form.is_valid() and actions.is_valid():
            with transaction.atomic():
                record = form.save(commit=False)
                record.coach = request.user
                if session is not None:
                    record.session = session
                record.save()
                form.save_m2m()
                actions.instance = record
                actions.save()
                log_access(request, record.pk, RecordAccess.Outcome.OPENED)
            messages.success(request, _("Record saved as a draft. Finalise it when it is complete."))
            return redirect("supervision:record", record_id=record.pk)
        messages.error(request, _("The record was not saved. See the messages by the fields."))
        return _record_form_response(request, form, actions, record, status=400)
    return _record_form_response(request, form, actions, record)


@role_required(COACH)
def record_create(request):
    session = None
    if session_id := request.GET.get("session"):
        if not (session_id.isascii() and session_id.isdigit()):
            raise Http404  # not an id at all ("abc" would make the query raise ValueError)
        session = get_object_or_404(
            SupervisionSession.objects.filter(organiser=request.user, record__isnull=True), pk=session_id
        )
    return _save_record(request, session=session)


@role_required(COACH)
def record_edit(request, record_id):
    record = open_record(request, record_id, SupervisionRecord.objects.filter(coach=request.user))
    if record.is_final:
        messages.error(request, _("This record is finalised and cannot be changed. Add an addendum instead."))
        return redirect("supervision:record", record_id=record.pk)
    return _save_record(request, record=record)


@login_required
def record_detail(request, record_id):
    record = open_record(request, record_id)
    return render(
        request,
        "supervision/record_detail.html",
        {
            "record": record,
            "show_private_notes": may_read_private_notes(request.user, record),
            "is_author": record.coach_id == request.user.pk,
            "addendum_form": AddendumForm(),
            "concern_form": ConcernForm(),
            "actions": record.actions.select_related("owner"),
            "addenda": record.addenda.select_related("author"),
            "concerns": concerns_for(request.user).filter(record=record),
        },
    )


def _authored_record(request, record_id):
    return open_record(request, record_id, SupervisionRecord.objects.filter(coach=request.user))


@role_required(COACH)
@require_POST
def record_finalise(request, record_id):
    record = _authored_record(request, record_id)
    # Finalising cannot be undone (corrections become addenda): the coach confirms it with the box beside the
    # button, which works without JavaScript.
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm that the record is ready: finalising cannot be undone."))
        return redirect("supervision:record", record_id=record.pk)
    with transaction.atomic():
        finalised = {"status": SupervisionRecord.Status.FINAL, "finalised_at": timezone.now()}
        updated = SupervisionRecord.objects.filter(pk=record.pk, status=SupervisionRecord.Status.DRAFT).update(
            **finalised
        )
        if updated:
            record_update(SupervisionRecord, record.pk, finalised)
    if updated:
        messages.success(request, _("Record finalised. The mentors can now read the summary and actions."))
    return redirect("supervision:record", record_id=record.pk)


@role_required(COACH)
@require_POST
def record_addendum(request, record_id):
    record = _authored_record(request, record_id)
    if not record.is_final:
        messages.error(request, _("Drafts are edited directly; addenda are for finalised records."))
        return redirect("supervision:record", record_id=record.pk)
    form = AddendumForm(request.POST)
    if form.is_valid():
        form.instance.record = record
        form.instance.author = request.user
        form.save()
        messages.success(request, _("Addendum added."))
    else:
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
    return redirect("supervision:record", record_id=record.pk)


@role_required(COACH)
@require_POST
def raise_concern(request, record_id):
    record = _authored_record(request, record_id)
    form = ConcernForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
        return redirect("supervision:record", record_id=record.pk)
    with transaction.atomic():
        concern = form.save(commit=False)
        concern.record = record
        concern.raised_by = request.user
        concern.save()
        transaction.on_commit(lambda: notify_managers_of_concern.enqueue(concern.pk))
    messages.success(request, _("Concern raised. The programme manager has been told and will acknowledge it."))
    return redirect("supervision:record", record_id=record.pk)


@login_required
@require_POST
def action_done(request, action_id):
    """The owner of an agreed action (or the coach who wrote the record) marks it done."""
    action = AgreedAction.objects.filter(
        Q(owner=request.user, record__status=SupervisionRecord.Status.FINAL) | Q(record__coach=request.user),
        pk=action_id,
    ).first()
    if action is None:
        raise Http404
    if action.done_at is None:
        action.done_at = timezone.now()
        action.save(update_fields=["done_at"])
        messages.success(request, _("Action marked as done."))
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure()):
        # A URL, never a view name: redirect("0") would look up a view called "0" and fail.
        return HttpResponseRedirect(next_url)
    return redirect("supervision:mine")


@role_required(MANAGER)
def record_accesses(request, record_id):
    get_object_or_404(SupervisionRecord, pk=record_id)
    accesses = RecordAccess.objects.filter(
        subject=RecordAccess.Subject.SUPERVISION_RECORD, record_id=record_id
    ).select_related("user")[:500]
    record_views(request, "supervision.RecordAccess", [record_id])
    return render(request, "supervision/accesses.html", {"accesses": accesses, "record_id": record_id})


@role_required(MANAGER)
def person_accesses(request, user_id):
    person = get_object_or_404(get_user_model(), pk=user_id)
    accesses = RecordAccess.objects.filter(user=person).select_related("user")[:500]
    record_views(request, "supervision.RecordAccess:person", [person.pk])
    return render(request, "supervision/accesses.html", {"accesses": accesses, "person": person})


# Concerns --------------------------------------------------------------------------------------


@role_required(MANAGER)
def concern_list(request):
    concerns = list(
        concerns_for(request.user)
        .select_related("raised_by", "record", "acknowledged_by")
        .order_by(F("acknowledged_at").asc(nulls_first=True), "-raised_at")
    )
    log_openings(request, [concern.pk for concern in concerns], RecordAccess.Subject.CONCERN)
    return render(request, "supervision/concern_list.html", {"concerns": concerns, "now": timezone.now()})


@role_required(MANAGER)
@require_POST
def acknowledge_concern(request, concern_id):
    acknowledgement = {"acknowledged_at": timezone.now(), "acknowledged_by": request.user}
    updated = Concern.objects.filter(pk=concern_id, acknowledged_at__isnull=True).update(**acknowledgement)
    if updated:
        record_update(Concern, concern_id, acknowledgement)
    elif not Concern.objects.filter(pk=concern_id).exists():
        raise Http404
    messages.success(request, _("Concern acknowledged."))
    return redirect("supervision:concerns")


# MITI ------------------------------------------------------------------------------------------


@role_required(COACH)
def miti_create(request):
    form = MitiCodingForm(request.POST or None, supervisees=supervisees_of(request.user))
    if request.method == "POST":
        if form.is_valid():
            coding = form.save(commit=False)
            coding.coach = request.user
            coding.save()
            messages.success(request, _("Coding saved."))
            return redirect("supervision:miti", coding_id=coding.pk)
        messages.error(request, _("The coding was not saved. See the messages by the fields."))
    return render(request, "supervision/miti_form.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def miti_detail(request, coding_id):
    coding = codings_for(request.user).select_related("mentor", "coach").filter(pk=coding_id).first()
    if coding is None:
        log_access(request, coding_id, RecordAccess.Outcome.REFUSED, RecordAccess.Subject.MITI_CODING)
        raise Http404
    log_access(request, coding.pk, RecordAccess.Outcome.OPENED, RecordAccess.Subject.MITI_CODING)
    context = {"coding": coding, "summary": coding.summary, "uncalibrated": bool(uncalibrated_codings([coding]))}
    return render(request, "supervision/miti_detail.html", context)


def _followed_mentor(request, user_id, subject):
    """The mentor whose supervision the user may follow (logged); else 404, and the attempt is logged."""
    mentor = get_user_model().objects.filter(pk=user_id).first()
    if mentor is None or not may_follow_mentor(request.user, mentor):
        log_access(request, user_id, RecordAccess.Outcome.REFUSED, subject)
        raise Http404
    log_access(request, mentor.pk, RecordAccess.Outcome.OPENED, subject)
    return mentor


@login_required
def miti_trend(request, user_id):
    mentor = _followed_mentor(request, user_id, RecordAccess.Subject.MITI_TREND)
    codings = list(MitiCoding.objects.filter(mentor=mentor).order_by("coded_on", "pk"))
    # The chart draws every coding's scores and levels: a read of each of them.
    log_openings(request, [coding.pk for coding in codings], RecordAccess.Subject.MITI_CODING)
    svg = charts.miti_trend_svg(codings, uncalibrated=uncalibrated_codings(codings))
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    return response


@login_required
def mentor_supervision(request, user_id=None):
    """A mentor's own supervision history, agreed actions and MITI trend (or, for their coach and the manager,
    that mentor's)."""
    if user_id is None:
        mentor = request.user
        log_access(request, mentor.pk, RecordAccess.Outcome.OPENED, RecordAccess.Subject.SUPERVISION_PAGE)
    else:
        mentor = _followed_mentor(request, user_id, RecordAccess.Subject.SUPERVISION_PAGE)
    records = (
        SupervisionRecord.objects.filter(attendees=mentor, status=SupervisionRecord.Status.FINAL)
        .select_related("coach")
        .prefetch_related("addenda")
    )
    if not has_role(request.user, MANAGER) and request.user.pk != mentor.pk:
        records = records.filter(coach=request.user)
    records = list(records)
    # The page shows each record's summary: that is an opening of each record, and is logged as one.
    log_openings(request, [record.pk for record in records], RecordAccess.Subject.SUPERVISION_RECORD)
    actions = AgreedAction.objects.filter(owner=mentor, record__in=[r.pk for r in records]).select_related("record")
    codings = MitiCoding.objects.filter(mentor=mentor).order_by("-coded_on", "-pk")
    return render(
        request,
        "supervision/mentor_supervision.html",
        {
            "mentor": mentor,
            "is_self": mentor.pk == request.user.pk,
            "records": records,
            "open_actions": [a for a in actions if a.done_at is None],
            "done_actions": [a for a in actions if a.done_at is not None],
            "codings": codings,
        },
    )


@login_required
def supervision_log(request, user_id):
    """A mentor's supervision as a PDF (dates, durations, format, topics, total hours), never the private notes.

    For the mentor themself, their coach (their own records) and the programme manager.
    """
    mentor = _followed_mentor(request, user_id, RecordAccess.Subject.SUPERVISION_PAGE)
    records = (
        SupervisionRecord.objects.filter(attendees=mentor, status=SupervisionRecord.Status.FINAL)
        .select_related("coach")
        .prefetch_related("tagged_topics__tag")
        .order_by("held_on")
    )
    if not has_role(request.user, MANAGER) and request.user.pk != mentor.pk:
        records = records.filter(coach=request.user)
    records = list(records)
    log_openings(request, [record.pk for record in records], RecordAccess.Subject.SUPERVISION_RECORD)
    pdf = render_pdf(
        "pdf/supervision_log.html",
        {
            "mentor": mentor,
            "records": records,
            "total_hours": sum(record.duration_minutes for record in records) / 60,
            "today": timezone.localdate(),
        },
        name=f"supervision-log-{mentor.pk}",
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="supervision-log-{mentor.pk}.pdf"'
    record_export(request, "export:supervision_log.pdf", mentor.pk)
    return response

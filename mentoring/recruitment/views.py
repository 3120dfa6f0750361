"""The recruitment pages: the public application, the board, an applicant's page with their stages, and the
manager's privacy actions for applicants (download, erase).

Who sees what (access.py): the manager every applicant; staff named as interviewers their applicants; anyone
else gets 403 for the board and 404 for an applicant. Every reading of an applicant is in the audit trail.
"""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentoring.views import attempt, refused
from mentorsite.audit.trail import record_export
from mentorsite.request_context import client_address
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import MANAGER

from . import figures, services
from .access import applicants_for, is_manager, log_reading
from .forms import ApplicationForm, InterviewersForm, ManualApplicationForm, StageForm
from .models import Applicant, StageRecord
from .privacy import applicant_data, erase_applicant

# The public application ------------------------------------------------------------------------------


def apply(request):
    """The public page where someone interested applies. Open to everyone, signed in or not."""
    form = ApplicationForm(request.POST or None)
    if request.method == "POST":
        if services.over_application_limit(client_address(request)):
            form.add_error(None, _("Too many applications were sent from here in the last hour. Try again later."))
        elif form.is_valid():
            applicant = form.save(commit=False)
            applicant.consented_at = timezone.now()
            applicant.language = (get_language() or "").split("-")[0]
            if attempt(form, lambda: services.receive(applicant)):
                return redirect("recruitment:applied")
    context = {
        "form": form,
        "people_fields": form.people_fields(),
        "retention_months": round(settings.RETENTION_DAYS["applicants"] / 30.4),
    }
    return render(request, "mentoring/recruitment/apply.html", context, status=400 if form.errors else 200)


def applied(request):
    return render(request, "mentoring/recruitment/applied.html")


# The board ---------------------------------------------------------------------------------------------


@login_required
def board(request):
    """Applicants in progress by stage, with how long each has waited; the figures below for the manager."""
    manager = is_manager(request.user)
    applicants = applicants_for(request.user)
    if not manager and not applicants.exists():
        raise PermissionDenied
    in_progress = list(
        applicants.filter(status=Applicant.Status.ACTIVE).select_related("stage", "source").order_by("stage_since")
    )
    columns = [
        {"stage": stage, "applicants": [a for a in in_progress if a.stage_id == stage.pk]}
        for stage in services.stages()
    ]
    closed = applicants.exclude(status=Applicant.Status.ACTIVE).order_by("-decided_on")[:50]
    log_reading(request, [a.pk for a in in_progress] + [a.pk for a in closed])
    return render(
        request,
        "mentoring/recruitment/board.html",
        {
            "columns": columns,
            "closed": closed,
            "manager": manager,
            "figures": figures.recruitment_figures() if manager else None,
        },
    )


@role_required(MANAGER)
def applicant_create(request):
    """An application the manager adds by hand."""
    form = ManualApplicationForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            applicant = attempt(form, lambda: services.receive(form.save(commit=False), added_by=request.user))
            if applicant:
                messages.success(request, _("Application from %(name)s added.") % {"name": applicant.full_name})
                return redirect("recruitment:applicant", applicant.pk)
        refused(request, _("The application was not saved."))
    status = 400 if form.errors else 200
    return render(request, "mentoring/recruitment/applicant_form.html", {"form": form}, status=status)


# One applicant -----------------------------------------------------------------------------------------


def _stage_form(applicant, data=None):
    in_order = services.stages()
    return StageForm(
        data,
        initial={"stage": applicant.stage_id},
        outcomes=services.outcomes_at(applicant.stage, in_order),
        decision=services.is_decision(applicant.stage, in_order),
    )


def _applicant_page(request, applicant, stage_form=None, status=200):
    log_reading(request, [applicant.pk])
    open_ = applicant.status == Applicant.Status.ACTIVE
    context = {
        "applicant": applicant,
        "records": applicant.stage_records.select_related("stage", "done_by", "stop_reason"),
        "stage_form": (stage_form or _stage_form(applicant)) if open_ else None,
        "is_decision": open_ and services.is_decision(applicant.stage),
        "manager": is_manager(request.user),
        "interviewers_form": InterviewersForm(initial={"interviewers": applicant.interviewers.all()}),
    }
    return render(request, "mentoring/recruitment/applicant.html", context, status=status)


@login_required
def applicant_detail(request, applicant_id):
    applicant = get_object_or_404(applicants_for(request.user).select_related("stage", "source"), pk=applicant_id)
    return _applicant_page(request, applicant)


@login_required
@require_POST
def record_stage(request, applicant_id):
    """Move the applicant on from their stage, stop them, record a withdrawal or (the manager) accept them."""
    applicant = get_object_or_404(applicants_for(request.user).select_related("stage"), pk=applicant_id)
    if applicant.status != Applicant.Status.ACTIVE:
        messages.error(request, _("This application is closed; nothing was recorded."))
        return _applicant_page(request, applicant, status=400)
    form = _stage_form(applicant, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        if data["outcome"] == StageRecord.Outcome.ACCEPT and not is_manager(request.user):
            raise PermissionDenied  # the decision to employ someone is the manager's
        stage = services.stages_by_pk().get(data["stage"])
        if stage is None:
            form.add_error(None, _("That stage is not in use any more; reload the page."))
        else:
            done = attempt(
                form,
                lambda: services.record_stage(
                    applicant,
                    stage,
                    request.user,
                    data["outcome"],
                    held_on=data["held_on"],
                    notes=data["notes"],
                    competencies=data["competencies"],
                    stop_reason=data["stop_reason"],
                    done_by_others=data["done_by_others"],
                    cohort=data.get("cohort"),
                    track=data.get("track"),
                ),
            )
            if done:
                applicant.refresh_from_db()
                messages.success(request, _done_message(applicant))
                if request.POST.get("from") == "board":
                    return redirect("recruitment:board")
                return redirect("recruitment:applicant", applicant.pk)
    refused(request, _("Nothing was recorded."))
    return _applicant_page(request, applicant, stage_form=form, status=400)


def _done_message(applicant):
    names = {"name": applicant.full_name, "stage": applicant.stage}
    if applicant.status == Applicant.Status.ACCEPTED:
        return _("%(name)s is a mentor now; the invitation to choose a password is on its way.") % names
    if applicant.status == Applicant.Status.ACTIVE:
        return _("%(name)s moved on to “%(stage)s”.") % names
    return _("The application of %(name)s is closed: %(status)s.") % {
        **names,
        "status": applicant.get_status_display(),
    }


@role_required(MANAGER)
@require_POST
def set_interviewers(request, applicant_id):
    applicant = get_object_or_404(Applicant, pk=applicant_id)
    form = InterviewersForm(request.POST)
    if not form.is_valid():
        refused(request, _("The interviewers were not changed."))
        return _applicant_page(request, applicant, status=400)
    applicant.interviewers.set(form.cleaned_data["interviewers"])
    messages.success(request, _("Interviewers saved."))
    return redirect("recruitment:applicant", applicant.pk)


# Privacy -----------------------------------------------------------------------------------------------


@role_required(MANAGER)
def applicant_export(request, applicant_id):
    """Everything held about one applicant, for their request to see it (JSON, as a person's own download)."""
    applicant = get_object_or_404(Applicant, pk=applicant_id)
    record_export(request, "export:applicant.json", applicant.pk)
    response = HttpResponse(
        json.dumps(applicant_data(applicant), indent=2, ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="applicant-{applicant.pk}.json"'
    return response


@role_required(MANAGER)
@require_POST
def applicant_erase(request, applicant_id):
    """Erase an applicant at their request: the application and its stage records go, nothing is kept."""
    applicant = get_object_or_404(Applicant, pk=applicant_id)
    if request.POST.get("confirm") != "on":
        messages.error(request, _("Tick the box to confirm the erasure; nothing was erased."))
        return _applicant_page(request, applicant, status=400)
    if applicant.account_id:
        messages.error(request, _("This applicant is a mentor now: erase the person from their privacy page."))
        return _applicant_page(request, applicant, status=400)
    erase_applicant(applicant)  # the audit trail records the deletion (Applicant is audited)
    messages.success(request, _("The application was erased."))
    return redirect("recruitment:board")

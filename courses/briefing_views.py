"""Front-end views for briefings: confirming, coverage (who is missing), reminders, and the review list."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.briefings import confirm, coverage, is_superseded, last_reminder, remind
from courses.models import BriefingPage
from mentorsite.audit.trail import record_export
from mentorsite.exports import csv_response
from mentorsite.translations import in_language, original_of, originals
from mentorsite.users.decorators import role_required
from mentorsite.users.models import Cohort
from mentorsite.users.roles import COACH, MENTOR, STAFF_ROLES, has_role


def _live_briefing(briefing_id):
    return get_object_or_404(BriefingPage.objects.live(), pk=briefing_id)


def _confirmable_briefing(briefing_id):
    """A live important or urgent briefing: only those ask for confirmation, so only those have coverage."""
    briefing = _live_briefing(briefing_id)
    if not briefing.needs_confirmation:
        raise Http404
    # Coverage and reminders are the original's, whichever language's page the link came from.
    return original_of(briefing)


@login_required
@require_POST
def confirm_briefing(request, briefing_id):
    briefing = _live_briefing(briefing_id)
    if not briefing.needs_confirmation or not has_role(request.user, MENTOR, COACH) or is_superseded(briefing):
        raise Http404  # nothing to confirm: a superseded briefing points to its successor instead
    confirm(request.user, briefing)
    messages.success(request, _("Thank you: you confirmed that you have read and understood this briefing."))
    return redirect(briefing.url)


def _cohort_from(request, data):
    cohort = None
    if value := data.get("cohort"):
        # isdigit() alone lets "²" through, and the query then fails with ValueError.
        cohort = Cohort.objects.filter(pk=value).first() if value.isascii() and value.isdigit() else None
        if cohort is None:
            messages.error(request, _("That cohort does not exist; showing all cohorts."))
    return cohort


def _coverage_context(request, briefing):
    cohort = _cohort_from(request, request.GET)
    confirmed, missing = coverage(briefing, cohort)
    total = len(confirmed) + len(missing)
    return {
        "briefing": briefing,
        "cohort": cohort,
        "cohorts": Cohort.objects.all(),
        "confirmed": confirmed,
        "missing": missing,
        "percent": round(100 * len(confirmed) / total) if total else 0,
        "total": total,
        "last_reminder": last_reminder(briefing),
    }


@role_required(*STAFF_ROLES)
def briefing_coverage(request, briefing_id):
    briefing = _confirmable_briefing(briefing_id)
    return render(request, "courses/briefing_coverage.html", _coverage_context(request, briefing))


@role_required(*STAFF_ROLES)
def briefing_coverage_csv(request, briefing_id):
    briefing = _confirmable_briefing(briefing_id)
    context = _coverage_context(request, briefing)
    record_export(request, "export:briefing_coverage.csv", briefing.pk)
    rows = [[_("Name"), _("Username"), _("Cohort"), _("Confirmed")]]
    for person, confirmed in [(p, True) for p in context["confirmed"]] + [(p, False) for p in context["missing"]]:
        rows.append([person.full_name, person.username, person.cohort or "", _("yes") if confirmed else _("no")])
    return csv_response(rows, f"briefing-{briefing.pk}-v{briefing.version}-coverage.csv")


@role_required(*STAFF_ROLES)
@require_POST
def remind_missing(request, briefing_id):
    briefing = _confirmable_briefing(briefing_id)
    cohort = _cohort_from(request, request.POST)
    _confirmed, missing = coverage(briefing, cohort)
    if not missing:
        messages.info(request, _("Everyone has confirmed; no reminder was sent."))
    else:
        sent, recently = remind(briefing, missing)
        if sent:
            messages.success(request, _("Reminder sent to %(count)s people.") % {"count": sent})
        if recently:
            left_out = _("%(count)s people were reminded less than a day ago and were not reminded again.")
            messages.info(request, left_out % {"count": recently})
    url = reverse("courses:briefing_coverage", args=[briefing.pk])
    return redirect(f"{url}?cohort={cohort.pk}" if cohort else url)


@role_required(*STAFF_ROLES)
def briefings_due_for_review(request):
    briefings = in_language(
        originals(BriefingPage.objects.live()).filter(review_by__lt=timezone.localdate()).order_by("review_by")
    )
    return render(request, "courses/briefings_due_for_review.html", {"briefings": briefings})

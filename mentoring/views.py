"""The mentoring pages: the manager's overview with the figures, cases, matching, relationships with their
agreement and reviews, endings; a mentor's own relationships (a coach's supervisees' too, read-only)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorsite.users.decorators import role_required
from mentorsite.users.roles import COACH, MANAGER, MENTOR

from . import figures
from .access import is_manager, log_reading, relationships_for, reviews_for
from .forms import (
    AgreementForm,
    CaseForm,
    EndForm,
    MatchForm,
    ReviewRecordForm,
    ReviewScheduleForm,
    StatusForm,
)
from .models import CaseStatus, GoalRating, MenteeCase, Relationship, Review
from .services import (
    MATCHABLE,
    RuleBroken,
    agreement_history,
    change_status,
    current_agreement,
    end_relationship,
    match,
    mentor_rows,
    next_case_code,
    next_statuses,
    record_review,
    schedule_review,
    suggest_case,
    with_review_dates,
    write_agreement,
)


def attempt(form, change):
    """Run `change()` in a transaction of its own; a broken rule becomes the form's message and writes nothing."""
    try:
        with transaction.atomic():
            return change()
    except RuleBroken as broken:
        form.add_error(None, str(broken))
        return None


def refused(request, what):
    messages.error(request, _("%(what)s See the messages by the form.") % {"what": what})


# The manager's overview --------------------------------------------------------------------------


@role_required(MANAGER)
def overview(request):
    status_filter = request.GET.get("status", "")
    cases = MenteeCase.objects.select_related("institution", "target_group").order_by("-suggested_on", "code")
    if status_filter in CaseStatus.values:
        cases = cases.filter(status=status_filter)
    else:
        status_filter = ""
    relationships = with_review_dates(
        Relationship.objects.active().select_related("case", "mentor").order_by("case__code")
    )
    return render(
        request,
        "mentoring/overview.html",
        {
            "figures": figures.programme_figures(),
            "cases": cases[:200],
            "statuses": CaseStatus.choices,
            "status_filter": status_filter,
            "relationships": relationships,
            "reviews_due": [r for r in relationships if r.review_overdue or r.review_coming_due],
        },
    )


@role_required(MANAGER)
def endings(request):
    """Why relationships ended early: one row per early ending, and the count per reason."""
    ended = (
        Relationship.objects.filter(ending=Relationship.Ending.EARLY)
        .select_related("case", "mentor", "ending_reason", "case__target_group")
        .order_by("-ended_on")
    )
    log_reading(request, "case", [relationship.case_id for relationship in ended])
    return render(request, "mentoring/endings.html", {"ended": ended, "by_reason": figures.endings_by_reason()})


# Cases -------------------------------------------------------------------------------------------


@role_required(MANAGER)
def case_create(request):
    form = CaseForm(request.POST or None, initial={"code": next_case_code()})
    if request.method == "POST":
        if form.is_valid():
            case = suggest_case(form.save(commit=False), request.user)
            messages.success(request, _("Case %(code)s suggested.") % {"code": case.code})
            return redirect("mentoring:case", case.pk)
        refused(request, _("The case was not saved."))
    return render(request, "mentoring/case_form.html", {"form": form}, status=400 if form.errors else 200)


@role_required(MANAGER)
def case_edit(request, case_id):
    case = get_object_or_404(MenteeCase, pk=case_id)
    form = CaseForm(request.POST or None, instance=case)
    if request.method == "POST":
        if form.is_valid():
            case = form.save()
            # The first step of the history is the suggestion: it moves with a corrected date.
            for first in case.status_changes.filter(from_status="", to_status=CaseStatus.SUGGESTED):
                first.changed_on = case.suggested_on
                first.save(update_fields=["changed_on"])
            if case.status == CaseStatus.SUGGESTED and case.status_changed_on != case.suggested_on:
                case.status_changed_on = case.suggested_on
                case.save(update_fields=["status_changed_on"])
            messages.success(request, _("Case %(code)s saved.") % {"code": case.code})
            return redirect("mentoring:case", case.pk)
        refused(request, _("The case was not saved."))
    log_reading(request, "case", [case.pk])
    return render(request, "mentoring/case_form.html", {"form": form, "case": case}, status=400 if form.errors else 200)


def _case_page(request, case, status_form=None, status=200):
    log_reading(request, "case", [case.pk])
    relationships = case.relationships.select_related("mentor", "ending_reason").order_by("-matched_on")
    return render(
        request,
        "mentoring/case_detail.html",
        {
            "case": case,
            "changes": case.status_changes.select_related("changed_by"),
            "relationships": relationships,
            "status_form": status_form or StatusForm(statuses=next_statuses(case)),
            "may_match": case.status in MATCHABLE,
        },
        status=status,
    )


@role_required(MANAGER)
def case_detail(request, case_id):
    case = get_object_or_404(MenteeCase.objects.select_related("institution", "target_group"), pk=case_id)
    return _case_page(request, case)


@role_required(MANAGER)
@require_POST
def case_status(request, case_id):
    case = get_object_or_404(MenteeCase.objects.select_for_update(), pk=case_id)
    form = StatusForm(request.POST, statuses=next_statuses(case))
    if form.is_valid():
        data = form.cleaned_data
        moved = attempt(
            form, lambda: change_status(case, data["to_status"], request.user, data["changed_on"], data["reason"])
        )
        if moved:
            messages.success(
                request,
                _("Case %(code)s is now “%(status)s”.") % {"code": case.code, "status": case.get_status_display()},
            )
            return redirect("mentoring:case", case.pk)
    refused(request, _("The status did not change."))
    case.refresh_from_db()
    return _case_page(request, case, status_form=form, status=400)


# Matching ----------------------------------------------------------------------------------------


@role_required(MANAGER)
def match_case(request, case_id):
    """The match screen: every mentor with load, capacity, training and profile; choosing one opens the form."""
    case = get_object_or_404(MenteeCase.objects.select_related("institution", "target_group"), pk=case_id)
    rows = mentor_rows()
    chosen = next((row for row in rows if str(row.mentor.pk) == request.GET.get("mentor", "")), None)
    form = None
    status = 200
    if chosen is not None:
        form = MatchForm(request.POST or None, fit_items=chosen.fit_items())
        if request.method == "POST":
            if form.is_valid():
                data = form.cleaned_data
                relationship = attempt(form, lambda: _match_locked(case, chosen, request.user, data))
                if relationship:
                    messages.success(
                        request,
                        _("%(code)s is matched with %(name)s. Write the agreement next.")
                        % {"code": case.code, "name": chosen.mentor.full_name},
                    )
                    return redirect("mentoring:agreement", relationship.pk)
            refused(request, _("The case was not matched."))
            status = 400
    elif request.method == "POST":
        raise Http404
    log_reading(request, "case", [case.pk])
    return render(
        request,
        "mentoring/match.html",
        {
            "case": case,
            "rows": rows,
            "chosen": chosen,
            "form": form,
            "may_match": case.status in MATCHABLE,
        },
        status=status,
    )


def _match_locked(case, chosen, by, data):
    """The match, with the case and the mentor locked and the mentor's load read again: two managers matching
    at the same moment cannot both take the last place, nor match one case twice."""
    case = MenteeCase.objects.select_for_update().get(pk=case.pk)
    get_user_model().objects.select_for_update().filter(pk=chosen.mentor.pk).first()
    chosen.active = Relationship.objects.active().filter(mentor=chosen.mentor).count()
    return match(case, chosen, by, data["matched_on"], data["reason"], data["fit"], data["over_capacity"])


# Relationships -----------------------------------------------------------------------------------


def _relationship_of(request, relationship_id):
    queryset = relationships_for(request.user).select_related("case__institution", "case__target_group", "mentor")
    return get_object_or_404(queryset, pk=relationship_id)


@login_required
def relationship_detail(request, relationship_id):
    relationship = _relationship_of(request, relationship_id)
    [relationship] = with_review_dates(
        Relationship.objects.filter(pk=relationship.pk).select_related(
            "case__institution", "case__target_group", "mentor", "ending_reason"
        )
    )
    history = agreement_history(relationship)
    reviews = list(
        relationship.reviews.select_related("agreement")
        .prefetch_related(Prefetch("ratings", queryset=GoalRating.objects.select_related("goal")))
        .order_by("-starts_at")
    )
    log_reading(request, "case", [relationship.case_id])
    log_reading(request, "agreement", [version.pk for version, _changes in history])
    log_reading(request, "review", [review.pk for review in reviews])
    may_edit = is_manager(request.user)
    return render(
        request,
        "mentoring/relationship_detail.html",
        {
            "relationship": relationship,
            "agreement": history[0][0] if history else None,
            "history": history,
            "reviews": reviews,
            "may_edit": may_edit,
            "schedule_form": ReviewScheduleForm(initial=_schedule_initial(relationship)) if may_edit else None,
            "end_form": EndForm() if may_edit and relationship.is_active else None,
        },
    )


def _schedule_initial(relationship):
    agreement = current_agreement(relationship)
    return {"institution_participants": agreement.institution_participants if agreement else ""}


@role_required(MANAGER)
def agreement(request, relationship_id):
    """Write the agreement, or a revision of it (a new version; the earlier ones stay)."""
    relationship = _relationship_of(request, relationship_id)
    latest = current_agreement(relationship)
    initial = AgreementForm.initial_from(latest) if latest else {}
    form = AgreementForm(request.POST or None, initial=initial, revision=latest is not None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            version = attempt(
                form,
                lambda: write_agreement(
                    relationship,
                    request.user,
                    data["valid_from"],
                    data["institution_participants"],
                    form.goals(),
                    data.get("change_note", ""),
                ),
            )
            if version:
                messages.success(request, _("Agreement version %(number)s saved.") % {"number": version.number})
                return redirect("mentoring:relationship", relationship.pk)
        refused(request, _("The agreement was not saved."))
        status = 400
    if latest:
        log_reading(request, "agreement", [latest.pk])
    return render(
        request,
        "mentoring/agreement_form.html",
        {"relationship": relationship, "form": form, "latest": latest},
        status=status,
    )


@role_required(MANAGER)
@require_POST
def review_schedule(request, relationship_id):
    relationship = _relationship_of(request, relationship_id)
    form = ReviewScheduleForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        review = attempt(
            form,
            lambda: schedule_review(
                relationship,
                request.user,
                data["starts_at"],
                data["ends_at"],
                data["venue"],
                data["institution_participants"],
            ),
        )
        if review:
            messages.success(
                request,
                _("Review scheduled. %(name)s gets it in their calendar.") % {"name": relationship.mentor.full_name},
            )
            return redirect("mentoring:review", review.pk)
    refused(request, _("The review was not scheduled."))
    return render(
        request,
        "mentoring/review_schedule.html",
        {"relationship": relationship, "form": form},
        status=400,
    )


@login_required
def review_detail(request, review_id):
    review = get_object_or_404(
        reviews_for(request.user).select_related("relationship__case", "relationship__mentor", "agreement"),
        pk=review_id,
    )
    goals = list(review.agreement.goals.all())
    may_record = is_manager(request.user) and review.status == Review.Status.SCHEDULED
    form = None
    status = 200
    if may_record:
        initial = {"held_on": min(timezone.localtime(review.starts_at).date(), timezone.localdate())}
        for rating in review.ratings.all():
            initial[f"attainment_{rating.goal_id}"] = rating.attainment
            initial[f"comment_{rating.goal_id}"] = rating.comment
        if review.is_recorded:
            initial.update(outcome=review.outcome, revised=review.revised, held_on=review.held_on)
        form = ReviewRecordForm(request.POST or None, goals=goals, initial=initial)
        if request.method == "POST":
            if form.is_valid():
                data = form.cleaned_data
                was_revised = review.revised
                done = attempt(
                    form,
                    lambda: record_review(
                        review, request.user, data["held_on"], form.ratings(), data["outcome"], data["revised"]
                    ),
                )
                if done:
                    if data["revised"] and not was_revised and review.relationship.is_active:
                        messages.success(request, _("Review recorded. Now write the revised agreement."))
                        return redirect("mentoring:agreement", review.relationship_id)
                    messages.success(request, _("Review recorded."))
                    return redirect("mentoring:relationship", review.relationship_id)
            refused(request, _("The review was not recorded."))
            status = 400
    elif request.method == "POST":
        raise Http404
    log_reading(request, "review", [review.pk])
    log_reading(request, "agreement", [review.agreement_id])
    ratings = {rating.goal_id: rating for rating in review.ratings.all()}
    return render(
        request,
        "mentoring/review_detail.html",
        {"review": review, "goals": [(goal, ratings.get(goal.pk)) for goal in goals], "form": form},
        status=status,
    )


@role_required(MANAGER)
@require_POST
def relationship_end(request, relationship_id):
    relationship = _relationship_of(request, relationship_id)
    form = EndForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        ended = attempt(
            form,
            lambda: end_relationship(
                relationship,
                request.user,
                data["ended_on"],
                data["ending"],
                data["reason"],
                data["text"],
                data["debrief"],
            ),
        )
        if ended:
            messages.success(
                request,
                _("The relationship has ended. Case %(code)s can be matched again.") % {"code": relationship.case.code},
            )
            return redirect("mentoring:relationship", relationship.pk)
    refused(request, _("The relationship did not end."))
    return render(request, "mentoring/end_form.html", {"relationship": relationship, "form": form}, status=400)


# A mentor's own ----------------------------------------------------------------------------------


@role_required(MENTOR, COACH, MANAGER)
def mine(request):
    """My mentoring: the relationships of the person (a mentor), and read-only those of their supervisees."""
    relationships = with_review_dates(
        relationships_for(request.user)
        .select_related("case", "mentor", "ending_reason")
        .order_by("ended_on", "-matched_on")
    )
    log_reading(request, "case", [relationship.case_id for relationship in relationships])
    own = [r for r in relationships if r.mentor_id == request.user.pk]
    followed = [r for r in relationships if r.mentor_id != request.user.pk]
    return render(request, "mentoring/mine.html", {"own": own, "followed": followed})

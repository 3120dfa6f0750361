"""The rules of the mentoring: a case's path, matching, agreement versions, reviews and endings.

Every change checks its rule and raises RuleBroken with the message for the person; the views run each change
in a transaction of its own (mentoring/views.py, `attempt`), so a refused change writes nothing.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import TrackPage
from courses.progress import progress_for_people
from mentorsite.scheduling.models import Booking
from mentorsite.scheduling.notifications import queue_notice
from mentorsite.scheduling.services import BookingRefused, check_no_conflict
from mentorsite.translations import originals
from mentorsite.users.roles import MENTOR

from .models import (
    AgreementGoal,
    AgreementVersion,
    CaseStatus,
    CaseStatusChange,
    GoalRating,
    MenteeCase,
    MentorProfile,
    Relationship,
    Review,
)


class RuleBroken(Exception):
    """The change breaks a rule of the mentoring; str(error) is the message for the person."""


# The path of a case. Matching moves a case to MATCHED and ending a relationship to ENDED; these are the steps
# a person takes by hand. A case that is closed stays closed.
NEXT_STEPS = {
    CaseStatus.SUGGESTED: [CaseStatus.ASSESSING],
    CaseStatus.ASSESSING: [CaseStatus.MOTIVATING],
    CaseStatus.MOTIVATING: [],
    CaseStatus.ENDED: [],
}
CLOSINGS = [CaseStatus.DECLINED, CaseStatus.NOT_IN_TARGET_GROUP, CaseStatus.WITHDRAWN]
MATCHABLE = (CaseStatus.MOTIVATING, CaseStatus.ENDED)


def next_statuses(case):
    """The statuses a person may move the case to by hand, in order."""
    if case.status not in NEXT_STEPS:
        return []
    return [*NEXT_STEPS[case.status], *CLOSINGS]


def check_day(day, earliest=None, earliest_message=None):
    if day > timezone.localdate():
        raise RuleBroken(_("The date cannot be in the future."))
    if earliest and day < earliest:
        raise RuleBroken(earliest_message)


def next_case_code(prefix="K"):
    """The next free case code: one more than the highest number in use with this prefix, from K-101."""
    numbers = [
        int(code.rsplit("-", 1)[1])
        for code in MenteeCase.objects.filter(code__startswith=f"{prefix}-").values_list("code", flat=True)
        if re.fullmatch(rf"{prefix}-\d+", code)
    ]
    return f"{prefix}-{max([100, *numbers]) + 1}"


def suggest_case(case, by):
    """Save a new case as suggested, its first step dated the day it was suggested."""
    case.status = CaseStatus.SUGGESTED
    case.status_changed_on = case.suggested_on
    case.save()
    CaseStatusChange.objects.create(
        case=case,
        to_status=CaseStatus.SUGGESTED,
        changed_on=case.suggested_on,
        changed_by=by,
        reason=_("Suggested by: %(who)s") % {"who": case.get_suggested_by_display()},
    )
    return case


def change_status(case, to_status, by, on, reason):
    if to_status not in next_statuses(case):
        raise RuleBroken(
            _("A case that is “%(now)s” cannot move to “%(then)s”.")
            % {"now": case.get_status_display(), "then": CaseStatus(to_status).label}
        )
    check_day(on, case.status_changed_on, _("The date cannot be before the case's last change."))
    _move(case, to_status, by, on, reason)
    return case


def _move(case, to_status, by, on, reason):
    CaseStatusChange.objects.create(
        case=case, from_status=case.status, to_status=to_status, changed_on=on, changed_by=by, reason=reason
    )
    case.status = to_status
    case.status_changed_on = on
    case.save(update_fields=["status", "status_changed_on"])


# Matching ----------------------------------------------------------------------------------------


@dataclass
class MentorRow:
    """A mentor as the match screen shows them: load against capacity, training, and what their profile says."""

    mentor: object
    profile: MentorProfile
    active: int
    trained: bool

    @property
    def capacity(self):
        return self.profile.capacity

    @property
    def at_capacity(self):
        return self.active >= self.capacity

    @property
    def may_be_matched(self):
        return self.trained or self.profile.may_be_matched_in_training

    def fit_items(self):
        return [
            *self.profile.listed("languages"),
            *self.profile.listed("competencies"),
        ]


def mentor_rows():
    """Every active mentor with profile, load and whether they completed the mentor track. A fixed number of
    queries however many mentors."""
    mentors = list(
        get_user_model()
        .objects.filter(groups__name=MENTOR, is_active=True, left_programme_on__isnull=True)
        .annotate(active_relationships=Count("relationships", filter=Q(relationships__ended_on__isnull=True)))
        .select_related("mentor_profile")
        .order_by("first_name", "last_name")
        .distinct()
    )
    trained = set()
    for track in entry_tracks():
        _structure, rows = progress_for_people(mentors, track)
        trained |= {person.pk for person, progress in rows if progress.is_complete}
    rows = []
    for mentor in mentors:
        profile = getattr(mentor, "mentor_profile", None) or MentorProfile(user=mentor)
        rows.append(MentorRow(mentor, profile, mentor.active_relationships, mentor.pk in trained))
    return rows


def entry_tracks():
    """The tracks a mentor must complete before being matched: those that build on no other (the mentor track)."""
    return list(originals(TrackPage.objects.live().filter(builds_on__isnull=True)))


def match(case, mentor_row, by, on, reason, fit, over_capacity=False):
    if case.status not in MATCHABLE:
        raise RuleBroken(_("Only a case in motivational work, or whose mentoring ended, can be matched."))
    if not mentor_row.may_be_matched:
        raise RuleBroken(
            _("%(name)s has not completed the mentor track. Allow it on their mentor profile first.")
            % {"name": mentor_row.mentor.full_name}
        )
    if mentor_row.at_capacity and not over_capacity:
        raise RuleBroken(
            _("%(name)s already has %(active)s of %(capacity)s mentees. Tick the override to match anyway.")
            % {"name": mentor_row.mentor.full_name, "active": mentor_row.active, "capacity": mentor_row.capacity}
        )
    check_day(on, case.status_changed_on, _("The match cannot be dated before the case's last change."))
    relationship = Relationship.objects.create(
        case=case,
        mentor=mentor_row.mentor,
        matched_on=on,
        matched_by=by,
        reason=reason,
        fit=fit,
        over_capacity=mentor_row.at_capacity,
    )
    _move(case, CaseStatus.MATCHED, by, on, _("Matched with %(name)s.") % {"name": mentor_row.mentor.full_name})
    return relationship


# Agreements --------------------------------------------------------------------------------------


def current_agreement(relationship):
    return relationship.agreement_versions.order_by("-number").prefetch_related("goals").first()


def write_agreement(relationship, by, valid_from, institution_participants, goals, change_note=""):
    """A new version of the agreement (the first, or a revision); `goals` is a list of (area, goal, tasks)."""
    if not relationship.is_active:
        raise RuleBroken(_("The relationship has ended; its agreement can no longer change."))
    if not goals:
        raise RuleBroken(_("An agreement needs at least one goal."))
    latest = current_agreement(relationship)
    earliest = latest.valid_from if latest else relationship.matched_on
    if valid_from < earliest:
        raise RuleBroken(_("The agreement cannot be valid before the match or its previous version."))
    if latest and not change_note.strip():
        raise RuleBroken(_("Say what changed and why: a revision is read beside the version it replaces."))
    version = AgreementVersion.objects.create(
        relationship=relationship,
        number=(latest.number + 1) if latest else 1,
        valid_from=valid_from,
        institution_participants=institution_participants,
        change_note=change_note,
        written_by=by,
    )
    AgreementGoal.objects.bulk_create(
        [
            AgreementGoal(version=version, area=area, goal=goal, tasks=tasks, position=position)
            for position, (area, goal, tasks) in enumerate(goals)
        ]
    )
    return version


def agreement_history(relationship):
    """Each version with what changed from the one before: goals added, removed and changed, by area."""
    versions = relationship.agreement_versions.order_by("number").select_related("written_by")
    versions = list(versions.prefetch_related("goals"))
    history = []
    previous = {}
    for version in versions:
        goals = {goal.area: goal for goal in version.goals.all()}
        changes = []
        for area, goal in goals.items():
            before = previous.get(area)
            if before is None:
                changes.append((_("added"), goal))
            elif (before.goal, before.tasks) != (goal.goal, goal.tasks):
                changes.append((_("changed"), goal))
        changes += [(_("removed"), goal) for area, goal in previous.items() if area not in goals]
        history.append((version, changes if version.number > 1 else []))
        previous = goals
    return list(reversed(history))


# Reviews -----------------------------------------------------------------------------------------


def add_months(day, months):
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def with_review_dates(relationships):
    """The relationships with `last_review` (the day of the last recorded review), `next_review_due` (three months,
    or the set interval, after it or after the match) and `next_review` (a review scheduled and not yet recorded).
    Two queries, however many relationships."""
    relationships = list(relationships.annotate(last_review=Max("reviews__held_on")))
    today = timezone.localdate()
    start_of_today = timezone.make_aware(datetime.combine(today, time.min))
    upcoming, unrecorded = {}, {}
    for review in Review.objects.filter(
        relationship__in=[r.pk for r in relationships], recorded_at__isnull=True, status=Review.Status.SCHEDULED
    ).order_by("-starts_at"):
        # A meeting still to come is the next review; one that has taken place but is not recorded still leaves
        # the review due (and reminded), with a pointer to record it.
        (upcoming if review.starts_at >= start_of_today else unrecorded)[review.relationship_id] = review
    for relationship in relationships:
        base = relationship.last_review or relationship.matched_on
        relationship.next_review_due = add_months(base, settings.MENTORING_REVIEW_INTERVAL_MONTHS)
        relationship.next_review = upcoming.get(relationship.pk)
        relationship.unrecorded_review = unrecorded.get(relationship.pk)
        relationship.review_overdue = relationship.is_active and relationship.next_review_due < today
        relationship.review_coming_due = (
            relationship.is_active
            and not relationship.review_overdue
            and relationship.next_review_due <= today + timedelta(days=settings.MENTORING_REVIEW_NOTICE_DAYS)
        )
    return relationships


def schedule_review(relationship, by, starts_at, ends_at, venue, institution_participants):
    """A review meeting in the calendar: the manager leads it and the mentor has a place. A review may be entered
    after it was held (dated in the past); only one still to come sends the mentor a confirmation."""
    if not relationship.is_active:
        raise RuleBroken(_("The relationship has ended; no review can be scheduled."))
    agreement = current_agreement(relationship)
    if agreement is None:
        raise RuleBroken(_("Write the agreement first: a review reviews it."))
    if timezone.localtime(starts_at).date() < relationship.matched_on:
        raise RuleBroken(_("A review cannot be dated before the relationship started."))
    mentor = relationship.mentor
    try:
        check_no_conflict(mentor, starts_at, ends_at, who=mentor.full_name)
    except BookingRefused as refusal:
        raise RuleBroken(str(refusal)) from refusal
    review = Review(
        relationship=relationship,
        agreement=agreement,
        title=_("Agreement review, %(code)s") % {"code": relationship.case.code},
        starts_at=starts_at,
        ends_at=ends_at,
        venue=venue,
        organiser=by,
        institution_participants=institution_participants,
    )
    try:
        review.full_clean(exclude=["kind"])
    except ValidationError as error:  # a year out of range, a venue too long
        raise RuleBroken(" ".join(error.messages)) from error
    review.save()
    Booking.objects.create(session=review, user=mentor, status=Booking.Status.CONFIRMED)
    if starts_at > timezone.now():
        queue_notice("confirmation", review, mentor)
    return review


def record_review(review, by, held_on, ratings, outcome, revised):
    """The review's record: `ratings` maps each goal of the reviewed agreement to (attainment, comment)."""
    relationship = review.relationship
    check_day(held_on, relationship.matched_on, _("A review cannot be dated before the relationship started."))
    if held_on < timezone.localtime(review.starts_at).date():
        raise RuleBroken(_("A review cannot have been held before the day it was scheduled for."))
    goals = list(review.agreement.goals.all())
    if {goal.pk for goal in goals} != set(ratings):
        raise RuleBroken(_("Rate every goal of the agreement."))
    review.held_on = held_on
    review.outcome = outcome
    review.revised = revised
    review.recorded_by = by
    review.recorded_at = timezone.now()
    review.save(update_fields=["held_on", "outcome", "revised", "recorded_by", "recorded_at"])
    GoalRating.objects.filter(review=review).delete()
    GoalRating.objects.bulk_create(
        [
            GoalRating(review=review, goal_id=goal_id, attainment=attainment, comment=comment)
            for goal_id, (attainment, comment) in ratings.items()
        ]
    )
    return review


# Endings -----------------------------------------------------------------------------------------


def end_relationship(relationship, by, ended_on, ending, reason, text, debrief):
    if not relationship.is_active:
        raise RuleBroken(_("This relationship has already ended."))
    check_day(ended_on, relationship.matched_on, _("A relationship cannot end before it started."))
    if reason.needs_text and not text.strip():
        raise RuleBroken(_("Say what the reason was."))
    relationship.ended_on = ended_on
    relationship.ending = ending
    relationship.ending_reason = reason
    relationship.ending_text = text
    relationship.debrief = debrief
    relationship.ended_by = by
    relationship.save()
    # Reviews still in the calendar are cancelled (everyone coming is told).
    for review in Review.objects.filter(
        relationship=relationship, recorded_at__isnull=True, status=Review.Status.SCHEDULED
    ):
        review.status = Review.Status.CANCELLED
        review.save()
    case = relationship.case
    _move(case, CaseStatus.ENDED, by, max(ended_on, case.status_changed_on), str(reason))
    return relationship

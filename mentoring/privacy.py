"""What the mentoring holds about a person, and how long cases are kept.

A mentor's download holds their relationships as their page shows them (case code, agreement versions with
goals, reviews with ratings), plus their mentor profile; the manager's holds what they wrote (status changes,
matches). Mentees are no users and have no download: their cases are pseudonymous by design.

On erasure of a mentor the relationships stay (they count in the programme's figures), but the person's name
goes from the texts typed about them (a match reason, a debrief). Cases closed longer ago than
RETENTION_DAYS["closed_cases"] are deleted with everything that hangs on them.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from mentorsite import privacy

from .access import relationships_for
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

CLOSED = (CaseStatus.DECLINED, CaseStatus.NOT_IN_TARGET_GROUP, CaseStatus.WITHDRAWN, CaseStatus.ENDED)


def _own(person):
    return relationships_for(person).filter(mentor=person)


def _erase_names_in_mentoring(person, former):
    theirs = Relationship.objects.filter(Q(mentor=person) | Q(matched_by=person) | Q(ended_by=person))
    texts = [
        (theirs, ["reason", "debrief", "ending_text"]),
        (AgreementVersion.objects.filter(relationship__in=theirs), ["change_note", "institution_participants"]),
        (AgreementGoal.objects.filter(version__relationship__in=theirs), ["goal", "tasks"]),
        (Review.objects.filter(relationship__in=theirs), ["outcome"]),
        (GoalRating.objects.filter(review__relationship__in=theirs), ["comment"]),
        (CaseStatusChange.objects.filter(changed_by=person), ["reason"]),
    ]
    changed = sum(former.scrub_fields(queryset, fields, about_them=True) for queryset, fields in texts)
    profiles = MentorProfile.objects.filter(user=person).delete()[0]
    return {"mentoring texts naming them": changed, "mentor profiles": profiles}


def _expire_closed_cases(now):
    before = timezone.localdate(now - timedelta(days=settings.RETENTION_DAYS["closed_cases"]))
    old = MenteeCase.objects.filter(status__in=CLOSED, status_changed_on__lt=before)
    relationships = Relationship.objects.filter(case__in=old)
    counts = {"mentoring relationships": relationships.count(), "closed mentee cases": old.count()}
    # Agreements, reviews and ratings go with their relationship, status changes with their case.
    relationships.delete()
    old.delete()
    return counts


def register_sections():
    rows = privacy.rows
    privacy.register("mentor_profile", export=lambda person: rows(MentorProfile.objects.filter(user=person)))
    privacy.register("mentoring_relationships", export=lambda person: rows(_own(person)))
    privacy.register(
        "mentoring_agreements",
        export=lambda person: rows(AgreementVersion.objects.filter(relationship__in=_own(person))),
    )
    privacy.register(
        "mentoring_agreement_goals",
        export=lambda person: rows(AgreementGoal.objects.filter(version__relationship__in=_own(person))),
    )
    privacy.register(
        "mentoring_reviews",
        export=lambda person: rows(Review.objects.filter(relationship__in=_own(person))),
    )
    privacy.register(
        "mentoring_review_ratings",
        export=lambda person: rows(GoalRating.objects.filter(review__relationship__in=_own(person))),
    )
    privacy.register(
        "case_status_changes_recorded", export=lambda person: rows(CaseStatusChange.objects.filter(changed_by=person))
    )
    privacy.register("names_in_mentoring", erase=_erase_names_in_mentoring)
    privacy.register("closed_cases", expire=_expire_closed_cases)

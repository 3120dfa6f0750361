"""The mentoring figures: on the manager's Mentoring page and, for a period, in the programme report.

They mirror the source report's own figures (candidates suggested, relationships established, of which in
the primary target group) and add what the manager steers by. A fixed number of queries however much data.
"""

from dataclasses import dataclass
from statistics import median

from django.db.models import Count, Min, Q
from django.utils.translation import gettext as _

from .models import CaseStatus, EndingReason, MenteeCase, Relationship, Review, TargetGroup
from .services import mentor_rows, with_review_dates


@dataclass
class MentoringFigures:
    by_status: list
    by_target_group: list
    days_to_match: int | None
    load: list
    reviews_due: int
    reviews_overdue: int
    endings: list


def _label_counts(rows, labels):
    return [(labels[key], count) for key, count in rows]


def endings_by_reason(relationships=None):
    """(reason, early endings, planned endings) for every reason used, most early endings first."""
    relationships = Relationship.objects.all() if relationships is None else relationships
    rows = (
        relationships.filter(ended_on__isnull=False)
        .values("ending_reason")
        .annotate(
            early=Count("pk", filter=Q(ending=Relationship.Ending.EARLY)),
            planned=Count("pk", filter=Q(ending=Relationship.Ending.PLANNED)),
        )
        .order_by("-early", "-planned")
    )
    reasons = EndingReason.objects.in_bulk([row["ending_reason"] for row in rows])
    return [(str(reasons.get(row["ending_reason"], "—")), row["early"], row["planned"]) for row in rows]


def days_from_suggestion_to_match(relationships):
    """The median number of days from a case's suggestion to its first match (a match again after an ending
    would count the months of the first relationship as waiting)."""
    first_matches = Relationship.objects.values("case").annotate(first=Min("pk")).values("first")
    relationships = relationships.filter(pk__in=first_matches)
    days = [
        (matched - suggested).days
        for matched, suggested in relationships.values_list("matched_on", "case__suggested_on")
    ]
    return round(median(days)) if days else None


def programme_figures():
    statuses = dict(CaseStatus.choices)
    by_status = dict(MenteeCase.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    groups = {group.pk: str(group) for group in TargetGroup.objects.all()}
    by_group = MenteeCase.objects.values_list("target_group").annotate(n=Count("pk")).order_by("target_group")
    active = with_review_dates(Relationship.objects.active())
    return MentoringFigures(
        by_status=[(statuses[status], by_status.get(status, 0)) for status in CaseStatus.values],
        by_target_group=_label_counts(by_group, groups),
        days_to_match=days_from_suggestion_to_match(Relationship.objects.all()),
        load=[row for row in mentor_rows() if row.active],
        reviews_due=sum(r.review_coming_due for r in active),
        reviews_overdue=sum(r.review_overdue for r in active),
        endings=endings_by_reason(),
    )


def mentoring_section(people, start_at, end_at):
    """The programme report's mentoring section for its period (and cohort: relationships of its mentors)."""
    start, end = start_at.date(), end_at.date()
    suggested = MenteeCase.objects.filter(suggested_on__gte=start, suggested_on__lt=end)
    established = Relationship.objects.filter(mentor__in=people, matched_on__gte=start, matched_on__lt=end)
    ended = Relationship.objects.filter(mentor__in=people, ended_on__gte=start, ended_on__lt=end)
    reviews = Review.objects.filter(relationship__mentor__in=people, held_on__gte=start, held_on__lt=end)
    counts = established.aggregate(
        total=Count("pk"),
        primary=Count("pk", filter=Q(case__target_group__is_primary=True)),
    )
    groups = established.values_list("case__target_group").annotate(n=Count("pk")).order_by("case__target_group")
    names = {group.pk: str(group) for group in TargetGroup.objects.all()}
    rows = [
        (_("Cases suggested (whole programme)"), suggested.count()),
        (_("Relationships established"), counts["total"]),
        (_("of which in the primary target group"), counts["primary"]),
        *[(_("of which: %(group)s") % {"group": names[group]}, n) for group, n in groups],
        (_("Days from suggestion to match (median)"), days_from_suggestion_to_match(established) or "—"),
        (_("Agreement reviews held"), reviews.count()),
        (_("Relationships ended"), ended.count()),
        (_("of which early"), ended.filter(ending=Relationship.Ending.EARLY).count()),
        *[
            (_("Ended early: %(reason)s") % {"reason": reason}, early)
            for reason, early, _planned in endings_by_reason(ended)
            if early
        ],
    ]
    return (_("Mentoring"), rows)

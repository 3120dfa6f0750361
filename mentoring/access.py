"""Who sees which part of the mentoring, and the log of every reading.

The programme manager sees and edits everything. A mentor sees their own relationships (case code, agreement,
reviews), a coach, read-only, those of the mentors they supervise; facilitators see nothing. Another person's
relationship in the URL gives 404. Every reading of a case, agreement or review goes into the audit trail.

Who supervises whom lives in supervision/, which stands on this app: it tells us through
`register_followed_mentors` (from its AppConfig.ready), so this module never imports it.
"""

from django.db.models import Q

from mentorsite.audit.trail import record_views
from mentorsite.users.roles import MANAGER, has_role

from .models import Relationship, Review

_followed_mentors = []


def register_followed_mentors(function):
    """`function(user)` gives the ids (a queryset of values) of mentors whose relationships `user` may read."""
    _followed_mentors.append(function)
    return function


def is_manager(user):
    return has_role(user, MANAGER)


def relationships_for(user):
    if not user.is_authenticated:
        return Relationship.objects.none()
    if is_manager(user):
        return Relationship.objects.all()
    readable = Q(mentor=user)
    for followed in _followed_mentors:
        readable |= Q(mentor_id__in=followed(user))
    return Relationship.objects.filter(readable)


def reviews_for(user):
    return Review.objects.filter(relationship__in=relationships_for(user))


def log_reading(request, what, ids):
    """Readings of cases ("case"), agreements ("agreement") and reviews ("review"), one audit event each."""
    labels = {"case": "mentoring.MenteeCase", "agreement": "mentoring.AgreementVersion", "review": "mentoring.Review"}
    ids = [object_id for object_id in ids if object_id]
    if ids:
        record_views(request, labels[what], ids)

"""Who may see an applicant: the programme manager every one, staff the manager names as interviewers theirs.

Everyone else gets 404 for an applicant (views.py); every reading goes into the audit trail.
"""

from mentorsite.audit.trail import record_views
from mentorsite.users.roles import MANAGER, has_role

from .models import Applicant


def is_manager(user):
    return has_role(user, MANAGER)


def applicants_for(user):
    if not user.is_authenticated:
        return Applicant.objects.none()
    if is_manager(user):
        return Applicant.objects.all()
    return Applicant.objects.filter(interviewers=user)


def log_reading(request, ids):
    ids = [applicant_id for applicant_id in ids if applicant_id]
    if ids:
        record_views(request, "mentoring.Applicant", ids)

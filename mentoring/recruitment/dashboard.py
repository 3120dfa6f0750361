"""The recruitment panel of the dashboard: applicants waiting for the person named as their interviewer
(the manager has the board itself in the menu)."""

from .models import Applicant


def interviews_panel(request):
    waiting = list(
        Applicant.objects.filter(interviewers=request.user, status=Applicant.Status.ACTIVE)
        .select_related("stage")
        .order_by("stage_since")
    )
    if not waiting:
        return None
    return {"template": "mentoring/recruitment/interviews_panel.html", "waiting": waiting}

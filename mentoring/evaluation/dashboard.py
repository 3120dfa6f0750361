"""The dashboard panels of the evaluation: the questionnaires a person is asked to answer now, and for the
evaluation unit the way to its pages."""

from mentorsite.users.roles import EVALUATOR, has_role

from .services import open_invitations


def questionnaires_panel(request):
    if not request.user.is_authenticated:
        return None
    waiting = list(open_invitations(request.user))
    if not waiting:
        return None
    return {"template": "mentoring/evaluation/panel.html", "position": "top", "waiting": waiting}


def evaluator_panel(request):
    """For the evaluation unit, whose work is not on the dashboard: the way to it."""
    if not has_role(request.user, EVALUATOR):
        return None
    return {"template": "mentoring/evaluation/evaluator_panel.html", "position": "top"}

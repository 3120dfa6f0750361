"""The mentoring panel of the dashboard: for the manager, agreement reviews coming due and overdue (with the
one-click way to the early endings); for a mentor, their relationships' next reviews."""

from mentorsite.users.roles import MANAGER, MENTOR, has_role

from .models import Relationship
from .services import with_review_dates


def reviews_due_panel(request):
    user = request.user
    if has_role(user, MANAGER):
        relationships = with_review_dates(Relationship.objects.active().select_related("case", "mentor"))
        due = [r for r in relationships if r.review_overdue or r.review_coming_due]
        return {"template": "mentoring/includes/reviews_panel.html", "position": "top", "due": due, "manager": True}
    if has_role(user, MENTOR):
        mine = with_review_dates(Relationship.objects.active().filter(mentor=user).select_related("case"))
        if mine:
            return {"template": "mentoring/includes/reviews_panel.html", "due": mine, "manager": False}
    return None

"""The manager's dashboard panel: unacknowledged concerns and their age, at the top."""

from mentorsite.users.roles import MANAGER, has_role
from supervision.models import Concern


def open_concerns_panel(request):
    if not has_role(request.user, MANAGER):
        return None
    concerns = list(
        Concern.objects.filter(acknowledged_at__isnull=True).select_related("raised_by").order_by("raised_at")
    )
    return {"template": "supervision/includes/concerns_panel.html", "position": "top", "concerns": concerns}

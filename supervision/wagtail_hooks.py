from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from supervision.models import CoachAssignment


class CoachAssignmentViewSet(ModelViewSet):
    model = CoachAssignment
    icon = "user"
    menu_label = _("Coach assignments")
    menu_order = 225
    add_to_admin_menu = True
    list_display = ["coach", "mentor", "starts_on", "ended_on"]
    list_filter = ["coach"]
    form_fields = ["coach", "mentor", "starts_on", "ended_on"]


@hooks.register("register_admin_viewset")
def register_coach_assignment_viewset():
    return CoachAssignmentViewSet("coach_assignments")

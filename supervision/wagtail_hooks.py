from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from supervision import miti
from supervision.models import CoachAssignment, ReferenceTranscript


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


class ReferenceTranscriptViewSet(ModelViewSet):
    """Reference transcripts for MITI coder training, with their model coding (supervision.calibration)."""

    model = ReferenceTranscript
    icon = "doc-full"
    menu_label = _("Reference transcripts")
    menu_order = 226
    add_to_admin_menu = True
    list_display = ["title", "language", "live"]
    list_filter = ["language", "live"]
    form_fields = [
        "title",
        "language",
        "setting",
        "minutes",
        "transcript",
        *miti.GLOBAL_SCORES,
        *miti.BEHAVIOUR_COUNTS,
        "rationale",
        "live",
    ]


@hooks.register("register_admin_viewset")
def register_reference_transcript_viewset():
    return ReferenceTranscriptViewSet("reference_transcripts")

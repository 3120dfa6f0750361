"""The lists the programme manager keeps for the mentoring, in the admin (Mentoring): institutions, target
groups, ending reasons and mentor profiles; for recruitment its stages, sources and reasons for stopping; the
evaluation's questionnaires (Snippets). The mentoring itself is on the front end (/mentoring/, /recruitment/,
/evaluation/)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import (
    ApplicantSource,
    EndingReason,
    Institution,
    MentorProfile,
    Questionnaire,
    RecruitmentStage,
    StopReason,
    TargetGroup,
)


class InstitutionViewSet(ModelViewSet):
    model = Institution
    icon = "home"
    list_display = ["name", "kind", "active"]
    form_fields = ["name", "kind", "active", "position"]


class TargetGroupViewSet(ModelViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["__str__", "is_primary", "active"]
    form_fields = ["name", "is_primary", "active", "position"]


class EndingReasonViewSet(ModelViewSet):
    model = EndingReason
    icon = "list-ul"
    list_display = ["__str__", "needs_text", "active"]
    form_fields = ["name", "needs_text", "active", "position"]


class MentorProfileViewSet(ModelViewSet):
    model = MentorProfile
    icon = "user"
    list_display = ["user", "capacity", "languages", "may_be_matched_in_training"]
    form_fields = ["user", "experience", "languages", "competencies", "capacity", "may_be_matched_in_training"]


class RecruitmentStageViewSet(ModelViewSet):
    """The stages every applicant goes through, in order of position; the last one in use is the decision."""

    model = RecruitmentStage
    icon = "list-ol"
    list_display = ["__str__", "description", "position", "active"]
    form_fields = ["name", "description", "position", "active"]


class ApplicantSourceViewSet(ModelViewSet):
    model = ApplicantSource
    icon = "link"
    list_display = ["__str__", "active"]
    form_fields = ["name", "active", "position"]


class StopReasonViewSet(ModelViewSet):
    model = StopReason
    icon = "cross"
    list_display = ["__str__", "active"]
    form_fields = ["name", "active", "position"]


class MentoringViewSetGroup(ViewSetGroup):
    menu_label = _("Mentoring")
    menu_icon = "group"
    menu_order = 230
    items = [
        MentorProfileViewSet("mentor_profiles"),
        InstitutionViewSet("institutions"),
        TargetGroupViewSet("target_groups"),
        EndingReasonViewSet("ending_reasons"),
        RecruitmentStageViewSet("recruitment_stages"),
        ApplicantSourceViewSet("applicant_sources"),
        StopReasonViewSet("stop_reasons"),
    ]


@hooks.register("register_admin_viewset")
def register_mentoring_viewsets():
    return MentoringViewSetGroup()


class QuestionnaireViewSet(SnippetViewSet):
    """Questionnaires (Snippets > Questionnaires): every save is a revision; a round sent from /evaluation/
    asks the revision of that moment. Sent from the front end, never deleted."""

    model = Questionnaire
    icon = "form"
    menu_label = _("Questionnaires")
    list_display = ["title", "anonymous"]


register_snippet(QuestionnaireViewSet)

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import CreateView, EditView, UserViewSet

from mentorsite.audit.trail import record_view

from .models import Cohort, User


def cohort_field():
    return forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=Cohort.objects.all(),
        required=False,
        help_text=User._meta.get_field("cohort").help_text,
    )


class SuperuserGuardMixin:
    """Only a superuser may make someone a superuser: the programme manager manages people, not the platform."""

    def __init__(self, *args, may_grant_superuser=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_grant_superuser:
            self.fields.pop("is_superuser", None)


class PersonCreationForm(SuperuserGuardMixin, UserCreationForm):
    cohort = cohort_field()

    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"cohort"}


class PersonEditForm(SuperuserGuardMixin, UserEditForm):
    cohort = cohort_field()

    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"cohort", "left_programme_on", "leaving_reason"}


class GuardedFormKwargsMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "may_grant_superuser": self.request.user.is_superuser}


class PersonCreateView(GuardedFormKwargsMixin, CreateView):
    pass


class PersonEditView(GuardedFormKwargsMixin, EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Opening someone's personal details is recorded in the audit trail.
        record_view(request, self.object)
        return response


class PersonViewSet(UserViewSet):
    """Wagtail's user admin with the cohort on the forms; the programme manager edits people here."""

    add_view_class = PersonCreateView
    edit_view_class = PersonEditView

    def get_form_class(self, for_update=False):
        return PersonEditForm if for_update else PersonCreationForm


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "starts_on", "ends_on"]
    search_fields = ["name"]
    form_fields = ["name", "starts_on", "ends_on", "description"]
    inspect_view_enabled = True


cohort_viewset = CohortViewSet("cohorts")

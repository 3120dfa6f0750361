from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from .models import Cohort


def cohort_field():
    return forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=Cohort.objects.all(),
        required=False,
        help_text=_("The intake this person trains with. Staff usually have none."),
    )


class PersonCreationForm(UserCreationForm):
    cohort = cohort_field()

    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"cohort"}


class PersonEditForm(UserEditForm):
    cohort = cohort_field()

    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"cohort"}


class PersonViewSet(UserViewSet):
    """Wagtail's user admin with the cohort on the forms; the programme manager edits people here."""

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

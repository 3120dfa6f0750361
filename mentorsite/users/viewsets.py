from django import forms
from django.core.exceptions import PermissionDenied
from django.forms.models import model_to_dict
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import CopyView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import CreateView, DeleteView, EditView, IndexView, UserViewSet

from mentorsite.audit.trail import record_view

from .account_protection import PROTECTED_ANNOTATION, manager_membership
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

    def __init__(self, *args, may_grant_superuser=False, **kwargs):
        editing_self = kwargs.get("editing_self", False)
        super().__init__(*args, may_grant_superuser=may_grant_superuser, **kwargs)
        # Wagtail already leaves out one's own active state; a manager may not change their own roles either
        # (only a superuser changes a manager's groups, see account_protection.py). A field left out of the
        # form is left as it is when the form saves.
        if editing_self and not may_grant_superuser:
            self.fields.pop("groups", None)


class GuardedFormKwargsMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "may_grant_superuser": self.request.user.is_superuser}


class PersonCreateView(GuardedFormKwargsMixin, CreateView):
    pass


class ProtectedAccountMixin:
    """Refuses the view for a person the user may not change (`instance_permission`, checked against the
    permission policy of account_protection.py). Wagtail's generic views check only the model permission."""

    instance_permission = "change"

    def dispatch(self, request, *args, **kwargs):
        person = getattr(self, "object", None) or self.get_object()  # edit and delete load it in setup()
        if not self.user_has_permission_for_instance(self.instance_permission, person):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PersonIndexView(IndexView):
    def get_base_queryset(self):
        # Whether each person is a manager, in one subquery for the page (account_protection.py reads it).
        return super().get_base_queryset().annotate(**{PROTECTED_ANNOTATION: manager_membership(User)})

    # The list offers editing, copying and deleting only of people the user may change.
    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None

    def get_copy_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_copy_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.user_has_permission_for_instance("delete", instance):
            return super().get_delete_url(instance)
        return None


class PersonEditView(ProtectedAccountMixin, GuardedFormKwargsMixin, EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Opening someone's personal details is recorded in the audit trail.
        record_view(request, self.object)
        return response


class PersonCopyView(ProtectedAccountMixin, GuardedFormKwargsMixin, CopyView):
    """A new person with another's details filled in.

    Wagtail's copy view binds its form to the copied person itself, so saving the "copy" overwrote the
    original account (its password and e-mail included). Here the form gets a new, unsaved person, and the
    original's details only as initial values.
    """

    def get_object(self, queryset=None):
        if not hasattr(self, "_original"):
            self._original = super().get_object(queryset)
        return self._original

    def get_initial_form_instance(self):
        return self.model()

    def get_initial(self):
        fields = list(self.get_form_class().base_fields)  # the form's own: never the password hash
        return {**super().get_initial(), **model_to_dict(self.get_object(), fields=fields)}


class PersonDeleteView(ProtectedAccountMixin, DeleteView):
    instance_permission = "delete"


class PersonViewSet(UserViewSet):
    """Wagtail's user admin with the cohort on the forms; the programme manager edits people here.

    Every view that changes a person checks account_protection.py's rule for that person.
    """

    index_view_class = PersonIndexView
    add_view_class = PersonCreateView
    edit_view_class = PersonEditView
    copy_view_class = PersonCopyView
    delete_view_class = PersonDeleteView

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

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from wagtail import hooks

from .account_protection import may_manage_account
from .bulk_actions import PERSON_BULK_ACTIONS
from .viewsets import cohort_viewset

# Registered after Wagtail's own (order 0) under the same action names, so these replace Wagtail's in its
# bulk action registry: they leave out the people the acting user may not change (account_protection.py).
for action_class in PERSON_BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)


@hooks.register("before_bulk_action")
def only_superusers_change_protected_accounts(request, action_type, objects, action_class_instance):
    """Any bulk action on people, a package's or a later Wagtail's included, obeys the account protection rule:
    one that reaches a person the acting user may not change is refused as a whole, before it writes."""
    if getattr(action_class_instance, "model", None) is not get_user_model():
        return None
    if not all(may_manage_account(request.user, person) for person in objects):
        raise PermissionDenied
    return None


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return cohort_viewset


@hooks.register("before_serve_document")
def documents_need_sign_in(document, request):
    """Handouts and presentations are for people in the programme, never for the open internet."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None

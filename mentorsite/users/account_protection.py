"""Who may change whose account: only a superuser changes a superuser's or a programme manager's.

The programme manager manages people, but an account with the manager's powers (or more) must not be
changeable by a manager: setting a superuser's password and e-mail, and then a second-factor device where it
has none yet, would be a takeover; deactivating one, or changing a colleague's roles, a lock-out. So a
non-superuser may change neither a superuser's nor a manager's password, e-mail, groups or active state,
nor delete such an account; nor their own groups or active state. Their own name, e-mail and password they
may change (as on the admin's Account page).

The rule is one permission policy for the user model, which Wagtail's user views and bulk actions consult
(see viewsets.py, bulk_actions.py and wagtail_hooks.py), and `may_manage_account` for code of our own.
"""

from django.db.models import Exists, OuterRef
from wagtail.permission_policies import ModelPermissionPolicy

from .roles import MANAGER

# Set on people listed by the admin's user index (one subquery for the page instead of one query a row).
PROTECTED_ANNOTATION = "_is_protected_account"


def manager_membership(user_model):
    """A subquery: whether the person is in the programme manager's group (whether active or not)."""
    through = user_model.groups.through
    return Exists(through.objects.filter(user_id=OuterRef("pk"), group__name=MANAGER))


def is_protected_account(person):
    """A superuser or a programme manager. Read from the groups themselves, not from roles.role_names(), which
    gives a deactivated account no role: a deactivated manager is still only a superuser's to reactivate."""
    annotated = getattr(person, PROTECTED_ANNOTATION, None)
    if annotated is not None:
        return person.is_superuser or annotated
    return person.is_superuser or person.groups.filter(name=MANAGER).exists()


def may_manage_account(actor, person):
    """Whether `actor` may change `person`'s password, e-mail, groups or active state, or delete the account."""
    if actor.is_active and actor.is_superuser:
        return True
    return person.pk != actor.pk and not is_protected_account(person)


class PeoplePermissionPolicy(ModelPermissionPolicy):
    """The model permissions (users.change_user and so on), narrowed per person by `may_manage_account`.

    "change" of one's own account stays allowed: the edit form then leaves out groups and active state.
    """

    def _allowed_for(self, user, action, instance):
        if action == "change" and instance.pk == user.pk:
            return True
        if action in {"change", "delete"}:
            return may_manage_account(user, instance)
        return True

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._allowed_for(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        everyone = self.model._default_manager.all()
        held = [action for action in actions if self.user_has_permission(user, action)]
        if not held:
            return everyone.none()
        if (user.is_active and user.is_superuser) or any(action not in {"change", "delete"} for action in held):
            return everyone
        manageable = everyone.filter(is_superuser=False).filter(~manager_membership(self.model)).exclude(pk=user.pk)
        if "change" in held:
            manageable = manageable | everyone.filter(pk=user.pk)
        return manageable

"""Wagtail's bulk actions on people, with the account protection rule and the audit trail.

Wagtail's own actions check only the model permission (users.change_user), so a programme manager could
deactivate a superuser or give a colleague another role. These subclasses leave such people out, listed
on the confirmation page as ones the manager may not change (see account_protection.py). wagtail_hooks.py
registers them under Wagtail's action names, so they replace Wagtail's, and adds a `before_bulk_action`
guard for any other bulk action on people.
"""

from django.shortcuts import get_list_or_404
from wagtail.users.views.bulk_actions import AssignRoleBulkAction, DeleteBulkAction, SetActiveStateBulkAction

from mentorsite.audit.trail import record_update

from .account_protection import PROTECTED_ANNOTATION, manager_membership, may_manage_account


class ProtectedAccountsMixin:
    @classmethod
    def get_queryset(cls, model, object_ids):
        # Whether each selected person is a manager, in one subquery instead of one query a person.
        people = model._default_manager.annotate(**{PROTECTED_ANNOTATION: manager_membership(model)})
        return get_list_or_404(people, pk__in=object_ids)

    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage_account(self.request.user, obj)


class PersonAssignRoleBulkAction(ProtectedAccountsMixin, AssignRoleBulkAction):
    # Adding to the group sends m2m_changed, which the audit trail records for each person.
    pass


class PersonDeleteBulkAction(ProtectedAccountsMixin, DeleteBulkAction):
    pass


class PersonSetActiveStateBulkAction(ProtectedAccountsMixin, SetActiveStateBulkAction):
    @classmethod
    def execute_action(cls, objects, mark_as_active=False, model=None, **kwargs):
        # Wagtail writes the new state with QuerySet.update(), which sends no model signal, so the audit trail
        # would never hear of it: each person whose state this changes is recorded here, in the same transaction.
        model = model or cls.get_default_model()
        acting = kwargs.get("user")
        ids = [person.pk for person in objects if acting is None or person.pk != acting.pk]
        changing = list(model.objects.filter(pk__in=ids).exclude(is_active=mark_as_active).values_list("pk", flat=True))
        result = super().execute_action(objects, mark_as_active=mark_as_active, model=model, **kwargs)
        for pk in changing:
            record_update(model, pk, ["is_active"])
        return result


PERSON_BULK_ACTIONS = (PersonAssignRoleBulkAction, PersonDeleteBulkAction, PersonSetActiveStateBulkAction)

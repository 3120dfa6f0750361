"""Only a superuser may change a superuser's or a programme manager's account (security review, issue 12).

A programme manager who could set a superuser's password, address or active state could take the account
over (with a fresh second-factor device where it has none yet) or lock its owner out. The views and bulk
actions tried here are read from Wagtail's own URL patterns and bulk action registry, so one that a Wagtail
upgrade or a package adds is tried too. Each is sent as the manager against a superuser and against another
manager (refused, nothing written) and then, as the control that the request itself was a valid one, as a
superuser (written).
"""

import itertools

import pytest
from django import forms
from django.apps import apps
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.users.views.bulk_actions.user_bulk_action import UserBulkAction

from mentorsite.users.models import User
from mentorsite.users.roles import FACILITATOR, MANAGER, MENTOR
from tests.factories import UserFactory
from tests.figures import count
from tests.helpers import sign_in

NEW_PASSWORD = "taken-over-password-991"  # noqa: S105 - a test value


def refused(response):
    """Refused: an error status, or the admin's way of refusing (back to its dashboard, with a message)."""
    if response.status_code == 302:
        return response.url == reverse("wagtailadmin_home")
    return response.status_code in {403, 404, 405}


def _user_url_names():
    """Every Wagtail URL of the users viewset that acts on one person (its route takes the person's id)."""

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, route, inner)
            elif pattern.name:
                yield namespace + pattern.name, route

    return sorted(
        {name for name, route in walk(get_resolver().url_patterns) if name.startswith("wagtailusers_users:")}
        & {name for name, route in walk(get_resolver().url_patterns) if "<int:pk>" in route}
    )


USER_URL_NAMES = _user_url_names()
BULK_ACTIONS = sorted(action.action_type for action in bulk_action_registry.get_bulk_actions_for_model("users", "user"))


def test_the_lists_of_views_and_bulk_actions_are_read_from_wagtail():
    # Guards the enumeration itself: the views and actions known when this was written must be among them.
    assert {"wagtailusers_users:edit", "wagtailusers_users:delete", "wagtailusers_users:copy"} <= set(USER_URL_NAMES)
    assert {"set_active_state", "assign_role", "delete"} <= set(BULK_ACTIONS)


@pytest.fixture
def superuser(db):
    """The superuser who acts in the control requests."""
    return UserFactory(username="root", is_superuser=True, is_staff=True)


@pytest.fixture
def protected(db, superuser, manager):
    """The accounts only a superuser may change: another superuser, and a second programme manager."""
    return {
        "superuser": UserFactory(username="other-root", is_superuser=True, is_staff=True),
        "manager": UserFactory(username="colleague", roles=[MANAGER]),
    }


def snapshot(person):
    """Everything about an account a takeover or a lock-out would change (None once it is deleted)."""
    person = User.objects.filter(pk=person.pk).first()
    if person is None:
        return None
    fields = ("username", "email", "password", "is_active", "is_superuser", "first_name", "last_name")
    return {
        **{field: getattr(person, field) for field in fields},
        "groups": sorted(person.groups.values_list("name", flat=True)),
    }


def row_counts():
    # The audit trail may record a refused attempt; every other table must stay as it was.
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.label != "audit.AuditEvent"
    }


def takeover_form(person):
    """What the user edit (and copy) form needs to take the account over and lock its owner out."""
    return {
        "username": "taken-over",
        "email": "attacker@example.org",
        "first_name": "Taken",
        "last_name": "Over",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        # is_active left out: the box is unticked, which deactivates the account.
        "groups": [Group.objects.get(name=MENTOR).pk],
        "cohort": "",
        "left_programme_on": "",
        "leaving_reason": "",
        "confirm": "on",  # the delete view's confirmation, ignored by the others
    }


def client_for(user):
    return sign_in(Client(raise_request_exception=False), user)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["superuser", "manager"])
@pytest.mark.parametrize("url_name", USER_URL_NAMES)
def test_a_manager_cannot_change_a_superuser_or_another_manager_in_any_user_view(
    url_name, kind, protected, manager, superuser
):
    person = protected[kind]
    url = reverse(url_name, args=[person.pk])
    as_manager = client_for(manager)
    before, counts = snapshot(person), row_counts()

    response = as_manager.post(url, takeover_form(person))
    count("takeover_attempts")

    assert refused(response), f"{url_name}: {response.status_code} {getattr(response, 'url', '')} for the manager"
    assert snapshot(person) == before, f"{url_name} changed the {kind}'s account"
    assert row_counts() == counts, f"{url_name} wrote something"
    page = as_manager.get(url)

    # The control: the same request from a superuser is accepted, so the refusal was the manager's role.
    control = client_for(superuser).post(url, takeover_form(person))
    if control.status_code == 405:  # a page that only shows (history, usage): nothing to write there
        return
    assert control.status_code == 302, f"{url_name}: the superuser's request was not accepted ({control.status_code})"
    assert snapshot(person) != before or row_counts() != counts
    # A page that writes is not even shown to the manager for this person.
    assert refused(page), f"{url_name} shown to the manager"


def bulk_forms(action_class):
    """Every combination of the choices on the bulk action's form (a new action's form included)."""
    form = action_class.form_class()
    choices = {}
    for name, field in form.fields.items():
        if isinstance(field, forms.ModelChoiceField):
            choices[name] = [str(pk) for pk in field.queryset.values_list("pk", flat=True)]
        elif isinstance(field, forms.ChoiceField):
            choices[name] = [str(value) for value, _label in field.choices if value != ""]
        elif isinstance(field, forms.BooleanField):
            choices[name] = ["on", ""]
        else:
            choices[name] = ["x"]
    names = sorted(choices)
    return [dict(zip(names, values, strict=True)) for values in itertools.product(*(choices[n] for n in names))]


def bulk_url(action_type, person):
    return reverse("wagtail_bulk_action", args=["users", "user", action_type]) + f"?id={person.pk}&next=/admin/users/"


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["superuser", "manager"])
@pytest.mark.parametrize("action_type", BULK_ACTIONS)
def test_a_manager_cannot_change_a_superuser_or_another_manager_with_any_bulk_action(
    action_type, kind, protected, manager, superuser
):
    person = protected[kind]
    action_class = bulk_action_registry.get_bulk_action_class("users", "user", action_type)
    url = bulk_url(action_type, person)
    as_manager = client_for(manager)
    before, counts = snapshot(person), row_counts()

    for data in bulk_forms(action_class):
        as_manager.post(url, data)
        count("takeover_attempts")
        assert snapshot(person) == before, f"{action_type} {data} changed the {kind}'s account"
        assert row_counts() == counts, f"{action_type} {data} wrote something"

    # The control: one of the same requests from a superuser changes the account.
    as_superuser = client_for(superuser)
    for data in bulk_forms(action_class):
        as_superuser.post(url, data)
    assert snapshot(person) != before, f"{action_type}: no request of the superuser's was accepted"


@pytest.mark.django_db
def test_a_bulk_action_added_later_cannot_change_a_protected_account_either(protected, manager, mentor):
    # A bulk action on people that forgets its own permission check (as a package's might) is still refused.
    class RenameBulkAction(UserBulkAction):
        display_name = gettext_lazy("Rename")
        action_type = "rename_for_test"
        aria_label = gettext_lazy("Rename")
        template_name = "wagtailusers/bulk_actions/confirm_bulk_set_active_state.html"

        def check_perm(self, obj):
            return True

        @classmethod
        def execute_action(cls, objects, **kwargs):
            return User.objects.filter(pk__in=[o.pk for o in objects]).update(first_name="Renamed"), 0

    actions = bulk_action_registry.actions["users"]["user"]
    actions[RenameBulkAction.action_type] = RenameBulkAction
    try:
        as_manager = client_for(manager)
        for person in protected.values():
            response = as_manager.post(bulk_url(RenameBulkAction.action_type, person), {})
            assert refused(response)
            assert User.objects.get(pk=person.pk).first_name != "Renamed"
        # An ordinary person is still the manager's to manage.
        as_manager.post(bulk_url(RenameBulkAction.action_type, mentor), {})
        assert User.objects.get(pk=mentor.pk).first_name == "Renamed"
    finally:
        del actions[RenameBulkAction.action_type]


@pytest.mark.django_db
def test_a_manager_cannot_change_their_own_groups(manager):
    as_manager = client_for(manager)
    data = {
        "username": manager.username,
        "email": "new-address@example.org",
        "first_name": manager.first_name,
        "last_name": manager.last_name,
        "password1": "",
        "password2": "",
        "groups": [Group.objects.get(name=FACILITATOR).pk],
        "cohort": "",
        "left_programme_on": "",
        "leaving_reason": "",
    }
    as_manager.post(reverse("wagtailusers_users:edit", args=[manager.pk]), data)
    manager.refresh_from_db()
    assert list(manager.groups.values_list("name", flat=True)) == [MANAGER]
    assert manager.email == "new-address@example.org"  # their own details stay theirs to edit

    role = Group.objects.get(name=FACILITATOR)
    as_manager.post(bulk_url("assign_role", manager), {"role": role.pk})
    assert list(manager.groups.values_list("name", flat=True)) == [MANAGER]


@pytest.mark.django_db
def test_a_manager_still_manages_everyone_else(manager, mentor, facilitator):
    as_manager = client_for(manager)
    as_manager.post(bulk_url("set_active_state", mentor), {"mark_as_active": "False"})
    mentor.refresh_from_db()
    assert not mentor.is_active
    role = Group.objects.get(name=MANAGER)
    as_manager.post(bulk_url("assign_role", facilitator), {"role": role.pk})  # a new colleague
    assert facilitator.groups.filter(name=MANAGER).exists()


@pytest.mark.django_db
def test_the_list_of_people_offers_no_edit_for_protected_accounts(protected, manager, mentor):
    page = client_for(manager).get(reverse("wagtailusers_users:index"))
    assert page.status_code == 200
    html = page.content.decode()
    assert reverse("wagtailusers_users:edit", args=[mentor.pk]) in html
    for person in protected.values():
        assert reverse("wagtailusers_users:edit", args=[person.pk]) not in html
        assert reverse("wagtailusers_users:copy", args=[person.pk]) not in html


@pytest.mark.django_db
def test_a_manager_cannot_erase_a_protected_account(protected, manager):
    as_manager = client_for(manager)
    for person in protected.values():
        User.objects.filter(pk=person.pk).update(left_programme_on=timezone.localdate())
        before = snapshot(person)
        response = as_manager.post(reverse("erase_person", args=[person.pk]), {"confirm": "on"})
        assert response.status_code == 403
        assert snapshot(person) == before


@pytest.mark.django_db
def test_copying_a_person_makes_a_new_account_and_leaves_the_original_alone(superuser, mentor):
    # Wagtail's copy view saved the "copy" over the copied account: a takeover for whoever may copy.
    before = snapshot(mentor)
    page = client_for(superuser).get(reverse("wagtailusers_users:copy", args=[mentor.pk]))
    assert page.context["form"].initial["email"] == mentor.email  # the copy starts from the original's details
    response = client_for(superuser).post(reverse("wagtailusers_users:copy", args=[mentor.pk]), takeover_form(mentor))
    assert response.status_code == 302
    assert snapshot(mentor) == before
    copy = User.objects.get(username="taken-over")
    assert copy.pk != mentor.pk and copy.check_password(NEW_PASSWORD)


@pytest.mark.django_db
def test_the_permission_policy_lists_only_the_people_a_manager_may_change(protected, manager, mentor, superuser):
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(User)
    changeable = set(policy.instances_user_has_permission_for(manager, "change"))
    assert mentor in changeable and manager in changeable  # their own account: name, e-mail, password
    assert not changeable & set(protected.values())
    assert not set(policy.instances_user_has_permission_for(manager, "delete"))  # managers delete nobody
    assert set(policy.instances_user_has_permission_for(superuser, "change")) >= {*protected.values(), mentor}

"""Every change of a person's active state, groups, password and e-mail is in the audit trail (issue 12).

Whichever way it is made: the admin's user edit form, its bulk actions (Wagtail's "set active state" writes
with QuerySet.update(), which sends no model signal), the person's own password change, a password reset on
the front end or in the admin, and the admin's Account page. The trail holds that the password changed,
never the password or its hash, and the names of changed fields only.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from mentorsite.audit.models import AuditEvent
from mentorsite.users.roles import COACH, MENTOR
from tests.factories import PASSWORD

NEW_PASSWORD = "a-brand-new-password-58"  # noqa: S105 - a test value
NEW_EMAIL = "maja.new@example.org"


def last_event_id():
    return AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def changes_since(since, person):
    return list(
        AuditEvent.objects.filter(
            pk__gt=since, action="change", model_label="users.User", object_id=str(person.pk)
        ).order_by("pk")
    )


def recorded_fields(events):
    return set().union(*(event.changed_fields for event in events))


def assert_no_values_in_the_trail(person):
    person.refresh_from_db()
    everything = json.dumps(list(AuditEvent.objects.values()), default=str)
    for secret in (NEW_PASSWORD, person.password, NEW_EMAIL):
        assert secret not in everything


def bulk_url(action_type, *people):
    ids = "&".join(f"id={person.pk}" for person in people)
    return reverse("wagtail_bulk_action", args=["users", "user", action_type]) + f"?{ids}&next=/admin/users/"


@pytest.mark.django_db
def test_the_user_edit_form_records_active_state_groups_password_and_email(manager_client, manager, mentor):
    since = last_event_id()
    data = {
        "username": mentor.username,
        "email": NEW_EMAIL,
        "first_name": mentor.first_name,
        "last_name": mentor.last_name,
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        # is_active left out: unticked, the account is deactivated
        "groups": [Group.objects.get(name=MENTOR).pk, Group.objects.get(name=COACH).pk],
        "cohort": mentor.cohort_id,
        "left_programme_on": "",
        "leaving_reason": "",
    }
    response = manager_client.post(reverse("wagtailusers_users:edit", args=[mentor.pk]), data)
    assert response.status_code == 302
    events = changes_since(since, mentor)
    assert {"email", "password", "is_active", "groups"} <= recorded_fields(events)
    assert all(event.actor == manager for event in events)
    assert_no_values_in_the_trail(mentor)


@pytest.mark.django_db
def test_the_bulk_set_active_state_action_records_each_deactivation_and_reactivation(
    manager_client, manager, mentor, coach
):
    since = last_event_id()
    manager_client.post(bulk_url("set_active_state", mentor, coach), {"mark_as_active": "False"})
    mentor.refresh_from_db()
    assert not mentor.is_active
    for person in (mentor, coach):
        events = changes_since(since, person)
        assert [event.changed_fields for event in events] == [["is_active"]]
        assert events[0].actor == manager and events[0].request_id

    since = last_event_id()
    manager_client.post(bulk_url("set_active_state", mentor), {"mark_as_active": "True"})
    mentor.refresh_from_db()
    assert mentor.is_active
    assert [event.changed_fields for event in changes_since(since, mentor)] == [["is_active"]]

    since = last_event_id()
    manager_client.post(bulk_url("set_active_state", mentor), {"mark_as_active": "True"})  # already active
    assert changes_since(since, mentor) == []


@pytest.mark.django_db
def test_the_bulk_assign_role_action_records_the_change_of_groups(manager_client, manager, mentor):
    since = last_event_id()
    manager_client.post(bulk_url("assign_role", mentor), {"role": Group.objects.get(name=COACH).pk})
    assert mentor.groups.filter(name=COACH).exists()
    events = changes_since(since, mentor)
    assert [event.changed_fields for event in events] == [["groups"]]
    assert events[0].actor == manager


@pytest.mark.django_db
def test_a_persons_own_password_change_is_recorded(mentor_client, mentor):
    since = last_event_id()
    response = mentor_client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    events = changes_since(since, mentor)
    assert recorded_fields(events) == {"password"}
    assert events[0].actor == mentor
    assert_no_values_in_the_trail(mentor)


def reset_with_token(confirm_url_name, person):
    """Opens the e-mailed link (made here directly) and sets a new password on the page it leads to."""
    uid = urlsafe_base64_encode(force_bytes(person.pk))
    token = default_token_generator.make_token(person)
    client = Client()
    form_page = client.get(reverse(confirm_url_name, args=[uid, token]), follow=True)
    assert form_page.context["validlink"]
    return client.post(form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})


@pytest.mark.django_db
@pytest.mark.parametrize("confirm_url_name", ["password_reset_confirm", "wagtailadmin_password_reset_confirm"])
def test_a_password_reset_is_recorded(confirm_url_name, mentor):
    since = last_event_id()
    assert reset_with_token(confirm_url_name, mentor).status_code == 302
    mentor.refresh_from_db()
    assert mentor.check_password(NEW_PASSWORD)
    assert recorded_fields(changes_since(since, mentor)) == {"password"}
    assert_no_values_in_the_trail(mentor)


def account_form_data(page):
    """What the admin's Account page sends back when nothing is changed: every panel's current values."""
    data = {}
    for panels in page.context["panels_by_tab"].values():
        for panel in panels:
            for field in panel.get_form():
                if field.widget_type in {"file", "clearablefile"}:
                    continue  # the profile picture: none uploaded
                value = field.value()
                if value is None or value is False:
                    continue
                data[field.html_name] = "on" if value is True else value
    return data


@pytest.mark.django_db
def test_changes_on_the_admin_account_page_are_recorded(facilitator_client, facilitator):
    page = facilitator_client.get(reverse("wagtailadmin_account"))
    data = account_form_data(page)
    data.update(
        {
            "name_email-email": NEW_EMAIL,
            "password-old_password": PASSWORD,
            "password-new_password1": NEW_PASSWORD,
            "password-new_password2": NEW_PASSWORD,
        }
    )
    since = last_event_id()
    response = facilitator_client.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 302
    facilitator.refresh_from_db()
    assert facilitator.email == NEW_EMAIL and facilitator.check_password(NEW_PASSWORD)
    events = changes_since(since, facilitator)
    assert {"email", "password"} <= recorded_fields(events)
    assert all(event.actor == facilitator for event in events)
    assert_no_values_in_the_trail(facilitator)

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupApprovalTask, GroupPagePermission

from mentorsite.users.roles import ALL_ROLES, FACILITATOR, MANAGER, MENTOR, STAFF_ROLES, ensure_roles, has_role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_migrate_creates_the_four_roles():
    assert set(Group.objects.filter(name__in=ALL_ROLES).values_list("name", flat=True)) == set(ALL_ROLES)


def test_ensure_roles_is_idempotent():
    before = GroupPagePermission.objects.count()
    ensure_roles()
    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert GroupPagePermission.objects.count() == before
    assert Group.objects.filter(name=MENTOR).count() == 1


def test_facilitator_may_publish_pages_and_approve_in_the_workflow():
    facilitator = Group.objects.get(name=FACILITATOR)
    codenames = set(facilitator.page_permissions.values_list("permission__codename", flat=True))
    assert {"add_page", "change_page", "publish_page"} <= codenames
    assert "delete_page" not in codenames
    assert GroupApprovalTask.objects.filter(groups=facilitator, active=True).exists()


def test_mentor_role_has_no_admin_access():
    user = UserFactory(roles=[MENTOR])
    assert not user.has_perm("wagtailadmin.access_admin")


def test_only_the_staff_roles_open_the_admin():
    """The header's admin link asks the permission only of staff (users/context_processors.py): every other
    role must hold no admin access, or that shortcut would hide the link from someone who may use it."""
    with_admin = {
        name
        for name in ALL_ROLES
        if UserFactory(username=f"only-{name}", roles=[name]).has_perm("wagtailadmin.access_admin")
    }
    assert with_admin == set(STAFF_ROLES)


def test_a_mentors_page_loads_no_permissions(mentor_client):
    """A mentor's page does not load every permission (two queries) only to hide the admin link."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert mentor_client.get("/dashboard/").status_code == 200
    assert not [query for query in queries.captured_queries if "auth_permission" in query["sql"]]


def test_manager_manages_people_and_enrolments():
    user = UserFactory(roles=[MANAGER])
    for perm in ("users.change_user", "users.add_cohort", "courses.add_enrolment", "wagtailadmin.access_admin"):
        assert user.has_perm(perm), perm


def test_inactive_person_holds_no_role():
    user = UserFactory(roles=[MANAGER], is_active=False)
    assert not has_role(user, MANAGER)

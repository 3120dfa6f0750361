"""The five roles of the programme, kept as Django groups.

Apps higher up add the model permissions their roles need with `grant()` from their AppConfig.ready(),
so this module never imports them. `ensure_roles()` is idempotent: it runs after every migrate and from
`manage.py setup_roles`.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _

MENTOR = "Mentor"
COACH = "Mentor coach"
FACILITATOR = "Facilitator"
MANAGER = "Programme manager"
# The evaluation unit: questionnaire results and the de-identified research export, nothing personal beyond
# them (mentoring/evaluation/).
EVALUATOR = "Evaluator"
ALL_ROLES = (MENTOR, COACH, FACILITATOR, MANAGER, EVALUATOR)
ROLE_LABELS = {
    MENTOR: _("Mentor"),
    COACH: _("Mentor coach"),
    FACILITATOR: _("Facilitator"),
    MANAGER: _("Programme manager"),
    EVALUATOR: _("Evaluator"),
}
# Who uses the evaluation's pages: the evaluation unit, and the programme manager, who reports to funders and to it.
EVALUATION_ROLES = (EVALUATOR, MANAGER)
# Roles that run the programme: they see every mentor's progress and work in the Wagtail admin.
STAFF_ROLES = (FACILITATOR, MANAGER)

# Page permissions on the whole page tree: facilitators build and publish the curriculum. Wagtail 8 has no
# page permission for deleting (it lets whoever may edit and publish a page delete it), so who deletes pages
# (the programme manager) is decided by mentorsite/page_permissions.py, not here.
_PAGE_PERMISSIONS = {
    FACILITATOR: ["add_page", "change_page", "publish_page", "unlock_page"],
    MANAGER: ["add_page", "change_page", "publish_page", "unlock_page", "lock_page"],
}
_COLLECTION_PERMISSIONS = {
    FACILITATOR: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}
_COLLECTION_PERMISSIONS[MANAGER] = _COLLECTION_PERMISSIONS[FACILITATOR]

# Model permissions ("app_label.codename") per role; apps add theirs through grant().
_MODEL_PERMISSIONS = {
    MENTOR: set(),
    COACH: set(),
    EVALUATOR: set(),
    # Both translate curriculum and briefings (wagtail-localize's "Translate this page").
    FACILITATOR: {"wagtailadmin.access_admin", "wagtail_localize.submit_translation"},
    MANAGER: {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "users.add_user",
        "users.change_user",
        "users.view_user",
        "users.add_cohort",
        "users.change_cohort",
        "users.delete_cohort",
        "users.view_cohort",
    },
}


def grant(role, *permissions):
    """Declare that `role` needs these model permissions ("app_label.codename")."""
    _MODEL_PERMISSIONS[role].update(permissions)


def role_names(user):
    """The set of role names a user holds, read once per request and kept on the user object."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        names = set(user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True))
        if user.is_superuser:
            names.add(MANAGER)
        cached = user._role_names = frozenset(names)
    return cached


def has_role(user, *roles):
    return bool(role_names(user).intersection(roles))


def is_staff_member(user):
    """Facilitators and the programme manager: they see everyone's progress."""
    return has_role(user, *STAFF_ROLES)


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_roles():
    """Create the five groups and give each exactly the permissions its role needs (idempotent)."""
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
        Workflow,
    )

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ALL_ROLES}
    for name, permissions in _MODEL_PERMISSIONS.items():
        groups[name].permissions.set([_permission(p) for p in sorted(permissions)])

    root_page = Page.get_first_root_node()
    if root_page is not None:
        for name, codenames in _PAGE_PERMISSIONS.items():
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=groups[name], page=root_page, permission=_permission(f"wagtailcore.{codename}")
                )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for name, permissions in _COLLECTION_PERMISSIONS.items():
            for dotted in permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root_collection, permission=_permission(dotted)
                )

    # Facilitators and the manager approve pages submitted to Wagtail's moderation workflow.
    for workflow in Workflow.objects.filter(active=True):
        for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow, active=True):
            task.groups.add(groups[FACILITATOR], groups[MANAGER])
    return groups


def ensure_roles_after_migrate(app_config, using="default", **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    # post_migrate reaches apps one by one; make sure every app's permissions exist before granting.
    for config in apps.get_app_configs():
        create_contenttypes(config, verbosity=0, using=using)
        create_permissions(config, verbosity=0, using=using)
    ensure_roles()

from . import roles as role_rules


def roles(request):
    """Role flags for templates, so navigation shows each person only what they may use."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    names = role_rules.role_names(user)
    staff = bool(names.intersection(role_rules.STAFF_ROLES))
    return {
        "user_roles": [role_rules.ROLE_LABELS[name] for name in role_rules.ALL_ROLES if name in names],
        "is_staff_member": staff,
        "is_coach": role_rules.COACH in names,
        "is_mentor": role_rules.MENTOR in names,
        "is_manager": role_rules.MANAGER in names,
        # The evaluation unit's pages (results, research export): evaluators and the programme manager.
        "is_evaluator": bool(names.intersection(role_rules.EVALUATION_ROLES)),
        # Only the staff roles (superusers count as managers) are granted the admin: roles.py, held by
        # tests/mentorsite/test_roles.py. So a mentor's or coach's page spends no two queries loading every
        # permission to find that out.
        "can_use_admin": staff and user.has_perm("wagtailadmin.access_admin"),
        # Signed in, but the second factor is still to give: the header then offers only "Log out".
        "second_factor_pending": getattr(request, "second_factor_pending", False),
    }

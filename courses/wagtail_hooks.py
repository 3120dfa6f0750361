from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import Enrolment, SeminarSession
from mentorsite.users.admin_menu import StaffMenuItem


class EnrolmentViewSet(ModelViewSet):
    """Who follows which track. The programme manager enrols people here (Wagtail admin > Enrolments)."""

    model = Enrolment
    icon = "list-ul"
    menu_label = _("Enrolments")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["user", "track", "enrolled_on"]
    list_filter = ["track", "user__cohort"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    form_fields = ["user", "track", "enrolled_on"]


@hooks.register("register_admin_viewset")
def register_enrolment_viewset():
    return EnrolmentViewSet("enrolments")


class SeminarSessionViewSet(ModelViewSet):
    """Seminar days per cohort. Facilitators and the manager plan them here (Wagtail admin > Seminar days)."""

    # The primary key is the link to the Session row; ids in URLs are whole numbers (anything else is a 404).
    pk_path_converter = "int"

    model = SeminarSession
    icon = "date"
    menu_label = _("Seminar days")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["title", "starts_at", "venue", "cohort", "status"]
    # By day: a date-time filter with a year such as 0001 overflowed converting it to UTC (a 500 on SQLite).
    list_filter = {
        "cohort": ["exact"],
        "seminar": ["exact"],
        "starts_at": ["date__gte", "date__lte"],
        "status": ["exact"],
    }
    search_fields = ["title", "venue"]
    form_fields = ["seminar", "cohort", "day", *SeminarSession.ADMIN_FORM_FIELDS, "status"]


@hooks.register("register_admin_viewset")
def register_seminar_session_viewset():
    return SeminarSessionViewSet("seminar_days")


@hooks.register("register_admin_menu_item")
def register_progress_overview_menu_item():
    return StaffMenuItem(_("Progress overview"), reverse("courses:progress_overview"), icon_name="table", order=230)


@hooks.register("register_admin_menu_item")
def register_briefings_to_review_menu_item():
    return StaffMenuItem(
        _("Briefings to review"), reverse("courses:briefings_due_for_review"), icon_name="warning", order=235
    )


@hooks.register("register_admin_menu_item")
def register_knowledge_checks_menu_item():
    return StaffMenuItem(_("Knowledge checks"), reverse("courses:knowledge_checks"), icon_name="tasks", order=236)


def _protected_by(page):
    """What keeps `page` (or a page below it) from being deleted: the protected objects' descriptions, or []."""
    from django.db import router
    from django.db.models.deletion import Collector, ProtectedError, RestrictedError

    pages = list(page.get_descendants(inclusive=True).specific())
    collector = Collector(using=router.db_for_write(type(page)))
    try:
        collector.collect(pages)
    except (ProtectedError, RestrictedError) as error:
        objects = getattr(error, "protected_objects", None) or getattr(error, "restricted_objects", [])
        return sorted({f"{obj._meta.verbose_name}: {obj}" for obj in objects})
    return []


@hooks.register("before_delete_page")
def refuse_deleting_a_page_that_records_depend_on(request, page):
    """A track with certificates or a seminar with planned days cannot be deleted (the database refuses, which
    was a server error): the manager is told why and keeps the page; unpublishing takes it off the site."""
    from django.contrib import messages
    from django.shortcuts import redirect

    blocking = _protected_by(page)
    if not blocking:
        return None
    shown = ", ".join(blocking[:5]) + ("…" if len(blocking) > 5 else "")
    messages.error(
        request,
        _("“%(title)s” cannot be deleted: these records depend on it (%(records)s). Unpublish it instead.")
        % {"title": page.get_admin_display_title(), "records": shown},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)

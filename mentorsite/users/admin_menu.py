"""Admin menu items for staff: the front-end pages that facilitators and the programme manager reach from the admin."""

from wagtail.admin.menu import MenuItem

from .roles import is_staff_member


class StaffMenuItem(MenuItem):
    """A Wagtail admin menu item shown to facilitators and the programme manager only."""

    def is_shown(self, request):
        return is_staff_member(request.user)

"""Who may delete pages: the programme manager only. Facilitators unpublish instead.

Wagtail 8 has no page permission for deleting: whoever may edit a page may delete it (and, with publish
permission, a live one too), in the editor, the page listing and the bulk actions alike. A deleted page
takes with it whatever only hangs off it, so deleting is kept to the role that answers for the programme's
records. Every page model of the project takes `PagePermissionsMixin` (tests/courses/test_deleting_pages.py
fails for one that does not).
"""

from wagtail.models import PagePermissionTester

from mentorsite.users.roles import MANAGER, has_role


class PagePermissions(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        return has_role(self.user, MANAGER) and super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        # Wagtail decides moves with its deletion rule; a move keeps the page and all that refers to it, so
        # whoever may edit and publish the pages (facilitators too) still reorganises the curriculum.
        return super().can_delete(ignore_bulk=True)


class PagePermissionsMixin:
    """For every page model: Wagtail asks the page itself what a user may do with it."""

    def permissions_for_user(self, user):
        return PagePermissions(user, self)

"""What people may do with pages beyond Wagtail's group permissions: who deletes, and who publishes directly.

Deleting: Wagtail 8 has no page permission for deleting: whoever may edit a page may delete it (and, with
publish permission, a live one too), in the editor, the page listing and the bulk actions alike. A deleted
page takes with it whatever only hangs off it, so deleting is kept to the role that answers for the
programme's records.

Publishing: where a moderation workflow applies (the curriculum, see courses/models/review.py), a
facilitator submits the page and someone else approves it; only the programme manager publishes around the
workflow. Wagtail itself lets anyone with publish permission skip the workflow, so the rule is kept here.

Every page model of the project takes `PagePermissionsMixin` (tests/courses/test_deleting_pages.py fails for
one that does not).
"""

from wagtail.models import PagePermissionTester

from mentorsite.users.roles import MANAGER, has_role


def _is_synced_translation(page):
    """A page wagtail-localize keeps as the translation of a source page (edited in the translation editor).

    Its text is the reviewed source's, segment by segment, and the translation editor has no moderation step,
    so translators publish it themselves.
    """
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


class PagePermissions(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        return has_role(self.user, MANAGER) and super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        # Wagtail decides moves with its deletion rule; a move keeps the page and all that refers to it, so
        # whoever may edit and publish the pages (facilitators too) still reorganises the curriculum.
        return super().can_delete(ignore_bulk=True)

    def _publishes_around_workflows(self):
        return self.user.is_superuser or has_role(self.user, MANAGER)

    def can_publish(self):
        allowed = super().can_publish()
        if not allowed or self._publishes_around_workflows():
            return allowed
        return self.page.get_workflow() is None or _is_synced_translation(self.page)

    def can_publish_subpage(self):
        # Creating and publishing in one go: not below a reviewed page, nor as a page type that comes under
        # review as it is created (a page model says so with `under_review_from_creation = True`).
        allowed = super().can_publish_subpage()
        if not allowed or self._publishes_around_workflows():
            return allowed
        children = self.page.specific_class.creatable_subpage_models()
        if any(getattr(model, "under_review_from_creation", False) for model in children):
            return False
        return self.page.get_workflow() is None


class PagePermissionsMixin:
    """For every page model: Wagtail asks the page itself what a user may do with it."""

    def permissions_for_user(self, user):
        return PagePermissions(user, self)

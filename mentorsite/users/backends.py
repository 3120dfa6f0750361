"""Authentication backends."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ModelBackendWithProfile(ModelBackend):
    """Django's ModelBackend; the signed-in person comes with their Wagtail profile, which holds their language.

    Every request reads the person's language (PreferredLanguageMiddleware); joining the profile here saves a
    query on each of them.
    """

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("wagtail_userprofile").get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

from django.contrib.auth.views import redirect_to_login
from wagtail import hooks

from .viewsets import cohort_viewset


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return cohort_viewset


@hooks.register("before_serve_document")
def documents_need_sign_in(document, request):
    """Handouts and presentations are for people in the programme, never for the open internet."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None

"""Middleware of the users app: the second factor, required before any protected page."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from .two_factor import has_confirmed_device, second_factor_required


class SecondFactorRequiredMiddleware:
    """A signed-in person who needs a second factor and has not given it reaches only the pages that let
    them give it (or set it up), log out, or the public pages that need no login at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        # Kept on the request so pages shown meanwhile (the code form itself) offer no links that only lead back.
        pending = user.is_authenticated and not user.is_verified() and second_factor_required(user)
        request.second_factor_pending = pending
        if pending and not self._open(request.path_info):
            target = "two_factor_verify" if has_confirmed_device(user) else "two_factor_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _open(path):
        open_prefixes = (
            reverse("two_factor_setup"),
            reverse("two_factor_verify"),
            reverse("logout"),
            reverse("wagtailadmin_logout"),
            reverse("health"),
            "/verify/",
            "/static/",
        )
        return path.startswith(open_prefixes)

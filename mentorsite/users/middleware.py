"""Middleware of the users app: sessions that end when idle, and the second factor before any protected page."""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from .languages import language_of
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


class IdleTimeoutSessionMiddleware(SessionMiddleware):
    """Django's session middleware, saving a session (which moves its idle timeout on) at most once a minute.

    With SESSION_SAVE_EVERY_REQUEST every request wrote the session to the database and the cache: an UPDATE
    and a cache write on every page. Now a request that changed nothing saves it only when the expiry was last
    moved SESSION_REFRESH_SECONDS or more ago, so a session ends after between 29 and 30 idle minutes instead
    of exactly 30. Requests a page sends by itself (Wagtail's page editor pings every few seconds while an edit
    page is open) never count as activity, or a forgotten admin tab would stay signed in for ever.
    """

    BACKGROUND_PREFIXES = ("/admin/editing-sessions/",)
    MOVED_AT = "_expiry_moved_at"

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if session is not None and not session.modified:
            if request.path_info.startswith(self.BACKGROUND_PREFIXES):
                return response  # neither saved nor re-sent: the expiry stays where the last real request put it
            if not session.is_empty():
                now = int(time.time())
                if now - session.get(self.MOVED_AT, 0) < settings.SESSION_REFRESH_SECONDS:
                    return response  # the expiry moved on less than a minute ago
                session[self.MOVED_AT] = now
        elif session is not None and not session.is_empty():  # written anyway: note when (never on a logout)
            session[self.MOVED_AT] = int(time.time())
        return super().process_response(request, response)


class PreferredLanguageMiddleware:
    """Speak to a signed-in person in their own language (their account page sets it), whatever the browser says.

    Runs after LocaleMiddleware, which has already chosen by the language cookie (the switch on the login page)
    or the browser's Accept-Language for everyone else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            language = language_of(user)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)

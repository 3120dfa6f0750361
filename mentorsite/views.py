"""Views that belong to the platform as a whole: the load balancer's health check, images, the error pages."""

import logging
import mimetypes
import re
import sys

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError, connection, transaction
from django.http import FileResponse, Http404, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    ping = getattr(cache, "ping", None)
    if ping is not None:
        ping()  # Redis: raises when unreachable (the forgiving cache would otherwise hide the outage)
        return
    cache.set("health-check", "ok", timeout=5)
    if cache.get("health-check") != "ok":
        raise RuntimeError("the cache did not keep a value")


# Outside ATOMIC_REQUESTS: opening the request's transaction needs a connection, so with the database down the
# view would never run and the load balancer would get the HTML error page instead of this JSON answer.
@transaction.non_atomic_requests
@never_cache
@require_GET
def health(request):
    """For the load balancer: 200 when this app server reaches the database and the cache, else 503.

    A cache outage is reported but does not take the server out of rotation on its own: pages still work
    without Redis, so only a database failure answers 503. The answer names no hosts and no errors.
    """
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            check()
            checks[name] = "ok"
        except Exception:  # any failure of a dependency is a failed check; the details go to the log
            logger.exception("Health check of the %s failed", name)
            checks[name] = "failing"
    status = 503 if checks["database"] != "ok" else 200
    return JsonResponse({"status": "ok" if status == 200 else "failing", "checks": checks}, status=status)


def server_error(request):
    """handler500: a plain 503 when the database could not be reached, Django's plain 500 page otherwise.

    Django calls this inside the except block of the failed request, so sys.exc_info() is its error.
    Neither page touches the database or the user.
    """
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = HttpResponseServerError(loader.get_template("503.html").render())
        response.status_code = 503
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


# Wagtail's image folders (originals, renditions, staff avatars), each flat. Documents are not among them:
# they are served by Wagtail's document view, which checks who asks.
_IMAGE_FILE = re.compile(r"^(?:original_images|images|avatar_images)/[\w.-]+\Z")


@login_required
@require_GET
def media_image(request, path):
    """Uploaded images, for signed-in people, read through the storage API in every environment.

    WhiteNoise serves only the collected static files, so without this view images would be missing wherever
    DEBUG is off. Reading through the storage keeps it working when media move to object storage. Images
    may show people (a seminar photo), hence the login; nothing else under MEDIA_ROOT is served.
    """
    if not _IMAGE_FILE.match(path) or ".." in path or not default_storage.exists(path):
        raise Http404
    content_type = mimetypes.guess_type(path)[0]
    if content_type is None or not content_type.startswith("image/") or content_type == "image/svg+xml":
        raise Http404
    response = FileResponse(default_storage.open(path), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response

"""Project-wide middleware: request ids, the Content-Security-Policy split, and no caching of private pages."""

import re
import uuid

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_vary_headers

from mentorsite import request_context

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Gives every request an id, sent back as X-Request-ID and written to the audit trail and the logs.

    An id set by the load balancer (when TRUSTED_PROXY_COUNT says there is one) is kept when it looks like one,
    so a request can be followed across both.
    It also runs the request's writes that must outlive its transaction (see request_context.write_after).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only a trusted proxy may name the request: a client could otherwise file its requests in the audit
        # trail under an id of its choosing.
        offered = request.headers.get("X-Request-ID", "") if settings.TRUSTED_PROXY_COUNT else ""
        request.request_id = offered if _REQUEST_ID.match(offered) else uuid.uuid4().hex
        token = request_context.current_request.set(request)
        request.writes_after_transaction = []
        try:
            response = self.get_response(request)
            request_context.run_writes_after_transaction(request)
        finally:
            request_context.current_request.reset(token)
        response["X-Request-ID"] = request.request_id
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two policies: the strict one everywhere, ADMIN_CSP under the Wagtail admin only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = default_config(settings.ADMIN_CSP["DIRECTIVES"])
        return parts


class PrivatePagesNotCachedMiddleware:
    """Every page shown to a signed-in person is personal: no browser or proxy may keep a copy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            response["Cache-Control"] += ", private"
            patch_vary_headers(response, ["Cookie"])
        return response

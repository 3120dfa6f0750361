from django.utils.cache import add_never_cache_headers, patch_vary_headers


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

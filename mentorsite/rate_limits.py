"""Counting requests in the shared cache (Redis), so every app server counts together.

Used by the password reset, the public certificate check and the public application form.
"""

from django.core.cache import cache


def over_limit(key, limit, window_seconds):
    """Counts one more request under `key` in this window; True once there were more than `limit`.

    While Redis is down every request counts as the first (the counter cannot be read): the page keeps
    working, unlimited, rather than failing for everyone.
    """
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr, or the cache is unreachable
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count > limit

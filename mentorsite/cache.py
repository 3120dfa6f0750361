"""A Redis cache that keeps the platform working while Redis is down.

Everything the platform keeps in the cache can be rebuilt from the database (sessions are `cached_db`,
login failures are counted in the database), so an unreachable Redis must cost speed, never a page. Each
cache call that fails to reach Redis is logged and answered as a cache miss.
"""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)


def _forgiving(method_name, default_factory):
    def call(self, *args, **kwargs):
        try:
            return getattr(super(ForgivingRedisCacheClient, self), method_name)(*args, **kwargs)
        except self._lib.exceptions.RedisError as error:
            logger.warning("Cache unavailable, %s answered as a miss: %s", method_name, error)
            return default_factory(*args)

    call.__name__ = method_name
    return call


class ForgivingRedisCacheClient(RedisCacheClient):
    add = _forgiving("add", lambda *args: False)
    get = _forgiving("get", lambda key, default: default)
    set = _forgiving("set", lambda *args: None)
    touch = _forgiving("touch", lambda *args: False)
    delete = _forgiving("delete", lambda *args: False)
    get_many = _forgiving("get_many", lambda *args: {})
    has_key = _forgiving("has_key", lambda *args: False)
    set_many = _forgiving("set_many", lambda *args: [])
    delete_many = _forgiving("delete_many", lambda *args: None)
    clear = _forgiving("clear", lambda *args: False)

    def incr(self, key, delta):
        try:
            return super().incr(key, delta)
        except self._lib.exceptions.RedisError as error:
            # Counters (rate limits) cannot be answered from nothing; callers treat ValueError as "no count".
            logger.warning("Cache unavailable, incr failed: %s", error)
            raise ValueError("cache unavailable") from error

    def ping(self):
        """Raises when Redis cannot be reached: the health endpoint reports it."""
        return self.get_client(write=True).ping()


class ForgivingRedisCache(RedisCache):
    """Django's RedisCache with ForgivingRedisCacheClient; settings as for RedisCache."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient

    def ping(self):
        return self._cache.ping()

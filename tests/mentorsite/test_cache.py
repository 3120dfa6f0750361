"""The production cache against a real Redis, and against a Redis that is not there."""

import socket
import uuid

import pytest
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import caches
from django.test import Client, override_settings
from django.urls import reverse

from mentorsite.cache import ForgivingRedisCache
from tests.helpers import sign_in

REDIS_URL = "redis://127.0.0.1:6379/15"


def redis_is_running():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free once the socket closes: nothing listens there


OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


def cache_at(location):
    return ForgivingRedisCache(location, {"OPTIONS": OPTIONS, "KEY_PREFIX": uuid.uuid4().hex})


@pytest.mark.skipif(not redis_is_running(), reason="no Redis on 127.0.0.1:6379 (CI machines run one)")
def test_with_redis_running_the_cache_keeps_and_counts():
    cache = cache_at(REDIS_URL)
    cache.set("greeting", {"text": "hej"}, 30)
    assert cache.get("greeting") == {"text": "hej"}
    cache.add("counter", 0, 30)
    assert cache.incr("counter") == 1
    assert cache.ping()
    cache.delete("greeting")
    assert cache.get("greeting", "gone") == "gone"


def test_with_redis_gone_every_call_is_a_miss_and_nothing_raises():
    cache = cache_at(f"redis://127.0.0.1:{closed_port()}/0")
    cache.set("greeting", "hej", 30)
    assert cache.get("greeting", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("a", 1) is False
    cache.delete("greeting")
    with pytest.raises(ValueError):
        cache.incr("counter")
    with pytest.raises(Exception):  # noqa: B017 - the health check wants any failure to reach it
        cache.ping()


@pytest.mark.django_db
def test_with_redis_gone_signed_in_people_stay_signed_in_and_pages_work(mentor, lesson):
    broken = {
        "default": {
            "BACKEND": "mentorsite.cache.ForgivingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": OPTIONS,
        }
    }
    with override_settings(CACHES=broken, SESSION_ENGINE="django.contrib.sessions.backends.cached_db"):
        assert isinstance(caches["default"], ForgivingRedisCache)
        client = sign_in(Client(), mentor)
        assert isinstance(client.session, SessionStore)
        assert client.get(reverse("courses:dashboard")).status_code == 200
        assert client.get(lesson.url).status_code == 200
        health = client.get(reverse("health"))
        assert health.status_code == 200 and health.json()["checks"]["cache"] == "failing"

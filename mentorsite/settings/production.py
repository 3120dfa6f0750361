"""Production settings: everything comes from the environment, and start-up fails when a key is missing.

See README.md, "Running in production", for every variable and the commands that run the app servers,
the task worker and the scheduled jobs.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


def env_flag(name, default):
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
IS_PRODUCTION = True
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin.strip()
]
# base.py already parsed DATABASE_URL; production must not fall back to the SQLite default.
required_env("DATABASE_URL")
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
WAGTAILADMIN_BASE_URL = required_env("WAGTAILADMIN_BASE_URL")

# How many proxies (load balancer, TLS terminator) stand in front of the app servers: 0 when none. The
# client address for login throttling and the audit trail is read through exactly that many of them.
TRUSTED_PROXY_COUNT = int(required_env("TRUSTED_PROXY_COUNT"))
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    # The proxy terminates TLS and says so in this header (and strips it from what clients send).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", "true")
# Turn off only where no TLS exists at all (the one-machine trial in the README, on 127.0.0.1).
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", "true")

# The cache is on Redis; sessions are written to the database and read through the cache (cached_db), so a
# Redis outage logs nobody out. ForgivingRedisCache answers a cache miss while Redis is unreachable.
CACHES = {
    "default": {
        "BACKEND": "mentorsite.cache.ForgivingRedisCache",
        "LOCATION": required_env("REDIS_URL"),
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Tasks are stored in the database and run by `manage.py db_worker` (one or more worker processes).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Static files are collected (`manage.py collectstatic`) and served by WhiteNoise with hashed names.
STATIC_ROOT = os.environ.get("STATIC_ROOT", STATIC_ROOT)  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: SMTP unless EMAIL_BACKEND names another Django backend (the README's one-machine trial uses the console).
DEFAULT_FROM_EMAIL = required_env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
if EMAIL_BACKEND.endswith("smtp.EmailBackend"):
    EMAIL_HOST = required_env("EMAIL_HOST")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", "true")

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "mentors.example.org",
    "DATABASE_URL": "postgres://u@db/mentors",
    "REDIS_URL": "redis://cache:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://mentors.example.org",
    "TRUSTED_PROXY_COUNT": "1",
    "DEFAULT_FROM_EMAIL": "training@mentors.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def production_env(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in REQUIRED and k != "DJANGO_SETTINGS_MODULE"}
    env.update({k: v for k, v in {**REQUIRED, **overrides}.items() if v is not None})
    return env


def import_production(**overrides):
    return subprocess.run(  # noqa: S603 - fixed command, our own interpreter
        [sys.executable, "-c", "import mentorsite.settings.production as s; print(s.ALLOWED_HOSTS, s.IS_PRODUCTION)"],
        cwd=ROOT,
        env=production_env(**overrides),
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_start_with_everything_set():
    result = import_production()
    assert result.returncode == 0, result.stderr
    assert "['mentors.example.org'] True" in result.stdout


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_settings_refuse_to_start_without(missing):
    result = import_production(**{missing: None})
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set" in result.stderr


def test_deploy_check_reports_nothing_under_production_settings():
    result = subprocess.run(  # noqa: S603 - fixed command, our own interpreter
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**production_env(), "DJANGO_SETTINGS_MODULE": "mentorsite.settings.production"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_uses_cached_db_sessions_the_forgiving_redis_cache_and_the_task_worker():
    result = subprocess.run(  # noqa: S603 - fixed command, our own interpreter
        [
            sys.executable,
            "-c",
            "import mentorsite.settings.production as s; "
            "print(s.SESSION_ENGINE, s.CACHES['default']['BACKEND'], s.TASKS['default']['BACKEND'], "
            "s.AXES_IPWARE_PROXY_COUNT, s.SESSION_COOKIE_SECURE, s.STORAGES['staticfiles']['BACKEND'])",
        ],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.contrib.sessions.backends.cached_db",
        "mentorsite.cache.ForgivingRedisCache",
        "django_tasks_db.DatabaseBackend",
        "1",
        "True",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]


def test_the_benchmarks_reference_pages_are_never_served_in_production():
    """The bare template view and the stock Wagtail page exist only under settings/bench.py (make bench)."""
    result = subprocess.run(  # noqa: S603 - fixed command, our own interpreter
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; from django.urls import resolve; "
            "print('mentorsite.bench' in settings.INSTALLED_APPS, settings.ROOT_URLCONF, "
            "resolve('/bench/bare/').url_name)",
        ],
        cwd=ROOT,
        env={**production_env(), "DJANGO_SETTINGS_MODULE": "mentorsite.settings.production"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Outside the bench the address falls through to Wagtail's page serving, which finds no such page.
    assert result.stdout.split() == ["False", "mentorsite.urls", "wagtail_serve"]

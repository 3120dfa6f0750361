import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "mentors.example.org", "DATABASE_URL": "postgres://u@db/mentors"}


def import_production(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in REQUIRED}
    env.update({k: v for k, v in {**REQUIRED, **overrides}.items() if v is not None})
    return subprocess.run(  # noqa: S603 - fixed command, our own interpreter
        [sys.executable, "-c", "import mentorsite.settings.production as s; print(s.ALLOWED_HOSTS, s.IS_PRODUCTION)"],
        cwd=ROOT,
        env=env,
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

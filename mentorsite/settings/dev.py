"""Development settings: `make run`. Never used in production (seed_demo refuses to run there)."""

from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine here: the development server only listens on 127.0.0.1.
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

"""Settings shared by every environment. dev, test and production import this and change what differs."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from wagtail.embeds import oembed_providers

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    # Our apps first, so their templates and static files win over the defaults.
    "mentorsite.users",
    "mentorsite.audit",
    "mentorsite.scheduling",
    "mentorsite.scheduler",
    "mentorsite.home",
    "mentorsite.search",
    "courses",
    "networking",
    "supervision",
    "mentoring",
    # Translation of pages segment by segment, with "out of date" marks when the source changes; its locales
    # app replaces Wagtail's own locale management in the admin.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "mentorsite.users.apps.CustomUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles, so runserver serves static files the way the app servers do in production.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "mentorsite.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "mentorsite.middleware.ContentSecurityPolicyMiddleware",
    # Django's SessionMiddleware, but Wagtail's editor pings do not keep an idle session alive.
    "mentorsite.users.middleware.IdleTimeoutSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "mentorsite.users.middleware.SecondFactorRequiredMiddleware",
    # After authentication: a signed-in person's own language wins over the browser's.
    "mentorsite.users.middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "mentorsite.middleware.PrivatePagesNotCachedMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "mentorsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mentorsite.users.context_processors.roles",
            ],
        },
    },
]

WSGI_APPLICATION = "mentorsite.wsgi.application"

# SQLite by default so a newcomer needs nothing but Python; DATABASE_URL selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A connection kept open is checked before reuse, so the app recovers by itself after a database restart.
        conn_health_checks=True,
    )
}
# Each request is one transaction: a request that fails half-way (the database gone mid-request, an error)
# leaves nothing half-written, and the audit trail is written in the same transaction as the change it records.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite, the default, set up for a web server's concurrent requests: readers never wait for the writer
    # (WAL), a transaction takes the write lock when it begins (IMMEDIATE: a transaction that first reads and
    # then writes cannot fail half-way with "database is locked"), and a writer waits its turn for up to 20 s.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search backend uses PostgreSQL full-text search when this app is present.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "users.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out account or address before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend, loading each signed-in person's language preference with them (no query of its own).
    "mentorsite.users.backends.ModelBackendWithProfile",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "courses:dashboard"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Danish and English are both first-class (locale/da/, locale/GLOSSARY.md). LANGUAGE_CODE is the programme's
# default language: it speaks to anyone who has not chosen one and whose browser asks for neither. Each person
# chooses their own on their account page (Wagtail's user profile keeps it, so the admin follows it too).
LANGUAGE_CODE = os.environ.get("PROGRAMME_LANGUAGE", "da")
LANGUAGES = [("da", _("Danish")), ("en", _("English"))]
# Ours first; then the Danish that Wagtail's and wagtail-localize's own catalogues lack (locale-wagtail/), so the
# admin is Danish throughout.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-wagtail"]
USE_I18N = True
# Dates as Danes write them ("1. december 2026 kl. 09.30"); English keeps Django's formats.
FORMAT_MODULE_PATH = ["mentorsite.formats"]
# The language switch before login remembers the choice in a cookie that pages' scripts never need.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# The admin offers the same two languages as the rest of the platform.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
USE_TZ = True
# Times are stored in UTC and shown in the programme's time zone.
TIME_ZONE = os.environ.get("PROGRAMME_TIME_ZONE", "Europe/Copenhagen")

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Rendered PDFs: private, outside MEDIA_ROOT (served only through views that check who asks).
    "documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": BASE_DIR / "private-documents", "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex lesson pages can exceed Django's default of 1000 fields in Wagtail's editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Sessions live in the database (never only in the cache), so a cache outage logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# No script reads the CSRF cookie (forms carry the token, Wagtail's admin takes it from the page).
CSRF_COOKIE_HTTPONLY = True
# Idle timeout: a session ends after this many minutes without a request (requests move the expiry on).
SESSION_IDLE_TIMEOUT_MINUTES = int(os.environ.get("SESSION_IDLE_TIMEOUT_MINUTES", "30"))
SESSION_COOKIE_AGE = SESSION_IDLE_TIMEOUT_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
# ...but at most once this many seconds for a request that changed nothing (users/middleware.py says why).
SESSION_REFRESH_SECONDS = 60
# Django already gives a new session key at login and ends every other session when the password changes
# (the session carries a hash of the password); password_change keeps only the session that changed it.

# Login throttling (django-axes). Failures are counted in the database, shared by every app server, and lock
# both the account and the address. The client address comes from REMOTE_ADDR, or from X-Forwarded-For when
# TRUSTED_PROXY_COUNT says how many proxies (a load balancer) stand in front of the app servers.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_HANDLER = "mentorsite.users.login_throttling.AccountOnlyResetHandler"
AXES_VERBOSE = False
# Cut to the width of axes' tables: a username of 256 characters or more made its insert fail (a 500).
AXES_USERNAME_CALLABLE = "mentorsite.users.login_throttling.attempted_username"
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

# Two-factor authentication (django-otp): required for these roles, optional for mentors.
OTP_TOTP_ISSUER = "Mentor training"
SECOND_FACTOR_REQUIRED_ROLES = ["Mentor coach", "Facilitator", "Programme manager", "Evaluator"]

# Security headers. Strict Content-Security-Policy on the front end; the Wagtail admin gets ADMIN_CSP
# (mentorsite.middleware.ContentSecurityPolicyMiddleware), because it still relies on inline scripts and styles.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Lessons may embed videos (VideoBlock) from these providers only: the editor's embed finder knows no others,
# and the policies below let pages frame nothing else. Videos come from the provider at viewing time, the one
# thing a page may fetch from elsewhere; set VIDEO_EMBED_ORIGINS to "" where the network must allow none.
VIDEO_EMBED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get(
        "VIDEO_EMBED_ORIGINS", "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com"
    ).split(",")
    if origin.strip()
]
WAGTAILEMBEDS_FINDERS = (
    [{"class": "wagtail.embeds.finders.oembed", "providers": [oembed_providers.youtube, oembed_providers.vimeo]}]
    if VIDEO_EMBED_ORIGINS
    else []
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "frame-src": VIDEO_EMBED_ORIGINS or ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ADMIN_CSP = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *VIDEO_EMBED_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # The admin's live preview shows pages in an iframe of the admin itself.
        "frame-ancestors": ["'self'"],
    }
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background work goes through Django's Tasks API (the django-tasks backport Wagtail depends on).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "mentor-training@localhost")

# Wagtail
WAGTAIL_SITE_NAME = "Mentor training"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Refuses, with a message, an upload that Pillow cannot decode in full (a truncated GIF was a server error).
WAGTAILIMAGES_IMAGE_FORM_BASE = "mentorsite.image_forms.ImageForm"
# Documents are served as downloads from the app (never inline), with their permission checks.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Request bodies outside file uploads stay small; uploads above are checked per file type.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Curriculum and briefings exist in both languages as translations of one another (wagtail-localize); a person
# sees each page in their language and the source language where no translation is live.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Facilitators translate by hand; no machine translation service is configured (nothing leaves the platform).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# No avatars from Gravatar: the admin would send a hash of each editor's email address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Facilitators work with the moderation workflow; keep Wagtail's default of workflows on.
WAGTAIL_WORKFLOW_ENABLED = True
# Approving the last step publishes the page even though the approver may not publish it directly
# (facilitators approve colleagues' lessons; see mentorsite/page_permissions.py).
# Autosave off. Wagtail's autosave posts the whole editor form as JSON on every pause in typing: on a new page
# it is refused (HTTP 400) until every required field is filled, which a facilitator writing a briefing meets
# on every page they create, and once it is accepted it creates the page as a draft behind their back. Edits
# are kept by Save draft, and leaving the editor with unsaved changes still asks first.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAIL_FINISH_WORKFLOW_ACTION = "mentorsite.workflows.publish_approved"

# Only production.py sets this; commands that load invented demo people refuse to run when it is True.
IS_PRODUCTION = False

# Programme settings
PROGRESS_OVERVIEW_PAGE_SIZE = 25
# Training hours a seminar day counts for on certificates.
SEMINAR_DAY_HOURS = 6
# The public application form (/apply/): at most this many applications per client address per hour, counted in
# the shared cache so every app server counts together; one per e-mail address per day in any case.
APPLICATIONS_PER_CLIENT_PER_HOUR = int(os.environ.get("APPLICATIONS_PER_CLIENT_PER_HOUR", "5"))
# A refresher is assigned, and its holder reminded, this many days before their certificate lapses: three months
# leave time to book a refresher seminar day.
REFRESHER_NOTICE_DAYS = int(os.environ.get("REFRESHER_NOTICE_DAYS", "90"))
# Public certificate verification: at most this many lookups per client address per minute.
CERTIFICATE_VERIFY_RATE = 20
# Password reset requests in a window of PASSWORD_RESET_WINDOW_MINUTES: at most PASSWORD_RESET_LIMIT per e-mail
# address and per account, PASSWORD_RESET_CLIENT_LIMIT per client address (mentorsite/users/password_reset.py).
PASSWORD_RESET_LIMIT = int(os.environ.get("PASSWORD_RESET_LIMIT", "3"))
PASSWORD_RESET_CLIENT_LIMIT = int(os.environ.get("PASSWORD_RESET_CLIENT_LIMIT", "20"))
PASSWORD_RESET_WINDOW_MINUTES = int(os.environ.get("PASSWORD_RESET_WINDOW_MINUTES", "60"))
# The admin's "forgotten password" form resets the same, queued way as the front end's. (S105: the name says
# password, the value is a class path.)
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "mentorsite.users.password_reset.AdminQueuedPasswordResetForm"  # noqa: S105
# MITI coder calibration (supervision/calibration.py): a behaviour count agrees within this share of the model count
# (at least one); a coding passes with these shares of counts and globals agreeing; a coach is calibrated once
# codings of this many different reference transcripts pass, for this many months.
MITI_CALIBRATION_COUNT_TOLERANCE = float(os.environ.get("MITI_CALIBRATION_COUNT_TOLERANCE", "0.2"))
MITI_CALIBRATION_COUNTS_AGREEMENT = float(os.environ.get("MITI_CALIBRATION_COUNTS_AGREEMENT", "0.7"))
MITI_CALIBRATION_GLOBALS_AGREEMENT = float(os.environ.get("MITI_CALIBRATION_GLOBALS_AGREEMENT", "0.75"))
MITI_CALIBRATION_TRANSCRIPTS = int(os.environ.get("MITI_CALIBRATION_TRANSCRIPTS", "2"))
MITI_CALIBRATION_VALID_MONTHS = int(os.environ.get("MITI_CALIBRATION_VALID_MONTHS", "12"))
# The programme report leaves out MITI codings by coaches who were not calibrated on the day; "1" counts them too.
MITI_REPORT_INCLUDES_UNCALIBRATED = os.environ.get("MITI_REPORT_INCLUDES_UNCALIBRATED", "") == "1"
# A supervisee counts as overdue on the coach's dashboard after this many days without supervision.
SUPERVISION_INTERVAL_DAYS = int(os.environ.get("SUPERVISION_INTERVAL_DAYS", "42"))
# A mentoring agreement is reviewed this many months after the match or its last review (the report: every three).
MENTORING_REVIEW_INTERVAL_MONTHS = int(os.environ.get("MENTORING_REVIEW_INTERVAL_MONTHS", "3"))
# Reviews due within this many days stand on the manager's page and are sent as reminders.
MENTORING_REVIEW_NOTICE_DAYS = int(os.environ.get("MENTORING_REVIEW_NOTICE_DAYS", "14"))

# Logs go to standard error (gunicorn and the worker pass them on to the journal or the container log).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # Every line goes through this handler; calendar feed tokens and reset keys in paths (Django logs the path
    # of every 404) are replaced by a placeholder first (mentorsite/log_redaction.py).
    "filters": {"redact_secrets": {"()": "mentorsite.log_redaction.RedactSecrets"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact_secrets"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        app: {"handlers": ["console"], "level": "INFO", "propagate": False}
        for app in ("mentorsite", "courses", "supervision", "networking")
    },
}

# Retention, applied by `manage.py apply_retention` (run it daily). Periods in days.
RETENTION_DAYS = {
    # People who left the programme are pseudonymised this long after leaving (figures stay, names go).
    "leavers": int(os.environ.get("RETENTION_LEAVERS_DAYS", "365")),
    # The supervision access log (who opened which record).
    "record_accesses": int(os.environ.get("RETENTION_RECORD_ACCESSES_DAYS", "730")),
    # Failed and successful login records kept by django-axes.
    "login_records": int(os.environ.get("RETENTION_LOGIN_RECORDS_DAYS", "90")),
    # Finished report and certificate runs, with their files in private storage.
    "document_runs": int(os.environ.get("RETENTION_DOCUMENT_RUNS_DAYS", "30")),
    # Notifications shown on the dashboard.
    "notices": int(os.environ.get("RETENTION_NOTICES_DAYS", "180")),
    # Mentee cases closed (declined, withdrawn, ended and not matched again) this long ago are deleted with their
    # relationships, agreements and reviews; the figures of earlier reports stand in those reports.
    "closed_cases": int(os.environ.get("RETENTION_CLOSED_CASES_DAYS", str(5 * 365))),
    # Applicants who were not accepted (stopped, or withdrew) are deleted this long after the decision: about six
    # months, long enough to answer a complaint about the decision (mentoring/recruitment/privacy.py).
    "applicants": int(os.environ.get("RETENTION_APPLICANTS_DAYS", "183")),
}

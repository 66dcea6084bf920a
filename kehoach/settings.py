"""Settings, read from the environment with safe defaults for a laptop.

The same module serves a laptop (SQLite under var/) and a province's servers
(PostgreSQL through DATABASE_URL); nothing secret is kept in the repository.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("KEHOACH_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# A developer's machine (`make dev`, `make test` and the test runner set KEHOACH_DEV=1): DEBUG
# on unless DEBUG=false, and a throwaway key. Anywhere else DEBUG is off and the app refuses to
# start without a real SECRET_KEY, so a forgotten variable never serves debug pages; `make run`
# is "anywhere else", with the key it keeps in var/secret_key (kehoach/serve.py).
DEV = env_bool("KEHOACH_DEV", False)
if env_bool("DEBUG", False) and not DEV:
    raise ImproperlyConfigured("DEBUG=true is for a developer's machine: set KEHOACH_DEV=1 too")
DEBUG = DEV and env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Or read from a file the operator keeps out of the environment (`make run` generates
# var/secret_key once, mode 600, and keeps it: sessions survive a restart).
if not SECRET_KEY and os.environ.get("SECRET_KEY_FILE"):
    SECRET_KEY = Path(os.environ["SECRET_KEY_FILE"]).read_text(encoding="utf-8").strip()
if not SECRET_KEY:
    if not DEV:
        raise ImproperlyConfigured("SECRET_KEY must be set (KEHOACH_DEV=1 on a developer's "
                                   "machine uses a throwaway one)")
    SECRET_KEY = "laptop-only-insecure-key-" + str(BASE_DIR)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "auditlog",
    "kehoach",
    "units",
    "accounts",
    "plans",
    "documents",
    "records",
    "guidance",
    "search",
    "indicators",
    "exports",
    "api",
    "reporting",
    "signing",
    "guides",
    "demo",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the API docs' Swagger files itself: no CDN on a province network
]

MIDDLEWARE = [
    # First: a request larger than any upload is refused before anything reads its body.
    "kehoach.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML and JSON in brotli or gzip, as the browser accepts (kehoach.compression); static
    # files were answered above by WhiteNoise, already compressed.
    "kehoach.compression.CompressionMiddleware",
    # GET and HEAD read from the replica when DATABASE_REPLICA_URL names one.
    "kehoach.replica.ReadOnlyRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kehoach.middleware.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # After auth, messages and htmx: ends idle and old sessions, marks pages no-store.
    "accounts.middleware.SessionTimeoutMiddleware",
    # Then the log-in's second step, for those who set it up or must (accounts.two_factor).
    "accounts.middleware.TwoStepMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "axes.middleware.AxesMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, so its process_exception sees a busy database first and answers 503.
    "kehoach.middleware.BusyDatabaseMiddleware",
]

ROOT_URLCONF = "kehoach.urls"
# Select boxes written in Python rather than through three templates an option.
FORM_RENDERER = "kehoach.form_renderer.FormRenderer"
WSGI_APPLICATION = "kehoach.wsgi.application"
ASGI_APPLICATION = "kehoach.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "reporting.context_processors.notices",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'kehoach.sqlite3'}"),
        # A connection is kept for a minute and reused, checked before each request's first
        # query (CONN_HEALTH_CHECKS): no new connection per request, none dead after a restart.
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=env_bool("CONN_HEALTH_CHECKS", True),
    )
}
# SQLite as a single office's real database: the web server and the task runner write at the
# same time. WAL lets readers go on while one writes; IMMEDIATE takes the write lock when a
# transaction starts, so two transactions never both read and then fail to upgrade ("database
# is locked" with no wait); the busy timeout makes a writer wait its turn instead of failing.
SQLITE_BUSY_TIMEOUT = int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "transaction_mode": "IMMEDIATE",
        "timeout": SQLITE_BUSY_TIMEOUT,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    })
# A read replica for the read-only pages (kehoach.replica): GET requests read from it, writes
# and a browser's next REPLICA_PIN_SECONDS after a change go to the primary.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],
        conn_health_checks=DATABASES["default"]["CONN_HEALTH_CHECKS"])
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["kehoach.replica.ReplicaRouter"]
REPLICA_PIN_SECONDS = int(os.environ.get("REPLICA_PIN_SECONDS", "10"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# 12 to 128 characters, not like the user's name, not common or breached; no composition rules
# (ASVS 4.0.3 V2.1; accounts/passwords.py).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "accounts.passwords.MaximumLengthValidator"},
    {"NAME": "accounts.passwords.KnownPasswordValidator"},
]
LOGIN_URL = "login"
# People invited in the app get a link to set their password, valid this many days; a
# password reset link is valid PASSWORD_RESET_TIMEOUT seconds (accounts.invitations).
INVITATION_MAX_AGE_DAYS = int(os.environ.get("INVITATION_MAX_AGE_DAYS", "7"))
PASSWORD_RESET_TIMEOUT = int(os.environ.get("PASSWORD_RESET_TIMEOUT", str(3 * 3600)))
# "Quên mật khẩu?" sends at most this many e-mails an hour to one address, and takes this
# many requests an hour from one client address (accounts.ratelimit, in the cache).
PASSWORD_RESET_PER_ADDRESS = int(os.environ.get("PASSWORD_RESET_PER_ADDRESS", "3"))
PASSWORD_RESET_PER_CLIENT = int(os.environ.get("PASSWORD_RESET_PER_CLIENT", "10"))
# Two-step log-in (an authenticator app's code) required of administrators and coordinators;
# administrators can also switch it on in the app.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)
OTP_TOTP_ISSUER = "kehoach"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Lock-out after repeated failures, per user name and address together, so one
# office behind a shared address cannot lock out everybody else.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_CALLABLE = "accounts.views.lockout"
AXES_RESET_ON_SUCCESS = True
# The address is the client's, not a reverse proxy's: set TRUSTED_PROXY_COUNT to the number of
# proxies in front of the app that append to X-Forwarded-For (0: the header is never believed).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "kehoach.network.client_ip"
AXES_VERBOSE = False
# Every failed log-in is kept (axes' AccessFailureLog, which a success does not clear), for
# the administrators' audit page.
AXES_ENABLE_ACCESS_FAILURE_LOG = True

# A session ends after SESSION_IDLE_TIMEOUT seconds without a request, SESSION_ABSOLUTE_TIMEOUT
# seconds after its log-in whatever the activity (accounts.middleware), and when the browser
# closes. The server forgets it by then too.
SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", str(30 * 60)))
SESSION_ABSOLUTE_TIMEOUT = int(os.environ.get("SESSION_ABSOLUTE_TIMEOUT", str(12 * 3600)))
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# No inline script, handler or style anywhere (static/js/app.js does the pages' small
# behaviours from data attributes): a script injected into a page does not run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
    },
}

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
# Uploaded files (plans, product attachments, signed reports) outlive any one app server:
# a folder every server mounts (KEHOACH_MEDIA_ROOT), or an S3-compatible store when S3_BUCKET
# is set (django-storages; S3_ENDPOINT_URL for MinIO, Ceph or a provider's own).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if not os.environ.get("S3_BUCKET") else {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            "default_acl": None, "querystring_auth": True, "file_overwrite": False,
        },
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = Path(os.environ.get("KEHOACH_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "media/"

AUDITLOG_INCLUDE_ALL_MODELS = False

# Long work (reading a scanned plan) runs through Django's tasks framework. The database runner
# needs `manage.py db_worker` beside the web server (`make run` and `make dev` start both);
# TASKS_BACKEND "django_tasks.backends.immediate.ImmediateBackend" runs tasks inline, as the
# tests do.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
# Uploaded documents larger than this are refused with a message, before any parsing.
INGEST_MAX_BYTES = int(os.environ.get("INGEST_MAX_BYTES", str(20 * 1024 * 1024)))
# A background reading that has not moved for this long (seconds) died with its worker; the
# page says so and offers to read the file again. OCR moves once per page.
INGEST_STALE_AFTER = int(os.environ.get("INGEST_STALE_AFTER", str(15 * 60)))

# Uploads (README, "Uploads"). Each kind has its limit; the largest, plus room for the form's
# other fields, is the most any request may send: RequestSizeLimitMiddleware answers 413
# from the Content-Length header, before the body is read. The reverse proxy's
# client_max_body_size should say the same.
PRODUCT_FILE_MAX_BYTES = int(os.environ.get("PRODUCT_FILE_MAX_BYTES", str(20 * 1024 * 1024)))
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(10 * 1024 * 1024)))
REQUEST_MAX_BYTES = int(os.environ.get("REQUEST_MAX_BYTES", str(
    max(INGEST_MAX_BYTES, PRODUCT_FILE_MAX_BYTES, IMPORT_MAX_BYTES) + 1024 * 1024)))
# Django's own limits, stated: form fields (not files) in memory at most 2.5 MB, at most 1,000
# fields and 10 files a request; a file above 2.5 MB is spooled to disk, not kept in memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1_000
DATA_UPLOAD_MAX_NUMBER_FILES = 10
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Reporting (Decree 09/2019). The decree leaves the sending deadline to each regime; provinces
# commonly give units two working days after the data closes (LAW.md, unconfirmed).
REPORT_DEADLINE_WORKING_DAYS = int(os.environ.get("REPORT_DEADLINE_WORKING_DAYS", "2"))
# The daily reminder command writes to units this many days before the deadline, and this
# many days after it while the report is still missing.
# The ministry in charge of Decision 1079's communication programme since the 2025
# reorganisation: the level above a province whose unit tree stops at its People's
# Committee (reporting.selectors.levels).
PROGRAMME_MINISTRY = {"code": os.environ.get("PROGRAMME_MINISTRY_CODE", "BVHTTDL"),
                      "name": os.environ.get("PROGRAMME_MINISTRY_NAME",
                                             "Bộ Văn hóa, Thể thao và Du lịch"),
                      "short_name": os.environ.get("PROGRAMME_MINISTRY_SHORT_NAME",
                                                   "Bộ VHTTDL")}
REPORT_REMIND_DAYS_BEFORE = (3, 1)
REPORT_REMIND_DAYS_AFTER = (1, 3, 7, 14)
# LibreOffice turns the consolidated .docx into PDF.
SOFFICE = os.environ.get("SOFFICE", "soffice")
# An office without USB tokens signs its agency signature on the server (manage.py
# sign_report): the PKCS#12 file of the agency's certificate and its passphrase.
SIGNING_PKCS12 = os.environ.get("SIGNING_PKCS12", "")
SIGNING_PKCS12_PASSPHRASE = os.environ.get("SIGNING_PKCS12_PASSPHRASE", "")
# The agency's seal (red, on a transparent background, PNG) for its signature on the main
# document; without one, the agency signs as on an attachment (text at the top right).
SIGNING_SEAL_IMAGE = os.environ.get("SIGNING_SEAL_IMAGE", "")
# A signed PDF uploaded for a report; a report with its appendices is a few megabytes.
SIGNED_PDF_MAX_BYTES = int(os.environ.get("SIGNED_PDF_MAX_BYTES", str(20 * 1024 * 1024)))
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
                               if DEBUG else "django.core.mail.backends.smtp.EmailBackend")
# Links in e-mails are absolute: the address people open the app at.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kehoach@localhost")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# Served over HTTPS (a proxy terminating TLS) unless HTTPS=false: `make run` serves this
# machine alone on plain http://127.0.0.1:8000, where secure cookies and HSTS would lock it out.
HTTPS = env_bool("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
# A refused form (an expired page, cookies blocked) explains itself in Vietnamese.
CSRF_FAILURE_VIEW = "kehoach.views.csrf_failure"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

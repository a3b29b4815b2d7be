"""Settings shared by every environment.

Values that differ between a laptop and a cluster come from `cxacademy.env`,
which reads the environment in one place. dev/production/test only change
what genuinely differs between them.
"""

import dj_database_url

from cxacademy import env

CONFIG = env.read()
BASE_DIR = env.BASE_DIR
PROJECT_DIR = BASE_DIR / "cxacademy"

SECRET_KEY = CONFIG.secret_key
DEBUG = CONFIG.debug
ALLOWED_HOSTS = CONFIG.allowed_hosts
CSRF_TRUSTED_ORIGINS = CONFIG.csrf_trusted_origins

INSTALLED_APPS = [
    "cxacademy.accounts",
    "cxacademy.home",
    "cxacademy.hr",
    "cxacademy.packages",
    "cxacademy.demo",
    "courses",
    "quizzes",
    "simulations",
    "certificates",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_rq",
    "django_tasks_rq",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cxacademy.middleware.ContentSecurityPolicyMiddleware",
    "cxacademy.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cxacademy.middleware.UserLocaleMiddleware",
    "cxacademy.middleware.UserTimezoneMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "cxacademy.middleware.StaffMfaMiddleware",
    "cxacademy.middleware.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cxacademy.urls"
WSGI_APPLICATION = "cxacademy.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cxacademy.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# SQLite by default. WAL lets readers work while one learner writes; IMMEDIATE
# transactions take the write lock up front so concurrent writers queue behind
# the busy timeout instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": ("PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"),
}
if CONFIG.database_url:
    DATABASES = {"default": dj_database_url.parse(CONFIG.database_url, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "var" / "db.sqlite3",
            "OPTIONS": SQLITE_OPTIONS,
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and tasks --------------------------------------------------------
# Rate limits (allauth's and ours, cxacademy/ratelimits.py) count in this cache, so
# every app process must see the same one: a per-process cache would multiply each
# limit by the number of gunicorn workers. Redis when configured, otherwise a table
# in the database, created by `migrate` and `setup_site` (cxacademy/home/site_setup.py).
if CONFIG.redis_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CONFIG.redis_url,
            "KEY_PREFIX": "cxa",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cxa_cache",
            # Past this many rows Django deletes a third of them, live rate-limit
            # counters included; keep it well above what a busy day holds.
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        }
    }

RQ_QUEUES = {"default": {"URL": CONFIG.redis_url or "redis://127.0.0.1:6379/0"}}
if CONFIG.task_backend == "rq":
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Accounts (django-allauth) -------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "cxacademy.accounts.adapter.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "cxacademy.accounts.adapter.SocialAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "cxacademy.accounts.forms.SignupForm"
ACCOUNT_USER_DISPLAY = "cxacademy.accounts.adapter.user_display"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = CONFIG.email_verification
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[CX Academy] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if CONFIG.site_url.startswith("https") else "http"
# allauth's default rate limits stay on (login failures, sign-ups, resets);
# they are listed here so that nobody switches them off by accident.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
}
# Behind reverse proxies every request's REMOTE_ADDR is a proxy's; the client's address
# is then the right-most X-Forwarded-For entry that is not one of our own proxies
# (TRUSTED_PROXY_COUNT of them). 0 (the default) ignores the header, which anyone can forge.
ALLAUTH_TRUSTED_PROXY_COUNT = CONFIG.trusted_proxy_count
SIGNUP_OPEN = CONFIG.signup_open
CERTIFICATE_REMINDER_DAYS = list(CONFIG.certificate_reminder_days)
# Assignment reminders: days before the due date (each sent once), plus one when overdue.
ASSIGNMENT_REMINDER_DAYS = list(CONFIG.assignment_reminder_days)
# Completion exports over this many rows run as a background task; files are kept
# this many hours, in private storage (never under MEDIA_URL).
EXPORT_BACKGROUND_ROWS = CONFIG.export_background_rows
EXPORT_KEEP_HOURS = CONFIG.export_keep_hours
# A background job (certificate regeneration, export, invitations) whose last heartbeat
# is older than this is shown as stopped and can be resumed (cxacademy/jobs.py).
JOB_STALE_SECONDS = CONFIG.job_stale_seconds
# People-import files between preview and apply (private; shared by app processes).
PEOPLE_IMPORT_DIR = CONFIG.imports_root
REQUIRE_STAFF_MFA = CONFIG.require_staff_mfa
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CX Academy"
SOCIALACCOUNT_PROVIDERS = env.social_providers(CONFIG)
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_LOGIN_ON_GET = False

# --- Email ----------------------------------------------------------------
DEFAULT_FROM_EMAIL = CONFIG.default_from_email
SERVER_EMAIL = CONFIG.default_from_email
if CONFIG.email_host:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = CONFIG.email_host
    EMAIL_PORT = CONFIG.email_port
    EMAIL_HOST_USER = CONFIG.email_host_user
    EMAIL_HOST_PASSWORD = CONFIG.email_host_password
    EMAIL_USE_TLS = CONFIG.email_use_tls
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Languages and time ---------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
# Django merges these catalogues after every app's, so ours wins: it fills in the
# Wagtail admin strings Wagtail's Indonesian lacks (cxacademy/admin_strings.py and
# admin_strings.js) and says "kata sandi" where Wagtail says "Kata Kunci".
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Stored in UTC (USE_TZ); shown in each person's zone (their profile, activated per
# request), and in this zone where nobody's zone applies: the Wagtail admin for
# people without their own setting, tasks, commands, reports run from cron.
TIME_ZONE = CONFIG.time_zone
DEFAULT_USER_TIME_ZONE = CONFIG.time_zone
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = CONFIG.static_root
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = CONFIG.media_root
MEDIA_URL = CONFIG.media_url
STORAGES = {
    "default": {"BACKEND": CONFIG.media_storage},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Report exports: personal data, served only to the person who asked for them.
    "exports": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": CONFIG.exports_root,
            "base_url": None,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    },
}

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "CX Academy"
# Trainers are the authors and publish directly; there is no reviewer role. Wagtail's
# moderation workflow would offer "Submit to … approval" that nobody can approve (the
# README's admin section; accounts migration 0007 released pages stuck in it).
WAGTAIL_WORKFLOW_ENABLED = False
WAGTAILADMIN_BASE_URL = CONFIG.site_url
# Wagtail's database search, safe on SQLite for any text typed (see cxacademy/search.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cxacademy.search"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Draftail that opens stored rich text it cannot read by cleaning it (never a 500).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "cxacademy.rich_text.SafeDraftailRichTextArea"}
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILADMIN_LOGIN_URL = "account_login"
# No Gravatar: nothing leaves for another site at run time, and no staff email hashes either.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Security shared by every environment ----------------------------------
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview panel frames our own pages
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Off outside production; production.py switches it on.
CONTENT_SECURITY_POLICY_ENABLED = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": CONFIG.log_level},
    # Wagtail logs every page action and every task at INFO; keep the console readable.
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

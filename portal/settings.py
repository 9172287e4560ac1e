"""Settings for the campaign portal: one module, driven by environment variables.

Every variable is read once here, with its type and default; README.md lists the same table.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import pgettext_lazy

from portal.configuration import (
    caches,
    email_settings,
    env_bool,
    env_list,
    init_sentry,
    logging_config,
)

BASE_DIR = Path(__file__).resolve().parent.parent
PORTAL_DIR = BASE_DIR / "portal"


# --- Environment -------------------------------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
# No default key: `make run`, `make test` and pytest (tests/conftest.py) set a development key
# themselves; anything else that starts without SECRET_KEY stops here (see below).
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
EMAIL_URL = os.environ.get("EMAIL_URL", "")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))  # seconds, per SMTP socket operation
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "campaigns@portal.localhost")
BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
# Documents are private files (collection privacy, download counts): stored outside MEDIA_ROOT, so
# that a web server publishing MEDIA_ROOT cannot serve them; only /documents/ (Wagtail) does.
DOCUMENTS_ROOT = Path(os.environ.get("DOCUMENTS_ROOT") or BASE_DIR / "private" / "documents")
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# Every staff account must sign in with a code from an authenticator app (portal/twofactor.py).
# Off by default so that `make run` opens the admin with the printed password; on in production.
# Staff who set an app up are asked for its code either way.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
ADMIN_LOGIN_RATE_LIMIT = os.environ.get("ADMIN_LOGIN_RATE_LIMIT", "10/hour")

if not SECRET_KEY and DEBUG:
    SECRET_KEY = "insecure-dev-key-only-with-DEBUG-on"
elif not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: set the SECRET_KEY environment variable to a long random string "
        "(make run and make test set a development key themselves; DEBUG=1 allows none)."
    )

# --- Applications ------------------------------------------------------------------------------
INSTALLED_APPS = [
    "portal",
    "home",
    "events",
    "campaigns",
    "search",
    # A second factor for staff (one-time codes): portal/twofactor.py, ADMIN_2FA_REQUIRED.
    "django_otp",
    "django_otp.plugins.otp_totp",
    # modeltranslation must come before django.contrib.admin and the apps it translates.
    "modeltranslation",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales, adds locale synchronisation
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "portal.logs.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.csp.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.cache.PublicCacheMiddleware",
    "portal.cache.AppCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.twofactor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data --------------------------------------------------------------------------------------
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (the dev server's threads) wait instead of failing with
    # "database is locked".
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# `default` and `pages` (the application page cache): Redis when REDIS_URL is set.
CACHES = caches(REDIS_URL)
globals().update(email_settings(EMAIL_URL))

# Background tasks (mail of the public forms, reading documents' text). `immediate`, for `make run`
# and the tests: a task runs in the process that enqueued it, once its transaction commits.
# `database`, for production: tasks are rows that `manage.py db_worker` runs, so no request waits
# on the mail relay and response times say nothing about who had signed.
_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND={TASKS_BACKEND!r}: use one of {', '.join(sorted(_TASK_BACKENDS))}."
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND]}}
# A task that meets a mail relay that is down runs again after this many seconds, doubling each
# time, at most MAIL_RETRY_ATTEMPTS times in all (portal/retry.py; database backend only).
MAIL_RETRY_SECONDS = int(os.environ.get("MAIL_RETRY_SECONDS", "60"))
MAIL_RETRY_ATTEMPTS = int(os.environ.get("MAIL_RETRY_ATTEMPTS", "8"))

# --- Languages ---------------------------------------------------------------------------------
# Adding a language: add it here, run makemigrations (the translated columns of modeltranslation)
# and add locale/<code>/LC_MESSAGES/django.po.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("zh-hans", "中文（简体）"),
    ("pt", "Português"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

COUNTRIES_FIRST_REPEAT = False
# Country names django-countries' catalogues get wrong for a reader (es "Principado de Andorra",
# pt "Quatar" and "Irão" in a Brazilian text, ar "السعودية (المملكة العربية)", ar "أسبانيا", zh
# a leading space): named here, translated in our own catalogues (context "country") in every
# language, so each reads as its newspapers write it.
COUNTRIES_OVERRIDE = {
    "AD": pgettext_lazy("country", "Andorra"),
    "ES": pgettext_lazy("country", "Spain"),
    "IR": pgettext_lazy("country", "Iran"),
    "KP": pgettext_lazy("country", "North Korea"),
    "KR": pgettext_lazy("country", "South Korea"),
    "MK": pgettext_lazy("country", "North Macedonia"),
    "PS": pgettext_lazy("country", "Palestine"),
    "QA": pgettext_lazy("country", "Qatar"),
    "SA": pgettext_lazy("country", "Saudi Arabia"),
    "SJ": pgettext_lazy("country", "Svalbard and Jan Mayen"),
    "SY": pgettext_lazy("country", "Syria"),
    "US": pgettext_lazy("country", "United States"),
    "VN": pgettext_lazy("country", "Vietnam"),
}

# --- Static and media --------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
STORAGES = {
    # Images under MEDIA_ROOT; documents/ under DOCUMENTS_ROOT (portal/storage.py).
    "default": {"BACKEND": "portal.storage.PortalStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Production (the image sets it before collectstatic): file names carry a hash of their content,
# gzip and brotli copies sit beside them, and WhiteNoise lets browsers keep them for a year.
STATICFILES_HASHED = env_bool("STATICFILES_HASHED", False)
if STATICFILES_HASHED:
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
# The dev server and tests find static files in the apps; collectstatic is for production.
WHITENOISE_USE_FINDERS = not STATICFILES_HASHED
WHITENOISE_AUTOREFRESH = DEBUG

# --- Security ----------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's preview panel frames its own views with SAMEORIGIN; everything else may not be framed.
X_FRAME_OPTIONS = os.environ.get("X_FRAME_OPTIONS", "DENY")
# Behind HTTPS in production (README, "Production"); off by default so `make run` works on http.
# The proxy (Varnish, a load balancer) says the original scheme in X-Forwarded-Proto.
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # health checks come over plain http from inside
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", False)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Content-Security-Policy (django-csp; portal/csp.py picks the admin policy by path) --------
# Public pages: scripts only from our origin (no inline script, no javascript: URLs). Inline
# style *attributes* are allowed (style-src-attr): the country-positions map and its legend
# colour countries with style="...", and no script runs from a style attribute; <style> elements
# stay refused. Video embeds are iframes from the video host (https:).
# Operators extend it from the environment: CSP_STATIC_ORIGINS for a CDN that serves static
# files and images, CSP_FRAME_SRC to name the video hosts editors may embed, CSP_REPORT_URI for a
# collector of violation reports, and CSP_REPORT_ONLY to try a change out before enforcing it.
CSP_STATIC_ORIGINS = env_list("CSP_STATIC_ORIGINS", [])
CSP_FRAME_SRC = env_list("CSP_FRAME_SRC", ["'self'", "https:"])
CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
PORTAL_CSP_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", *CSP_STATIC_ORIGINS],
    "style-src": ["'self'", *CSP_STATIC_ORIGINS],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https:"],
    "font-src": ["'self'", *CSP_STATIC_ORIGINS],
    "connect-src": ["'self'"],
    "frame-src": CSP_FRAME_SRC,
    "media-src": ["'self'", "https:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    **({"report-uri": [CSP_REPORT_URI]} if CSP_REPORT_URI else {}),
}
# Partners' pages that may frame the petition embed (campaigns/petitions/embed.py), and only it:
# CSP frame-ancestors sources, space-separated ("https://partner.example https://*.ngo.example"),
# `*` for any site. Every other response keeps frame-ancestors 'self' and X-Frame-Options.
EMBED_FRAME_ANCESTORS = os.environ.get("EMBED_FRAME_ANCESTORS", "*").replace(",", " ").split() or [
    "*"
]
if CSP_REPORT_ONLY:
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": PORTAL_CSP_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": PORTAL_CSP_DIRECTIVES}
# The Wagtail admin (not its previews): Wagtail 8 and wagtail-localize still write inline
# scripts (date pickers, inline panels, the translation editor) and inline styles, some inside
# fragments that their own JavaScript inserts later, so neither a nonce nor a hash can cover them.
# What keeps `javascript:` links out of the admin is portal/links.py: refused on save, and
# neutralised whenever rich text or a URL is rendered.
PORTAL_ADMIN_CSP_DIRECTIVES = {
    **PORTAL_CSP_DIRECTIVES,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    # Image previews of uploads (blob:); no Gravatar (WAGTAIL_GRAVATAR_PROVIDER_URL is off).
    "img-src": ["'self'", "data:", "blob:", "https:"],
}

# --- Front cache (portal/cache.py; docker/varnish/default.vcl) ---------------------------------
# Anonymous pages: how long a shared cache keeps them (purged on publish anyway), how long a
# browser does (0: a signer who comes back sees the new count; the shared cache answers fast),
# and how long a stale copy may be served while one request refreshes it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_BROWSER_CACHE_SECONDS = int(os.environ.get("PAGE_BROWSER_CACHE_SECONDS", "0"))
PAGE_STALE_SECONDS = int(os.environ.get("PAGE_STALE_SECONDS", "300"))
# The application page cache (portal/app_cache.py): the same anonymous pages, kept for
# PAGE_CACHE_SECONDS in the `pages` cache and purged with the front cache.
PAGE_APP_CACHE = env_bool("PAGE_APP_CACHE", True)
# Paths the application cache leaves alone: they set their own Cache-Control and answer from a
# cache of their own (campaigns/petitions/views.py), so a lookup would only cost round trips.
PAGE_APP_CACHE_PASS_SUFFIXES = ("/count.json",)
# Varnish (or any cache that takes HTTP PURGE): every URL that shows a changed page is purged.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Open Internet Campaigns"
WAGTAILADMIN_BASE_URL = BASE_URL
# Language-aware search (search/): each page analysed in its own language, each query in the
# reader's. Our database backend by default (SQLite FTS5 or PostgreSQL, one table for every
# locale); with ELASTICSEARCH_URL, our Elasticsearch 9 backend with one index per locale.
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": "portal_",
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
# Documents only through Wagtail's view (privacy checks, download counts), never a file URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Staff email hashes do not leave the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Admin logins counted per client IP and per username (ADMIN_LOGIN_RATE_LIMIT).
WAGTAILADMIN_USER_LOGIN_FORM = "portal.admin_login.ThrottledLoginForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "ics"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_BASE_URL = BASE_URL
WAGTAILAPI_SEARCH_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# --- Portal ------------------------------------------------------------------------------------
# How long a newsletter confirmation link stays valid.
NEWSLETTER_CONFIRM_MAX_AGE = int(os.environ.get("NEWSLETTER_CONFIRM_MAX_AGE", str(7 * 24 * 3600)))

# Petitions and write-to-your-government actions (campaigns/).
PETITION_RATE_LIMIT = os.environ.get("PETITION_RATE_LIMIT", "20/hour")  # per client IP (IPv6: /64)
ACTION_RATE_LIMIT = os.environ.get("ACTION_RATE_LIMIT", "20/hour")
NEWSLETTER_RATE_LIMIT = os.environ.get("NEWSLETTER_RATE_LIMIT", "20/hour")
# Proxy or CDN hops in front of the app that append to X-Forwarded-For.
CAMPAIGNS_TRUSTED_PROXIES = int(os.environ.get("CAMPAIGNS_TRUSTED_PROXIES", "0"))
PETITION_MIN_FILL_SECONDS = int(os.environ.get("PETITION_MIN_FILL_SECONDS", "3"))
# Lifetime of a form's signed stamp: must exceed the CDN's page TTL.
PETITION_FORM_MAX_AGE = int(os.environ.get("PETITION_FORM_MAX_AGE", str(2 * 24 * 3600)))
PETITION_COUNT_CACHE_SECONDS = int(os.environ.get("PETITION_COUNT_CACHE_SECONDS", "2"))
CAMPAIGNS_MASTODON_SHARE_URL = os.environ.get(
    "CAMPAIGNS_MASTODON_SHARE_URL", "https://mastodon.social/share"
)
# Reading the text of uploaded documents (resources) for search: larger files are stored and
# downloadable but not read; the text kept per file is cut at the character limit.
DOCUMENT_TEXT_MAX_BYTES = int(os.environ.get("DOCUMENT_TEXT_MAX_BYTES", str(20 * 1024 * 1024)))
DOCUMENT_TEXT_MAX_CHARS = int(os.environ.get("DOCUMENT_TEXT_MAX_CHARS", "1000000"))
DOCUMENT_TEXT_MAX_PAGES = int(os.environ.get("DOCUMENT_TEXT_MAX_PAGES", "2000"))
# The parsing of one file runs in a child process, stopped past this time (seconds, wall clock)
# or memory (MB of address space): the file is then kept with a note, its text not read.
DOCUMENT_TEXT_TIME_LIMIT = int(os.environ.get("DOCUMENT_TEXT_TIME_LIMIT", "30"))
DOCUMENT_TEXT_MEMORY_LIMIT = int(os.environ.get("DOCUMENT_TEXT_MEMORY_LIMIT", "512"))
# Searches are logged in memory and written to the database at most this often (seconds).
SEARCH_LOG_FLUSH_INTERVAL = int(os.environ.get("SEARCH_LOG_FLUSH_INTERVAL", "60"))

# Logs to stdout; `LOG_FORMAT=json` in production: one JSON object per line with the request id
# (portal/logs.py). Errors also go to Sentry when SENTRY_DSN is set.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r}: use text or json.")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING").upper()
LOGGING = logging_config(LOG_FORMAT, LOG_LEVEL)

SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    init_sentry(
        SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )

"""Settings that must hold in production: a secret key from the environment, a mail timeout, no
Gravatar from the admin."""

import json
import os
import re
import smtplib
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend

BASE_DIR = Path(__file__).resolve().parents[2]


def settings_in_subprocess(expression, unset=(), **env):
    """Import portal.settings in a fresh interpreter with only the given variables set."""
    unset = {"SECRET_KEY", "DEBUG", "EMAIL_URL", *unset}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", f"import portal.settings as s; print({expression})"],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_without_secret_key_refuses_to_start():
    result = settings_in_subprocess("s.SECRET_KEY")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "set the SECRET_KEY environment variable" in result.stderr


def test_secret_key_from_the_environment():
    result = settings_in_subprocess("s.SECRET_KEY", SECRET_KEY="from-the-environment")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "from-the-environment"


def test_email_timeout_defaults_to_ten_seconds_and_follows_the_environment():
    url = "smtp://user:pw@mail.example.org:587"
    result = settings_in_subprocess(
        "repr((s.EMAIL_BACKEND, s.EMAIL_TIMEOUT))", SECRET_KEY="k", EMAIL_URL=url
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "('django.core.mail.backends.smtp.EmailBackend', 10)"
    result = settings_in_subprocess(
        "s.EMAIL_TIMEOUT", SECRET_KEY="k", EMAIL_URL=url, EMAIL_TIMEOUT="3"
    )
    assert result.stdout.strip() == "3"
    assert EmailBackend().timeout == settings.EMAIL_TIMEOUT


def test_a_silent_smtp_server_times_out_instead_of_hanging():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    accepted = []
    threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True).start()
    backend = EmailBackend(host="127.0.0.1", port=server.getsockname()[1], timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises((TimeoutError, smtplib.SMTPServerDisconnected)):
            backend.open()
    finally:
        server.close()
    assert time.monotonic() - started < 5


def test_admin_sends_no_email_hash_to_gravatar(client, portal):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser(
        "staff", "staff@example.org", "a-long-password-1"
    )
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()


# Each variable of README's environment table, a value for it, and the setting it must change.
ENVIRONMENT = {
    "DEBUG": ("true", "s.DEBUG", True),
    "ALLOWED_HOSTS": (
        "portal.example.org, www.portal.example.org",
        "s.ALLOWED_HOSTS",
        ["portal.example.org", "www.portal.example.org"],
    ),
    "CSRF_TRUSTED_ORIGINS": (
        "https://portal.example.org",
        "s.CSRF_TRUSTED_ORIGINS",
        ["https://portal.example.org"],
    ),
    "DATABASE_URL": (
        "postgres://portal@db.example.org:5432/portal",
        "[s.DATABASES['default'][key] for key in ('ENGINE', 'HOST', 'NAME')]",
        ["django.db.backends.postgresql", "db.example.org", "portal"],
    ),
    "ELASTICSEARCH_URL": (
        "http://search.example.org:9200",
        "[s.WAGTAILSEARCH_BACKENDS['default'].get(key) for key in ('BACKEND', 'URLS')]",
        ["search.backends.elasticsearch", ["http://search.example.org:9200"]],
    ),
    "REDIS_URL": (
        "redis://cache.example.org:6379/0",
        "[s.CACHES['default'].get(key) for key in ('BACKEND', 'LOCATION')]",
        ["django_redis.cache.RedisCache", "redis://cache.example.org:6379/0"],
    ),
    # (README's example `smtp+tls://...` is not a scheme dj-email-url knows: settings fail.)
    "EMAIL_URL": (
        "submission://user:secret@smtp.example.org:587",
        "[s.EMAIL_BACKEND] + [getattr(s, name, None) for name in ('EMAIL_HOST', 'EMAIL_USE_TLS')]",
        ["django.core.mail.backends.smtp.EmailBackend", "smtp.example.org", True],
    ),
    "EMAIL_TIMEOUT": ("3", "s.EMAIL_TIMEOUT", 3),
    "PAGE_APP_CACHE": ("false", "s.PAGE_APP_CACHE", False),
    "ADMIN_LOGIN_RATE_LIMIT": ("4/hour", "s.ADMIN_LOGIN_RATE_LIMIT", "4/hour"),
    "DEFAULT_FROM_EMAIL": (
        "petitions@example.org",
        "s.DEFAULT_FROM_EMAIL",
        "petitions@example.org",
    ),
    "BASE_URL": ("https://portal.example.org/", "s.BASE_URL", "https://portal.example.org"),
    "MEDIA_ROOT": ("/srv/portal/media", "str(s.MEDIA_ROOT)", "/srv/portal/media"),
    "DOCUMENTS_ROOT": ("/srv/portal/documents", "str(s.DOCUMENTS_ROOT)", "/srv/portal/documents"),
    "SERVE_MEDIA": ("false", "s.SERVE_MEDIA", False),
    "NEWSLETTER_CONFIRM_MAX_AGE": ("3600", "s.NEWSLETTER_CONFIRM_MAX_AGE", 3600),
    "PETITION_RATE_LIMIT": ("5/minute", "s.PETITION_RATE_LIMIT", "5/minute"),
    "ACTION_RATE_LIMIT": ("6/minute", "s.ACTION_RATE_LIMIT", "6/minute"),
    "NEWSLETTER_RATE_LIMIT": ("7/minute", "s.NEWSLETTER_RATE_LIMIT", "7/minute"),
    "CAMPAIGNS_TRUSTED_PROXIES": ("2", "s.CAMPAIGNS_TRUSTED_PROXIES", 2),
    "PETITION_MIN_FILL_SECONDS": ("9", "s.PETITION_MIN_FILL_SECONDS", 9),
    "PETITION_FORM_MAX_AGE": ("7200", "s.PETITION_FORM_MAX_AGE", 7200),
    "PETITION_COUNT_CACHE_SECONDS": ("60", "s.PETITION_COUNT_CACHE_SECONDS", 60),
    "CAMPAIGNS_MASTODON_SHARE_URL": (
        "https://social.example.org/share",
        "s.CAMPAIGNS_MASTODON_SHARE_URL",
        "https://social.example.org/share",
    ),
    "DOCUMENT_TEXT_MAX_BYTES": ("1000", "s.DOCUMENT_TEXT_MAX_BYTES", 1000),
    "DOCUMENT_TEXT_MAX_CHARS": ("2000", "s.DOCUMENT_TEXT_MAX_CHARS", 2000),
    "DOCUMENT_TEXT_TIME_LIMIT": ("5", "s.DOCUMENT_TEXT_TIME_LIMIT", 5),
    "DOCUMENT_TEXT_MEMORY_LIMIT": ("256", "s.DOCUMENT_TEXT_MEMORY_LIMIT", 256),
    "ADMIN_2FA_REQUIRED": ("true", "s.ADMIN_2FA_REQUIRED", True),
    "DOCUMENT_TEXT_MAX_PAGES": ("30", "s.DOCUMENT_TEXT_MAX_PAGES", 30),
    "SEARCH_LOG_FLUSH_INTERVAL": ("5", "s.SEARCH_LOG_FLUSH_INTERVAL", 5),
    "TASKS_BACKEND": (
        "database",
        "s.TASKS['default']['BACKEND']",
        "django_tasks_db.DatabaseBackend",
    ),
    "MAIL_RETRY_SECONDS": ("7", "s.MAIL_RETRY_SECONDS", 7),
    "MAIL_RETRY_ATTEMPTS": ("3", "s.MAIL_RETRY_ATTEMPTS", 3),
    "X_FRAME_OPTIONS": ("SAMEORIGIN", "s.X_FRAME_OPTIONS", "SAMEORIGIN"),
    "SECURE_PROXY_SSL_HEADER": (
        "true",
        "list(getattr(s, 'SECURE_PROXY_SSL_HEADER', None) or [])",
        ["HTTP_X_FORWARDED_PROTO", "https"],
    ),
    "SECURE_SSL_REDIRECT": ("true", "s.SECURE_SSL_REDIRECT", True),
    "SECURE_HSTS_SECONDS": ("31536000", "s.SECURE_HSTS_SECONDS", 31536000),
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": ("true", "s.SECURE_HSTS_INCLUDE_SUBDOMAINS", True),
    "SECURE_HSTS_PRELOAD": ("true", "s.SECURE_HSTS_PRELOAD", True),
    "SESSION_COOKIE_SECURE": ("true", "s.SESSION_COOKIE_SECURE", True),
    "CSRF_COOKIE_SECURE": ("true", "s.CSRF_COOKIE_SECURE", True),
    "STATICFILES_HASHED": (
        "true",
        "s.STORAGES['staticfiles']['BACKEND']",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ),
    "FRONTEND_CACHE_URL": (
        "http://cache:80",
        "getattr(s, 'WAGTAILFRONTENDCACHE', {}).get('varnish', {}).get('LOCATION')",
        "http://cache:80",
    ),
    "PAGE_CACHE_SECONDS": ("900", "s.PAGE_CACHE_SECONDS", 900),
    "PAGE_BROWSER_CACHE_SECONDS": ("30", "s.PAGE_BROWSER_CACHE_SECONDS", 30),
    "PAGE_STALE_SECONDS": ("45", "s.PAGE_STALE_SECONDS", 45),
    "CSP_STATIC_ORIGINS": (
        "https://cdn.example.org",
        "s.PORTAL_CSP_DIRECTIVES['script-src'] + s.PORTAL_ADMIN_CSP_DIRECTIVES['font-src']",
        ["'self'", "https://cdn.example.org", "'self'", "https://cdn.example.org"],
    ),
    "CSP_FRAME_SRC": (
        "https://www.youtube-nocookie.com, https://player.vimeo.com",
        "s.PORTAL_CSP_DIRECTIVES['frame-src']",
        ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    ),
    "CSP_REPORT_URI": (
        "https://reports.example.org/csp",
        "s.PORTAL_CSP_DIRECTIVES.get('report-uri')",
        ["https://reports.example.org/csp"],
    ),
    "EMBED_FRAME_ANCESTORS": (
        "https://partner.example.org https://*.ngo.example",
        "s.EMBED_FRAME_ANCESTORS",
        ["https://partner.example.org", "https://*.ngo.example"],
    ),
    "CSP_REPORT_ONLY": (
        "true",
        "[s.CONTENT_SECURITY_POLICY, "
        "getattr(s, 'CONTENT_SECURITY_POLICY_REPORT_ONLY', None) is None]",
        [None, False],
    ),
    "LOG_FORMAT": ("json", "s.LOGGING['handlers']['console']['formatter']", "json"),
    "LOG_LEVEL": ("info", "s.LOGGING['root']['level']", "INFO"),
}
# Read only when SENTRY_DSN is set (they configure sentry-sdk, which would then send errors).
SENTRY_VARIABLES = {"SENTRY_DSN", "SENTRY_ENVIRONMENT", "SENTRY_TRACES_SAMPLE_RATE"}


def settings_as_json(**env):
    """Every setting of ENVIRONMENT as a fresh interpreter reads it, with `env` set and every
    variable of ENVIRONMENT otherwise unset."""
    expressions = "[" + ", ".join(expression for _v, expression, _e in ENVIRONMENT.values()) + "]"
    result = settings_in_subprocess(
        f"__import__('json').dumps({expressions})", unset=ENVIRONMENT, SECRET_KEY="k", **env
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(ENVIRONMENT, json.loads(result.stdout), strict=True))


def test_each_environment_variable_of_the_readme_changes_its_setting():
    defaults = settings_as_json()
    changed = settings_as_json(**{name: value for name, (value, _x, _e) in ENVIRONMENT.items()})
    for name, (_value, _expression, expected) in ENVIRONMENT.items():
        assert changed[name] == expected, name
        assert defaults[name] != expected, name


def test_the_readme_documents_every_variable_tested_here():
    readme = (BASE_DIR / "README.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z0-9_]+)` \|", readme, flags=re.MULTILINE))
    assert (
        set(ENVIRONMENT) | SENTRY_VARIABLES | {"SECRET_KEY", "DEMO_ADMIN_PASSWORD", "PORT"}
        == documented
    )


def manage_without_key(*args):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    environment["DJANGO_SETTINGS_MODULE"] = "portal.settings"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_checks_run_without_a_key_but_nothing_that_serves_or_signs_does():
    assert manage_without_key("check").returncode == 0
    refused = manage_without_key("migrate", "--plan")
    assert refused.returncode != 0
    assert "SECRET_KEY is not set" in refused.stderr

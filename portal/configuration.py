"""The pieces of portal/settings.py that are code rather than values: reading typed environment
variables, and the structures (caches, mail, logging, Sentry) built from values read there.

Pure functions of their arguments: no Django import that needs settings (this module is read
while the settings themselves load). The variables are still all read in settings.py, so that
one file lists them (README.md's table and .env.example are checked against it).
"""

import os

import dj_email_url


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def caches(redis_url):
    """`default` for rate limits, counts and fragments; `pages` for the application page cache
    (portal/app_cache.py), apart so that whole pages never push counters or counts out. Redis,
    shared by every process, when there is one; per-process memory otherwise."""
    if redis_url:
        redis = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": redis_url}
        return {
            "default": {**redis, "KEY_PREFIX": "portal"},
            "pages": {**redis, "KEY_PREFIX": "portal-pages"},
        }
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }


def email_settings(email_url):
    """EMAIL_* settings from an EMAIL_URL (smtp://, smtp+tls://...); without one, mail is
    written to the console (make run)."""
    if not email_url:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    parsed = dj_email_url.parse(email_url)
    names = ["BACKEND", "HOST", "PORT", "HOST_USER", "HOST_PASSWORD", "USE_TLS", "USE_SSL"]
    return {f"EMAIL_{name}": parsed[f"EMAIL_{name}"] for name in names}


def logging_config(log_format, level):
    """Logs to stdout, as text or one JSON object per line, each with the request id
    (portal/logs.py)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "portal.logs.RequestIdFilter"}},
        "formatters": {
            "json": {"()": "portal.logs.JSONFormatter"},
            "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "filters": ["request_id"],
                "formatter": log_format,
            }
        },
        "root": {"handlers": ["console"], "level": level},
    }


def init_sentry(dsn, environment, traces_sample_rate):
    import sentry_sdk  # only where errors go to Sentry

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        # Supporters' addresses and names must not leave the site: no request bodies, no users.
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=traces_sample_rate,
    )

"""What an operator relies on: /healthz names what is down, logs carry the request id."""

import json
import logging

import pytest
from django.core.cache import cache

from portal.logs import JSONFormatter, RequestIdFilter

pytestmark = pytest.mark.django_db


def test_healthz_is_503_and_names_the_cache_when_it_fails(client, monkeypatch):
    def refused(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "set", refused)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"


def test_healthz_reports_the_task_backlog_of_the_database_backend(client, settings):
    from django_tasks_db.models import DBTaskResult

    from campaigns.documents.tasks import read_document_text

    settings.TASKS_BACKEND = "database"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    read_document_text.enqueue(1)
    read_document_text.enqueue(2)
    assert DBTaskResult.objects.count() == 2
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["tasks"] == {"backend": "database", "status": "ok", "waiting": 2}


def test_healthz_is_503_when_elasticsearch_is_configured_and_silent(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_PREFIX": "healthz_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["search"] == "unavailable"


def test_every_response_carries_a_request_id_and_keeps_a_sane_upstream_one(client):
    given = client.get("/healthz", headers={"X-Request-ID": "v12345"})
    assert given["X-Request-ID"] == "v12345"
    forged = client.get("/healthz", headers={"X-Request-ID": 'x" injected\nline'})
    assert forged["X-Request-ID"] != 'x" injected\nline'
    assert len(forged["X-Request-ID"]) == 32
    assert client.get("/healthz")["X-Request-ID"] != client.get("/healthz")["X-Request-ID"]


def test_json_log_lines_hold_the_request_id_and_the_exception():
    record = logging.LogRecord(
        "portal", logging.ERROR, __file__, 1, "signing %s", ("failed",), None
    )
    try:
        raise ValueError("relay down")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    RequestIdFilter().filter(record)
    line = JSONFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "signing failed"
    assert entry["level"] == "ERROR"
    assert entry["request_id"] == "-"
    assert "ValueError: relay down" in entry["exception"]

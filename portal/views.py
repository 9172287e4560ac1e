import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.views import serve as wagtail_serve

OK, UNAVAILABLE = "ok", "unavailable"


def database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return UNAVAILABLE
    return OK


def cache_status():
    probe = uuid.uuid4().hex
    try:
        cache.set("healthz", probe, 10)
        return OK if cache.get("healthz") == probe else UNAVAILABLE
    except Exception:  # any client error of any cache backend means the same: not usable
        return UNAVAILABLE


def tasks_status():
    """The task backend, and with the database backend how many tasks wait for the worker."""
    if settings.TASKS_BACKEND != "database":
        return {"backend": settings.TASKS_BACKEND}
    from django_tasks_db.models import DBTaskResult

    try:
        waiting = DBTaskResult.objects.filter(status="READY").count()
    except DatabaseError:
        return {"backend": "database", "status": UNAVAILABLE}
    return {"backend": "database", "status": OK, "waiting": waiting}


def search_status():
    if not settings.ELASTICSEARCH_URL:
        return None
    from wagtail.search.backends import get_search_backend

    try:
        return OK if get_search_backend().es.ping() else UNAVAILABLE
    except Exception:  # a refused connection, a timeout, a TLS error: Elasticsearch is not there
        return UNAVAILABLE


@never_cache
def healthz(request):
    """What a load balancer and an operator need: 200 when every service the portal was
    configured with answers (database, cache, task queue, Elasticsearch when set), else 503."""
    report = {"database": database_status(), "cache": cache_status(), "tasks": tasks_status()}
    search = search_status()
    if search is not None:
        report["search"] = search
    down = [
        name
        for name, value in report.items()
        if value == UNAVAILABLE or (isinstance(value, dict) and value.get("status") == UNAVAILABLE)
    ]
    report = {"status": "error" if down else "ok", **report}
    return JsonResponse(report, status=503 if down else 200)


def privacy(request):
    return render(request, "privacy.html")


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def serve_page_file(request, path):
    """A page's file (`<calendar>/calendar.ics`, `<event>/event.ics`, `<index>/feed.atom`),
    handed to the page's route of that name: Wagtail's page URLs only match paths of [\\w-]
    segments ending in a slash, so a final segment with a dot never reaches a page."""
    return wagtail_serve(request, path + "/")

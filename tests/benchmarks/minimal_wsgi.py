"""A benchmark-only WSGI application: one minimal Django view returning the bytes of the file
BENCH_BODY_FILE. The yardstick of cached_bench.py: what gunicorn and Django themselves cost for a
response, with no middleware, template or query. Never part of the portal's URLconf.

    BENCH_BODY_FILE=page.html gunicorn --config docker/gunicorn.conf.py \\
        tests.benchmarks.minimal_wsgi:application
"""

import os

from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="benchmark-only",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
    )

import django  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import re_path  # noqa: E402

with open(os.environ["BENCH_BODY_FILE"], "rb") as body_file:
    BODY = body_file.read()


def same_bytes(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [re_path(r"", same_bytes)]
django.setup()
application = get_wsgi_application()

"""Staff views in the Wagtail admin: the subscriber list as CSV, for the mailing tool."""

import csv

from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from .models import Subscriber

EXPORT_PERMISSION = "home.export_subscriber"
CSV_COLUMNS = ["email", "language", "status", "source", "consent_at", "confirmed_at", "created_at"]
# A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); the
# email local part and the source may legally start with =, + or -.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Echo:
    """A file-like object for csv.writer that hands each row back instead of storing it."""

    def write(self, value):
        return value


def csv_cell(value):
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    value = str(value)
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def subscriber_rows():
    writer = csv.writer(Echo())
    # A byte-order mark, so that spreadsheet programs read the file as UTF-8 (Arabic, Chinese...).
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    rows = Subscriber.objects.order_by("created_at", "pk").values_list(*CSV_COLUMNS)
    for row in rows.iterator(chunk_size=2000):
        yield writer.writerow([csv_cell(value) for value in row])


@never_cache
def export_subscribers_csv(request):
    if not request.user.has_perm(EXPORT_PERMISSION):
        # A 403 page, not PermissionDenied: Wagtail's admin turns that into a redirect to the
        # dashboard, and a download link (or a script) should fail visibly.
        return TemplateResponse(request, "newsletter/admin/permission_denied.html", status=403)
    filename = f"newsletter-subscribers-{timezone.now():%Y-%m-%d}.csv"
    return StreamingHttpResponse(
        subscriber_rows(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )

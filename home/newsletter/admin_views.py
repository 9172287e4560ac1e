"""Staff views in the Wagtail admin: the subscriber list as CSV, for the mailing tool."""

from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from portal.csv_export import csv_response

from .models import Subscriber

EXPORT_PERMISSION = "home.export_subscriber"
CSV_COLUMNS = ["email", "language", "status", "source", "consent_at", "confirmed_at", "created_at"]


def subscriber_rows():
    rows = Subscriber.objects.order_by("created_at", "pk").values_list(*CSV_COLUMNS)
    return rows.iterator(chunk_size=2000)


@never_cache
def export_subscribers_csv(request):
    if not request.user.has_perm(EXPORT_PERMISSION):
        # A 403 page, not PermissionDenied: Wagtail's admin turns that into a redirect to the
        # dashboard, and a download link (or a script) should fail visibly.
        return TemplateResponse(request, "newsletter/admin/permission_denied.html", status=403)
    filename = f"newsletter-subscribers-{timezone.now():%Y-%m-%d}.csv"
    return csv_response(CSV_COLUMNS, subscriber_rows(), filename)

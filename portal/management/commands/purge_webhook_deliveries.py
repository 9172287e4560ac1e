from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.models import WebhookDelivery


class Command(BaseCommand):
    help = (
        "Delete webhook delivery log rows older than N days (default 30) that are delivered or "
        "failed for good. Pending deliveries are kept: they may still be sent. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=30, help="Age in days beyond which to purge (default 30)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Only say what would go.")

    def handle(self, days, dry_run=False, **options):
        if days < 0:
            raise CommandError("--days must be zero or more.")
        old = WebhookDelivery.objects.exclude(state=WebhookDelivery.State.PENDING).filter(
            occurred_at__lt=timezone.now() - timedelta(days=days)
        )
        count = old.count() if dry_run else old.delete()[0]
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {count} webhook delivery log row(s) older than {days} day(s).")

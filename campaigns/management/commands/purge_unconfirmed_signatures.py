from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from campaigns.models import ActionMessage, Signature
from campaigns.petitions.signatures import reconcile


class Command(BaseCommand):
    help = (
        "Delete signatures whose owner never clicked the confirmation link, and messages never "
        "confirmed for sending, older than N days. Neither ever counted: this only removes "
        "personal data that is no longer needed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=30, help="Age in days beyond which to purge (default 30)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be deleted."
        )

    def handle(self, days, dry_run=False, **options):
        if days < 0:
            raise CommandError("--days must be zero or more.")
        cutoff = timezone.now() - timedelta(days=days)
        signatures = Signature.objects.filter(confirmed=False, created_at__lt=cutoff)
        messages = ActionMessage.objects.filter(
            status=ActionMessage.Status.PENDING, created_at__lt=cutoff
        )
        keys = set(signatures.values_list("petition_key", flat=True))
        counts = (signatures.count(), messages.count())
        if not dry_run:
            with transaction.atomic():
                signatures.delete()
                messages.delete()
                reconcile(keys)  # the counters move with the rows, in this transaction
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {counts[0]} unconfirmed signature(s) and {counts[1]} unconfirmed "
            f"message(s) older than {days} day(s)."
        )

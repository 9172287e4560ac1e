from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from campaigns.forms import normalise_email
from campaigns.models import ActionMessage, Signature
from campaigns.signatures import forget_counts
from home.newsletter.models import Subscriber


class Command(BaseCommand):
    help = (
        "Erase everything held about one person, by email address: their signatures on every "
        "petition, the messages they sent through write-to-your-government actions, and their "
        "newsletter subscription."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address (any case or spacing).")
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be erased.")

    def handle(self, email, dry_run=False, **options):
        email = normalise_email(email)
        try:
            validate_email(email)
        except Exception as error:
            raise CommandError(f"Not an email address: {email!r}") from error
        signatures = Signature.objects.filter(email=email)
        messages = ActionMessage.objects.filter(sender_email=email)
        subscribers = Subscriber.objects.filter(email__iexact=email)
        keys = set(signatures.values_list("petition_key", flat=True))
        counts = (signatures.count(), messages.count(), subscribers.count())
        if not dry_run:
            with transaction.atomic():
                signatures.delete()
                messages.delete()
                subscribers.delete()
            forget_counts(keys)
        verb = "Would erase" if dry_run else "Erased"
        # The address is not echoed: this output may end up in logs.
        self.stdout.write(
            f"{verb} {counts[0]} signature(s), {counts[1]} action message(s) and "
            f"{counts[2]} newsletter subscription(s)."
        )

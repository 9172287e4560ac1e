from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from campaigns.models import ActionMessage, Signature
from campaigns.petitions.signatures import reconcile
from home.newsletter.models import Subscriber
from portal.emails import canonical_email


def rows_of(model, field, email):
    """The rows of `model` whose `field` is any spelling of `email` (a canonical address).

    New rows hold the canonical spelling and are found by the index. Rows stored before
    spellings were canonicalised (or whose canonical spelling was already taken when the data
    migration ran) may hold another one: those are found by canonicalising every stored address
    in Python. Erasure is rare and must be complete, so a full scan is the right price; a
    migration alone could not rewrite rows that collide with an existing one.
    """
    pks = set(model.objects.filter(**{field: email}).values_list("pk", flat=True))
    others = model.objects.exclude(**{field: email}).values_list("pk", field)
    for pk, stored in others.iterator(chunk_size=5000):
        if canonical_email(stored) == email:
            pks.add(pk)
    return model.objects.filter(pk__in=pks)


class Command(BaseCommand):
    help = (
        "Erase everything held about one person, by email address: their signatures on every "
        "petition, the messages they sent through write-to-your-government actions, and their "
        "newsletter subscription."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address, in any of its spellings.")
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be erased.")

    def handle(self, email, dry_run=False, **options):
        email = canonical_email(email)
        try:
            validate_email(email)
        except Exception as error:
            raise CommandError(f"Not an email address: {email!r}") from error
        signatures = rows_of(Signature, "email", email)
        messages = rows_of(ActionMessage, "sender_email", email)
        subscribers = rows_of(Subscriber, "email", email)
        keys = set(signatures.values_list("petition_key", flat=True))
        counts = (signatures.count(), messages.count(), subscribers.count())
        if not dry_run:
            with transaction.atomic():
                signatures.delete()
                messages.delete()
                subscribers.delete()
                reconcile(keys)  # the counters move with the rows, in this transaction
        verb = "Would erase" if dry_run else "Erased"
        # The address is not echoed: this output may end up in logs.
        self.stdout.write(
            f"{verb} {counts[0]} signature(s), {counts[1]} action message(s) and "
            f"{counts[2]} newsletter subscription(s)."
        )

import uuid

from django.core.management.base import BaseCommand, CommandError

from campaigns.petitions.signatures import reconcile


class Command(BaseCommand):
    help = (
        "Recompute petitions' signature counters from the signatures themselves (all petitions, "
        "or the translation keys given). Safe while people sign: their signatures are counted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "petition_keys", nargs="*", help="Translation keys of the petitions (default: all)."
        )

    def handle(self, petition_keys, **options):
        try:
            keys = [str(uuid.UUID(key)) for key in petition_keys] or None
        except ValueError as error:
            raise CommandError(f"Not a translation key: {error}") from error
        drift = reconcile(keys)
        for key, (before, after) in sorted(drift.items()):
            self.stdout.write(f"{key}: the counter said {before}, the signatures say {after}.")
        self.stdout.write(f"Reconciled; {len(drift)} counter(s) corrected.")

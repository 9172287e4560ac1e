from django.core.management.base import BaseCommand, CommandError

from campaigns import supporters


class Command(BaseCommand):
    help = (
        "Erase everything held about one person, by email address: their signatures on every "
        "petition, the messages they sent through write-to-your-government actions, their "
        "newsletter subscription and the webhook deliveries about them; then forward the "
        "erasure to the CRM's webhook endpoints."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address, in any of its spellings.")
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be erased.")

    def handle(self, email, dry_run=False, **options):
        try:
            email = supporters.validated(email)
        except ValueError as error:
            raise CommandError(str(error)) from error
        if dry_run:
            counts = supporters.find(email).counts()
        else:
            counts = supporters.erase(email)
        verb = "Would erase" if dry_run else "Erased"
        # The address is not echoed: this output may end up in logs.
        self.stdout.write(
            f"{verb} {counts['signatures']} signature(s), {counts['action_messages']} action "
            f"message(s) and {counts['newsletter_subscriptions']} newsletter subscription(s)"
            f" ({counts['webhook_deliveries']} webhook delivery log row(s))."
        )

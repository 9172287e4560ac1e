from django.core.management.base import BaseCommand

from portal.webhooks.delivery import send_due


class Command(BaseCommand):
    help = (
        "Make the webhook attempts that are due: retries, with the immediate task backend, and "
        "first attempts whose task was lost. Safe to run at any time (cron every few minutes): "
        "an attempt is made once, whoever runs it."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Webhook attempts made: {send_due()}")

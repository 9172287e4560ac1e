from django.core.management.base import BaseCommand

from campaigns.actions.letters import LettersNotSent, deliver_letters
from campaigns.models import ActionMessage, LetterDelivery


class Command(BaseCommand):
    help = (
        "Send the letters to officials that a mail relay failure left behind: every confirmed "
        "message whose letters have not all left. Safe to run at any time and as often as you "
        "like (cron every few minutes in production): a letter that left is never sent again."
    )

    def handle(self, *args, **options):
        waiting = (
            ActionMessage.objects.filter(
                status=ActionMessage.Status.CONFIRMED,
                deliveries__status__in=[
                    LetterDelivery.Status.PENDING,
                    LetterDelivery.Status.FAILED,
                ],
            )
            .values_list("pk", flat=True)
            .distinct()
            .order_by("pk")
        )
        sent, failed = 0, 0
        for message_id in waiting:
            try:
                deliver_letters(message_id)
            except LettersNotSent:
                failed += 1
            else:
                sent += 1
        self.stdout.write(f"Messages completed: {sent}; still waiting on the mail relay: {failed}")
        if failed:
            self.stderr.write("Some letters could not be sent: run this command again later.")

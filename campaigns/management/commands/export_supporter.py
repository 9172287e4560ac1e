from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from campaigns import supporters


class Command(BaseCommand):
    help = (
        "Print everything stored about one person, by email address in any spelling, as JSON "
        "(a subject access request): signatures with their consent texts, messages to "
        "officials, newsletter subscriptions and webhook deliveries about them."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address, in any of its spellings.")
        parser.add_argument("--output", metavar="FILE", help="Write the JSON to FILE (UTF-8).")

    def handle(self, email, output=None, **options):
        try:
            email = supporters.validated(email)
        except ValueError as error:
            raise CommandError(str(error)) from error
        document = supporters.export(email)
        text = supporters.to_json(document)
        if supporters.is_empty(document):
            self.stderr.write("Nothing is stored about this address.")
        if output:
            Path(output).write_text(text, encoding="utf-8")
            self.stderr.write(f"Written to {output}.")
        else:
            self.stdout.write(text, ending="")

"""Remove a staff member's authenticator apps, for a lost or replaced phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Remove the authenticator apps of one staff account (a lost or replaced phone). "
        "They set a new one up at their next sign-in when ADMIN_2FA_REQUIRED is on."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account is called {username!r}.")
        removed, _details = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {removed} authenticator app(s) of {username}.")

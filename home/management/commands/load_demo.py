import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.demo.loader import load as load_demo

DEMO_ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Load the demo content (home/demo/: English texts, PO translations, documents) in every "
        "language, and the demo superuser. Safe to run again: it creates what is missing, never "
        "overwrites what an editor changed, and a second run writes nothing."
    )

    def handle(self, *args, **options):
        load_demo(self.stdout)
        self.ensure_admin()

    def ensure_admin(self):
        User = get_user_model()
        password = os.environ.get("DEMO_ADMIN_PASSWORD")
        user = User.objects.filter(username=DEMO_ADMIN_USERNAME).first()
        if user is None:
            generated = not password
            password = password or secrets.token_urlsafe(12)
            User.objects.create_superuser(DEMO_ADMIN_USERNAME, "admin@portal.localhost", password)
            self.stdout.write(self.style.SUCCESS("Demo superuser created."))
            self.stdout.write(f"  Admin:    /admin/  user: {DEMO_ADMIN_USERNAME}")
            if generated:
                self.stdout.write(
                    f"  Password: {password}  (shown once; set DEMO_ADMIN_PASSWORD to choose it)"
                )
            else:
                self.stdout.write("  Password: the value of DEMO_ADMIN_PASSWORD")
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(
                f"Demo superuser '{DEMO_ADMIN_USERNAME}': password set from DEMO_ADMIN_PASSWORD."
            )
        else:
            self.stdout.write(
                f"Demo superuser '{DEMO_ADMIN_USERNAME}' exists; its password was printed "
                "when it was created (set DEMO_ADMIN_PASSWORD to reset it)."
            )

import os
import secrets
from importlib import import_module

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEMO_ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Load the demo content in every language. Idempotent: running it again updates the "
        "demo content in place and duplicates nothing."
    )

    def handle(self, *args, **options):
        # Each app may ship a `demo` module with a `load(stdout)` function; home goes first
        # because it creates the locales, the home pages and the groups the others rely on.
        for app_config in apps.get_app_configs():
            if not app_config.name.startswith(("portal", "home", "campaigns", "events", "search")):
                continue
            try:
                module = import_module(f"{app_config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app_config.name}.demo":
                    raise
                continue
            self.stdout.write(f"Loading demo content: {app_config.label}")
            module.load(self.stdout)
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

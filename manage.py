#!/usr/bin/env python
import os
import secrets
import sys

# Commands that neither serve nor sign anything that outlives them may run without SECRET_KEY:
# they get a random key for this process only. Everything else (runserver, migrate, load_demo,
# the worker...) still stops in portal/settings.py until SECRET_KEY is set.
KEYLESS_COMMANDS = {"check", "makemigrations", "showmigrations", "compile_translations", "help"}

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    if not os.environ.get("SECRET_KEY") and sys.argv[1:2] and sys.argv[1] in KEYLESS_COMMANDS:
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)

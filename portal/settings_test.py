"""The settings of pytest (pyproject.toml): the portal's, with a development SECRET_KEY when the
environment brings none. portal/settings.py refuses to start without one (DEBUG off)."""

import os

os.environ.setdefault("SECRET_KEY", "insecure-test-key-for-pytest-only")

from portal.settings import *  # noqa: E402, F403

# The application page cache stays off: many tests change the database without publishing (or
# inside a transaction whose on_commit purges never run) and read a page again.
# tests/portal/test_app_cache.py switches it on.
PAGE_APP_CACHE = False

"""The settings of pytest (pyproject.toml): the portal's, with a development SECRET_KEY when the
environment brings none. portal/settings.py refuses to start without one (DEBUG off)."""

import os

os.environ.setdefault("SECRET_KEY", "insecure-test-key-for-pytest-only")

from portal.settings import *  # noqa: E402, F403

"""The browser fixtures of tests/browser (headless Chromium, live server with the demo content),
shared rather than copied."""

from tests.browser.conftest import (  # noqa: F401
    _demo_database,
    browser,
    chromium,
    page,
    screenshot,
    site_url,
)

"""End-to-end tests in headless Chromium (Debian's package; Playwright never downloads one).

The site is served by pytest-django's `live_server` from the test database. The live server
needs `transactional_db`, which empties the database after every test, so each test starts from
what the migrations created and gets the demo content back: on SQLite each test restores a copy
of the database with the demo loaded, taken once per test process (tests/demo_database.py),
which takes milliseconds instead of the 48 s of `load_demo`.
"""

import os
from pathlib import Path

import pytest

# The Playwright sync API marks its event loop as running in the test thread, so Django would
# refuse synchronous database access from the fixtures.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium: skip without it, except in CI, which must run these tests."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        message = (
            f"{CHROMIUM} is missing: install Debian's chromium (`make browser`, or "
            "`apt-get install -y chromium` as root) to run the browser tests"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests: {message}", pytrace=False)
        pytest.skip(message)
    return CHROMIUM


# The one Chromium of the test process. Playwright's sync API cannot be started twice at once,
# and other test folders import these fixtures (each import is a fixture of its own for pytest):
# whichever `browser` fixture comes first starts it, the others share it.
_shared = {}


@pytest.fixture(scope="session")
def browser(chromium, django_db_setup):
    """One headless Chromium for the whole session."""
    if "browser" in _shared:
        yield _shared["browser"]
        return

    from django.db import connections
    from playwright.sync_api import sync_playwright

    # With Playwright's loop marked as running, Django keeps database connections per context
    # instead of per thread: from here on the test code gets new connection objects, without
    # the copy of the migrated database that serialized rollback restores (see
    # `_migrated_database`). Hand that copy over to the new connections.
    serialized = {
        connection.alias: connection._test_serialized_contents
        for connection in connections.all()
        if hasattr(connection, "_test_serialized_contents")
    }
    playwright = sync_playwright().start()
    try:
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        _shared["browser"] = browser
        yield browser
        browser.close()
    finally:
        _shared.clear()
        playwright.stop()


def _migrated_database(connection):
    """Empty the database and put back exactly what the migrations created (Wagtail's root page,
    collection, workflow, groups...), whatever the session set up on top of it."""
    from django.core.management import call_command

    call_command(
        "flush",
        database=connection.alias,
        interactive=False,
        inhibit_post_migrate=True,
        verbosity=0,
    )
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(scope="session")
def _demo_database():
    """The demo content is loaded once per test process (tests/demo_database.py) and shared by
    the browser tests of every folder: each of them restores its copy (SQLite)."""
    from tests import demo_database

    return demo_database


@pytest.fixture
def site_url(browser, transactional_db, django_db_serialized_rollback, live_server, _demo_database):
    """The live server's base URL, serving the demo content."""
    from django.db import connection

    connection.ensure_connection()
    if connection.vendor == "sqlite":
        _demo_database.restore_demo(connection)
    else:
        _migrated_database(connection)
        _demo_database.load_demo()
    return live_server.url


@pytest.fixture
def page(browser, site_url):
    """A fresh browser page (its own cookies) on the live server, at desktop width."""
    context = browser.new_context(base_url=site_url, viewport=DESKTOP, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under tests/browser/screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def save(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save

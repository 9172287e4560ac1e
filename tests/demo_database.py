"""The demo content (`load_demo`, about 48 s) loaded once per test process, not once per test.

Loading it into the session's test database would make every test see it, and many tests count
rows (documents, pages, featured items). So only the tests that ask for the `demo` fixture see
it, grouped in a class or a module (see tests/conftest.py), inside a bracket:

- On SQLite (in-memory test database) the demo is loaded once per process into the session's
  state (`migrate` + `setup_portal`, saved by `django_db_setup`), and an in-memory copy of the
  result is kept. A group starts by saving the database as it is, putting the copy in its place
  (SQLite's backup API, milliseconds), and ends by putting the saved database back. The browser
  tests, whose live server needs committed data, restore the same copy before each test.
- On PostgreSQL a group loads the demo in a transaction that is rolled back when the group ends.

Inside a group every test still runs in its own transaction (pytest-django's `db`), rolled back
after it: a test that changes the demo content changes it for itself only.
"""

import io
import sqlite3
from contextlib import contextmanager

# alias -> sqlite3 in-memory copies: the session's state, and that state with the demo loaded.
_session_state = {}
_demo_state = {}


def _copy(connection):
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:")
    connection.connection.backup(copy)
    return copy


def _restore(copy, connection):
    connection.ensure_connection()
    copy.backup(connection.connection)


def load_demo():
    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())


def save_session_state(connection):
    """Called once the session's database is set up: the state every demo copy starts from."""
    if connection.vendor == "sqlite":
        _session_state[connection.alias] = _copy(connection)


def demo_copy(connection):
    """SQLite: the copy of the session's state with the demo loaded, built on first use.
    Built outside any transaction, as `load_demo` runs from the command line: its on-commit
    callbacks (document text extraction, mail tasks) run as it goes."""
    alias = connection.alias
    if alias not in _demo_state:
        current = _copy(connection)
        try:
            if alias in _session_state:
                _restore(_session_state[alias], connection)
            load_demo()
            _demo_state[alias] = _copy(connection)
        finally:
            _restore(current, connection)
            current.close()
    return _demo_state[alias]


def restore_demo(connection):
    """SQLite: replace the database's content with the demo copy (for the live-server tests,
    whose transactional_db empties the database after each test anyway)."""
    _restore(demo_copy(connection), connection)


@contextmanager
def demo_loaded(django_db_blocker):
    """The demo content in the test database for the duration of the block (a class or module
    of tests); the database is as before afterwards."""
    from django.db import connection, transaction
    from django.test import TestCase

    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            saved = _copy(connection)
            restore_demo(connection)
        else:
            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                with TestCase.captureOnCommitCallbacks(execute=True):
                    load_demo()
            except BaseException:
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)
                raise
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            if connection.vendor == "sqlite":
                _restore(saved, connection)
                saved.close()
            else:
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)


@contextmanager
def shared_data(django_db_blocker):
    """A transaction around a class of tests, rolled back after the last one: what the block
    builds (once) every test of the class sees, each in its own transaction inside this one.
    On-commit callbacks registered while building never run, as in a test's own transaction."""
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)

import pytest
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolation():
    """Every test starts in English with an empty cache."""
    cache.clear()
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def portal(db):
    """Locales, a home page per locale, the default site and the groups (as `make run` has)."""
    from home.setup import setup_portal

    return setup_portal()


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    """The demo content of every app, as `python manage.py load_demo` loads it."""
    import io

    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

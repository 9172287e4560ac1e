import pytest
from django.core.cache import cache, caches
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolation():
    """Every test starts in English with empty caches."""
    from campaigns.petitions.views import LOCAL_ABOUT

    cache.clear()
    caches["pages"].clear()
    LOCAL_ABOUT.clear()  # count.json's per-process copies (the page caches' go with their tokens)
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    """Uploads (demo documents, test files) go to a temporary folder, not the project's media/.
    override_settings sends setting_changed, which resets the file storages."""
    from django.test import override_settings

    override = override_settings(
        MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
        DOCUMENTS_ROOT=str(tmp_path_factory.mktemp("documents")),
    )
    override.enable()
    yield
    override.disable()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Set the portal up once in the test database: every test then starts from it (rolled back
    after each test), instead of building seven home pages again each time."""
    from django.db import connection

    from home.setup import setup_portal

    from .demo_database import save_session_state

    with django_db_blocker.unblock():
        setup_portal()
        save_session_state(connection)


@pytest.fixture
def portal(db):
    """Locales, a home page per locale, the default site and the groups (as `make run` has)."""
    from home.setup import setup_portal

    return setup_portal()


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The demo content of every app, as `python manage.py load_demo` loads it, for the tests of a
    class (a module-level test gets it for itself; tests/campaigns/test_demo.py shares it across
    the module). Loaded once per test process, not per test: see tests/demo_database.py. Each
    test still runs in its own transaction (`db`), so what one test changes, the next does not
    see; the tests of the class see nothing else than the demo."""
    from .demo_database import demo_loaded

    with demo_loaded(django_db_blocker):
        yield

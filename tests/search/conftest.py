import itertools

import pytest
from wagtail.models import Locale

from home.models import StandardPage
from search import promotions

_slugs = itertools.count(1)


@pytest.fixture
def homes(portal):
    """The home page of every locale: the source, and its aliases in the other locales."""
    return {locale.language_code: portal.get_translation(locale) for locale in Locale.objects.all()}


@pytest.fixture
def make_page(homes):
    """Create (and by default publish) a standard page in a locale, under its home page."""

    def make(language, title, intro="", body="", parent=None, publish=True, **fields):
        page = StandardPage(
            title=title,
            intro=intro,
            body=body,
            slug=f"page-{next(_slugs)}",
            locale=Locale.objects.get(language_code=language),
            **fields,
        )
        (parent or homes[language]).add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page

    return make


@pytest.fixture
def search_page(client):
    """GET the search page of a language."""

    def get(language, **params):
        return client.get(f"/{language}/search/", params)

    return get


@pytest.fixture(autouse=True)
def empty_query_log():
    """Searches counted but not yet written belong to the test that made them."""
    promotions.discard_query_log()
    yield
    promotions.discard_query_log()

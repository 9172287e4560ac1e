import time

import pytest
from bs4 import BeautifulSoup

from portal.forms import issue_stamp
from portal.localize import sync_page

from .factories import ActionPageFactory, CampaignPageFactory, PetitionPageFactory, TargetFactory


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def valid_stamp(page):
    """A form stamp issued a minute ago: past the minimum fill time, well within its max age."""
    return issue_stamp(page.translation_key, issued_at=time.time() - 60)


def signature_data(petition, **overrides):
    data = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.org",
        "country": "FR",
        "consent": "on",
        "website": "",
        "stamp": valid_stamp(petition),
        "from_page": str(petition.pk),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def sign(client, petition, **overrides):
    return client.post(petition.sign_url, signature_data(petition, **overrides))


def make_campaign(home):
    page = CampaignPageFactory(parent=home, title="Keep the internet open", slug="open")
    sync_page(page)
    return page


@pytest.fixture
def campaign(portal):
    return make_campaign(portal)


@pytest.fixture
def petition(campaign):
    page = PetitionPageFactory(parent=campaign, title="Tell the ITU", slug="tell-the-itu")
    sync_page(page)
    return page


@pytest.fixture
def action(campaign):
    page = ActionPageFactory(parent=campaign, slug="write")
    page.targets.add(TargetFactory(country="FR", language="fr"), TargetFactory(country="FR"))
    page.save_revision().publish()
    sync_page(page)
    return page


@pytest.fixture
def translate_page(django_capture_on_commit_callbacks):
    """Translate a page with wagtail-localize (publishing runs in on_commit callbacks)."""
    from portal.localize import translate

    def run(page, code, strings=None):
        with django_capture_on_commit_callbacks(execute=True):
            return translate(page, code, strings or {})

    return run


@pytest.fixture
def count_queries(client):
    """GET a URL on an empty cache and return (response, number of queries)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def run(url):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        return response, len(queries)

    return run

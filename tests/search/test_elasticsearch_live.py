"""The Elasticsearch backend against a live cluster: what production needs of it.

Skipped unless ELASTICSEARCH_URL names an Elasticsearch 9 node: the compose file's image, with
its port on the host, is enough (README, "Not run here", gives the two commands).
Each test works under its own index prefix and deletes what it created, so a cluster that holds
the site's indexes can run it too. The same contract is checked without a cluster, request by
request, in tests/search/test_elasticsearch.py.
"""

import io
import os
import uuid

import pytest
from django.core.management import call_command
from modelsearch.index import get_indexed_models
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from search.backends.elasticsearch import analyzer_for, index_suffix
from search.query import PageQuery, search_pages

from .test_relevance import RELEVANCE_SET, top_three

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

pytestmark = pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="needs a live Elasticsearch 9: set ELASTICSEARCH_URL to run it",
)

# A plural and its singular, which the language's analyser must reduce to one token.
PLURALS = {
    "en": ("campaigns", "campaign"),
    "fr": ("campagnes", "campagne"),
    "es": ("campañas", "campaña"),
    "ru": ("кампании", "кампания"),
    "pt": ("campanhas", "campanha"),
}


@pytest.fixture
def live(settings):
    """The default search backend on the live cluster, under a prefix of this test's own."""
    prefix = f"portaltest_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 30,
        }
    }
    backend = get_search_backend("default")
    index = backend.get_index_for_model(StandardPage)
    index.reset()
    index.add_model(StandardPage)
    yield backend
    client = backend.es
    for name in client.indices.get(index=f"{prefix}*", expand_wildcards="all"):
        client.indices.delete(index=name)


def refreshed(backend):
    backend.get_index_for_model(StandardPage).refresh()
    return backend


def page_ids(language, text):
    locale = Locale.objects.get(language_code=language)
    return [hit.page_id for hit in search_pages(PageQuery(text, (locale.pk,))).hits]


def tokens(backend, index_name, text):
    found = backend.es.indices.analyze(index=index_name, analyzer="default", text=text)
    return [token["token"] for token in found["tokens"]]


def test_each_locale_index_is_created_with_its_languages_analyser(live):
    index = live.get_index_for_model(StandardPage)
    for language in live.language_codes():
        name = index.sub_indexes[language].name
        assert name.endswith(index_suffix(language))
        found = live.es.indices.get_settings(index=name)[name]["settings"]["index"]
        assert found["analysis"]["analyzer"]["default"]["type"] == analyzer_for(language)
    for language, (plural, singular) in PLURALS.items():
        name = index.sub_indexes[language].name
        assert tokens(live, name, plural) == tokens(live, name, singular), language
        assert len(tokens(live, name, plural)) == 1, language


def test_the_relevance_set_holds_on_the_cluster_in_every_language(live, make_page):
    pages = {}
    for language, data in RELEVANCE_SET.items():
        for key, title, intro, body in data["pages"]:
            # Publishing indexes the page through Wagtail's signal handlers, as on the site.
            pages[language, key] = make_page(language, title, intro, f"<p>{body}</p>")
    refreshed(live)
    misses = [
        (language, query, key)
        for language, data in RELEVANCE_SET.items()
        for query, key in data["queries"]
        if pages[language, key].pk not in top_three(language, query)
    ]
    assert not misses, misses


def test_publishing_and_unpublishing_update_the_cluster(live, make_page):
    page = make_page("fr", "Campagnes numériques", "Nos actions.")
    refreshed(live)
    assert page_ids("fr", "campagne") == [page.pk]

    page.title = "Messageries chiffrées"
    page.save_revision().publish()
    refreshed(live)
    assert page_ids("fr", "messagerie") == [page.pk]

    page.unpublish()
    refreshed(live)
    assert page_ids("fr", "messagerie") == []


class TestTheDemoOnTheCluster:
    def test_the_demo_is_indexed_and_rebuilt_behind_aliases_without_downtime(self, demo, db, live):
        call_command("rebuild_search_index", stdout=io.StringIO())
        refreshed(live)
        for language in live.language_codes():
            assert page_ids(language, "WCIT"), language

        index = live.get_index_for_model(StandardPage)
        french = index.sub_indexes["fr"].name
        before = set(live.es.indices.get_alias(name=french))

        rebuilder = live.rebuilder_class(index)
        new_index = rebuilder.start()
        # While the new indexes fill, readers are still answered from the old ones.
        assert page_ids("fr", "WCIT")
        for model in get_indexed_models():
            if issubclass(model, Page):
                new_index.add_model(model)
                new_index.add_items(model, list(model.get_indexed_objects()))
        rebuilder.finish()

        after = set(live.es.indices.get_alias(name=french))
        assert len(after) == 1 and after != before
        assert not live.es.indices.exists(index=",".join(before))
        assert page_ids("fr", "WCIT")

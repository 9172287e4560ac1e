"""The Elasticsearch 9 backend: one index per locale with its language's analyser.

Checked against the API contract through a fake transport (tests/search/fake_elasticsearch.py):
the settings and mappings of each locale's index, where documents go, and the query bodies. A
last test talks to a real cluster when ELASTICSEARCH_URL is set.
"""

import os
import time
import uuid

import pytest
from django.test import override_settings
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from events.models import EventPage
from home.models import StandardPage
from search.backends.elasticsearch import LocalizedElasticsearchBackend, LocalizedIndex
from search.query import PageQuery

from ..events.factories import EventCalendarPageFactory, EventPageFactory
from .fake_elasticsearch import FakeNode, search_response

ANALYZERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ar": "arabic",
    "ru": "russian",
    "zh_hans": "cjk",
    "pt": "portuguese",
}
FAKE_BACKEND = {
    "BACKEND": "search.backends.elasticsearch",
    "URLS": ["http://elasticsearch.invalid:9200"],
    "INDEX_PREFIX": "test_",
    "OPTIONS": {"node_class": FakeNode},
}


@pytest.fixture
def backend():
    FakeNode.reset()
    params = {key: value for key, value in FAKE_BACKEND.items() if key != "BACKEND"}
    params["OPTIONS"] = dict(params["OPTIONS"])
    yield LocalizedElasticsearchBackend(params)
    FakeNode.reset()


def requests(method=None, suffix=""):
    return [
        request
        for request in FakeNode.requests
        if (method is None or request.method == method) and request.path.endswith(suffix)
    ]


def test_each_locale_has_its_own_index_with_its_languages_analyser(backend, db):
    index = backend.get_index_for_model(StandardPage)
    assert isinstance(index, LocalizedIndex)
    index.put()

    created = {request.index: request.body for request in requests("PUT")}
    assert set(created) == {f"test_wagtailcore_page_{suffix}" for suffix in ANALYZERS}
    for suffix, analyzer in ANALYZERS.items():
        body = created[f"test_wagtailcore_page_{suffix}"]
        analysis = body["settings"]["analysis"]
        assert analysis["analyzer"]["default"] == {"type": analyzer}
        # Wagtail's autocomplete analysers are still there.
        assert "edgengram_analyzer" in analysis["analyzer"]


def test_the_page_mapping_has_the_portal_fields(backend, db):
    backend.get_index_for_model(StandardPage).add_model(StandardPage)
    mappings = requests("PUT", "/_mapping")
    assert len(mappings) == len(ANALYZERS)
    properties = mappings[0].body["properties"]
    assert properties["portal_type"] == {"type": "keyword"}
    assert properties["portal_topics"] == {"type": "long"}
    assert properties["portal_text"] == {"type": "text", "index": False}
    assert properties["portal_extra_text"] == {"type": "text", "copy_to": "_all_text"}
    assert properties["title"]["type"] == "text"
    assert "_all_text" in properties


def test_other_models_keep_wagtails_single_index(backend):
    index = backend.get_index_for_model(Image)
    assert not isinstance(index, LocalizedIndex)
    assert index.name == "test_wagtailimages_image"


def test_pages_are_sent_to_their_locales_index(backend, make_page):
    pages = [
        make_page("en", "Encryption", "Strong encryption."),
        make_page("fr", "Chiffrement", "Un chiffrement solide."),
        make_page("ar", "التشفير", "التشفير القوي."),
    ]
    FakeNode.reset()
    backend.get_index_for_model(StandardPage).add_items(StandardPage, pages)

    sent = {}
    for request in requests("PUT", "/_bulk") + requests("POST", "/_bulk"):
        documents = request.body[1::2]
        sent[request.index] = [document["portal_title"] for document in documents]
    assert sent == {
        "test_wagtailcore_page_en": ["Encryption"],
        "test_wagtailcore_page_fr": ["Chiffrement"],
        "test_wagtailcore_page_ar": ["التشفير"],
    }
    document = requests(suffix="/_bulk")[0].body[1]
    assert document["portal_type"] == "home.standardpage"
    assert document["portal_language"] == "en"
    assert document["portal_is_alias"] is False
    assert document["title"] == "Encryption"


def test_an_event_is_sent_with_its_country_code(backend, homes):
    """A CountryField holds a Country object, which the JSON serialiser cannot send."""
    calendar = EventCalendarPageFactory(parent=homes["en"])
    event = EventPageFactory(parent=calendar, country="QA", city="Doha")
    FakeNode.reset()
    backend.get_index_for_model(EventPage).add_items(EventPage, [event])

    (bulk,) = requests(suffix="/_bulk")
    document = bulk.body[1]
    assert document["events_eventpage__country_filter"] == "QA"
    assert document["portal_title"] == event.title


def test_a_deleted_page_is_removed_from_its_locales_index(backend, make_page):
    page = make_page("fr", "Chiffrement", "Un chiffrement solide.")
    FakeNode.reset()
    backend.delete(page)
    assert [request.path for request in requests("DELETE")] == [
        f"/test_wagtailcore_page_fr/_doc/{page.pk}"
    ]


def test_a_search_in_one_locale_queries_that_locales_index(backend, make_page):
    page = make_page("fr", "Chiffrement", "Un chiffrement solide.")
    fr = Locale.objects.get(language_code="fr")
    FakeNode.reset()
    FakeNode.search_response = {
        "hits": {"total": {"value": 1}, "hits": [{"fields": {"pk": [str(page.pk)]}, "_score": 1}]}
    }

    found = list(backend.search("chiffrés", Page.objects.live().filter(locale=fr)))

    assert found == [page.page_ptr]
    search = requests(suffix="/_search")[0]
    assert search.index == "test_wagtailcore_page_fr"
    query = search.body["query"]["bool"]
    assert query["must"]["multi_match"]["query"] == "chiffrés"
    assert "_all_text" in query["must"]["multi_match"]["fields"]
    assert {"term": {"locale_id_filter": fr.pk}} in query["filter"][1]["bool"]["must"]


def test_a_search_without_locale_queries_every_locales_index(backend, db):
    list(backend.search("anything", Page))
    assert requests(suffix="/_search")[0].index == ",".join(
        f"test_wagtailcore_page_{suffix}" for suffix in ANALYZERS
    )


def test_the_search_page_query_asks_for_counts_filters_and_display_fields(backend, make_page):
    page = make_page("fr", "Chiffrement", "Un chiffrement solide.")
    fr = Locale.objects.get(language_code="fr")
    FakeNode.reset()
    FakeNode.search_response = search_response(
        [
            {
                "_score": 2.5,
                "_source": {
                    "pk": str(page.pk),
                    "portal_title": "Chiffrement",
                    "portal_text": "Un chiffrement solide.",
                    "portal_date": "2026-11-23",
                    "portal_type": "home.standardpage",
                    "portal_language": "fr",
                    "portal_translation_key": str(page.translation_key),
                    "portal_is_alias": False,
                },
            }
        ],
        type_counts={"home.standardpage": 1},
        topic_counts={7: 1},
    )

    results = backend.page_search(
        PageQuery("chiffrés", (fr.pk,), page_type="home.standardpage", topic_id=7)
    )

    assert [(hit.title, hit.url_path, hit.language) for hit in results.hits] == [
        ("Chiffrement", page.url_path, "fr")
    ]
    assert results.total == 1
    assert results.type_counts == {"home.standardpage": 1}
    assert results.topic_counts == {7: 1}
    request = requests(suffix="/_search")[0]
    assert request.index == "test_wagtailcore_page_fr"
    body = request.body
    exact, fuzzy, prefix = body["query"]["bool"]["must"]["bool"]["should"]
    assert exact["multi_match"]["query"] == "chiffrés"
    assert body["post_filter"] == {
        "bool": {
            "filter": [
                {"term": {"portal_type": "home.standardpage"}},
                {"term": {"portal_topics": 7}},
            ]
        }
    }
    # Counts per type ignore the type filter; counts per topic ignore the topic filter.
    assert body["aggs"]["types"]["filter"] == {"term": {"portal_topics": 7}}
    assert body["aggs"]["topics"]["filter"] == {"term": {"portal_type": "home.standardpage"}}
    assert "portal_title" in body["_source"]
    assert body["from"] == 0 and body["size"] == 10


def test_results_in_other_languages_query_the_other_locales_without_aliases(backend, db):
    from home.setup import setup_portal

    setup_portal()
    others = Locale.objects.exclude(language_code="fr").order_by("language_code")
    backend.page_search(
        PageQuery(
            "wikipedia",
            tuple(locale.pk for locale in others),
            include_aliases=False,
            exclude_translation_keys=frozenset({"abc"}),
        ),
        per_page=5,
        facets=False,
    )
    request = requests(suffix="/_search")[0]
    assert set(request.index.split(",")) == {
        f"test_wagtailcore_page_{suffix}" for suffix in ANALYZERS if suffix != "fr"
    }
    filters = request.body["query"]["bool"]["filter"]
    assert {"term": {"portal_is_alias": False}} in filters
    assert {"bool": {"must_not": {"terms": {"portal_translation_key": ["abc"]}}}} in filters
    assert "aggs" not in request.body


def test_autocomplete_matches_title_prefixes_in_the_readers_locale(backend, portal):
    es = Locale.objects.get(language_code="es")
    backend.page_autocomplete("campa", (es.pk,))
    request = requests(suffix="/_search")[0]
    assert request.index == "test_wagtailcore_page_es"
    assert request.body["query"]["bool"]["must"]["match"]["_edgengrams"]["query"] == "campa"


def test_rebuilding_creates_new_locale_indexes_behind_aliases(backend, db):
    index = backend.get_index_for_model(StandardPage)
    rebuilder = backend.rebuilder_class(index)
    new_index = rebuilder.start()
    rebuilder.finish()

    created = [request for request in requests("PUT") if "/" not in request.path.strip("/")]
    names = {request.index for request in created}
    assert len(names) == len(ANALYZERS)
    french = next(r for r in created if r.index.startswith("test_wagtailcore_page_fr_"))
    assert french.body["settings"]["analysis"]["analyzer"]["default"] == {"type": "french"}
    aliases = [request.path for request in requests("PUT") if "/_alias/" in request.path]
    assert f"/{french.index}/_alias/test_wagtailcore_page_fr" in aliases
    assert isinstance(new_index, LocalizedIndex)


def test_the_search_page_runs_on_elasticsearch(make_page, client):
    page = make_page("fr", "Chiffrement", "Un chiffrement solide.")
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": FAKE_BACKEND}):
        FakeNode.reset()
        FakeNode.search_response = search_response(
            [
                {
                    "_score": 1.0,
                    "_source": {
                        "pk": str(page.pk),
                        "portal_title": "Chiffrement",
                        "portal_text": "Un chiffrement solide.",
                        "portal_date": "2026-11-23",
                        "portal_type": "home.standardpage",
                        "portal_language": "fr",
                        "portal_translation_key": str(page.translation_key),
                        "portal_is_alias": False,
                    },
                }
            ]
            * 3,
            type_counts={"home.standardpage": 3},
        )
        response = client.get("/fr/search/", {"q": "chiffrés"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Chiffrement</mark>" in content
    assert "Un <mark>chiffrement</mark> solide." in content
    FakeNode.reset()


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs a live Elasticsearch 9: set ELASTICSEARCH_URL to run it",
)
def test_a_live_cluster_finds_inflected_words_in_each_locale(make_page):
    prefix = f"portaltest_{uuid.uuid4().hex[:8]}_"
    backend = LocalizedElasticsearchBackend(
        {"URLS": [os.environ["ELASTICSEARCH_URL"]], "INDEX_PREFIX": prefix}
    )
    index = backend.get_index_for_model(StandardPage)
    try:
        index.reset()
        index.add_model(StandardPage)
        pages = {
            "fr": make_page("fr", "Les campagnes numériques", "Nos activités."),
            "es": make_page("es", "Campañas digitales", "Nuestras actividades."),
            "ru": make_page("ru", "Цифровые кампании", "Наша работа."),
            "zh-hans": make_page("zh-hans", "数字权利运动", "我们的工作。"),
        }
        index.add_items(StandardPage, list(pages.values()))
        index.refresh()
        time.sleep(1)
        queries = {"fr": "campagne", "es": "campaña", "ru": "кампания", "zh-hans": "数字"}
        for language, query in queries.items():
            locale = Locale.objects.get(language_code=language)
            results = backend.page_search(PageQuery(query, (locale.pk,)))
            assert [hit.page_id for hit in results.hits] == [pages[language].pk], language
    finally:
        index.delete()


def test_the_search_page_query_forgives_typos_and_completes_the_last_word(backend, db):
    fr = Locale.objects.get(language_code="fr")
    FakeNode.reset()
    FakeNode.search_response = search_response([])
    backend.page_search(PageQuery("chiffremnet solid", (fr.pk,)))
    should = requests(suffix="/_search")[0].body["query"]["bool"]["must"]["bool"]["should"]
    exact, fuzzy, prefix = (clause["multi_match"] for clause in should)
    # Exact matches rank above fuzzy ones; Meilisearch's typo rules; the last word a prefix.
    assert exact["boost"] > 1 and "fuzziness" not in exact
    assert (fuzzy["fuzziness"], fuzzy["fuzzy_transpositions"]) == ("AUTO:5,9", True)
    assert prefix["type"] == "bool_prefix"
    assert {clause["multi_match"]["query"] for clause in should} == {"chiffremnet solid"}


def test_a_query_ending_with_a_space_has_no_prefix_clause(backend, db):
    fr = Locale.objects.get(language_code="fr")
    FakeNode.reset()
    FakeNode.search_response = search_response([])
    backend.page_search(PageQuery("chiffrement ", (fr.pk,)))
    should = requests(suffix="/_search")[0].body["query"]["bool"]["must"]["bool"]["should"]
    assert all(clause["multi_match"].get("type") != "bool_prefix" for clause in should)


def test_synonyms_are_a_synonym_filter_of_the_search_analyser(backend, db):
    from search.models import SynonymSet

    SynonymSet.objects.create(language="", terms="ITU\nUIT\nМСЭ\n国际电联")
    SynonymSet.objects.create(language="fr", terms="courriel\ne-mail")
    SynonymSet.objects.create(language="en", terms="mail\nemail")
    backend.get_index_for_model(StandardPage).put()
    created = {request.index: request.body for request in requests("PUT")}
    french = created["test_wagtailcore_page_fr"]["settings"]["analysis"]
    search_chain = french["analyzer"]["default_search"]["filter"]
    synonym_filters = [
        french["filter"][name]
        for name in search_chain
        if name in french.get("filter", {}) and french["filter"][name]["type"] == "synonym_graph"
    ]
    assert synonym_filters[0]["synonyms"] == ["ITU, UIT, МСЭ, 国际电联", "courriel, e-mail"]
    # The index analyser stays the built-in French one.
    assert french["analyzer"]["default"] == {"type": "french"}
    assert "lowercase" in search_chain


def test_chinese_is_folded_to_simplified_characters_in_documents_and_queries(backend, make_page):
    page = make_page("zh-hans", "數字權利", "我們的網際網路")
    zh = Locale.objects.get(language_code="zh-hans")
    FakeNode.reset()
    backend.get_index_for_model(StandardPage).add_item(page)
    bulk = requests(suffix="/_bulk")[0].body
    document = bulk[1]
    assert document["title"] == "数字权利"
    assert document["portal_title"] == "數字權利"
    FakeNode.search_response = search_response([])
    backend.page_search(PageQuery("數字權利", (zh.pk,)))
    should = requests(suffix="/_search")[0].body["query"]["bool"]["must"]["bool"]["should"]
    assert should[0]["multi_match"]["query"] == "数字权利"

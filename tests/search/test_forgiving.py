"""Typos, prefixes, synonyms and "did you mean" as readers and editors meet them; the vocabulary
and the Portuguese spellings underneath (the ranking itself: test_relevance_forgiving.py)."""

import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search import analysis, vocabulary
from search.models import SynonymSet, VocabularyKey, VocabularyWord
from search.query import PageQuery, search_pages


def found(language, text):
    locale = Locale.objects.get(language_code=language)
    return [hit.title for hit in search_pages(PageQuery(text, (locale.pk,))).hits]


@pytest.mark.parametrize(
    "first, second, typos",
    [
        ("government", "goverment", 1),
        ("petition", "petitoin", 1),  # a transposition is one typo
        ("neutrality", "nuetralyty", 2),
        ("bread", "break", 1),
        ("abc", "abc", 0),
        ("campaign", "xxxxxxxx", 3),  # over the limit: limit + 1
    ],
)
def test_typos_are_counted_with_transpositions_as_one(first, second, typos):
    assert vocabulary.distance(first, second, 2) == typos


def test_meilisearch_typo_rules_by_word_length():
    assert [vocabulary.allowed_typos("x" * n) for n in (3, 4, 5, 8, 9, 12)] == [0, 0, 1, 1, 2, 2]


def test_two_words_within_two_typos_share_a_deletion_key():
    for word, typo in [("surveillance", "survaillanse"), ("encryption", "encrpytion")]:
        assert vocabulary.stored_keys(word) & vocabulary.deletions(typo, 2)


@pytest.mark.parametrize(
    "european, brazilian",
    [
        ("controlo", "controle"),
        ("facto", "fato"),
        ("acção", "ação"),
        ("acções", "ações"),
        ("actual", "atual"),
        ("direcção", "direção"),
        ("óptimo", "ótimo"),
        ("receção", "recepção"),
    ],
)
def test_portuguese_spellings_of_both_countries_give_a_common_term(european, brazilian):
    assert set(analysis.index_terms(european, "pt")) & set(analysis.index_terms(brazilian, "pt"))


def test_portuguese_words_that_keep_their_consonant_stay_apart():
    assert not set(analysis.index_terms("pacto", "pt")) & set(analysis.index_terms("pato", "pt"))


def test_indexing_fills_the_vocabulary_and_a_rebuild_starts_it_afresh(make_page):
    from django.core.management import call_command

    page = make_page("fr", "Élections libres", "Les électeurs votent.")
    words = dict(VocabularyWord.objects.filter(language="fr").values_list("word", "display"))
    assert words["elections"] == "élections"
    assert VocabularyKey.objects.filter(language="fr", word="elections").exists()
    page.delete()
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert not VocabularyWord.objects.filter(word="elections").exists()


def test_a_typo_and_a_half_typed_word_find_the_page(make_page):
    make_page("en", "The government's petition", "Sign it.")
    make_page("es", "Petición al gobierno", "Firme.")
    assert found("en", "goverment") == ["The government's petition"]
    assert found("en", "governm") == ["The government's petition"]
    assert found("es", "peticoin") == ["Petición al gobierno"]
    # Under five letters, no typo is forgiven.
    assert found("en", "sigm") == []


def test_a_query_with_a_wrong_word_ranks_pages_matching_the_others(make_page):
    make_page("en", "Encryption protects journalists", "Strong encryption.")
    make_page("en", "Journalists at work", "A day at the newsroom.")
    assert found("en", "encryption journalists qqqqzzzz") == [
        "Encryption protects journalists",
        "Journalists at work",
    ]


def test_synonyms_find_each_other_in_every_language_or_one(make_page):
    make_page("en", "The International Telecommunication Union meets", "In Dubai.")
    make_page("ru", "Конференция МСЭ", "В Дубае.")
    make_page("fr", "Écrivez-nous un courriel", "Réponse sous une semaine.")
    SynonymSet.objects.create(
        terms="ITU\nUIT\nМСЭ\n国际电联\nInternational Telecommunication Union"
    )
    SynonymSet.objects.create(language="fr", terms="courriel\ne-mail")
    assert found("en", "ITU") == ["The International Telecommunication Union meets"]
    assert found("ru", "itu") == ["Конференция МСЭ"]
    assert found("fr", "e-mail") == ["Écrivez-nous un courriel"]
    # A French synonym set does not hold in English.
    make_page("en", "Write us an e-mail", "")
    assert found("en", "courriel") == []


def test_editors_add_synonyms_in_the_admin(admin_client, make_page):
    make_page("en", "World Conference on International Telecommunications", "WCIT-12.")
    response = admin_client.post(
        "/admin/snippets/search/synonymset/add/", {"language": "en", "terms": "WCIT\nDubai 2012"}
    )
    assert response.status_code == 302
    assert found("en", "dubai 2012") == ["World Conference on International Telecommunications"]


def test_a_synonym_set_of_one_term_is_refused_with_a_message(admin_client):
    response = admin_client.post(
        "/admin/snippets/search/synonymset/add/", {"language": "en", "terms": "ITU\n ITU "}
    )
    assert response.status_code == 200
    assert "Give at least two terms, one per line." in response.content.decode()
    response = admin_client.post(
        "/admin/snippets/search/synonymset/add/", {"language": "xx", "terms": "ITU\nUIT"}
    )
    assert response.status_code == 200
    assert not SynonymSet.objects.exists()


@pytest.mark.parametrize(
    "language, query, suggestion, text",
    [
        ("en", "goverment petiton", "government petition", "Did you mean"),
        ("fr", "gouvernemant", "gouvernement", "Vouliez-vous dire"),
        ("ar", "الحكومة الرقميا", "الحكومة الرقمية", "هل تقصد"),
    ],
)
def test_did_you_mean_links_to_the_indexs_own_spelling(
    make_page, search_page, language, query, suggestion, text
):
    titles = {
        "en": ("Government petition", "Sign the petition to the government."),
        "fr": ("Le gouvernement", "Le gouvernement répond."),
        "ar": ("الحكومة الرقمية", "الحكومة الرقمية للجميع."),
    }
    make_page(language, *titles[language])
    with CaptureQueriesContext(connection) as queries:
        content = search_page(language, q=query).content.decode()
    link = re.search(r'<p class="search-suggestion">(.*?)</p>', content, re.S)
    assert link, content
    assert text in link.group(1)
    assert f">{suggestion}</a>" in link.group(1)
    assert "?q=" in link.group(1)
    # Few results: the search, its all-words-then-any-word retry, the other languages and the
    # suggestion, each with its vocabulary lookups; a ceiling that does not depend on the pages.
    assert len(queries.captured_queries) <= 60


def test_no_suggestion_when_the_words_are_known(make_page, search_page):
    make_page("en", "Government petition", "Sign it.")
    content = search_page("en", q="government").content.decode()
    assert "search-suggestion" not in content


def test_the_demo_loader_creates_its_synonyms_once(db):
    from home.demo import synonyms

    out = io.StringIO()
    synonyms.load(out)
    synonyms.load(out)
    assert SynonymSet.objects.count() == 6
    assert "(0 new sets)" in out.getvalue()
    itu = SynonymSet.objects.get(terms__startswith="ITU")
    assert "国际电联" in itu.term_list()

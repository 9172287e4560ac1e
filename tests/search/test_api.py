"""API v2 `?search=` uses the language-aware search."""

import pytest


def titles(response):
    return [item["title"] for item in response.json()["items"]]


def test_api_search_in_a_locale_matches_inflected_forms(make_page, client):
    make_page("fr", "Campagne pour la neutralité", "Les opérateurs.")
    make_page("en", "Campaign for neutrality", "Providers.")
    response = client.get("/api/v2/pages/", {"search": "campagnes", "locale": "fr"})
    assert response.status_code == 200
    assert titles(response) == ["Campagne pour la neutralité"]


def test_api_search_without_locale_matches_each_page_in_its_language(make_page, client):
    make_page("es", "Campañas digitales", "Texto.")
    make_page("ru", "Кампании", "Текст.")
    assert titles(client.get("/api/v2/pages/", {"search": "campañas"})) == ["Campañas digitales"]
    assert titles(client.get("/api/v2/pages/", {"search": "кампания"})) == ["Кампании"]


def test_api_search_can_be_combined_with_other_filters_and_ordering(make_page, client):
    make_page("en", "B campaign", "Text.")
    make_page("en", "A campaign", "Text.")
    response = client.get(
        "/api/v2/pages/",
        {"search": "campaign", "locale": "en", "order": "title", "type": "home.StandardPage"},
    )
    assert titles(response) == ["A campaign", "B campaign"]


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "a" * 10_000, "-x"])
def test_api_search_never_fails_on_odd_queries(client, portal, query):
    assert client.get("/api/v2/pages/", {"search": query, "locale": "en"}).status_code == 200


def test_api_refuses_an_unknown_operator(client, portal):
    response = client.get("/api/v2/pages/", {"search": "x", "search_operator": "xor"})
    assert response.status_code == 400

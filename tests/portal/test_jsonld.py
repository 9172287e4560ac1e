"""JSON-LD on every page: the organisation on home pages, breadcrumbs below them."""

import json

from bs4 import BeautifulSoup

from home.models import StandardPage
from portal.localize import sync_page


def json_ld(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]


def test_the_home_page_describes_the_organisation(client, portal):
    (data,) = json_ld(client.get("/en/"))
    assert data == {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": "Open Internet Campaigns",
        "url": "http://127.0.0.1:8000/",
    }


def test_every_home_page_describes_the_organisation(client, portal):
    for language in ["fr", "ar", "zh-hans"]:
        assert [data["@type"] for data in json_ld(client.get(f"/{language}/"))] == ["NGO"]


def test_pages_below_the_home_page_carry_breadcrumbs(client, portal):
    about = StandardPage(title="About us", slug="about")
    portal.add_child(instance=about)
    about.save_revision().publish()
    team = StandardPage(title="Team", slug="team")
    about.add_child(instance=team)
    team.save_revision().publish()
    sync_page(about)
    sync_page(team)
    (crumbs,) = json_ld(client.get("/en/about/team/"))
    assert crumbs["@type"] == "BreadcrumbList"
    assert crumbs["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://127.0.0.1:8000/en/"},
        {
            "@type": "ListItem",
            "position": 2,
            "name": "About us",
            "item": "http://127.0.0.1:8000/en/about/",
        },
        {
            "@type": "ListItem",
            "position": 3,
            "name": "Team",
            "item": "http://127.0.0.1:8000/en/about/team/",
        },
    ]
    # In another language the trail runs through that language's pages.
    (french,) = json_ld(client.get("/fr/about/team/"))
    assert [item["item"] for item in french["itemListElement"]][0] == "http://127.0.0.1:8000/fr/"


def test_views_that_are_not_pages_have_no_breadcrumbs(client, portal):
    assert json_ld(client.get("/en/search/")) == []

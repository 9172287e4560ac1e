"""Meta descriptions on every page; no canonical or hreflang links where nothing is to index."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from home.models import StandardPage
from portal.templatetags.portal_tags import shorten

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def description(response):
    tags = soup(response).find_all("meta", attrs={"name": "description"})
    assert len(tags) == 1
    return tags[0]["content"]


def language_links(response):
    html = soup(response)
    return html.find_all("link", rel="canonical") + html.find_all("link", rel="alternate")


def add_page(portal, **fields):
    page = StandardPage(**fields)
    portal.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_long_text_is_cut_at_a_word_under_160_characters():
    text = "Every word counts in a petition. " * 10
    short = shorten(text)
    assert len(short) <= 160
    assert short.endswith("…")
    assert text.startswith(short[:-1])
    assert shorten("  Two\nlines  ") == "Two lines"


def test_text_without_spaces_is_cut_at_160_characters():
    short = shorten("互联网属于我们所有人" * 30)
    assert len(short) == 160
    assert short.endswith("…")


def test_page_description_comes_from_its_intro(portal, client):
    intro = "Governments shut the internet down during protests and exams. " * 4
    add_page(portal, title="Shutdowns", slug="shutdowns", intro=intro)
    content = description(client.get("/en/shutdowns/"))
    assert content.startswith("Governments shut the internet down")
    assert len(content) <= 160


def test_search_description_wins_over_the_intro(portal, client):
    add_page(
        portal, title="About", slug="about", intro="Our intro.", search_description="Who we are."
    )
    assert description(client.get("/en/about/")) == "Who we are."


def test_page_without_intro_gets_the_site_description(portal, client):
    add_page(portal, title="Bare", slug="bare")
    assert description(client.get("/en/bare/")) == (
        "Open Internet Campaigns campaigns for an open, free and safe internet: petitions, "
        "actions, events and resources in many languages."
    )


def test_privacy_notice_has_a_translated_description(portal, client):
    assert description(client.get("/en/privacy/")).startswith(
        "How Open Internet Campaigns handles the personal data"
    )
    french = description(client.get("/fr/privacy/"))
    assert french.startswith("Comment Open Internet Campaigns traite les données personnelles")
    assert len(french) <= 160
    assert "البيانات الشخصية" in description(client.get("/ar/privacy/"))


def test_search_page_has_a_description_and_no_canonical_or_hreflang(portal, client):
    for path in ["/en/search/", "/en/search/?q=internet", "/ru/search/?q=интернет"]:
        response = client.get(path)
        assert response.status_code == 200
        assert description(response)
        assert language_links(response) == [], path
    chinese = description(client.get("/zh-hans/search/"))
    assert chinese == "搜索 Open Internet Campaigns 的运动、请愿、活动和资源。"


def test_404_page_has_a_description_and_no_canonical_or_hreflang(portal, client):
    for path in ["/en/no-such-page/", "/fr/nulle-part/", "/xx/"]:
        response = client.get(path)
        assert response.status_code == 404
        assert description(response)
        assert language_links(response) == [], path
    assert "pétitions" in description(client.get("/fr/nulle-part/"))


def test_real_pages_keep_their_canonical(portal, client):
    add_page(portal, title="About", slug="about", intro="Our intro.")
    links = language_links(client.get("/en/about/"))
    assert [link["href"] for link in links if link["rel"] == ["canonical"]] == [
        "http://127.0.0.1:8000/en/about/"
    ]


class TestEveryPageTypeOfTheDemo:
    """One live page of each type, in English and Arabic, from the demo content."""

    @pytest.mark.parametrize("language", ["en", "ar"])
    def test_every_page_type_has_a_short_description(self, demo, client, language):
        seen = []
        for content_type in ContentType.objects.filter(
            pk__in=Page.objects.live().filter(depth__gt=1).values("content_type")
        ):
            page = (
                Page.objects.live()
                .filter(content_type=content_type, locale__language_code=language)
                .order_by("path")
                .first()
            )
            if page is None:
                continue
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            content = description(response)
            assert content.strip(), page.url
            assert len(content) <= 160, page.url
            seen.append(content_type.model)
        assert {"homepage", "petitionpage", "eventpage", "outcomebriefpage"} <= set(seen)

"""What crawlers read: the sitemap index, one sitemap per language, robots.txt."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage
from portal.localize import sync_page, translate

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8000"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def entries(response):
    """{loc: {"lastmod": ..., "alternates": {hreflang: href}}} of a urlset."""
    result = {}
    for url in parse(response).findall("sm:url", NS):
        result[url.findtext("sm:loc", namespaces=NS)] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            },
        }
    return result


def add_page(parent, slug, title="A page"):
    page = StandardPage(title=title, slug=slug, intro="Who we are.")
    parent.add_child(instance=page)
    page.save_revision().publish()
    sync_page(page)
    return page


@pytest.fixture
def about(portal, django_capture_on_commit_callbacks):
    """An English page translated into French only: an alias in every other language."""
    page = add_page(portal, "about", "About us")
    with django_capture_on_commit_callbacks(execute=True):
        translate(page, "fr", {"About us": "Qui sommes-nous", "Who we are.": "Qui nous sommes."})
    return page


def test_index_points_at_the_sitemap_of_each_language_with_real_pages(about, client):
    # Only the English tree and the French translation of "About us" are real pages here; the
    # other languages hold aliases only.
    sitemaps = parse(client.get("/sitemap.xml")).findall("sm:sitemap", NS)
    locations = [node.findtext("sm:loc", namespaces=NS) for node in sitemaps]
    assert locations == [f"{BASE}/sitemap-en.xml", f"{BASE}/sitemap-fr.xml"]
    assert all(node.findtext("sm:lastmod", namespaces=NS) for node in sitemaps)


def test_english_sitemap_lists_the_page_with_its_french_translation(about, client):
    urls = entries(client.get("/sitemap-en.xml"))
    assert f"{BASE}/en/" in urls
    entry = urls[f"{BASE}/en/about/"]
    assert entry["alternates"] == {
        "en": f"{BASE}/en/about/",
        "fr": f"{BASE}/fr/about/",
        "x-default": f"{BASE}/en/about/",
    }
    about.refresh_from_db()
    assert entry["lastmod"] == about.last_published_at.isoformat()


def test_french_sitemap_lists_the_translation_with_the_same_alternates(about, client):
    urls = entries(client.get("/sitemap-fr.xml"))
    assert urls[f"{BASE}/fr/about/"]["alternates"] == {
        "en": f"{BASE}/en/about/",
        "fr": f"{BASE}/fr/about/",
        "x-default": f"{BASE}/en/about/",
    }


def test_aliases_are_left_out(about, client):
    # Spanish has the page only as an alias of the English one: it shows English text.
    assert Page.objects.filter(locale__language_code="es", slug="about").exclude(alias_of=None)
    assert entries(client.get("/sitemap-es.xml")) == {}
    for entry in entries(client.get("/sitemap-en.xml")).values():
        assert "/es/about/" not in " ".join(entry["alternates"].values())


def test_unpublished_and_restricted_pages_are_left_out(portal, client):
    draft = add_page(portal, "draft")
    draft.unpublish()
    members = add_page(portal, "members")
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    urls = entries(client.get("/sitemap-en.xml"))
    assert f"{BASE}/en/draft/" not in urls
    assert f"{BASE}/en/members/" not in urls


def test_unknown_language_or_page_number_is_a_404(portal, client):
    assert client.get("/sitemap-xx.xml").status_code == 404
    assert client.get("/sitemap-en.xml?p=9").status_code == 404
    assert client.get("/sitemap-en.xml?p=abc").status_code == 404


def test_long_sitemaps_are_split_into_files(about, client, monkeypatch):
    monkeypatch.setattr("portal.seo.SITEMAP_PAGE_SIZE", 1)
    sitemaps = parse(client.get("/sitemap.xml")).findall("sm:sitemap", NS)
    locations = [node.findtext("sm:loc", namespaces=NS) for node in sitemaps]
    assert locations == [
        f"{BASE}/sitemap-en.xml",
        f"{BASE}/sitemap-en.xml?p=2",
        f"{BASE}/sitemap-fr.xml",
    ]
    assert list(entries(client.get("/sitemap-en.xml"))) == [f"{BASE}/en/"]
    second = entries(client.get("/sitemap-en.xml?p=2"))
    assert second[f"{BASE}/en/about/"]["alternates"]["fr"] == f"{BASE}/fr/about/"


def test_query_count_does_not_grow_with_pages(portal, client):
    add_page(portal, "one")
    client.get("/sitemap-en.xml")  # the site root paths are cached after the first request
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap-en.xml")
    for number in range(12):
        add_page(portal, f"more-{number}")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/sitemap-en.xml")
    assert len(entries(response)) >= 13
    assert len(many) <= len(few) <= 6


def test_sitemaps_are_cacheable(about, client):
    for path in ["/sitemap.xml", "/sitemap-en.xml", "/robots.txt"]:
        response = client.get(path)
        assert "public" in response["Cache-Control"], path


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out(portal, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    for path in ["/admin/", "/api/", "/en/search/", "/ar/search/", "/zh-hans/search/"]:
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines


class TestDemoSitemaps:
    """The sitemaps of the whole demo content, in every language."""

    def test_no_alias_and_every_alternate_reciprocal(self, demo, client):
        index = parse(client.get("/sitemap.xml"))
        urls = {}
        for node in index.findall("sm:sitemap", NS):
            location = node.findtext("sm:loc", namespaces=NS)
            urls.update(entries(client.get(location.removeprefix(BASE))))
        aliases = {
            BASE + page.url
            for page in Page.objects.live().filter(depth__gt=1).exclude(alias_of=None)
        }
        assert aliases, "the demo has untranslated pages"
        assert urls
        assert not aliases & set(urls)
        for location, entry in urls.items():
            assert entry["lastmod"], location
            alternates = entry["alternates"]
            assert location in alternates.values()
            for code, href in alternates.items():
                assert href not in aliases
                if code != "x-default":
                    assert urls[href]["alternates"] == alternates, (location, href)
        assert any("ar" in entry["alternates"] for entry in urls.values())

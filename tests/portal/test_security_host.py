"""The Host header is the client's word: a host we do not serve gets a 400 page, and no link the
portal writes (canonical, hreflang, API URLs) comes from it; they come from BASE_URL."""

import json

import pytest
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_unknown_host_gets_the_400_page(client, portal, settings):
    settings.DEBUG = False
    response = client.get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_page_links_come_from_base_url(client, portal, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "evil.test", "testserver"]
    html = client.get("/en/", HTTP_HOST="evil.test").content.decode()
    assert 'rel="canonical"' in html
    assert f'rel="canonical" href="{settings.BASE_URL}/en/"' in html
    assert f'hreflang="en" href="{settings.BASE_URL}/en/"' in html
    assert "evil.test" not in html


def test_site_follows_base_url(portal, settings):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)


def test_api_urls_come_from_base_url(client, portal, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "evil.test", "testserver"]
    listing = client.get("/api/v2/pages/", HTTP_HOST="evil.test")
    assert listing.status_code == 200
    data = json.loads(listing.content)
    assert data["items"]
    text = listing.content.decode()
    assert "evil.test" not in text
    for item in data["items"]:
        assert item["meta"]["detail_url"].startswith(settings.BASE_URL + "/")
    detail = client.get(data["items"][0]["meta"]["detail_url"], HTTP_HOST="evil.test")
    assert "evil.test" not in detail.content.decode()
    assert json.loads(detail.content)["meta"]["html_url"].startswith(settings.BASE_URL + "/")

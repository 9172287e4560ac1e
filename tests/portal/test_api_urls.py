"""The API's detail_url and html_url use BASE_URL's origin, whatever host the request named."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from home.setup import ensure_site_matches_base_url

ORIGIN = "https://campaigns.example.org"


@pytest.fixture
def served_at_origin(settings, portal):
    settings.BASE_URL = ORIGIN
    settings.WAGTAILAPI_BASE_URL = ORIGIN
    settings.ALLOWED_HOSTS = ["campaigns.example.org", "localhost", "127.0.0.1"]
    ensure_site_matches_base_url()


def test_migrate_sets_the_default_site_from_base_url(settings, portal):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    settings.BASE_URL = ORIGIN
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("campaigns.example.org", 443)
    assert site.root_url == ORIGIN


def test_a_non_default_port_is_kept(settings, portal):
    settings.BASE_URL = "http://campaigns.example.org:8080"
    ensure_site_matches_base_url()
    assert Site.objects.get(is_default_site=True).root_url == "http://campaigns.example.org:8080"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1:8000", "campaigns.example.org"])
def test_api_urls_use_the_served_origin(client, served_at_origin, host):
    response = client.get("/api/v2/pages/", {"fields": "_,html_url,detail_url"}, HTTP_HOST=host)
    items = response.json()["items"]
    assert items
    for item in items:
        assert item["meta"]["detail_url"].startswith(f"{ORIGIN}/api/v2/pages/")
        assert item["meta"]["html_url"].startswith(f"{ORIGIN}/")
    urls = [item["meta"]["html_url"] for item in items]
    assert f"{ORIGIN}/en/" in urls and f"{ORIGIN}/ar/" in urls
    assert not any(":8000" in url or "localhost" in url for url in urls)


def test_one_page_in_the_api_links_to_the_served_origin(client, served_at_origin, portal):
    response = client.get(f"/api/v2/pages/{portal.pk}/", HTTP_HOST="localhost")
    meta = response.json()["meta"]
    assert meta["detail_url"] == f"{ORIGIN}/api/v2/pages/{portal.pk}/"
    assert meta["html_url"] == f"{ORIGIN}/en/"

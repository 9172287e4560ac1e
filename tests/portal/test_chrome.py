"""The page frame kept per process (portal/chrome.py) and the country selects rendered once per
language (portal/countries.py): readers still see every change at once, in their language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from portal.countries import CountrySelect, country_options
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_app_cache(settings):
    settings.PAGE_APP_CACHE = False  # every request renders: what the frame memo serves


def navigation(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [a.get_text() for a in page.select(".site-nav__list a")]


def test_a_page_published_into_the_menu_shows_in_the_navigation_at_once(portal, client):
    home = HomePage.objects.get(locale__language_code="en")
    assert "Our work" not in navigation(client.get("/en/"))
    page = home.add_child(instance=StandardPage(title="Our work", slug="work", show_in_menus=True))
    page.save_revision().publish()
    assert "Our work" in navigation(client.get("/en/"))
    page.title = "What we do"
    page.save_revision().publish()
    assert navigation(client.get("/en/work/"))[-1] == "What we do"
    page.unpublish()
    assert "What we do" not in navigation(client.get("/en/"))


def test_each_language_gets_its_own_navigation(portal, client):
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(instance=StandardPage(title="About us", slug="about", show_in_menus=True))
    page.save_revision().publish()
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Qui sommes-nous"
    french.save_revision().publish()
    assert "About us" in navigation(client.get("/en/"))
    assert "Qui sommes-nous" in navigation(client.get("/fr/"))
    assert "About us" not in navigation(client.get("/fr/"))


def test_new_site_settings_show_at_once(portal, client):
    client.get("/en/")
    settings_row = SiteSettings.load()
    settings_row.organisation_name = "Renamed Coalition"
    settings_row.save()
    assert "Renamed Coalition" in client.get("/en/").content.decode()


def test_the_country_select_keeps_the_choice_and_speaks_the_readers_language():
    field_select = CountrySelect(choices=[("", "Choose"), ("FR", "France"), ("DE", "Germany")])
    first = field_select.render("country", "DE", {"id": "c"})
    again = field_select.render("country", "DE", {"id": "c"})
    assert first == again
    assert 'value="DE" selected' in first
    assert 'value="FR" selected' not in field_select.render("country", "", {"id": "c"})
    with translation.override("fr"):
        french = country_options("DE")
    with translation.override("en"):
        english = country_options("DE")
    assert ">Allemagne</option>" in french and ">Germany</option>" in english
    assert '<option value="DE" selected>Germany</option>' in english

"""The home page and the standard page: rendering in several languages, admin, query ceilings."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import FeaturedItem, HomePage, StandardPage
from portal.localize import sync_page

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def count_queries(client, path):
    client.get(path)  # warm the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_standard_pages(home, n, *, menu=True, prefix="page"):
    pages = []
    for i in range(n):
        page = StandardPage(title=f"Page {i}", slug=f"{prefix}-{i}", intro=f"Intro {i}")
        page.show_in_menus = menu
        home.add_child(instance=page)
        page.save_revision().publish()
        sync_page(page)
        pages.append(page)
    return pages


def test_featured_items_show_live_pages_in_order(portal, client):
    first, second, hidden = add_standard_pages(portal, 3, menu=False)
    hidden.unpublish()
    FeaturedItem.objects.create(home_page=portal, page=second, sort_order=0, label="Read this")
    FeaturedItem.objects.create(home_page=portal, page=first, sort_order=1)
    FeaturedItem.objects.create(home_page=portal, page=hidden, sort_order=2)
    titles = [a.get_text() for a in soup(client.get("/en/")).select(".card__title a")]
    assert titles == ["Read this", "Page 0"]


def test_home_queries_do_not_grow_with_featured_items_or_menu_pages(portal, client):
    pages = add_standard_pages(portal, 2)
    FeaturedItem.objects.create(home_page=portal, page=pages[0], sort_order=0)
    few = count_queries(client, "/en/")
    more = add_standard_pages(portal, 8, prefix="more")
    for i, page in enumerate(more, start=1):
        FeaturedItem.objects.create(home_page=portal, page=page, sort_order=i)
    many = count_queries(client, "/en/")
    assert many == few
    # A fixed cost per home-page slot (petitions, events, briefs), whatever their items.
    # (The frame, home page, navigation and site settings, comes from portal/chrome.py's memo.)
    assert many <= 15


def test_home_queries_do_not_grow_with_the_number_of_languages(portal, client, settings):
    all_languages = count_queries(client, "/en/")
    # Every translation costs the same; Wagtail's serve view adds a lookup or two to find the
    # site root's translation, the same whatever the number of languages.
    translated = {code: count_queries(client, f"/{code}/") for code in ["fr", "ar", "zh-hans"]}
    assert len(set(translated.values())) == 1
    assert translated["ar"] <= all_languages + 2
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES[:2]
    two_languages = count_queries(client, "/en/")
    assert all_languages == two_languages


def test_standard_page_renders_in_two_locales(portal, client):
    (page,) = add_standard_pages(portal, 1)
    response = client.get("/en/page-0/")
    assert soup(response).h1.get_text() == "Page 0"
    arabic = soup(client.get("/ar/page-0/"))
    assert arabic.html["dir"] == "rtl"
    assert arabic.h1.get_text() == "Page 0"  # an alias: source text under a notice
    assert arabic.find(class_="notice") is not None


def test_healthz_answers_when_the_database_does(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "tasks": {"backend": "immediate"},
    }


def test_healthz_is_503_when_the_database_does_not_answer(client, db, monkeypatch):
    from django.db import OperationalError

    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_api_images_and_documents_endpoints(db, client):
    assert client.get("/api/v2/images/").json()["meta"]["total_count"] == 0
    assert client.get("/api/v2/documents/").json()["meta"]["total_count"] == 0


class TestDemoContent:
    """The demo content, loaded once for the class (see the `demo` fixture)."""

    def test_demo_home_page_in_english_and_arabic(self, demo, client):
        english = soup(client.get("/en/"))
        assert english.h1.get_text() == "The internet belongs to all of us"
        arabic = soup(client.get("/ar/"))
        assert arabic.html["dir"] == "rtl"
        assert arabic.h1.get_text() == "الإنترنت ملك لنا جميعًا"
        # Site-wide texts come from the settings, in the reader's language (modeltranslation).
        assert "حملات من أجل إنترنت مفتوح" in arabic.find(class_="site-header__brand").get_text()
        assert "تبرّع" in arabic.find("footer").get_text()
        assert "Faire un don" in soup(client.get("/fr/")).find("footer").get_text()

    def test_site_settings_fall_back_to_english_where_untranslated(self, demo, client):
        from portal.models import SiteSettings

        settings = SiteSettings.load()
        settings.donate_label_pt = ""
        settings.save()
        assert "Donate" in soup(client.get("/pt/")).find("footer").get_text()

    def test_api_lists_pages_by_locale(self, demo, client):
        response = client.get("/api/v2/pages/?locale=fr&type=home.StandardPage&fields=intro")
        assert response.status_code == 200
        items = response.json()["items"]
        assert [item["title"] for item in items] == ["Qui sommes-nous"]
        assert items[0]["meta"]["locale"] == "fr"
        assert items[0]["intro"].startswith("Qui nous sommes")

    def test_api_search_filter(self, demo, client):
        response = client.get("/api/v2/pages/?search=about&locale=en")
        assert response.status_code == 200
        assert "About us" in [item["title"] for item in response.json()["items"]]

    def test_privacy_notice_in_readers_language(self, demo, client):
        html = soup(client.get("/es/privacy/"))
        assert "Qué guardamos" in html.find("main").get_text()


class TestAdmin(WagtailPageTestCase):
    def setUp(self):
        from home.setup import setup_portal

        self.home = setup_portal()
        self.login()

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_editor_can_create_a_standard_page(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text

        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "How we work",
                    "slug": "how-we-work",
                    "intro": "Openly.",
                    "body": rich_text("<p>In the open.</p>"),
                }
            ),
        )
        page = StandardPage.objects.get(slug="how-we-work", locale__language_code="en")
        # Created in the admin: wagtail-localize aliases it into every other locale.
        assert Page.objects.filter(translation_key=page.translation_key).count() == 7

    def test_editor_can_create_a_home_page_under_the_root(self):
        from wagtail.test.utils.form_data import inline_formset, nested_form_data

        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Second site",
                    "slug": "second-site",
                    "hero_heading": "Hello",
                    "featured_items": inline_formset([]),
                }
            ),
        )

"""The multilingual shell: language prefixes, redirects, hreflang, switcher and alias notice."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from home.models import StandardPage
from portal.localize import sync_page, translate

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "pt"]


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def about(portal, django_capture_on_commit_callbacks):
    """An English page translated into French only: an alias in every other language."""
    page = StandardPage(title="About us", slug="about", intro="Who we are.", show_in_menus=True)
    portal.add_child(instance=page)
    page.save_revision().publish()
    sync_page(page)
    with django_capture_on_commit_callbacks(execute=True):
        translate(page, "fr", {"About us": "Qui sommes-nous", "Who we are.": "Qui nous sommes."})
    return page


def test_every_locale_has_its_home_page(portal, client):
    for code in LANGUAGES:
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert soup(response).html["lang"] == code


def test_arabic_is_right_to_left_and_others_left_to_right(portal, client):
    assert soup(client.get("/ar/")).html["dir"] == "rtl"
    for code in ["en", "fr", "zh-hans"]:
        assert soup(client.get(f"/{code}/")).html["dir"] == "ltr"


def test_root_redirects_to_english_without_preferences(portal, client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirects_by_accept_language(portal, client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar-EG,ar;q=0.9,en;q=0.5")
    assert response["Location"] == "/ar/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response["Location"] == "/zh-hans/"


def test_language_cookie_wins_over_accept_language(portal, client):
    client.cookies["portal_language"] = "es"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/es/"


def test_unknown_language_prefix_is_a_404_page(portal, client):
    for path in ["/xx/", "/xx/about/", "/de/", "/pt-br-xx/"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert soup(response).find(class_="error-page").h1 is not None


def test_404_page_speaks_the_readers_language(portal, client):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    assert soup(response).html["lang"] == "fr"


def test_unprefixed_page_path_redirects_into_a_language(portal, about, client):
    response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/about/"


@pytest.mark.parametrize(
    "header",
    [
        "x" * 20000,
        "fr;q=abc,,,;;;",
        "é\xff\xfe;q=0.5",
        ",".join(["fr-FR;q=0.9"] * 2000),
        "*",
    ],
)
def test_bad_accept_language_never_breaks(portal, client, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] in {f"/{code}/" for code in LANGUAGES}


@pytest.mark.parametrize(
    "query", ["?page=%ff%fe", "?a=%00", "?" + "x=1&" * 3000, "?q=%E0%A4%A", "?%zz=1"]
)
def test_malformed_query_strings_on_pages(portal, client, query):
    response = client.get("/en/" + query)
    assert response.status_code in (200, 400)


def test_hreflang_lists_real_translations_and_x_default(about, client):
    html = soup(client.get("/en/about/"))
    alternates = {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {
        "en": "http://127.0.0.1:8000/en/about/",
        "fr": "http://127.0.0.1:8000/fr/about/",
        "x-default": "http://127.0.0.1:8000/en/about/",
    }
    assert html.find("link", rel="canonical")["href"] == "http://127.0.0.1:8000/en/about/"


def test_translation_is_its_own_canonical(about, client):
    html = soup(client.get("/fr/about/"))
    assert html.find("link", rel="canonical")["href"] == "http://127.0.0.1:8000/fr/about/"
    assert html.find("h1").get_text() == "Qui sommes-nous"


def test_alias_shows_source_with_notice_in_readers_language(about, client):
    response = client.get("/es/about/")
    html = soup(response)
    notice = html.find(class_="notice")
    assert notice is not None
    assert "Who we are." in html.find("main").get_text()
    # The source text is marked as English for screen readers; the interface around it is not.
    assert html.find("h1")["lang"] == "en"
    assert not html.find(class_="content").has_attr("lang")
    # An alias is not its own canonical: the source is.
    assert html.find("link", rel="canonical")["href"] == "http://127.0.0.1:8000/en/about/"
    english = client.get("/en/about/")
    assert soup(english).find(class_="notice") is None


def test_switcher_links_every_language_to_this_page_and_marks_aliases(about, client):
    html = soup(client.get("/en/about/"))
    switcher = html.find(class_="language-switcher")
    links = {a["hreflang"]: a for a in switcher.find_all("a")}
    assert set(links) == set(LANGUAGES)
    assert links["fr"]["href"] == "/fr/about/"
    assert links["fr"].get_text(strip=True) == "Français"
    assert links["ar"].get_text(strip=True).startswith("العربية")
    assert links["zh-hans"]["href"] == "/zh-hans/about/"
    assert links["en"]["aria-current"] == "page"
    # Only languages without a real translation carry the "not translated yet" mark.
    marked = {code for code, a in links.items() if a.find(class_="language-switcher__note")}
    assert marked == {"es", "ar", "ru", "zh-hans", "pt"}


def test_switcher_on_a_plain_view_keeps_the_path(portal, client):
    html = soup(client.get("/fr/privacy/"))
    links = {a["hreflang"]: a["href"] for a in html.find(class_="language-switcher").find_all("a")}
    assert links["ar"] == "/ar/privacy/"
    assert links["zh-hans"] == "/zh-hans/privacy/"


def test_navigation_shows_menu_pages_in_readers_language(about, client):
    nav = soup(client.get("/fr/")).find("nav", class_="site-nav")
    assert "Qui sommes-nous" in nav.get_text()
    cache.clear()
    nav = soup(client.get("/es/")).find("nav", class_="site-nav")
    # Untranslated: the English title, marked as English for screen readers.
    assert nav.find("a", string="About us")["lang"] == "en"

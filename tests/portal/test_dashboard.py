import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from home.models import HomePage
from portal.dashboard import translation_coverage
from portal.localize import sync_page, translate
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = ["fr", "es", "ar", "ru", "zh-hans", "pt"]


@pytest.fixture
def translated(portal, django_capture_on_commit_callbacks):
    """Four English pages: the home page, `about` and `news` (synchronised into every locale)
    and `draft` (never synchronised). Home and about are in French, about in Spanish."""

    def publish_child(slug, sync=True):
        page = StandardPageFactory(parent=portal, title=slug.title(), slug=slug)
        page.save_revision().publish()
        if sync:
            sync_page(page)
        return page

    about = publish_child("about")
    publish_child("news")
    publish_child("draft", sync=False)
    # One translation per block: wagtail-localize issue 773 (parent and child in one
    # transaction) leaves the parent with numchild=0.
    for page, code, strings in [
        (portal, "fr", {"Home": "Accueil"}),
        (about, "fr", {"About": "À propos"}),
        (about, "es", {"About": "Acerca de"}),
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, code, strings)
    return {"home": portal, "about": about}


def by_code(rows):
    return {row.code: row for row in rows}


def counts(row):
    return (row.translated, row.aliases, row.missing, row.out_of_date, row.percent)


def test_one_row_per_language_but_the_source(portal):
    rows = translation_coverage()
    assert [row.code for row in rows] == OTHER_LANGUAGES
    assert by_code(rows)["fr"].name == "Français"


def test_untranslated_home_page_is_an_alias_everywhere(portal):
    for row in translation_coverage():
        assert row.source_pages == 1
        assert counts(row) == (0, 1, 0, 0, 0)
        assert row.home_page_id == HomePage.objects.get(locale__language_code=row.code).pk


def test_counts_translations_aliases_and_missing_pages(translated):
    rows = by_code(translation_coverage())
    assert rows["fr"].source_pages == 4
    assert counts(rows["fr"]) == (2, 1, 1, 0, 50)
    assert counts(rows["es"]) == (1, 2, 1, 0, 25)
    for code in ["ar", "ru", "zh-hans", "pt"]:
        assert counts(rows[code]) == (0, 3, 1, 0, 0)


def test_translation_is_out_of_date_once_its_source_is_published_again(translated):
    about = translated["about"]
    about.title = "About us"
    about.save_revision().publish()

    rows = by_code(translation_coverage())
    assert rows["fr"].out_of_date == 1
    assert rows["es"].out_of_date == 1
    # Aliases follow their source: never out of date.
    assert rows["ar"].out_of_date == 0


def test_publishing_the_translation_again_brings_it_up_to_date(
    translated, django_capture_on_commit_callbacks
):
    about = translated["about"]
    about.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate(about, "fr", {"About": "À propos"})

    rows = by_code(translation_coverage())
    assert rows["fr"].out_of_date == 0
    assert rows["es"].out_of_date == 1


def test_coverage_takes_two_queries_for_one_page(portal, django_assert_num_queries):
    with django_assert_num_queries(2):
        translation_coverage()


def test_coverage_takes_two_queries_for_many_pages(translated, django_assert_num_queries):
    for number in range(20):
        page = StandardPageFactory(parent=translated["home"], slug=f"page-{number}")
        sync_page(page)

    with django_assert_num_queries(2):
        rows = translation_coverage()
    assert by_code(rows)["ar"].aliases == 23


def test_dashboard_shows_the_coverage_of_each_language(translated, client):
    client.force_login(WagtailTestUtils.create_superuser("admin", password="x"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200

    panel = WagtailTestUtils.get_soup(response.content).find(id="translation-coverage-section")
    assert panel.h2.get_text(strip=True) == "Translation coverage"
    table = panel.find("table")
    assert table.caption.get_text(strip=True).startswith("Pages in each language")
    assert [th["scope"] for th in table.thead.find_all("th")] == ["col"] * 6
    french = table.find("tr", attrs={"data-language": "fr"})
    assert french.th["scope"] == "row"
    cells = {td["data-count"]: td.get_text(strip=True) for td in french.find_all("td")}
    assert cells == {
        "translated": "2",
        "aliases": "1",
        "missing": "1",
        "out_of_date": "0",
        "percent": "50%",
    }
    french_home = HomePage.objects.get(locale__language_code="fr")
    assert french.th.a["href"] == reverse("wagtailadmin_explore", args=[french_home.pk])
    assert french.th.a["lang"] == "fr"

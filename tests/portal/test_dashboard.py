import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from home.models import HomePage
from portal import explorer
from portal.dashboard import translation_coverage, visible_language_codes
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


# --- The lists behind the figures, and the explorer's markers ----------------------------------


def log_in(client, group_name=None):
    if group_name is None:
        user = WagtailTestUtils.create_superuser("admin", password="x")
    else:
        user = WagtailTestUtils.create_user("someone", password="x")
        user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


def panel_links(client):
    response = client.get(reverse("wagtailadmin_home"))
    panel = WagtailTestUtils.get_soup(response.content).find(id="translation-coverage-section")
    return {
        (tr["data-language"], td["data-count"]): (td.get_text(strip=True), td.a and td.a["href"])
        for tr in panel.tbody.find_all("tr")
        for td in tr.find_all("td")
        if td["data-count"] != "percent"
    }


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = WagtailTestUtils.get_soup(response.content)
    return [
        (row.th.get_text(strip=True), [(a["data-action"], a["href"]) for a in row.find_all("a")])
        for row in soup.select("table.listing tbody tr")
    ]


def test_each_figure_links_to_exactly_its_pages(translated, client):
    about = translated["about"]
    about.title = "About us"
    about.save_revision().publish()
    log_in(client)
    links = panel_links(client)
    for (code, state), (figure, href) in links.items():
        if figure == "0":
            assert href is None
            continue
        assert href == reverse("portal_translation_coverage", args=[code, state])
        assert len(listed(client, href)) == int(figure)

    french_about = Page.objects.get(
        translation_key=about.translation_key, locale__language_code="fr"
    )
    source = TranslationSource.objects.get(object_id=about.translation_key)
    assert listed(client, links[("fr", "out_of_date")][1]) == [
        (
            "À propos",
            [
                ("sync", reverse("wagtail_localize:update_translations", args=[source.pk])),
                ("edit", reverse("wagtailadmin_pages:edit", args=[french_about.pk])),
            ],
        )
    ]
    draft = Page.objects.get(slug="draft", locale__language_code="en")
    assert listed(client, links[("fr", "missing")][1]) == [
        (
            "Draft",
            [("translate", reverse("wagtail_localize:submit_page_translation", args=[draft.pk]))],
        )
    ]
    news = Page.objects.get(slug="news", locale__language_code="en")
    assert listed(client, links[("fr", "aliases")][1]) == [
        (
            "News",
            [("translate", reverse("wagtail_localize:submit_page_translation", args=[news.pk]))],
        )
    ]
    titles = [title for title, _actions in listed(client, links[("fr", "translated")][1])]
    assert titles == ["Accueil", "À propos"]


def test_french_translator_sees_only_french(translated, client):
    log_in(client, "Translators (fr)")
    assert {code for code, _state in panel_links(client)} == {"fr"}
    # The admin turns the refusal into a redirect to the dashboard, with its message.
    refused = client.get(reverse("portal_translation_coverage", args=["es", "aliases"]))
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    # A translator does not sync (that is the source's editors' job), but reviews.
    about = translated["about"]
    about.save_revision().publish()
    rows = listed(client, reverse("portal_translation_coverage", args=["fr", "out_of_date"]))
    assert [action for action, _href in rows[0][1]] == ["edit"]


def test_editor_sees_every_language(translated, client):
    log_in(client, "Editors")
    assert {code for code, _state in panel_links(client)} == set(OTHER_LANGUAGES)


def test_unknown_state_is_not_found(translated, client):
    log_in(client)
    assert (
        client.get(
            reverse("portal_translation_coverage", args=["fr", "stale"]), follow=True
        ).status_code
        == 404
    )
    assert (
        client.get(reverse("portal_translation_coverage", args=["xx", "missing"])).status_code
        == 302
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_list_renders_in_the_admin_users_language(translated, client, language):
    user = log_in(client)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    response = client.get(reverse("portal_translation_coverage", args=["fr", "aliases"]))
    heading = WagtailTestUtils.get_soup(response.content).find("h1").get_text(" ", strip=True)
    expected = {"en": "Aliases, waiting for a translation", "fr": "Alias, en attente de traduction"}
    assert heading == f"{expected[language]} Français"


def test_list_queries_do_not_grow_with_pages(translated, client, django_assert_max_num_queries):
    log_in(client)
    url = reverse("portal_translation_coverage", args=["ar", "aliases"])
    with django_assert_max_num_queries(20) as few:
        client.get(url)
    for number in range(10):
        sync_page(StandardPageFactory(parent=translated["home"], slug=f"page-{number}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(listed(client, url)) == 13


def explorer_markers(client, parent):
    response = client.get(reverse("wagtailadmin_explore", args=[parent.pk]))
    soup = WagtailTestUtils.get_soup(response.content)
    return {
        a.find_parent("tr").find(class_="title-wrapper").get_text(" ", strip=True).split(" ")[0]: a[
            "data-translation-status"
        ]
        for a in soup.select("a[data-translation-status]")
    }


def test_explorer_marks_aliases_and_out_of_date_translations(translated, client):
    log_in(client)
    french_home = HomePage.objects.get(locale__language_code="fr")
    assert explorer_markers(client, french_home) == {"News": "alias"}
    translated["about"].save_revision().publish()
    assert explorer_markers(client, french_home) == {"News": "alias", "À": "out-of-date"}
    assert explorer_markers(client, translated["home"]) == {}


def test_translated_figures_agree_with_the_translations_report(translated, client):
    """wagtail-localize's report lists one row per translation (source page to language): the
    pages translated from the source are the panel's translated figure."""
    log_in(client)
    rows = by_code(translation_coverage())
    for code in ["fr", "es", "ar"]:
        response = client.get(
            reverse("wagtail_localize:translations_report_results"),
            {"source_locale": "en", "target_locale": code},
        )
        soup = WagtailTestUtils.get_soup(response.content)
        assert len(soup.select("table tbody tr")) == rows[code].translated


def test_explorer_markers_add_no_query(translated, client, monkeypatch):
    """The explorer's own buttons cost queries per row (wagtail-localize's, Wagtail's); the
    markers add none: "out of date" is annotated on the explorer's one page query."""
    log_in(client)
    translated["about"].save_revision().publish()
    for number in range(5):
        sync_page(StandardPageFactory(parent=translated["home"], slug=f"page-{number}"))
    url = reverse(
        "wagtailadmin_explore", args=[HomePage.objects.get(locale__language_code="fr").pk]
    )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured.captured_queries)

    client.get(url)  # Warm the caches.
    with_markers = queries()
    for name, hook in [
        ("construct_explorer_page_queryset", explorer.annotate_out_of_date),
        ("register_page_listing_buttons", explorer.status_buttons),
    ]:
        monkeypatch.setitem(
            hooks._hooks, name, [(fn, order) for fn, order in hooks._hooks[name] if fn is not hook]
        )
    assert queries() == with_markers


def test_deciding_a_translators_languages_takes_few_queries(
    translated, client, django_assert_max_num_queries
):
    user = log_in(client, "Translators (fr)")
    with django_assert_max_num_queries(3):
        assert visible_language_codes(user) == ["fr"]


def test_french_translator_finds_the_french_alias_to_translate(translated, client):
    log_in(client, "Translators (fr)")
    french_home = HomePage.objects.get(locale__language_code="fr")
    soup = WagtailTestUtils.get_soup(
        client.get(reverse("wagtailadmin_explore", args=[french_home.pk])).content
    )
    news = Page.objects.get(slug="news", locale__language_code="en")
    [marker] = soup.select('a[data-translation-status="alias"]')
    assert marker["href"] == reverse("wagtail_localize:submit_page_translation", args=[news.pk])
    assert marker.get_text(strip=True) == "Alias"

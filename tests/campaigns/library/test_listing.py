"""The resource library: filters that combine, sorts, counts, pagination, bad values."""

import datetime

import pytest
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from campaigns.models import ResourcePage
from portal.localize import sync_page
from portal.models import Topic

from ..conftest import make_campaign, soup
from ..factories import ResourceLibraryPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

Kind = ResourcePage.Kind


def build_library(campaign):
    page = ResourceLibraryPageFactory(
        parent=campaign, title="WCIT resource library", slug="resources", per_page=5
    )
    sync_page(page)
    return page


def build_topics():
    governance, _ = Topic.objects.get_or_create(slug="internet-governance", defaults={"name": "IG"})
    privacy, _ = Topic.objects.get_or_create(slug="privacy", defaults={"name": "Privacy"})
    return governance, privacy


def build_resources(library, topics):
    governance, privacy = topics
    specs = [
        ("Sample letter to the minister", Kind.LETTER_TEMPLATE, ["en"], 2012, [governance]),
        ("Modèle de lettre au ministre", Kind.LETTER_TEMPLATE, ["fr"], 2012, [governance]),
        ("Talking points", Kind.TALKING_POINTS, ["en", "es"], 2012, [governance, privacy]),
        ("Contact directory", Kind.CONTACT_DIRECTORY, ["en"], 2013, [privacy]),
        ("Annual report", Kind.REPORT, ["en"], 2014, []),
        ("Élections et internet", Kind.REPORT, ["fr"], 2013, []),
        ("Zero rating explained", Kind.OTHER, ["en"], None, []),
    ]
    pages = []
    for number, (title, kind, languages, year, page_topics) in enumerate(specs):
        page = ResourcePageFactory(
            parent=library,
            title=title,
            slug=f"resource-{number}",
            kind=kind,
            languages=languages,
            date=datetime.date(year, 6, number + 1) if year else None,
        )
        page.topics.set(page_topics)
        page.save_revision().publish()
        sync_page(page)
        pages.append(page)
    return pages


@pytest.fixture
def library(campaign):
    return build_library(campaign)


@pytest.fixture
def topics(db):
    return build_topics()


def titles(response):
    return [node.get_text(strip=True) for node in soup(response).select(".resource__title")]


def count_text(response):
    return soup(response).select_one(".library__count").get_text(" ", strip=True)


def test_library_queries_do_not_grow_with_resources(client, library, topics, django_db_blocker):
    from django.db import connection

    def make(count, start):
        for number in range(start, start + count):
            page = ResourcePageFactory(
                parent=library,
                slug=f"bulk-{number}",
                title=f"Resource {number:03d}",
                languages=["en", "fr"] if number % 2 else ["ar"],
                kind=Kind.REPORT if number % 3 else Kind.TALKING_POINTS,
                date=datetime.date(2000 + number % 20, 1, 1),
            )
            page.topics.set([topics[number % 2]])

    def queries(url):
        client.get(url)  # warm up
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    make(10, 0)
    url = library.url + "?sort=title&topic=privacy"
    with_ten = queries(url)
    assert with_ten <= 25
    make(40, 10)
    assert queries(url) == with_ten
    assert count_text(client.get(library.url)) == "50 resources"


class TestWithResources:
    """The tests on seven resources: built once for the class, in a transaction rolled back
    after its last test; each test runs in its own transaction inside it and gets fresh
    instances (what one test changes, the next does not see)."""

    @pytest.fixture(scope="class")
    @classmethod
    def _built(cls, django_db_setup, django_db_blocker):
        from home.setup import setup_portal
        from tests.demo_database import shared_data

        with shared_data(django_db_blocker):
            with django_db_blocker.unblock():
                campaign = make_campaign(setup_portal())
                library = build_library(campaign)
                topics = build_topics()
                resources = build_resources(library, topics)
            yield {
                "campaign": campaign.pk,
                "library": library.pk,
                "topics": [topic.pk for topic in topics],
                "resources": [page.pk for page in resources],
            }

    @pytest.fixture
    def campaign(self, _built, db):
        return Page.objects.get(pk=_built["campaign"]).specific

    @pytest.fixture
    def library(self, _built, db):
        return Page.objects.get(pk=_built["library"]).specific

    @pytest.fixture
    def topics(self, _built, db):
        return tuple(Topic.objects.get(pk=pk) for pk in _built["topics"])

    @pytest.fixture
    def resources(self, _built, db):
        return [Page.objects.get(pk=pk).specific for pk in _built["resources"]]

    def test_library_lists_newest_first_with_count_and_pages(self, client, library, resources):
        response = client.get(library.url)
        assert count_text(response) == "7 resources"
        assert titles(response) == [
            "Annual report",
            "Élections et internet",
            "Contact directory",
            "Talking points",
            "Modèle de lettre au ministre",
        ]
        second = client.get(library.url + "?page=2")
        assert titles(second) == [
            "Sample letter to the minister",
            "Zero rating explained",
        ]  # undated last
        assert "Page 2 of 2" in soup(second).select_one(".pagination").get_text()

    def test_filters_combine(self, client, library, resources):
        response = client.get(library.url + "?kind=letter_template&language=fr")
        assert titles(response) == ["Modèle de lettre au ministre"]
        assert count_text(response) == "1 resource of 7"

        response = client.get(library.url + "?topic=privacy&year=2012")
        assert titles(response) == ["Talking points"]

        response = client.get(
            library.url + "?language=es&kind=talking_points&topic=internet-governance"
        )
        assert titles(response) == ["Talking points"]

        response = client.get(library.url + "?kind=report&year=2012")
        assert titles(response) == []
        assert "No resources match these filters." in response.content.decode()

    def test_title_sort_ignores_accents_and_case(self, client, library, resources):
        response = client.get(library.url + "?sort=title&kind=report")
        assert titles(response) == ["Annual report", "Élections et internet"]
        response = client.get(library.url + "?sort=title")
        assert titles(response)[:3] == [
            "Annual report",
            "Contact directory",
            "Élections et internet",
        ]

    def test_oldest_first(self, client, library, resources):
        response = client.get(library.url + "?sort=oldest&year=2012")
        assert titles(response) == [
            "Sample letter to the minister",
            "Modèle de lettre au ministre",
            "Talking points",
        ]

    def test_filter_choices_come_from_the_library(self, client, library, resources):
        page = soup(client.get(library.url))
        kinds = [option["value"] for option in page.select("select[name=kind] option")]
        assert kinds == [
            "",
            "letter_template",
            "talking_points",
            "contact_directory",
            "report",
            "other",
        ]
        languages = [option.get_text() for option in page.select("select[name=language] option")]
        assert languages == ["All languages", "English", "French", "Spanish"]
        years = [option["value"] for option in page.select("select[name=year] option")]
        assert years == ["", "2014", "2013", "2012"]

    def test_language_names_follow_the_reader(self, client, library, resources, translate_page):
        french = translate_page(library, "fr", {"WCIT resource library": "Ressources CMTI"})
        page = soup(client.get(french.url))
        languages = [option.get_text() for option in page.select("select[name=language] option")]
        assert languages == ["Toutes les langues", "Anglais", "Espagnol", "Français"]

    @pytest.mark.parametrize(
        "query, message",
        [
            ("?kind=poster", "“poster” is not a kind of resource."),
            ("?topic=nope", "No resource in this library has the topic “nope”."),
            ("?language=xx", "No resource in this library is written in “xx”."),
            ("?year=abc", "“abc” is not a year."),
            ("?year=99999999999999999999", "is not a year."),
            ("?sort=random", "“random” is not a way to sort."),
            ("?language=%00", "Null characters are not allowed."),
        ],
    )
    def test_bad_filter_values_get_a_message_and_no_list(
        self, client, library, resources, query, message
    ):
        response = client.get(library.url + query)
        assert response.status_code == 200
        alert = soup(response).select_one(".notice--error").get_text(" ", strip=True)
        assert message in alert
        assert titles(response) == []

    @pytest.mark.parametrize("number", ["abc", "0", "-1", "999", "1e9", ""])
    def test_bad_page_numbers_show_a_page(self, client, library, resources, number):
        response = client.get(library.url + f"?page={number}")
        assert response.status_code == 200
        assert len(titles(response)) in (2, 5)

    def test_library_renders_in_arabic(self, client, library, resources, translate_page):
        arabic = translate_page(library, "ar", {"WCIT resource library": "مكتبة موارد المؤتمر"})
        response = client.get(arabic.url)
        page = soup(response)
        assert page.html["dir"] == "rtl"
        assert page.h1.get_text() == "مكتبة موارد المؤتمر"
        # Resources not yet translated are shown through their Arabic aliases.
        assert page.select_one(".library__count").get_text(strip=True) == "7 موارد"

    def test_the_library_outline_skips_no_heading_level_in_any_language(
        self, client, library, resources
    ):
        """Resources sat as h3 right under the page's h1: screen-reader users lost a level."""
        versions = library.get_translations(inclusive=True).live()
        assert versions.count() == 7
        for version in versions:
            page = soup(client.get(version.url))
            levels = [int(node.name[1]) for node in page.find_all(["h1", "h2", "h3", "h4"])]
            assert levels[0] == 1, version.url
            assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))
            assert page.select_one("h2.resource__title").get_text(strip=True) == "Annual report"

    def test_resource_list_block_shows_resources_in_the_readers_language(
        self, client, campaign, library, resources, translate_page, count_queries
    ):
        chosen = [resources[0], resources[2]]
        campaign.body = [("resources", {"heading": "Tools to act", "resources": chosen})]
        campaign.save_revision().publish()
        page = soup(client.get(campaign.url))
        block = page.select_one(".block-resources")
        assert block.h2.get_text() == "Tools to act"
        assert {node.name for node in block.select(".resource__title")} == {"h3"}
        assert [node.get_text(strip=True) for node in block.select(".resource__title")] == [
            "Sample letter to the minister",
            "Talking points",
        ]
        client.get(campaign.url)
        _response, before = count_queries(campaign.url)

        french_campaign = translate_page(campaign, "fr", {"Tools to act": "Outils pour agir"})
        translate_page(library, "fr", {})
        french_letter = translate_page(
            resources[0], "fr", {"Sample letter to the minister": "Lettre type au ministre"}
        )
        page = soup(client.get(french_campaign.url))
        block = page.select_one(".block-resources")
        assert block.h2.get_text() == "Outils pour agir"
        links = block.select(".resource__title a")
        assert links[0].get_text(strip=True) == "Lettre type au ministre"
        assert links[0]["href"] == french_letter.url
        # Not translated yet: the French alias, in the French tree.
        assert links[1]["href"].startswith("/fr/")

        campaign.body = [
            ("resources", {"heading": "", "resources": resources}),
            ("resources", {"heading": "More", "resources": resources[:3]}),
        ]
        campaign.save_revision().publish()
        client.get(campaign.url)
        _response, after = count_queries(campaign.url)
        assert after <= before

    def test_unpublished_resources_are_left_out_of_the_block(self, client, campaign, resources):
        resources[1].unpublish()
        campaign.body = [("resources", {"heading": "", "resources": resources[:2]})]
        campaign.save_revision().publish()
        titles_shown = [
            node.get_text(strip=True)
            for node in soup(client.get(campaign.url)).select(".block-resources .resource__title")
        ]
        assert titles_shown == ["Sample letter to the minister"]

"""Outcome briefs: assessments, the country-positions map and table, sources, authors, listing,
the campaign banner, and CSV uploads that are refused line by line."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model

from campaigns.briefs.blocks import CountryPositionsBlock
from campaigns.models import BriefSource
from portal.localize import sync_page

from ..conftest import soup
from ..factories import AuthorFactory, BriefIndexPageFactory, OutcomeBriefPageFactory

pytestmark = pytest.mark.django_db

POSITIONS = [
    {"key": "signed", "label": "Signed", "colour": "blue", "total": 89},
    {"key": "did_not_sign", "label": "Did not sign", "colour": "orange", "total": 55},
]
COUNTRIES = {
    "US": "did_not_sign",
    "CA": "did_not_sign",
    "GB": "did_not_sign",
    "NO": "did_not_sign",
    "AU": "did_not_sign",
    "RU": "signed",
    "CN": "signed",
    "AE": "signed",
    "DZ": "signed",
}


def positions_block(countries=COUNTRIES, title="Who signed", note="Partial data."):
    return (
        "country_positions",
        {
            "title": title,
            "note": note,
            "positions": POSITIONS,
            "countries": [{"country": code, "position": key} for code, key in countries.items()],
            "csv_file": None,
        },
    )


def assessment(verdict, heading, text="<p>Because [1] said so.</p>"):
    return ("assessment", {"verdict": verdict, "heading": heading, "text": text})


@pytest.fixture
def index(portal):
    page = BriefIndexPageFactory(parent=portal, slug="analysis")
    sync_page(page)
    return page


@pytest.fixture
def brief(index, campaign):
    page = OutcomeBriefPageFactory(
        parent=index,
        slug="dubai",
        title="The Dubai treaty",
        publication_date=datetime.date(2012, 12, 18),
        related_campaign=campaign,
        is_campaign_outcome=True,
        body=[
            ("text", "<p>89 countries signed [2]; see [9] too.</p>"),
            assessment("good", "Definitions were not widened"),
            assessment("ugly", "Article 5B on spam"),
            positions_block(),
        ],
    )
    page.sources = [
        BriefSource(title="Final Acts of WCIT-12", publisher="ITU", url="https://www.itu.int/"),
        BriefSource(title="Internet remains unregulated", publisher="The Guardian"),
    ]
    page.brief_authors.create(
        author=AuthorFactory(name="Amina Haddad", role="Policy lead"), sort_order=0
    )
    page.save_revision().publish()
    sync_page(page)
    return page


def test_brief_renders_assessments_sources_and_authors(client, brief):
    page = soup(client.get(brief.url))
    assert page.h1.get_text() == "The Dubai treaty"
    verdicts = [node.get_text(" ", strip=True) for node in page.select(".assessment__verdict")]
    assert verdicts == ["✓ The good", "⚠ The ugly"]
    assert page.select_one(".assessment--ugly h2").get_text() == "Article 5B on spam"
    # [2] links to the second source; [9] names no source and stays text.
    text = page.select_one(".brief__body")
    assert [a["href"] for a in text.select("a.citation")][:1] == ["#source-2"]
    assert "[9]" in text.get_text() and not text.select('a[href="#source-9"]')
    assert page.select_one("#source-1 cite").get_text() == "Final Acts of WCIT-12"
    assert page.select_one(".author__name").get_text() == "Amina Haddad"
    assert page.select_one(".brief__campaign a")["href"] == brief.related_campaign.url


def test_map_has_a_shape_per_country_with_class_and_title(client, brief):
    page = soup(client.get(brief.url))
    svg = page.select_one(".positions__map svg")
    ET.fromstring(str(svg))  # well-formed
    shapes = {node["data-country"]: node for node in svg.select("path[data-country]")}
    assert set(shapes) == set(COUNTRIES)
    assert "position-did_not_sign" in shapes["US"]["class"]
    assert "position-signed" in shapes["RU"]["class"]
    assert shapes["GB"].title.get_text() == "United Kingdom: Did not sign"
    legend = [item.get_text(" ", strip=True) for item in page.select(".positions__legend li")]
    assert legend == ["Signed: 89 in all, 4 shown", "Did not sign: 55 in all, 5 shown"]


def test_table_lists_the_same_countries_in_the_readers_order(client, brief, translate_page):
    english = soup(client.get(brief.url))
    names = [th.get_text() for th in english.select(".positions__table tbody th")]
    assert names[:3] == ["Algeria", "Australia", "Canada"]
    assert len(names) == len(COUNTRIES)

    translate_page(brief.get_parent(), "fr", {})
    french = translate_page(brief, "fr", {"Signed": "Signé", "Did not sign": "N'a pas signé"})
    page = soup(client.get(french.url))
    rows = page.select(".positions__table tbody tr")
    names = [row.th.get_text() for row in rows]
    # French order: Algérie, Australie, Canada, Chine, Émirats arabes unis, États-Unis, ...
    assert names[:6] == [
        "Algérie",
        "Australie",
        "Canada",
        "Chine",
        "Émirats arabes unis",
        "États-Unis",  # COUNTRIES_OVERRIDE: as French newspapers write it
    ]
    assert {row["data-country"] for row in rows} == set(COUNTRIES)
    svg = page.select_one(".positions__map svg")
    assert svg.select_one('path[data-country="DZ"]').title.get_text() == "Algérie\u00a0: Signé"


def test_brief_renders_in_arabic_right_to_left(client, brief, translate_page):
    translate_page(brief.get_parent(), "ar", {})
    arabic = translate_page(brief, "ar", {"The Dubai treaty": "معاهدة دبي", "Signed": "وقّعت"})
    page = soup(client.get(arabic.url))
    assert page.html["dir"] == "rtl" and page.h1.get_text() == "معاهدة دبي"
    # The map keeps its geography; the table follows the page.
    assert page.select_one(".positions__map")["dir"] == "ltr"
    names = [th.get_text() for th in page.select(".positions__table tbody th")]
    assert names[0] == "أستراليا" and "الجزائر" in names


def test_campaign_banner_points_to_the_outcome_in_the_readers_language(
    client, brief, campaign, translate_page
):
    english = soup(client.get(campaign.url))
    assert english.select_one(".notice--update a")["href"] == brief.url
    translate_page(campaign, "fr", {})
    translate_page(brief.get_parent(), "fr", {})
    french_brief = translate_page(brief, "fr", {"The Dubai treaty": "Le traité de Dubaï"})
    french_campaign = campaign.get_translation(french_brief.locale)
    banner = soup(client.get(french_campaign.url)).select_one(".notice--update a")
    assert banner["href"] == french_brief.url
    assert "Le traité de Dubaï" in banner.get_text()


def test_index_lists_briefs_newest_first_and_home_shows_the_latest(client, index, brief, portal):
    older = OutcomeBriefPageFactory(
        parent=index,
        slug="older",
        title="Before Dubai",
        publication_date=datetime.date(2012, 11, 1),
    )
    newer = OutcomeBriefPageFactory(
        parent=index,
        slug="newer",
        title="The resolution",
        publication_date=datetime.date(2013, 1, 9),
    )
    for page in (older, newer):
        sync_page(page)
    page = soup(client.get(index.url))
    titles = [node.get_text(strip=True) for node in page.select(".card--brief .card__title")]
    assert titles == ["The resolution", "The Dubai treaty", "Before Dubai"]
    home = soup(client.get(portal.url))
    on_home = [node.get_text(strip=True) for node in home.select(".card--brief .card__title")]
    assert on_home == ["The resolution", "The Dubai treaty", "Before Dubai"]


# --- Country positions entered in the admin or uploaded as CSV --------------------------------


def block_value(countries=(), csv_file=None):
    block = CountryPositionsBlock()
    return block, block.to_python(
        {
            "title": "Who signed",
            "note": "",
            "positions": POSITIONS,
            "countries": [{"country": code, "position": key} for code, key in countries],
            "csv_file": csv_file,
        }
    )


def csv_document(text):
    document = get_document_model()(title="positions", file=ContentFile(text, name="p.csv"))
    document.save()
    return document


def test_a_good_csv_replaces_the_list():
    document = csv_document(b"country code;position\nfr;signed\nDEU;did_not_sign\n")
    block, value = block_value([("US", "signed")], csv_file=document.pk)
    cleaned = block.clean(value)
    assert [(row["country"], row["position"]) for row in cleaned["countries"]] == [
        ("FR", "signed"),
        ("DE", "did_not_sign"),
    ]
    assert cleaned["csv_file"] is None


@pytest.mark.parametrize(
    "text, messages",
    [
        (b"FR,signed\nXX,signed\n", ["Line 2:", "XX"]),
        (b"FR,signed\nDE,maybe\n", ["Line 2:", "maybe"]),
        (b"FR,signed\nDE,signed\nFR,did_not_sign\n", ["Line 3:", "line 1"]),
        (b"FR,signed,extra,cells\n", ["Line 1:"]),
    ],
)
def test_bad_csv_rows_are_refused_naming_the_line(text, messages):
    document = csv_document(text)
    block, value = block_value(csv_file=document.pk)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    message = " ".join(str(m) for m in error.value.block_errors["csv_file"].messages)
    for part in messages:
        assert part in message


def test_bad_rows_entered_in_the_admin_are_refused():
    block, value = block_value([("FR", "signed"), ("FR", "did_not_sign"), ("DE", "nope")])
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    message = " ".join(str(m) for m in error.value.block_errors["countries"].messages)
    assert "Row 2:" in message and "Row 3:" in message


def test_brief_queries_do_not_grow_with_blocks_countries_or_languages(
    client, brief, translate_page, count_queries
):
    client.get(brief.url)
    _response, before = count_queries(brief.url)
    assert before <= 30
    many = {code: "signed" for code in ["FR", "DE", "ES", "IT", "BR", "IN", "JP", "ZA", "MX"]}
    for block in [
        positions_block({**COUNTRIES, **many}, title="Again"),
        assessment("bad", "Calling line identification"),
        assessment("neutral", "A mixed result"),
    ]:
        brief.body.append(block)
    brief.brief_authors.create(author=AuthorFactory(name="Second author"))
    brief.save_revision().publish()
    for code in ("fr", "ar", "es"):
        translate_page(brief.get_parent(), code, {})
        translate_page(brief, code, {})
    _response, after = count_queries(brief.url)
    assert after <= before


def test_api_exposes_briefs_with_authors_and_sources(client, brief):
    data = client.get(f"/api/v2/pages/{brief.pk}/").json()
    assert data["publication_date"] == "2012-12-18"
    assert data["author_names"] == ["Amina Haddad"]
    assert [source["title"] for source in data["sources"]] == [
        "Final Acts of WCIT-12",
        "Internet remains unregulated",
    ]
    assert data["is_campaign_outcome"] is True
    assert {block["type"] for block in data["body"]} >= {"assessment", "country_positions"}


def test_index_renders_in_french_and_queries_do_not_grow_with_briefs(
    client, index, brief, translate_page, count_queries
):
    french = translate_page(index, "fr", {"Analysis": "Analyses"})
    page = soup(client.get(french.url))
    assert page.html["lang"] == "fr" and page.h1.get_text() == "Analyses"
    # The brief is not translated yet: French readers get its alias, in the French tree.
    assert page.select_one(".card--brief a")["href"].startswith("/fr/")

    client.get(index.url)
    _response, before = count_queries(index.url)
    for number in range(8):
        extra = OutcomeBriefPageFactory(parent=index, slug=f"extra-{number}")
        extra.brief_authors.create(author=AuthorFactory())
    translate_page(brief, "ar", {})
    _response, after = count_queries(index.url)
    assert after <= before


def test_author_lists_use_the_readers_separator(client, index, brief, translate_page):
    brief.brief_authors.create(author=AuthorFactory(name="Tomás Ferreira"), sort_order=1)
    brief.save_revision().publish()
    english = soup(client.get(index.url)).select_one(".card--brief .card__meta + h2 ~ p.card__meta")
    assert english.get_text() == "By Amina Haddad, Tomás Ferreira"
    arabic = translate_page(index, "ar", {})
    text = soup(client.get(arabic.url)).select_one(".card--brief h2 ~ p.card__meta").get_text()
    assert "Amina Haddad، Tomás Ferreira" in text


def test_citations_are_linked_in_text_but_never_inside_the_map(client, brief):
    positions = [
        {"key": "signed", "label": "Signed [2]", "colour": "blue", "total": 89},
        {"key": "did_not_sign", "label": "Did not sign", "colour": "orange", "total": 55},
    ]
    block = positions_block(title="Who signed [2]", note="Partial data [2].")
    block[1]["positions"] = positions
    brief.body = [
        (
            "text",
            '<p>89 signed [2], as <a href="https://example.org/">report [2]</a> says.</p>',
        ),
        block,
    ]
    brief.save_revision().publish()
    response = client.get(brief.url)
    assert response.status_code == 200
    page = soup(response)
    svg = page.select_one(".positions__map svg")
    ET.fromstring(str(svg))  # still well-formed
    assert not svg.select("a")
    titles = [node.get_text() for node in svg.find_all("title")]
    assert "Who signed [2]" in titles
    assert "Russia: Signed [2]" in titles
    assert all("<a" not in str(node) for node in svg.find_all(["title", "desc"]))
    assert "Partial data [2]." in svg.find("desc").get_text()
    # In the text, "[2]" links to the second source, but not inside a link of its own.
    paragraph = page.select_one(".brief__body p")
    assert [a["href"] for a in paragraph.select("a.citation")] == ["#source-2"]
    assert paragraph.select_one('a[href="https://example.org/"]').get_text() == "report [2]"


def heading_levels(page):
    return [int(node.name[1]) for node in page.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]


def test_the_index_outline_skips_no_heading_level_in_any_language(client, index, brief):
    """Cards sat as h3 right under the page's h1: screen-reader users lost a level."""
    versions = index.get_translations(inclusive=True).live()
    assert versions.count() == 7
    for version in versions:
        page = soup(client.get(version.url))
        levels = heading_levels(page)
        assert levels[0] == 1, version.url
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), version.url
        assert page.select_one(".card--brief h2.card__title a").get_text() == "The Dubai treaty"


def test_brief_cards_on_the_home_page_stay_below_their_slot_heading(client, index, brief, portal):
    page = soup(client.get(portal.url))
    card = page.select_one(".card--brief .card__title")
    assert card.name == "h3"
    assert card.find_previous(["h1", "h2"]).name == "h2"


def page_json_ld(page):
    import json

    return {
        data["@type"]: data
        for data in (
            json.loads(script.string)
            for script in page.find_all("script", type="application/ld+json")
        )
    }


def test_a_brief_is_described_as_a_report_with_authors_and_dates(client, brief):
    data = page_json_ld(soup(client.get(brief.url)))
    report = data["Report"]
    assert report["headline"] == "The Dubai treaty"
    assert report["url"] == "http://127.0.0.1:8000/en/analysis/dubai/"
    assert report["inLanguage"] == "en"
    assert report["datePublished"] == "2012-12-18"
    assert report["dateModified"] >= "2012-12-18"
    assert report["author"] == [{"@type": "Person", "name": "Amina Haddad"}]
    assert report["publisher"]["@type"] == "NGO"
    assert [item["name"] for item in data["BreadcrumbList"]["itemListElement"]] == [
        "Home",
        "Analysis",
        "The Dubai treaty",
    ]


def test_an_untranslated_brief_describes_its_source(client, brief):
    alias = brief.get_translations().get(locale__language_code="ar")
    assert alias.alias_of_id == brief.pk
    page = soup(client.get(alias.url))
    report = page_json_ld(page)["Report"]
    assert report["url"] == page.select_one('link[rel="canonical"]')["href"]
    assert report["url"] == "http://127.0.0.1:8000/en/analysis/dubai/"
    assert report["inLanguage"] == "en"


def test_a_brief_without_authors_is_the_organisations(client, index):
    lone = OutcomeBriefPageFactory(
        parent=index, slug="lone", publication_date=datetime.date.today()
    )
    report = page_json_ld(soup(client.get(lone.url)))["Report"]
    assert report["author"] == {
        "@type": "NGO",
        "name": "Open Internet Campaigns",
        "url": "http://127.0.0.1:8000/",
    }
    assert "dateModified" not in report

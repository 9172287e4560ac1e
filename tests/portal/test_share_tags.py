"""Open Graph and Twitter Card tags: what a network shows when someone shares a page's link."""

import datetime

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from portal.localize import sync_page, translate
from tests.campaigns.factories import (
    AuthorFactory,
    BriefIndexPageFactory,
    CampaignPageFactory,
    OutcomeBriefPageFactory,
    PetitionPageFactory,
)

pytestmark = pytest.mark.django_db


def og(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    tags = {}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key and key.startswith(("og:", "twitter:", "article:")):
            tags.setdefault(key, []).append(meta["content"])
    return tags


@pytest.fixture
def translate_page(django_capture_on_commit_callbacks):
    def run(page, code, strings):
        with django_capture_on_commit_callbacks(execute=True):
            return translate(page, code, strings)

    return run


@pytest.fixture
def campaign(portal, settings):
    image = wagtail_factories.ImageFactory(
        title="Delegates in Dubai", file__width=1600, file__height=900
    )
    page = CampaignPageFactory(
        parent=portal,
        title="Keep the internet open",
        slug="open",
        intro="Why the treaty matters.",
        hero_image=image,
    )
    sync_page(page)
    return page


def test_campaign_shares_its_title_text_and_hero_image_in_english(client, campaign, settings):
    tags = og(client, "/en/open/")
    assert tags["og:title"] == ["Keep the internet open"]
    assert tags["og:description"] == ["Why the treaty matters."]
    assert tags["og:type"] == ["website"]
    assert tags["og:url"] == [settings.BASE_URL + "/en/open/"]
    assert tags["og:locale"] == ["en_GB"]
    assert tags["og:site_name"][0]
    image = tags["og:image"][0]
    assert image.startswith(settings.BASE_URL + "/media/images/")
    assert tags["og:image:width"] == ["1200"] and tags["og:image:height"] == ["630"]
    assert tags["og:image:alt"] == ["Delegates in Dubai"]
    assert tags["twitter:card"] == ["summary_large_image"]
    # Only the English page is real so far: the six aliases are not alternates.
    assert "og:locale:alternate" not in tags


def test_translated_campaign_shares_in_french_and_names_only_real_translations(
    client, campaign, translate_page, settings
):
    translate_page(
        campaign,
        "fr",
        {"Keep the internet open": "Pour un internet ouvert", "Why the treaty matters.": "Enjeux."},
    )
    translate_page(campaign, "ar", {"Keep the internet open": "من أجل إنترنت مفتوح"})

    french = og(client, "/fr/open/")
    assert french["og:title"] == ["Pour un internet ouvert"]
    assert french["og:description"] == ["Enjeux."]
    assert french["og:url"] == [settings.BASE_URL + "/fr/open/"]
    assert french["og:locale"] == ["fr_FR"]
    assert sorted(french["og:locale:alternate"]) == ["ar_AR", "en_GB"]

    english = og(client, "/en/open/")
    assert sorted(english["og:locale:alternate"]) == ["ar_AR", "fr_FR"]


def test_an_alias_shares_the_source_page_and_its_language(client, campaign, settings):
    # Spanish has only an alias of the English campaign: its text, URL and locale are English.
    tags = og(client, "/es/open/")
    assert tags["og:title"] == ["Keep the internet open"]
    assert tags["og:url"] == [settings.BASE_URL + "/en/open/"]
    assert tags["og:locale"] == ["en_GB"]
    assert "og:locale:alternate" not in tags


def test_petition_without_a_picture_shares_its_generated_card(
    client, campaign, translate_page, settings
):
    petition = PetitionPageFactory(
        parent=campaign, title="Tell the ITU", slug="tell-the-itu", intro="Add your name."
    )
    sync_page(petition)
    translate_page(petition, "zh-hans", {"Tell the ITU": "告诉国际电联"})

    tags = og(client, "/zh-hans/open/tell-the-itu/")
    assert tags["og:title"] == ["告诉国际电联"]
    assert tags["og:type"] == ["website"]
    assert tags["og:locale"] == ["zh_CN"]
    assert tags["og:locale:alternate"] == ["en_GB"]
    card = tags["og:image"][0]
    assert card.startswith(settings.BASE_URL + "/zh-hans/open/tell-the-itu/share-card.png?v=")
    assert tags["twitter:image"] == [card]
    assert tags["og:image:width"] == ["1200"] and tags["og:image:height"] == ["630"]
    assert tags["og:image:alt"] == ["告诉国际电联"]
    assert tags["twitter:card"] == ["summary_large_image"]


def test_brief_is_an_article_in_english_and_russian(client, portal, translate_page):
    index = BriefIndexPageFactory(parent=portal, slug="analysis")
    sync_page(index)
    brief = OutcomeBriefPageFactory(
        parent=index,
        slug="dubai",
        title="The Dubai treaty",
        intro="What was signed.",
        publication_date=datetime.date(2012, 12, 18),
    )
    brief.brief_authors.create(author=AuthorFactory(name="Amina Haddad"), sort_order=0)
    brief.save_revision().publish()
    sync_page(brief)
    translate_page(index, "ru", {})
    translate_page(brief, "ru", {"The Dubai treaty": "Дубайский договор"})

    english = og(client, "/en/analysis/dubai/")
    assert english["og:type"] == ["article"]
    assert english["article:published_time"] == ["2012-12-18"]
    assert english["article:author"] == ["Amina Haddad"]
    assert english["og:locale"] == ["en_GB"]
    assert english["og:locale:alternate"] == ["ru_RU"]

    russian = og(client, "/ru/analysis/dubai/")
    assert russian["og:type"] == ["article"]
    assert russian["og:title"] == ["Дубайский договор"]
    assert russian["og:locale"] == ["ru_RU"]
    assert russian["og:locale:alternate"] == ["en_GB"]
    # The index page is a website, not an article.
    assert og(client, "/ru/analysis/")["og:type"] == ["website"]


def test_home_page_and_plain_views_have_tags_in_their_language(client, portal, settings):
    home = og(client, "/en/")
    assert home["og:locale"] == ["en_GB"]
    assert home["og:type"] == ["website"]
    assert home["twitter:card"] == ["summary_large_image"]
    assert home["og:image"][0].startswith(settings.BASE_URL + "/en/share-card.png?v=")
    privacy = og(client, "/ar/privacy/")
    # A view that is not a page shares its language's home page card.
    assert privacy["og:image"][0].startswith(settings.BASE_URL + "/ar/share-card.png?v=")
    assert privacy["og:locale"] == ["ar_AR"]
    assert privacy["og:site_name"] == privacy["og:title"]


def test_unknown_languages_get_a_derived_open_graph_locale(settings):
    from portal.sharing import og_locale

    assert og_locale("pt-br") == "pt_BR"
    assert og_locale("de") == "de"
    settings.OPEN_GRAPH_LOCALES = {"en": "en_US"}
    assert og_locale("en") == "en_US"

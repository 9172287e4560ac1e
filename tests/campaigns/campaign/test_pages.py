import pytest

from campaigns.models import CampaignPage, RelatedCampaign

from ..conftest import soup
from ..factories import CampaignPageFactory, PetitionPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db

# About 25 with one block of each kind on an empty cache; it must not grow with more.
CAMPAIGN_QUERY_CEILING = 35


def body(petitions, pages, copies=1):
    blocks = []
    for _ in range(copies):
        blocks += [
            ("text", "<p>Why it matters.</p>"),
            ("quote", {"quote": "Keep it open.", "attribution": "A user"}),
            *[("petition", {"petition": petition, "heading": ""}) for petition in petitions],
            *[
                ("call_to_action", {"page": page, "button_label": "Go", "text": "", "heading": ""})
                for page in pages
            ],
            (
                "press_coverage",
                {
                    "heading": "",
                    "items": [
                        {
                            "outlet": "Wired",
                            "headline": "A headline",
                            "url": "https://www.wired.com/",
                            "language": "en",
                        }
                    ],
                },
            ),
            ("video", {"url": "https://video.example/watch/1", "title": "Our film", "caption": ""}),
        ]
    return blocks


def test_campaign_page_renders_in_english(client, campaign, petition):
    campaign.body = body([petition], [petition])
    campaign.update_banner_text = "The conference is over."
    campaign.save_revision().publish()
    page = soup(client.get(campaign.url))
    assert page.html["dir"] == "ltr"
    assert page.h1.get_text() == "Keep the internet open"
    assert page.select_one(".notice--update").get_text(strip=True) == "The conference is over."
    assert page.select_one(".block-petition form")["action"] == petition.url + "sign/"
    assert page.select_one(".block-cta a")["href"] == petition.url


def test_campaign_page_renders_in_arabic_with_localized_links(
    client, campaign, petition, translate_page
):
    campaign.body = body([petition], [petition])
    campaign.save_revision().publish()
    arabic_campaign = translate_page(
        campaign, "ar", {"Keep the internet open": "من أجل إنترنت مفتوح"}
    )
    arabic_petition = translate_page(petition, "ar", {})
    response = client.get(arabic_campaign.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    assert page.h1.get_text() == "من أجل إنترنت مفتوح"
    # Blocks chose the English petition; Arabic readers get the Arabic one.
    assert page.select_one(".block-cta a")["href"] == arabic_petition.url
    assert page.select_one(".block-petition form")["action"] == arabic_petition.url + "sign/"


def test_video_without_an_embed_falls_back_to_a_link(client, campaign):
    campaign.body = [("video", {"url": "https://video.example/watch/1", "title": "Our film"})]
    campaign.save_revision().publish()
    page = soup(client.get(campaign.url))
    link = page.select_one(".block-video__fallback a")
    assert link["href"] == "https://video.example/watch/1"
    assert "Our film" in link.get_text()


def test_press_headlines_keep_their_language(client, campaign):
    campaign.body = [block for block in body([], []) if block[0] == "press_coverage"]
    campaign.save_revision().publish()
    cite = soup(client.get(campaign.url)).select_one(".press-list cite")
    assert cite["lang"] == "en" and cite.get_text() == "A headline"


def test_related_campaigns_and_children_are_listed(client, campaign, petition, portal):
    other = CampaignPageFactory(parent=portal, title="Privacy", slug="privacy")
    campaign.related_campaigns = [RelatedCampaign(campaign=other)]
    campaign.save_revision().publish()
    SignatureFactory.create_batch(2, page=petition)
    page = soup(client.get(campaign.url))
    assert "Privacy" in page.select_one(".campaign__related").get_text()
    assert "2 signatures" in page.select_one(".campaign__act").get_text()


def test_closed_campaign_closes_its_embedded_petitions(client, campaign, petition):
    campaign.body = body([petition], [])
    campaign.status = CampaignPage.Status.LOST
    campaign.save_revision().publish()
    page = soup(client.get(campaign.url))
    assert page.select_one(".block-petition form") is None
    assert page.select_one(".status-tag").get_text() == "Lost"


def test_campaign_page_queries_do_not_grow_with_blocks_signatures_or_languages(
    client, campaign, petition, translate_page, count_queries
):
    second = PetitionPageFactory(parent=campaign, slug="second")
    campaign.body = body([petition], [petition])
    campaign.save_revision().publish()
    client.get(campaign.url)  # warm up (the failed video embed is remembered for a while)
    _response, before = count_queries(campaign.url)
    assert before <= CAMPAIGN_QUERY_CEILING

    campaign.body = body([petition, second], [petition, second, campaign], copies=4)
    campaign.save_revision().publish()
    SignatureFactory.create_batch(20, page=petition)
    for code in ("fr", "ar"):
        translate_page(campaign, code, {})
        translate_page(petition, code, {})
    client.get(campaign.url)
    _response, after = count_queries(campaign.url)
    assert after <= before

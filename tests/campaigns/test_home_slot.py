import pytest

from campaigns.models import CampaignPage

from .conftest import soup
from .factories import PetitionPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db


def test_home_page_lists_open_petitions_with_their_counts(client, portal, campaign, petition):
    SignatureFactory.create_batch(3, page=petition)
    closed_campaign = CampaignPage(title="Closed", slug="closed", status="closed")
    portal.add_child(instance=closed_campaign)
    PetitionPageFactory(parent=closed_campaign, title="A closed petition", slug="closed-one")
    section = soup(client.get("/en/")).select_one(".home-section--petitions")
    assert "Tell the ITU" in section.get_text()
    assert "3 signatures" in section.get_text()
    assert "A closed petition" not in section.get_text()


def test_home_petitions_cost_the_same_queries_for_one_or_many(
    client, portal, campaign, petition, count_queries
):
    client.get("/en/")
    _response, before = count_queries("/en/")
    for number in range(4):
        other = PetitionPageFactory(parent=campaign, slug=f"more-{number}")
        SignatureFactory.create_batch(2, page=other)
    _response, after = count_queries("/en/")
    assert after <= before

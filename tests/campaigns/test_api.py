import pytest

from .factories import SignatureFactory

pytestmark = pytest.mark.django_db


def test_petition_api_exposes_counts(client, petition):
    SignatureFactory.create_batch(3, page=petition)
    data = client.get(f"/api/v2/pages/{petition.pk}/").json()
    assert data["signature_count"] == 3
    assert data["signature_goal"] == 100
    assert data["signature_next_goal"] == 100


def test_petition_listing_can_ask_for_counts(client, petition):
    SignatureFactory.create_batch(2, page=petition)
    data = client.get(
        "/api/v2/pages/?type=campaigns.PetitionPage&fields=signature_count,signature_goal"
    ).json()
    counts = {item["id"]: item["signature_count"] for item in data["items"]}
    assert counts[petition.pk] == 2

"""No signer's name or email appears in any public page, the API or search."""

import pytest
from wagtail.models import Page

from campaigns.models import Signature

from .conftest import sign
from .factories import SignatureFactory

pytestmark = pytest.mark.django_db

NAME, SURNAME, EMAIL = "Hypatia", "Zxqwvbn", "hypatia.private@example.org"


@pytest.fixture
def signed(client, petition):
    response = sign(client, petition, first_name=NAME, last_name=SURNAME, email=EMAIL)
    assert response.status_code == 303, response.content.decode()[:500]
    assert response["Location"] == petition.url + "thanks/"
    # The secrets searched for below are stored: their absence from the pages means something.
    assert Signature.objects.filter(first_name=NAME, last_name=SURNAME, email=EMAIL).exists()
    SignatureFactory(page=petition, first_name="Other", last_name="Zxqwvbn2")
    return petition


def assert_private(body):
    text = body.decode() if isinstance(body, bytes) else body
    for secret in (NAME, SURNAME, EMAIL):
        assert secret not in text


def test_no_signer_in_public_pages(client, signed):
    campaign = signed.get_parent()
    for url in (
        "/en/",
        campaign.url,
        signed.url,
        signed.url + "thanks/",
        signed.url + "count.json",
        f"/ar{signed.url[3:]}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_private(response.content)


def test_no_signer_in_the_api(client, signed):
    for url in (
        f"/api/v2/pages/{signed.pk}/",
        "/api/v2/pages/?type=campaigns.PetitionPage&fields=*",
        f"/api/v2/pages/?search={SURNAME}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_private(response.content)


def test_no_signer_in_search(client, signed):
    assert not Page.objects.live().search(SURNAME)
    assert not Page.objects.live().search(EMAIL)
    # The search page repeats the query: look for the other two secrets.
    for query, others in ((SURNAME, (NAME, EMAIL)), (EMAIL, (NAME, SURNAME))):
        response = client.get("/en/search/", {"q": query})
        assert response.status_code == 200
        for secret in others:
            assert secret not in response.content.decode()

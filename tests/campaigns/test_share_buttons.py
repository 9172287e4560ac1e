"""Share buttons on petitions and actions before anyone signs or writes: plain links, no script."""

from urllib.parse import parse_qs, urlsplit

import pytest

from campaigns.models import PetitionPage

from .conftest import soup

pytestmark = pytest.mark.django_db

SERVICES = ["email", "mastodon", "bluesky", "facebook", "whatsapp"]


def share_box(response):
    assert response.status_code == 200
    page = soup(response)
    box = page.select_one("section.share")
    assert box is not None, "no share buttons"
    assert not page.select("script[src^=http]")  # no third-party script
    return box


def test_petition_page_offers_its_share_text_before_signing(client, petition):
    PetitionPage.objects.filter(pk=petition.pk).update(share_text="Sign against the treaty")
    box = share_box(client.get(petition.url))
    assert box.h2.get_text() == "Share this petition"
    links = box.select(".share__list a")
    assert [link["class"][1].removeprefix("share__link--") for link in links] == SERVICES
    mail = parse_qs(urlsplit(links[0]["href"]).query)
    assert mail["body"] == ["Sign against the treaty " + petition.full_url]
    assert mail["subject"] == ["Tell the ITU"]
    bluesky = parse_qs(urlsplit(links[2]["href"]).query)
    assert bluesky["text"] == ["Sign against the treaty " + petition.full_url]
    assert links[0]["aria-label"] == "Share by email"
    assert links[1]["aria-label"] == "Share on Mastodon (opens in a new tab)"
    assert box.select_one("#share-url")["value"] == petition.full_url
    # The page still has its form: the buttons do not replace signing.
    assert soup(client.get(petition.url)).select_one("form[action$='sign/']")


def test_share_buttons_speak_the_readers_language(client, petition, translate_page):
    translate_page(petition, "fr", {"Tell the ITU": "Dites-le à l'UIT"})
    box = share_box(client.get("/fr/open/tell-the-itu/"))
    assert box.h2.get_text() == "Partagez cette pétition"
    labels = [link["aria-label"] for link in box.select(".share__list a")]
    assert labels[0] == "Partager par e-mail"
    assert labels[1] == "Partager sur Mastodon (s’ouvre dans un nouvel onglet)"
    mail = parse_qs(urlsplit(box.select_one(".share__link--email")["href"]).query)
    assert mail["subject"] == ["Dites-le à l'UIT"]


def test_action_page_offers_share_buttons_without_the_chosen_country(client, action):
    box = share_box(client.get(action.url + "?country=FR"))
    assert box.h2.get_text() == "Share this action"
    assert box.label.get_text() == "Link to this action"
    assert box.select_one("#share-url")["value"] == action.full_url
    whatsapp = parse_qs(urlsplit(box.select_one(".share__link--whatsapp")["href"]).query)
    assert whatsapp["text"] == [action.title + " " + action.full_url]

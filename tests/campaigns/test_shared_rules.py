"""Rules shared by every language come from the source page, whatever a translator changed.

After "stop translation" in wagtail-localize, a translator can edit every field of their
locale's page; the signatures and letters still pool under one translation key, so the rules
they are taken under must stay the source's.
"""

import datetime

import pytest
from django.utils import timezone

from campaigns.models import ActionMessage, ActionPage, CampaignPage, PetitionPage, Signature
from campaigns.rules import CampaignStatus

from .actions.test_pages import write
from .conftest import sign, soup
from .factories import TargetFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_petition(petition, translate_page):
    PetitionPage.objects.filter(pk=petition.pk).update(
        goal=100, require_confirmation=True, country_field="required"
    )
    petition.refresh_from_db()
    translate_page(petition.get_parent().specific, "fr", {})
    french = translate_page(petition, "fr", {})
    # What a translator can do once the translation is stopped: edit the rules of their copy.
    PetitionPage.objects.filter(pk=french.pk).update(
        goal=5,
        require_confirmation=False,
        country_field="hidden",
        end_date=timezone.localdate() - datetime.timedelta(days=3),
    )
    french.refresh_from_db()
    return french


def test_a_translation_signs_under_the_source_rules(client, french_petition, mailoutbox):
    french = french_petition
    assert not french.is_closed  # the French end date in the past does not close it
    page = soup(client.get(french.url))
    assert page.select_one("[name=country]") is not None  # the source asks for the country

    assert sign(client, french, country="").status_code == 400  # ... and requires it
    assert not Signature.objects.exists()
    assert sign(client, french).status_code == 303
    signature = Signature.objects.get()
    assert not signature.confirmed  # the source requires confirmation
    assert french.count_data()["goal"] == 100
    assert french.signature_next_goal == 100
    assert client.get(french.url + "count.json").json()["goal"] == 100


def test_the_source_end_date_closes_every_translation(client, petition, french_petition):
    PetitionPage.objects.filter(pk=petition.pk).update(
        end_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    PetitionPage.objects.filter(pk=french_petition.pk).update(end_date=None)
    french = PetitionPage.objects.get(pk=french_petition.pk)
    assert french.is_closed
    assert sign(client, french).status_code == 403
    assert not Signature.objects.exists()


def test_a_translation_writes_under_the_source_action_rules(client, action, translate_page):
    ActionPage.objects.filter(pk=action.pk).update(
        mode=ActionPage.Mode.SERVER, per_sender_hourly_cap=1, per_target_hourly_cap=1
    )
    action.refresh_from_db()
    translate_page(action.get_parent().specific, "fr", {})
    french = translate_page(action, "fr", {})
    stranger = TargetFactory(country="FR", email="stranger@example.org")
    ActionPage.objects.filter(pk=french.pk).update(
        mode=ActionPage.Mode.MAILTO, per_sender_hourly_cap=100, per_target_hourly_cap=100
    )
    french = ActionPage.objects.get(pk=french.pk)
    french.targets.set([stranger])
    french.save()
    french = ActionPage.objects.get(pk=french.pk)

    shown = soup(client.get(french.url, {"country": "FR"})).get_text()
    assert "stranger" not in shown.lower() and stranger.name not in shown
    assert write(client, french).status_code == 303  # server mode: a confirmation link
    message = ActionMessage.objects.get()
    assert message.status == ActionMessage.Status.PENDING
    assert sorted(t.email for t in message.targets.all()) == sorted(
        t.email for t in action.targets.all()
    )
    assert write(client, french).status_code == 429  # the source's cap of 1 per sender


def test_the_source_campaign_status_rules_every_translation(client, petition, french_petition):
    french_campaign = french_petition.get_parent().specific
    assert french_campaign.locale.language_code == "fr"
    # A translator marks their campaign as won: the source campaign is still active.
    CampaignPage.objects.filter(pk=french_campaign.pk).update(status=CampaignStatus.WON)
    french = PetitionPage.objects.get(pk=french_petition.pk)
    assert not french.is_closed
    assert sign(client, french).status_code == 303

    # The source campaign is won: every translation stops taking signatures, whatever its own
    # campaign says.
    CampaignPage.objects.filter(pk=french_campaign.pk).update(status=CampaignStatus.ACTIVE)
    CampaignPage.objects.filter(pk=petition.get_parent().pk).update(status=CampaignStatus.WON)
    french = PetitionPage.objects.get(pk=french_petition.pk)
    assert french.is_closed
    assert sign(client, french, email="another@example.org").status_code == 403
    assert Signature.objects.count() == 1

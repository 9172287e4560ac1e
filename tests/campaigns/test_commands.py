import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from campaigns.models import ActionMessage, Signature
from campaigns.petitions import signatures
from home.newsletter.models import Subscriber

from .factories import PetitionPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_erase_supporter_removes_signatures_messages_and_subscription(petition, campaign):
    other = PetitionPageFactory(parent=campaign, slug="other")
    SignatureFactory(page=petition, email="ada@example.org")
    SignatureFactory(page=other, email="ada@example.org")
    SignatureFactory(page=petition, email="someone@example.org")
    ActionMessage.objects.create(
        action_key=petition.translation_key,
        mode="server",
        status="sent",
        country="FR",
        language="en",
        sender_name="Ada",
        sender_email="ada@example.org",
    )
    Subscriber.objects.create(email="ada@example.org", language="en", consent_at=timezone.now())
    assert signatures.signature_count(petition.translation_key) == 2  # now cached

    output = run("erase_supporter", "  ADA@example.org ")

    assert "Erased 2 signature(s), 1 action message(s) and 1 newsletter subscription(s)" in output
    assert "ada@example.org" not in output
    assert list(Signature.objects.values_list("email", flat=True)) == ["someone@example.org"]
    assert not ActionMessage.objects.exists() and not Subscriber.objects.exists()
    assert signatures.signature_count(petition.translation_key) == 1  # the cache was dropped


def test_erase_supporter_dry_run_changes_nothing(petition):
    SignatureFactory(page=petition, email="ada@example.org")
    assert "Would erase 1 signature(s)" in run("erase_supporter", "ada@example.org", "--dry-run")
    assert Signature.objects.count() == 1


def test_purge_unconfirmed_signatures(petition):
    old = SignatureFactory(page=petition, confirmed=False)
    recent = SignatureFactory(page=petition, confirmed=False)
    confirmed_old = SignatureFactory(page=petition, confirmed=True)
    Signature.objects.filter(pk__in=[old.pk, confirmed_old.pk]).update(
        created_at=timezone.now() - timedelta(days=40)
    )
    output = run("purge_unconfirmed_signatures", "--days", "30")
    assert "Deleted 1 unconfirmed signature(s)" in output
    assert set(Signature.objects.values_list("pk", flat=True)) == {recent.pk, confirmed_old.pk}

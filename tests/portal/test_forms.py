"""The public-form toolkit seen from the petition: one mailbox is one person, wherever it is
spelled differently, and erasure finds every spelling."""

import io
import time

import pytest
from django.core.management import call_command
from django.utils import timezone

from campaigns.models import ActionMessage, Signature
from home.newsletter.models import Subscriber
from portal.forms import check_stamp, issue_stamp
from tests.campaigns import conftest as campaigns_conftest

pytestmark = pytest.mark.django_db

# The campaigns fixtures, shared with this package's tests.
campaign = campaigns_conftest.campaign
petition = campaigns_conftest.petition
sign = campaigns_conftest.sign

SPELLINGS = [
    "ada@exämple.org",
    "a\u200bda@exämple.org",  # zero-width space
    "a\u00adda@EXÄMPLE.org",  # soft hyphen
    '"ada"@exämple.org',  # needless quotes
    "ADA@xn--exmple-cua.org",  # punycode
]


def test_five_spellings_of_one_mailbox_make_one_signature(petition, client, settings):
    settings.PETITION_RATE_LIMIT = "0/hour"
    for spelling in SPELLINGS:
        response = sign(client, petition, email=spelling)
        assert response.status_code == 303, spelling

    assert list(Signature.objects.values_list("email", flat=True)) == ["ada@xn--exmple-cua.org"]


@pytest.mark.parametrize("email", ["ada@", "a b@example.org", "ada@exa_mple.org", "\u200b@x.org"])
def test_the_petition_still_refuses_invalid_addresses(petition, client, email):
    response = sign(client, petition, email=email)

    assert response.status_code == 400
    assert not Signature.objects.exists()


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_erase_supporter_with_any_spelling_erases_every_spelling(petition, spelling):
    # Rows stored before addresses were canonicalised may hold any spelling.
    for number, stored in enumerate(SPELLINGS):
        Signature.objects.create(
            petition_key=petition.translation_key,
            page=petition,
            language="en",
            first_name="Ada",
            last_name=str(number),
            email=stored,
            confirmed=True,
        )
        ActionMessage.objects.create(
            action_key=petition.translation_key,
            mode="server",
            status="sent",
            country="FR",
            language="en",
            sender_name="Ada",
            sender_email=stored,
        )
        Subscriber.objects.create(email=stored, language="en", consent_at=timezone.now())
    Subscriber.objects.create(email="someone@example.org", language="en", consent_at=timezone.now())

    out = io.StringIO()
    call_command("erase_supporter", spelling, stdout=out)

    assert "Erased 5 signature(s), 5 action message(s) and 5 newsletter subscription(s)" in (
        out.getvalue()
    )
    assert not Signature.objects.exists() and not ActionMessage.objects.exists()
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["someone@example.org"]


def test_a_stamp_is_bound_to_its_form_and_to_time():
    assert check_stamp(issue_stamp("newsletter", issued_at=0), "newsletter") is not None
    assert check_stamp(issue_stamp("a", issued_at=time.time() - 60), "b") is not None
    assert check_stamp(issue_stamp("a", issued_at=time.time() - 60), "a") is None

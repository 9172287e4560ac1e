"""50 people signing at the same instant: no lost signature, no duplicate. PostgreSQL only
(SQLite serialises writers, so it proves nothing there): run in CI's PostgreSQL pass.

The threads need committed data, hence transactional tests; serialized_rollback puts back what
the migrations created (root page, permissions) after each, for the tests that run after them.
"""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

from campaigns.models import Signature, SignatureCounter
from campaigns.petitions import signatures

from ..conftest import signature_data
from ..factories import SignatureFactory

THREADS = 50

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrency is only meaningful on PostgreSQL"
    ),
]


def counter(petition):
    key = str(petition.translation_key)
    return signatures.counter_totals([key])[key]


def sign_concurrently(petition, emails):
    barrier = threading.Barrier(len(emails))
    statuses, errors = [], []

    def worker(email):
        try:
            client = Client(REMOTE_ADDR="192.0.2.10")
            data = signature_data(petition, email=email)
            barrier.wait(timeout=30)
            statuses.append(client.post(petition.sign_url, data).status_code)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    return statuses


@pytest.fixture
def committed_petition(django_db_serialized_rollback, transactional_db, settings):
    """A petition in committed data, with a rate limit the fifty threads do not reach."""
    from wagtail.models import Page, Site

    from home.setup import setup_portal
    from portal.localize import sync_page

    from ..factories import CampaignPageFactory, PetitionPageFactory

    settings.PETITION_RATE_LIMIT = "10000/hour"
    home = setup_portal()
    # The restore re-creates what the migrations left, including the default site on Wagtail's
    # welcome page, on top of the home pages the session set up: point the site home again.
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
        Page.objects.filter(depth=2, content_type__model="page").delete()
    campaign = CampaignPageFactory(parent=home, slug="open")
    petition = PetitionPageFactory(parent=campaign, slug="tell-the-itu")
    sync_page(campaign)
    sync_page(petition)
    return petition


def test_fifty_concurrent_signatures_give_exactly_fifty_more(committed_petition):
    petition = committed_petition
    SignatureFactory.create_batch(5, page=petition)
    start = signatures.refresh_count(petition.translation_key)

    statuses = sign_concurrently(petition, [f"person{n}@example.org" for n in range(THREADS)])

    assert statuses == [303] * THREADS
    assert Signature.objects.filter(petition_key=petition.translation_key).count() == start + 50
    assert signatures.refresh_count(petition.translation_key) == start + THREADS
    # The sharded counter is exact too, and the signers were spread over its rows.
    assert counter(petition) == start + THREADS
    shards = SignatureCounter.objects.filter(petition_key=petition.translation_key, total__gt=0)
    assert shards.count() > 1


def test_fifty_concurrent_signatures_from_one_person_count_once(committed_petition):
    petition = committed_petition
    spellings = [f"  Same.Person@Example.org{' ' * (n % 3)}" for n in range(THREADS)]
    statuses = sign_concurrently(petition, spellings)
    assert statuses == [303] * THREADS
    assert Signature.objects.filter(petition_key=petition.translation_key).count() == 1
    assert counter(petition) == 1


def test_counter_stays_exact_when_reconciled_and_erased_while_people_sign(committed_petition):
    """reconcile() locks the shards: a signer who has counted is counted among the rows, one who
    has not adds to the recomputed figure, whatever the interleaving."""
    petition = committed_petition
    SignatureFactory(page=petition, email="leaving@example.org")
    SignatureFactory.create_batch(4, page=petition)
    stop = threading.Event()
    errors = []

    def reconciler():
        try:
            erased = False
            while not stop.is_set():
                if not erased:
                    call_command("erase_supporter", "leaving@example.org", stdout=io.StringIO())
                    erased = True
                signatures.reconcile([petition.translation_key])
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=reconciler)
    thread.start()
    try:
        statuses = sign_concurrently(petition, [f"person{n}@example.org" for n in range(THREADS)])
    finally:
        stop.set()
        thread.join(timeout=120)

    assert not errors
    assert statuses == [303] * THREADS
    assert not Signature.objects.filter(email="leaving@example.org").exists()
    assert counter(petition) == 4 + THREADS
    assert Signature.objects.counted().filter(petition_key=petition.translation_key).count() == (
        4 + THREADS
    )

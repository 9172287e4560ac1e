"""The sharded signature counter: exact after signing in several languages, confirming, erasing
and purging, and a signature that costs the same however many came before."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.models import PetitionPage, Signature, SignatureCounter
from campaigns.petitions import signatures

from ..conftest import sign
from ..factories import SignatureFactory

pytestmark = pytest.mark.django_db


def counter(petition):
    """What the counter rows say, bypassing the cache."""
    return signatures.counter_totals([petition.translation_key])[str(petition.translation_key)]


def rows(petition):
    return Signature.objects.counted().filter(petition_key=petition.translation_key).count()


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_counter_is_exact_after_signatures_in_two_languages(client, petition, translate_page):
    translate_page(petition.get_parent().specific, "fr", {})
    french = translate_page(petition, "fr", {})
    for number in range(7):
        assert sign(client, petition, email=f"en{number}@example.org").status_code == 303
    for number in range(5):
        assert sign(client, french, email=f"fr{number}@example.org").status_code == 303
    # The same people again, in the other language: thanked, not counted twice.
    assert sign(client, french, email="en0@example.org").status_code == 303
    assert sign(client, petition, email="FR1@example.org").status_code == 303

    assert counter(petition) == rows(petition) == 12
    assert client.get(french.url + "count.json").json()["count"] == 12
    assert client.get(petition.url + "count.json").json()["count"] == 12
    # Spread over shards rather than one hot row.
    shards = SignatureCounter.objects.filter(petition_key=petition.translation_key)
    assert shards.count() == signatures.COUNTER_SHARDS
    assert shards.filter(total__gt=0).count() > 1


def test_confirmation_adds_to_the_counter_once(client, petition):
    PetitionPage.objects.filter(pk=petition.pk).update(require_confirmation=True)
    petition.refresh_from_db()
    assert sign(client, petition).status_code == 303
    assert counter(petition) == 0
    token = Signature.objects.get().confirm_token
    confirm_url = petition.url + f"confirm/{token}/"
    assert client.post(confirm_url).status_code == 200
    assert client.post(confirm_url).status_code == 404  # single use: no second increment
    assert counter(petition) == rows(petition) == 1
    assert client.get(petition.url + "count.json").json()["count"] == 1


def test_erasure_keeps_the_counter_exact(client, petition):
    for number in range(4):
        sign(client, petition, email=f"signer{number}@example.org")
    assert client.get(petition.url + "count.json").json()["count"] == 4  # now cached

    output = run("erase_supporter", "Signer2@example.org")

    assert "Erased 1 signature(s)" in output
    assert counter(petition) == rows(petition) == 3
    assert client.get(petition.url + "count.json").json()["count"] == 3


def test_purge_of_unconfirmed_signatures_keeps_the_counter_exact(client, petition):
    SignatureFactory.create_batch(3, page=petition)
    old = SignatureFactory(page=petition, confirmed=False)
    Signature.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))

    assert "Deleted 1 unconfirmed signature(s)" in run("purge_unconfirmed_signatures")

    assert Signature.objects.count() == 3
    assert counter(petition) == rows(petition) == 3


def test_reconcile_counts_repairs_a_counter_from_the_rows(client, petition, campaign):
    from ..factories import PetitionPageFactory

    other = PetitionPageFactory(parent=campaign, slug="other")
    SignatureFactory.create_batch(3, page=petition)
    SignatureFactory.create_batch(2, page=other)
    # Rows changed behind the service's back: one deleted, one added without counting.
    Signature.objects.filter(petition_key=petition.translation_key).first().delete()
    Signature.objects.bulk_create(
        [
            Signature(
                petition_key=other.translation_key,
                language="en",
                first_name="A",
                last_name="B",
                email="bulk@example.org",
                confirmed=True,
            )
        ]
    )
    assert (counter(petition), counter(other)) == (3, 2)

    output = run("reconcile_counts")

    assert "the counter said 3, the signatures say 2" in output
    assert "the counter said 2, the signatures say 3" in output
    assert (counter(petition), counter(other)) == (2, 3)
    assert client.get(petition.url + "count.json").json()["count"] == 2
    assert "0 counter(s) corrected" in run("reconcile_counts", str(petition.translation_key))


def test_reconcile_counts_rejects_a_key_that_is_not_one(petition):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        run("reconcile_counts", "not-a-uuid")


def signing_queries(client, petition, email):
    with CaptureQueriesContext(connection) as queries:
        assert sign(client, petition, email=email).status_code == 303
    return len(queries)


def test_a_signature_costs_the_same_however_many_came_before(client, petition):
    SignatureFactory.create_batch(5, page=petition)
    signing_queries(client, petition, "warm-up@example.org")  # caches filled by the first POST
    with_five = signing_queries(client, petition, "sixth@example.org")
    SignatureFactory.create_batch(45, page=petition)
    with_fifty = signing_queries(client, petition, "fifty-second@example.org")

    assert with_five == with_fifty
    assert with_fifty <= 21  # routing, the rules, the limit, one insert, one increment
    assert counter(petition) == rows(petition) == 53


def test_a_signature_is_one_insert_and_one_increment_and_no_page_render(client, petition):
    SignatureFactory.create_batch(5, page=petition)
    with CaptureQueriesContext(connection) as queries:
        response = sign(client, petition, email="lean@example.org")
    assert response.status_code == 303 and response["Location"] == petition.url + "thanks/"
    assert response.templates == []  # the thank-you page is a redirect away, and cacheable
    statements = [query["sql"] for query in queries.captured_queries]
    inserts = [sql for sql in statements if sql.startswith("INSERT")]
    # The signature, and the client's rate-limit window (its first hit in this window).
    assert [sql.split("(")[0] for sql in inserts] == [
        'INSERT INTO "portal_ratelimitcounter" ',
        'INSERT INTO "campaigns_signature" ',
    ]
    increments = [sql for sql in statements if 'UPDATE "campaigns_signaturecounter"' in sql]
    assert len(increments) == 1
    assert not [sql for sql in statements if "COUNT(" in sql.upper()]

import time

import pytest
from django.test import Client

from campaigns.models import PetitionPage, Signature
from home.newsletter.models import Subscriber
from portal.forms import issue_stamp

from ..conftest import sign, signature_data, soup
from ..factories import SignatureFactory

pytestmark = pytest.mark.django_db


def count_on(client, page):
    return soup(client.get(page.url)).select_one("[data-count]").get_text()


def test_signing_stores_one_signature_and_thanks(client, petition):
    response = sign(client, petition)
    assert response.status_code == 303
    assert response["Location"] == petition.url + "thanks/"
    signature = Signature.objects.get()
    assert signature.petition_key == petition.translation_key
    assert signature.email == "ada@example.org"
    assert signature.language == "en"
    assert signature.page_id == petition.pk and signature.source_page_id == petition.pk
    assert signature.confirmed
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Thank you for signing" in thanks.content.decode()


def test_signature_counts_once_across_translations(client, petition, translate_page):
    translate_page(petition.get_parent().specific, "fr", {})
    french = translate_page(petition, "fr", {"Tell the ITU": "Dites-le à l'UIT"})
    assert french.pk != petition.pk and french.translation_key == petition.translation_key

    assert sign(client, french, email="  Ada@Example.ORG ").status_code == 303
    assert sign(client, petition, email="ada@example.org").status_code == 303

    assert Signature.objects.count() == 1
    signature = Signature.objects.get()
    assert signature.language == "fr" and signature.page_id == french.pk
    assert count_on(client, french) == count_on(client, petition) == "1"


def test_second_signature_gets_the_same_thank_you_as_the_first(client, petition):
    """Nothing tells someone who merely knows an address whether its owner signed."""
    first = sign(client, petition)
    second = sign(client, petition, first_name="Someone", last_name="Else")
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert Signature.objects.get().first_name == "Ada"


def test_honeypot_gets_the_thank_you_and_nothing_is_stored(client, petition):
    response = sign(client, petition, website="http://spam.example")
    assert response.status_code == 303
    assert response["Location"] == petition.url + "thanks/"
    assert not Signature.objects.exists()


def test_rate_limit_answers_429(client, petition, settings):
    settings.PETITION_RATE_LIMIT = "3/hour"
    for number in range(3):
        assert sign(client, petition, email=f"p{number}@example.org").status_code == 303
    response = sign(client, petition, email="p4@example.org")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many attempts" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert Signature.objects.count() == 3


def test_rate_limit_is_per_client_address(petition, settings):
    settings.PETITION_RATE_LIMIT = "1/hour"
    assert sign(Client(REMOTE_ADDR="192.0.2.1"), petition, email="a@example.org").status_code == 303
    assert sign(Client(REMOTE_ADDR="192.0.2.1"), petition, email="b@example.org").status_code == 429
    assert sign(Client(REMOTE_ADDR="192.0.2.2"), petition, email="c@example.org").status_code == 303


def test_closed_petition_refuses_signatures(client, petition):
    campaign = petition.get_parent().specific
    campaign.status = campaign.Status.CLOSED
    campaign.save_revision().publish()
    response = sign(client, petition)
    assert response.status_code == 403
    assert "This petition is closed" in response.content.decode()
    assert not Signature.objects.exists()


def test_missing_consent_shows_the_form_again_with_the_data(client, petition):
    response = sign(client, petition, consent=None, first_name="Grace")
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    consent = page.select_one("input[name=consent]")
    assert consent.get("checked") is None
    assert consent["aria-invalid"] == "true"
    error = page.find(id=consent["aria-describedby"].split()[-1])
    assert "privacy notice" in error.get_text()
    assert page.select_one("input[name=first_name]")["value"] == "Grace"
    assert not Signature.objects.exists()


def test_consent_and_newsletter_are_never_ticked_in_advance(client, petition):
    page = soup(client.get(petition.url))
    for name in ("consent", "newsletter"):
        assert page.select_one(f"input[name={name}]").get("checked") is None


def test_bad_email_is_refused(client, petition):
    response = sign(client, petition, email="not-an-address")
    assert response.status_code == 400
    assert soup(response).select_one("input[name=email]")["aria-invalid"] == "true"
    assert not Signature.objects.exists()


def test_overlong_fields_are_refused(client, petition):
    response = sign(client, petition, first_name="A" * 101, email="x" * 250 + "@example.org")
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("input[name=first_name]")["aria-invalid"] == "true"
    assert page.select_one("input[name=email]")["aria-invalid"] == "true"
    assert not Signature.objects.exists()


def test_line_breaks_in_names_are_refused(client, petition):
    response = sign(client, petition, last_name="Lovelace\r\nBcc: victim@example.org")
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_html_in_names_is_stored_as_text_and_escaped(client, petition):
    name = '<script>alert("x")</script>'
    assert sign(client, petition, first_name=name, last_name="<b>bold</b>").status_code == 303
    assert Signature.objects.get().first_name == name
    # Invalid submissions echo the name back: escaped there too.
    response = sign(client, petition, first_name=name, email="bad")
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;" in response.content


@pytest.mark.parametrize(
    "first_name, last_name",
    [
        ("Zoë", "Ødegård-Núñez"),
        ("محمد", "Ben Ali"),
        ("李", "小龙"),
        ("Анна", "Смирнова"),
        ("Ada 🌍", "👩🏽‍💻 Lovelace"),  # the zero-width joiner inside the emoji is kept
        ("\u200fנועה", "Levi"),  # a right-to-left mark is a format character, not a control one
    ],
)
def test_names_in_any_script_and_emoji_are_accepted(client, petition, first_name, last_name):
    assert sign(client, petition, first_name=first_name, last_name=last_name).status_code == 303
    signature = Signature.objects.get()
    assert (signature.first_name, signature.last_name) == (first_name, last_name)


def test_form_sent_too_fast_is_shown_again(client, petition):
    response = sign(client, petition, stamp=issue_stamp(petition.translation_key))
    assert response.status_code == 400
    assert "That was quick" in response.content.decode()
    assert soup(response).select_one("input[name=email]")["value"] == "ada@example.org"
    assert not Signature.objects.exists()


def test_forged_or_foreign_stamp_is_refused(client, petition):
    other = issue_stamp("another-petition", issued_at=time.time() - 60)
    for stamp in ("forged", other, ""):
        assert sign(client, petition, stamp=stamp).status_code == 400
    assert not Signature.objects.exists()


def test_expired_stamp_is_refused_and_replaced(client, petition, settings):
    settings.PETITION_FORM_MAX_AGE = 3600
    old = issue_stamp(petition.translation_key, issued_at=time.time() - 7200)
    response = sign(client, petition, stamp=old)
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert soup(response).select_one("input[name=stamp]")["value"] != old


def test_country_can_be_optional_or_not_asked(client, petition):
    PetitionPage.objects.filter(pk=petition.pk).update(country_field="optional")
    petition.refresh_from_db()
    assert sign(client, petition, country="").status_code == 303
    PetitionPage.objects.filter(pk=petition.pk).update(country_field="hidden")
    petition.refresh_from_db()
    assert soup(client.get(petition.url)).select_one("select[name=country]") is None
    assert sign(client, petition, email="b@example.org", country="FR").status_code == 303
    assert Signature.objects.get(email="b@example.org").country == ""


def test_required_country_is_required(client, petition):
    assert sign(client, petition, country="").status_code == 400
    assert sign(client, petition, country="XX").status_code == 400


def test_signature_works_with_csrf_checks_enforced(petition):
    """The form carries no CSRF token (the page may come from a CDN); campaigns.urls serves the
    sign endpoint without the check, and only that endpoint."""
    client = Client(enforce_csrf_checks=True)
    assert sign(client, petition).status_code == 303
    assert Signature.objects.count() == 1


def test_the_form_shown_on_another_page_is_recorded(client, petition):
    campaign = petition.get_parent()
    sign(client, petition, from_page=str(campaign.pk))
    assert Signature.objects.get().source_page_id == campaign.pk


def test_get_on_the_sign_endpoint_leads_back_to_the_petition(client, petition):
    response = client.get(petition.url + "sign/")
    assert response.status_code == 302 and response["Location"] == petition.url


def test_newsletter_opt_in_subscribes_with_double_opt_in(
    client, petition, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition, newsletter="on")
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ada@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.source.startswith("petition:")
    assert Signature.objects.get().newsletter


def test_no_newsletter_without_opt_in(client, petition):
    sign(client, petition)
    assert not Subscriber.objects.exists()


class TestEmailConfirmation:
    @pytest.fixture
    def confirming(self, petition):
        PetitionPage.objects.filter(pk=petition.pk).update(require_confirmation=True)
        petition.refresh_from_db()
        return petition

    def test_unconfirmed_signature_does_not_count(
        self, client, confirming, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            assert sign(client, confirming).status_code == 303
        signature = Signature.objects.get()
        assert not signature.confirmed
        assert count_on(client, confirming) == "0"
        assert len(mailoutbox) == 1 and mailoutbox[0].to == ["ada@example.org"]
        assert signature.confirm_token in mailoutbox[0].body

    def test_confirmation_mail_is_a_task_enqueued_on_commit_and_sent_when_it_runs(
        self, client, confirming, mailoutbox, settings, django_capture_on_commit_callbacks
    ):
        """portal/settings.py runs tasks at once (ImmediateBackend); a queue that keeps them
        (DummyBackend) shows the order: nothing before the commit, enqueued on commit, the mail
        sent only when the worker runs the task."""
        from django_tasks import TaskResultStatus, task_backends

        from campaigns.petitions.confirmation import send_signature_confirmation

        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        backend = task_backends["default"]
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            assert sign(client, confirming).status_code == 303
        assert backend.results == [] and not mailoutbox  # not before the commit
        for callback in callbacks:  # the commit
            callback()
        (result,) = backend.results
        assert result.status == TaskResultStatus.READY
        assert result.task.func is send_signature_confirmation.func
        signature = Signature.objects.get()
        assert list(result.args) == [signature.pk, signature.confirm_token]
        assert not mailoutbox  # enqueued, not sent

        result.task.call(*result.args, **result.kwargs)  # the worker runs it
        assert len(mailoutbox) == 1 and mailoutbox[0].to == ["ada@example.org"]
        assert signature.confirm_token in mailoutbox[0].body

    def test_confirmation_link_shows_a_button_and_only_post_confirms(
        self, client, confirming, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            sign(client, confirming)
        token = Signature.objects.get().confirm_token
        url = f"{confirming.url}confirm/{token}/"
        page = client.get(url)
        assert page.status_code == 200 and soup(page).select_one("form[method=post] button")
        assert not Signature.objects.get().confirmed
        # The confirmation page read the count (for its share card): the count cache is
        # refreshed once the confirming transaction commits, as in production.
        with django_capture_on_commit_callbacks(execute=True):
            confirmed = Client(enforce_csrf_checks=True).post(url)
        assert confirmed.status_code == 200
        signature = Signature.objects.get()
        assert signature.confirmed and signature.confirm_token is None
        assert count_on(client, confirming) == "1"
        # The link is single use.
        assert client.post(url).status_code == 404

    def test_signing_again_before_confirming_resends_the_link_to_the_owner_once(
        self, client, confirming, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            sign(client, confirming)
            sign(client, confirming)
            sign(client, confirming)
        assert Signature.objects.count() == 1
        assert [message.to for message in mailoutbox] == [["ada@example.org"]] * 2

    def test_unknown_token_is_not_found(self, client, confirming):
        assert client.get(f"{confirming.url}confirm/nope/").status_code == 404
        assert client.post(f"{confirming.url}confirm/nope/").status_code == 404


def test_existing_signatures_count_for_every_language_version(client, petition, translate_page):
    french = translate_page(petition, "fr", {"Tell the ITU": "Dites-le à l'UIT"})
    arabic = PetitionPage.objects.get(
        translation_key=petition.translation_key, locale__language_code="ar"
    )
    assert arabic.alias_of_id == petition.pk  # an alias, the French a translation
    assert french.pk != petition.pk and french.alias_of_id is None
    SignatureFactory.create_batch(5, page=petition, language="ar")
    SignatureFactory(page=french, language="fr")  # signed on the French version
    SignatureFactory(page=petition, confirmed=False)
    for version in (petition, french, arabic):
        assert PetitionPage.objects.get(pk=version.pk).signature_count == 6, version.locale
    assert signature_data(petition)["consent"] == "on"


def test_thank_you_page_offers_plain_share_links_and_the_next_action(client, petition, action):
    PetitionPage.objects.filter(pk=petition.pk).update(
        next_action=action, next_action_label="Now write to them", share_text="I signed!"
    )
    page = soup(client.get(petition.url + "thanks/"))
    hrefs = [link["href"] for link in page.select(".share__list a")]
    prefixes = (
        "mailto:?",
        "https://mastodon.social/share?",
        "https://bsky.app/intent/compose?",
        "https://www.facebook.com/sharer/sharer.php?",
        "https://wa.me/?",
    )
    assert [href.split("?")[0] + "?" for href in hrefs] == list(prefixes)
    assert all("I%20signed%21" in href or "I+signed%21" in href for href in hrefs[:2])
    assert page.select_one("[data-copy-link] input")["value"].endswith(petition.url)
    assert not page.select("script[src^=http]")  # no third-party script
    next_link = page.select_one(".next-action a")
    assert next_link["href"] == action.url and next_link.get_text() == "Now write to them"

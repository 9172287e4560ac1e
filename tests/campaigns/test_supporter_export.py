"""A supporter's own data (GDPR subject access): `manage.py export_supporter` and the staff view
give everything stored about one address, in any spelling, as JSON (campaigns/supporters.py)."""

import json
from datetime import datetime
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

from campaigns.models import ActionMessage, LetterDelivery, Signature
from home.newsletter.models import Subscriber
from portal import webhooks
from portal.localize import sync_page
from portal.models import WebhookEndpoint

from .factories import PetitionPageFactory, SignatureFactory, TargetFactory

pytestmark = pytest.mark.django_db

URL = "/admin/supporters/export/"


@pytest.fixture
def supporter(petition, campaign, action):
    """Ada: two signatures in two languages (one under an old spelling of her address), a
    message to officials, a subscription and a webhook delivery. Bob: one of each too."""
    other = PetitionPageFactory(parent=campaign, title="Open the standards", slug="standards")
    sync_page(other)
    french = other.get_translation(Locale.objects.get(language_code="fr"))
    SignatureFactory(page=petition, email="ada@example.org", language="en", country="GB")
    old = SignatureFactory(
        page=french,
        email="x@example.org",
        language="fr",
        confirmed=False,
        confirm_token="t" * 40,
        newsletter=True,
    )
    Signature.objects.filter(pk=old.pk).update(email="ADA@Example.ORG")  # stored before canon
    SignatureFactory(page=petition, email="bob@example.org")
    message = ActionMessage.objects.create(
        action_key=action.translation_key,
        page=action,
        mode="server",
        status="sent",
        country="FR",
        language="en",
        sender_name="Ada Lovelace",
        sender_email="ada@example.org",
        sender_key="ada@example.org",
        subject="Keep it open",
        body="Dear minister, ...",
        sent_at=timezone.now(),
    )
    target = TargetFactory(country="FR", name="Ministère du Numérique")
    message.targets.add(target)
    LetterDelivery.objects.create(message=message, target=target, recipient=target.email)
    ActionMessage.objects.create(
        action_key=action.translation_key, mode="server", status="sent", country="FR",
        language="en", sender_name="Bob", sender_email="bob@example.org",
    )  # fmt: skip
    now = timezone.now()
    Subscriber.objects.create(
        email="ada@example.org", language="fr", status="confirmed", source="footer",
        consent_at=now, confirmed_at=now,
    )  # fmt: skip
    Subscriber.objects.create(email="bob@example.org", language="en", consent_at=now)
    WebhookEndpoint.objects.create(
        name="CRM", url="https://crm.example.org/", events=["subscription.confirmed"]
    )
    webhooks.notify("subscription.confirmed", {"email": "ada@example.org"}, email="ada@example.org")
    webhooks.notify("subscription.confirmed", {"email": "bob@example.org"}, email="bob@example.org")
    return {"petition": petition, "french": french, "action": action}


def export(*args):
    out, err = StringIO(), StringIO()
    call_command("export_supporter", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_export_holds_everything_about_the_address_and_nothing_else(supporter):
    text, err = export("  Ada@EXAMPLE.org ")
    assert err == ""
    document = json.loads(text)
    assert list(document) == sorted(document)  # stable key order
    assert document["email"] == "ada@example.org"
    english, french = document["signatures"]
    assert set(english) == {
        "id", "petition", "form_shown_on", "language", "email", "first_name", "last_name",
        "name", "country", "consent", "confirmed", "confirmation_pending", "signed_at",
        "confirmed_at",
    }  # fmt: skip
    assert english["petition"]["title"] == "Tell the ITU" and english["language"] == "en"
    assert english["country"] == "GB" and english["confirmed"] is True
    assert english["consent"]["privacy_text"].startswith("I have read the privacy notice")
    assert french["petition"] == {
        "translation_key": str(supporter["french"].translation_key),
        "id": supporter["french"].pk,
        "title": "Open the standards",
        "slug": "standards",
        "language": "fr",
    }
    assert french["email"] == "ADA@Example.ORG"  # found under its old spelling, shown as stored
    assert french["confirmed"] is False and french["confirmation_pending"] is True
    assert french["confirmed_at"] is None
    # The boxes as the French form words them.
    assert french["consent"]["newsletter"] is True
    assert french["consent"]["privacy_text"] != english["consent"]["privacy_text"]
    # ISO 8601 times.
    assert datetime.fromisoformat(english["signed_at"]).tzinfo is not None

    (message,) = document["action_messages"]
    assert message["sender_name"] == "Ada Lovelace" and message["body"] == "Dear minister, ..."
    assert message["action"]["id"] == supporter["action"].pk
    assert message["recipients"][0]["name"] == "Ministère du Numérique"
    assert message["letters"][0]["status"] == "pending"
    (subscription,) = document["newsletter_subscriptions"]
    assert subscription["status"] == "confirmed" and subscription["language"] == "fr"
    assert subscription["consent_text"].startswith("Je souhaite recevoir")
    assert set(subscription) >= {"consent_at", "confirmed_at", "created_at", "unsubscribed_at"}
    (delivery,) = document["webhook_deliveries"]
    assert delivery["endpoint"] == "CRM" and delivery["data"] == {"email": "ada@example.org"}

    assert "bob" not in text.lower()  # another person's rows are not in it
    assert "Ministère du Numérique" in text  # UTF-8 as it is, not escaped


def test_an_address_with_nothing_stored_gives_an_empty_document(portal):
    text, err = export("nobody@example.org")
    document = json.loads(text)
    assert document["signatures"] == document["action_messages"] == []
    assert document["newsletter_subscriptions"] == document["webhook_deliveries"] == []
    assert "Nothing is stored about this address." in err


def test_the_export_can_go_to_a_file(supporter, tmp_path):
    path = tmp_path / "ada.json"
    text, err = export("ada@example.org", "--output", str(path))
    assert text == "" and str(path) in err
    assert len(json.loads(path.read_text(encoding="utf-8"))["signatures"]) == 2


def test_an_invalid_address_is_refused(portal):
    with pytest.raises(CommandError, match="Not an email address: 'not-an-address'"):
        export("not-an-address")


# --- The staff view ------------------------------------------------------------------------------


def log_in_editor(client):
    user = WagtailTestUtils.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)


def test_an_editor_may_not_export(client, supporter):
    log_in_editor(client)
    assert client.get(URL).status_code in {302, 403}
    response = client.post(URL, {"email": "ada@example.org"})
    assert "application/json" not in response.get("Content-Type", "")
    assert URL not in client.get("/admin/").content.decode()


@pytest.mark.parametrize(
    ("language", "heading", "button"),
    [
        ("en", "Supporter data export", "Download the data (JSON)"),
        ("fr", "Export des données d’un soutien", "Télécharger les données (JSON)"),
    ],
)
def test_the_form_renders_for_a_superuser(
    admin_client, admin_user, portal, language, heading, button
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    response = admin_client.get(URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert heading in content and button in content
    assert URL in admin_client.get("/admin/").content.decode()  # in the Settings menu


def test_the_download_is_the_commands_json_and_is_logged(admin_client, admin_user, supporter):
    response = admin_client.post(URL, {"email": "ADA@example.org"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="supporter-data-')
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    downloaded = json.loads(response.content.decode("utf-8"))
    printed = json.loads(export("ada@example.org")[0])
    downloaded.pop("exported_at"), printed.pop("exported_at")
    assert downloaded == printed
    entry = ModelLogEntry.objects.get(action="campaigns.export_supporter")
    assert entry.user == admin_user
    assert entry.data["supporter"] == "a•••@example.org"  # whose, without the address itself
    assert entry.data["found"]["signatures"] == 2
    history = admin_client.get("/admin/reports/site-history/").content.decode()
    assert "Exported the data stored about a•••@example.org" in history


def test_an_invalid_address_in_the_view_is_a_form_error(admin_client, portal):
    response = admin_client.post(URL, {"email": "not an address"})
    assert response.status_code == 400
    assert "Please enter a valid email address, like name@example.org." in response.content.decode()
    assert not ModelLogEntry.objects.filter(action="campaigns.export_supporter").exists()


def test_the_export_costs_the_same_queries_for_more_rows(admin_client, supporter, campaign):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.post(URL, {"email": "ada@example.org"}).status_code == 200
        return len(captured)

    before = queries()
    for n in range(3):
        page = PetitionPageFactory(parent=campaign, slug=f"more-{n}")
        SignatureFactory(page=page, email="ada@example.org")
    assert queries() == before

"""Mail of petitions and actions: never sent in the request, never a relay for visitors' words,
and one letter per office whatever the relay does."""

import io
import smtplib

import pytest
from django.core import mail
from django.test import Client
from django_tasks import default_task_backend

from campaigns.actions import letters as action_mail
from campaigns.models import ActionMessage, ActionPage, LetterDelivery, PetitionPage, Signature
from campaigns.petitions import confirmation as petition_mail
from portal.models import SiteSettings

from .actions.test_pages import write
from .conftest import sign, signature_data
from .factories import ActionPageFactory, TargetFactory

pytestmark = pytest.mark.django_db

QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
PHISHING = {
    "name": "Security team: your account is locked http://evil.example/login",
    "subject": "Urgent: verify your bank account at http://evil.example",
    "letter": "Click http://evil.example/reset to keep your account. {name}",
}


@pytest.fixture
def queued(settings):
    settings.TASKS = QUEUED
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def run(result):
    """What the worker does with one enqueued task."""
    return result.task.call(*result.args, **result.kwargs)


def task_names(backend):
    return [result.task.name for result in backend.results]


@pytest.fixture
def confirming_petition(petition):
    PetitionPage.objects.filter(pk=petition.pk).update(require_confirmation=True)
    petition.refresh_from_db()
    return petition


@pytest.fixture
def server_action(action):
    ActionPage.objects.filter(pk=action.pk).update(mode=ActionPage.Mode.SERVER)
    action.refresh_from_db()
    return action


@pytest.fixture
def organisation():
    settings_ = SiteSettings.load()
    settings_.organisation_name = "Open Internet Alliance"
    settings_.save()
    return settings_.organisation_name


# --- 1. Nothing is sent inside a request ---------------------------------------------------------


def test_signing_enqueues_the_confirmation_and_sends_nothing_itself(
    client, confirming_petition, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, confirming_petition).status_code == 303
    assert mail.outbox == []
    assert task_names(queued) == [petition_mail.send_signature_confirmation.name]
    run(queued.results[0])
    (confirmation,) = mail.outbox
    assert confirmation.to == ["ada@example.org"]
    assert Signature.objects.get().confirm_token in confirmation.body


def test_signing_again_unconfirmed_also_only_enqueues(
    client, confirming_petition, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, confirming_petition)
        sign(client, confirming_petition, email="other@example.org")
    assert mail.outbox == []
    assert len(queued.results) == 2


def test_writing_and_confirming_an_action_only_enqueue(
    client, server_action, queued, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert write(client, server_action).status_code == 303
    assert mail.outbox == []
    assert task_names(queued) == [action_mail.send_action_confirmation.name]
    run(queued.results[0])
    assert [m.to for m in mail.outbox] == [["ada@example.org"]]

    token = ActionMessage.objects.get().confirm_token
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(f"{server_action.url}confirm/{token}/")
    assert response.status_code == 200
    assert "Your message is confirmed" in response.content.decode()
    assert len(mail.outbox) == 1  # still only the confirmation: the letters are queued
    assert task_names(queued)[1:] == [action_mail.send_letters.name]
    assert ActionMessage.objects.get().status == ActionMessage.Status.CONFIRMED

    queued.clear()
    with django_capture_on_commit_callbacks(execute=True):  # the worker has no transaction
        action_mail.send_letters.call(ActionMessage.objects.get().pk)
    targets = sorted(t.email for t in server_action.targets.all())
    assert sorted(m.to[0] for m in mail.outbox[1:3]) == targets
    # The copy to the sender goes through the queue too.
    assert mail.outbox[3:] == []
    (copy,) = queued.results
    run(copy)
    assert mail.outbox[-1].to == ["Ada Lovelace <ada@example.org>"]
    assert ActionMessage.objects.get().status == ActionMessage.Status.SENT


# --- 2. Not a phishing relay ---------------------------------------------------------------------


def test_petition_confirmation_holds_nothing_the_visitor_typed(
    client, confirming_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, confirming_petition, first_name="Visit http://evil.example now")
    (confirmation,) = mail.outbox
    text = confirmation.subject + confirmation.body
    assert "evil" not in text and "Visit" not in text
    assert confirming_petition.title in text
    assert Signature.objects.get().confirm_token in confirmation.body
    assert confirmation.from_email == "noreply@example.org" or "@" in confirmation.from_email


def test_confirmation_links_come_from_base_url_whatever_host_the_signer_used(
    client, confirming_petition, settings, django_capture_on_commit_callbacks
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "evil.test"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            confirming_petition.sign_url,
            signature_data(confirming_petition),
            HTTP_HOST="evil.test",
        )
    assert response.status_code == 303
    (confirmation,) = mail.outbox
    assert "evil.test" not in confirmation.body + confirmation.message().as_string()
    token = Signature.objects.get().confirm_token
    assert f"{settings.BASE_URL}/en/" in confirmation.body
    assert any(
        line.startswith(settings.BASE_URL) and token in line for line in confirmation.body.split()
    )


def test_action_confirmation_holds_nothing_the_visitor_typed(
    client, server_action, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert write(client, server_action, **PHISHING).status_code == 303
    (confirmation,) = mail.outbox
    text = confirmation.subject + confirmation.body + confirmation.from_email
    for typed in ("evil", "Security team", "Urgent", "bank", "Click"):
        assert typed not in text
    assert server_action.title in confirmation.subject
    assert ActionMessage.objects.get().confirm_token in confirmation.body


def test_letters_come_from_the_organisation_with_the_sender_in_reply_to(
    client, server_action, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        write(client, server_action, name="Minister of Finance")
    token = ActionMessage.objects.get().confirm_token
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{server_action.url}confirm/{token}/")
    letters = [m for m in mail.outbox[1:] if m.to[0] != "Minister of Finance <ada@example.org>"]
    assert len(letters) == 2
    for letter in letters:
        assert letter.from_email.startswith(f"{organisation} <")
        assert "Minister of Finance" not in letter.from_email
        assert letter.reply_to == ["Minister of Finance <ada@example.org>"]
        # The letter says who wrote it, before the sender's words.
        intro = letter.body.split("\n\n")[0]
        assert "Minister of Finance" in intro and "ada@example.org" in intro
        assert letter.body.rstrip().endswith("Minister of Finance")


# --- 3. One letter per office, whatever the relay does -------------------------------------------


@pytest.fixture
def three_targets(server_action):
    server_action.targets.add(TargetFactory(country="FR"))
    server_action.save_revision().publish()
    assert server_action.targets.count() == 3
    return sorted(t.email for t in server_action.targets.all())


def test_a_relay_failing_on_the_second_letter_resumes_without_sending_twice(
    client, server_action, three_targets, monkeypatch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        write(client, server_action)
    token = ActionMessage.objects.get().confirm_token
    mail.outbox.clear()

    from django.core.mail.backends.locmem import EmailBackend

    real_send = EmailBackend.send_messages
    calls = []

    def flaky(self, messages):
        calls.append(messages[0].to[0])
        if len(calls) == 2:
            raise smtplib.SMTPServerDisconnected("relay down")
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    with django_capture_on_commit_callbacks(execute=True):
        response = Client(raise_request_exception=False).post(
            f"{server_action.url}confirm/{token}/"
        )
    assert response.status_code == 200  # never a 500: the letter is confirmed and queued
    assert "Your message is confirmed" in response.content.decode()
    message = ActionMessage.objects.get()
    assert message.status == ActionMessage.Status.CONFIRMED and message.confirm_token is None
    statuses = list(message.deliveries.order_by("pk").values_list("status", flat=True))
    assert statuses == ["sent", "failed", "pending"]
    assert len(mail.outbox) == 1  # the first letter only, no copy yet

    # The worker runs the task again (relay back): the first office gets nothing more.
    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    with django_capture_on_commit_callbacks(execute=True):
        action_mail.send_letters.call(message.pk)
        action_mail.send_letters.call(message.pk)  # and again: still nothing twice
    letters = sorted(m.to[0] for m in mail.outbox if not m.to[0].startswith("Ada"))
    assert letters == three_targets
    copies = [m for m in mail.outbox if m.to[0].startswith("Ada")]
    assert len(copies) == 1
    message.refresh_from_db()
    assert message.status == ActionMessage.Status.SENT
    assert set(message.deliveries.values_list("status", flat=True)) == {"sent"}
    assert message.deliveries.get(status="sent", attempts=2).target.email == calls[1]


# --- 5. Caps count mailboxes, not spellings ------------------------------------------------------


def test_per_sender_cap_counts_one_inbox_once_whatever_its_spelling(client, server_action):
    ActionPage.objects.filter(pk=server_action.pk).update(per_sender_hourly_cap=2)
    server_action.refresh_from_db()
    assert write(client, server_action, email="ada@exämple.org").status_code == 303
    assert write(client, server_action, email="ada@xn--exmple-cua.org").status_code == 303
    assert write(client, server_action, email="ADA@EXÄMPLE.ORG").status_code == 429
    assert ActionMessage.objects.count() == 2


def test_per_target_cap_counts_one_office_mailbox_across_target_records(
    client, campaign, django_capture_on_commit_callbacks
):
    pages = []
    for slug, address in (("one", "office@exämple.org"), ("two", "Office@xn--exmple-cua.org")):
        page = ActionPageFactory(
            parent=campaign, slug=slug, mode=ActionPage.Mode.SERVER, per_target_hourly_cap=1
        )
        page.targets.add(TargetFactory(country="FR", email=address))
        page.save_revision().publish()
        page.refresh_from_db()
        pages.append(page)
    with django_capture_on_commit_callbacks(execute=True):
        for page in pages:
            write(client, page, email=f"{page.slug}@example.org")
    first, second = (ActionMessage.objects.get(page_id=page.pk) for page in pages)
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(f"{pages[0].url}confirm/{first.confirm_token}/")
        held = client.post(f"{pages[1].url}confirm/{second.confirm_token}/")
    assert sent.status_code == 200
    assert held.status_code == 429
    assert LetterDelivery.objects.count() == 1
    offices = [m for m in mail.outbox if m.to[0].lower().startswith("office@")]
    assert len(offices) == 1


def test_send_pending_letters_resumes_after_the_relay_failed_and_never_sends_twice(
    client, server_action, three_targets, monkeypatch, django_capture_on_commit_callbacks
):
    from django.core.mail.backends.locmem import EmailBackend
    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        write(client, server_action)
    token = ActionMessage.objects.get().confirm_token
    real_send = EmailBackend.send_messages

    def relay_down(self, messages):
        raise smtplib.SMTPServerDisconnected("relay down")

    monkeypatch.setattr(EmailBackend, "send_messages", relay_down)
    with django_capture_on_commit_callbacks(execute=True):
        Client(raise_request_exception=False).post(f"{server_action.url}confirm/{token}/")
    message = ActionMessage.objects.get()
    assert set(message.deliveries.values_list("status", flat=True)) == {"failed", "pending"}

    out, err = io.StringIO(), io.StringIO()
    call_command("send_pending_letters", stdout=out, stderr=err)  # relay still down
    assert "still waiting on the mail relay: 1" in out.getvalue()
    assert "run this command again later" in err.getvalue()

    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    mail.outbox.clear()
    call_command("send_pending_letters", stdout=io.StringIO())
    call_command("send_pending_letters", stdout=io.StringIO())  # nothing left: nothing twice
    letters = sorted(m.to[0] for m in mail.outbox if not m.to[0].startswith("Ada"))
    assert letters == three_targets
    message.refresh_from_db()
    assert message.status == ActionMessage.Status.SENT


def test_with_the_database_backend_the_worker_sends_the_confirmation_not_the_request(
    client, confirming_petition, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, confirming_petition).status_code == 303
    assert mail.outbox == []  # the request sent nothing: the task waits in the database
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    # What db_worker does with the row (the live worker runs in `make production-check`).
    stored = DBTaskResult.objects.get()
    stored.task.call(*stored.args_kwargs["args"], **stored.args_kwargs["kwargs"])
    (confirmation,) = mail.outbox
    assert confirmation.to == ["ada@example.org"]
    assert Signature.objects.get().confirm_token in confirmation.body

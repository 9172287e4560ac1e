"""Mail leaves through the task queue after commit, never inside the request that caused it."""

import smtplib

import pytest
from django.core import mail
from django.db import transaction
from django_tasks import default_task_backend

from portal.mail import deliver, render_email, send_on_commit

QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def queued(settings):
    settings.TASKS = QUEUED
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


@pytest.mark.django_db
def test_nothing_is_sent_before_commit_and_the_queue_sends_it(
    queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            send_on_commit(to=["ana@example.org"], subject="Hi", body="Text", language="fr")
            assert queued.results == []
    assert mail.outbox == []  # enqueued, not sent: the worker sends it
    (result,) = queued.results
    values = result.args[0]
    assert values["to"] == ["ana@example.org"]
    assert values["headers"]["Content-Language"] == "fr"
    deliver.call(values)
    assert [message.subject for message in mail.outbox] == ["Hi"]
    assert mail.outbox[0].extra_headers["Content-Language"] == "fr"


@pytest.mark.django_db
def test_a_rolled_back_transaction_mails_nothing(queued, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                send_on_commit(to=["ana@example.org"], subject="Hi", body="Text")
                raise RuntimeError
        except RuntimeError:
            pass
    assert queued.results == []
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_failing_relay_is_logged_not_raised_with_the_immediate_backend(
    monkeypatch, django_capture_on_commit_callbacks, caplog
):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("relay down")

    monkeypatch.setattr("django.core.mail.message.EmailMessage.send", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        send_on_commit(to=["ana@example.org"], subject="Hi", body="Text")
    assert mail.outbox == []


def test_render_email_uses_the_recipients_language():
    subject, body = render_email(
        "campaigns/emails/confirm_signature",
        {"petition": {"title": "T"}, "confirm_url": "https://x.test/c"},
        "fr",
    )
    assert subject == "Confirmez votre signature\u00a0: T"  # the non-breaking space survives
    assert "https://x.test/c" in body

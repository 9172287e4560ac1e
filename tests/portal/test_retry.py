"""A mail relay that is down delays mail; it never loses it (portal/retry.py)."""

import smtplib

import pytest
from django.core import mail
from django_tasks import default_task_backend

from portal import mail as portal_mail

pytestmark = pytest.mark.django_db

VALUES = portal_mail.message_values(to=["ada@example.org"], subject="Confirm", body="Link")


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.MAIL_RETRY_SECONDS = 30
    settings.MAIL_RETRY_ATTEMPTS = 3
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


@pytest.fixture
def relay_down(monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    def down(self, messages):
        raise smtplib.SMTPServerDisconnected("relay down")

    monkeypatch.setattr(EmailBackend, "send_messages", down)


def test_a_relay_error_schedules_the_mail_again_later_and_shows_the_failure(queue, relay_down):
    with pytest.raises(smtplib.SMTPServerDisconnected):
        portal_mail.deliver.call(VALUES)
    (retry,) = queue.results
    assert retry.task.name == portal_mail.deliver.name
    assert list(retry.args) == [VALUES]
    assert retry.kwargs == {"attempt": 1}
    assert retry.task.run_after is not None


def test_retries_stop_after_the_configured_attempts(queue, relay_down):
    with pytest.raises(smtplib.SMTPServerDisconnected):
        portal_mail.deliver.call(VALUES, attempt=2)
    assert queue.results == []


def test_a_retry_sends_once_the_relay_is_back(queue, relay_down, monkeypatch):
    with pytest.raises(smtplib.SMTPServerDisconnected):
        portal_mail.deliver.call(VALUES)
    monkeypatch.undo()
    (retry,) = queue.results
    retry.task.call(*retry.args, **retry.kwargs)
    (sent,) = mail.outbox
    assert sent.to == ["ada@example.org"]


def test_a_refused_recipient_is_not_retried(queue, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    def refuse(self, messages):
        raise smtplib.SMTPRecipientsRefused({"ada@example.org": (550, b"no such user")})

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        portal_mail.deliver.call(VALUES)
    assert queue.results == []

"""Mail from the portal: composed in the recipient's language, sent by the task queue after commit.

Every email the public forms cause (confirmation links, newsletter mails, letters to officials)
goes through `send_on_commit()`. Nothing is sent inside the request that caused it:

* a request's time does not depend on whether mail was sent, so response times cannot tell
  whether an address had already signed or subscribed;
* a slow or failing mail relay cannot turn a stored signature into a 500 or a hanging request;
* a rolled-back transaction mails nothing about a row that does not exist.

The message travels to the task as plain JSON-able values (the task framework's rule), rendered
beforehand so that the worker needs no request, locale or template context.
"""

import logging
import re
import secrets

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .retry import retries_mail

logger = logging.getLogger(__name__)


def render_email(template_prefix, context, language):
    """(subject, body) from `<prefix>_subject.txt` and `<prefix>_body.txt`, in `language`."""
    with translation.override(language):
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        body = render_to_string(f"{template_prefix}_body.txt", context)
    # One line, but only ASCII whitespace is folded: French keeps its non-breaking spaces.
    subject = re.sub(r"[ \t\r\n]+", " ", subject).strip()
    return subject, body


def message_values(*, to, subject, body, from_email=None, reply_to=(), headers=None, language=""):
    """The JSON-able description of one email that `deliver` sends."""
    headers = dict(headers or {})
    if language:
        headers.setdefault("Content-Language", language)
    return {
        "to": list(to),
        "subject": subject,
        "body": body,
        "from_email": from_email or settings.DEFAULT_FROM_EMAIL,
        "reply_to": list(reply_to),
        "headers": headers,
    }


def build_message(values, connection=None):
    return mail.EmailMessage(
        subject=values["subject"],
        body=values["body"],
        from_email=values["from_email"],
        to=values["to"],
        reply_to=values["reply_to"] or None,
        headers=values["headers"],
        connection=connection,
    )


@task()
@retries_mail
def deliver(values):
    """Send one email. A relay failure raises (the run is marked failed) and, with a real task
    queue, the task runs again later (portal/retry.py)."""
    build_message(values).send()


def enqueue(values):
    """Hand one email to the task queue now (the caller has committed, or has nothing to commit)."""
    try:
        deliver.enqueue(values)
    except Exception:
        # With the immediate backend the task runs here: a relay error is logged, never a 500.
        logger.exception("Email to %s could not be sent", ", ".join(values["to"]))


def send_on_commit(**message):
    """Queue one email once the current transaction commits (at once outside a transaction)."""
    values = message_values(**message)
    transaction.on_commit(lambda: enqueue(values), robust=True)


def enqueue_on_commit(task_, *args):
    """Enqueue `task_` once the current transaction commits; a queue error is logged, not raised.

    For mail that is composed by the worker (a confirmation link, letters to officials), so that
    the request neither waits on it nor tells by its duration whether an address was known. With
    the immediate backend the task runs in the request, after the response is decided: its
    errors are recorded by the backend on the task result, never seen by the visitor.
    """

    def run():
        try:
            task_.enqueue(*args)
        except Exception:
            logger.exception("Task %s%r could not be enqueued", task_.name, args)

    transaction.on_commit(run, robust=True)


def send_composed(values):
    """Send what a confirmation composer returned (nothing when it returned None: link used)."""
    if values is not None:
        build_message(values).send()


def new_token():
    """The secret of an emailed confirmation link."""
    return secrets.token_urlsafe(32)

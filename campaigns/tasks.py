"""Background work: reading the text of uploaded documents, and the mail of the public forms.

Runs on Django's tasks framework (django-tasks): immediately, in the request, with the default
backend; in a worker when TASKS points at one. Either way the upload itself is never at risk:
the task is enqueued only once the document is committed, and `extract_text` never raises.

The mail of petitions and actions (confirmation links, letters to officials) is composed and sent
here, never in the request: how long a signing or confirming request takes says nothing about
whether an address had signed, and a failing relay cannot turn a stored signature or a
confirmed letter into a 500. Letters are sent at most once per office (campaigns.LetterDelivery).
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks import task

from portal.retry import retries_mail

logger = logging.getLogger(__name__)


@task()
def read_document_text(document_id):
    """Read one document's text, store it, and reindex the resources that offer the document."""
    from wagtail.documents import get_document_model

    from .extraction import Extraction, extract_text
    from .models import DocumentText

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return
    try:
        file_hash = document.get_file_hash()
        with document.open_file() as handle:
            result = extract_text(handle, document.file.name)
    except OSError:
        logger.warning("Document %s: the file cannot be opened", document_id, exc_info=True)
        file_hash = document.file_hash
        result = Extraction(
            status=DocumentText.Status.FAILED,
            text="",
            note=gettext("The file could not be opened on the server: upload it again."),
        )
    DocumentText.objects.update_or_create(
        document=document,
        defaults={
            "file_hash": file_hash,
            "status": result.status,
            "text": result.text,
            "note": result.note,
            "read_at": timezone.now(),
        },
    )
    reindex_resources(document_id)


def reindex_resources(document_id):
    """Send the resources that offer this document back to the search index, in every locale."""
    from modelsearch.index import insert_or_update_object

    from .models import ResourcePage

    for page in ResourcePage.objects.filter(document_id=document_id).select_related("document"):
        insert_or_update_object(page)


def schedule_document_text(document):
    """Read the document's text once the current transaction commits, if the file is new."""
    from .models import DocumentText

    known = DocumentText.objects.filter(document_id=document.pk).only("file_hash", "status").first()
    if (
        known is not None
        and document.file_hash
        and known.file_hash == document.file_hash
        and known.status != DocumentText.Status.PENDING
    ):
        return
    if known is None:
        DocumentText.objects.create(document=document, file_hash="")
    elif known.status != DocumentText.Status.PENDING:
        DocumentText.objects.filter(pk=known.pk).update(status=DocumentText.Status.PENDING, note="")
    document_id = document.pk
    transaction.on_commit(lambda: read_document_text.enqueue(document_id))


# --- Mail of the public forms --------------------------------------------------------------------


def enqueue_on_commit(task_, *args):
    """Enqueue `task_` once the current transaction commits; a queue error is logged, not raised.

    With the immediate backend the task runs in the request, after the response is decided:
    its errors are recorded by the backend on the task result, never seen by the visitor.
    """

    def run():
        try:
            task_.enqueue(*args)
        except Exception:
            logger.exception("Task %s%r could not be enqueued", task_.name, args)

    transaction.on_commit(run, robust=True)


@task()
@retries_mail
def send_signature_confirmation(signature_id, token):
    """Email a signer the link that confirms their signature (nothing when it was used)."""
    from portal.mail import build_message

    from .signatures import confirmation_message

    values = confirmation_message(signature_id, token)
    if values is not None:
        build_message(values).send()


@task()
@retries_mail
def send_action_confirmation(message_id, token):
    """Email a sender the link that confirms their pending message (nothing when it was used)."""
    from portal.mail import build_message

    from .actions import confirmation_message

    values = confirmation_message(message_id, token)
    if values is not None:
        build_message(values).send()


@task()
@retries_mail
def send_letters(message_id):
    """Send a confirmed message to each of its offices that has not received it yet.

    Idempotent: run it again after a failure (it raises, so the result shows it) and it sends only
    the letters still pending.
    """
    from .actions import deliver_letters

    deliver_letters(message_id)

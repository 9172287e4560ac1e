"""Background work: reading the text of uploaded documents.

Runs on Django's tasks framework (django-tasks): immediately, in the request, with the default
backend; in a worker when TASKS points at one. Either way the upload itself is never at risk:
the task is enqueued only once the document is committed, and `extract_text` never raises.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks import task

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

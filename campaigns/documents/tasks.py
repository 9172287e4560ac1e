"""Background work on documents: reading the text of an uploaded file, then reindexing the
pages that offer it.

Runs on Django's tasks framework (django-tasks): immediately, in the request, with the default
backend; in a worker when TASKS points at one. Either way the upload itself is never at risk:
the task is enqueued only once the document is committed, and `extract_text` never raises.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks import task
from modelsearch.index import insert_or_update_object
from wagtail.documents import get_document_model
from wagtail.models import Page

from .extraction import Extraction, extract_text
from .models import DocumentText

logger = logging.getLogger(__name__)


@task()
def read_document_text(document_id):
    """Read one document's text, store it, and reindex the resources that offer the document."""
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
    """Send the pages that offer this document (a library's resources) back to the search index,
    in every locale: they index the file's text.

    Found through the document model's relations rather than by naming the page types, so that
    this package, which serves any Wagtail document, depends on no page module.
    """
    for relation in get_document_model()._meta.get_fields(include_hidden=True):
        model = relation.related_model
        if relation.one_to_many and relation.auto_created and issubclass(model, Page):
            pages = model.objects.filter(**{f"{relation.field.name}_id": document_id})
            for page in pages.select_related(relation.field.name):
                insert_or_update_object(page)


def schedule_document_text(document):
    """Read the document's text once the current transaction commits, if the file is new."""
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

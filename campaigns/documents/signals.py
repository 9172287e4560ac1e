"""Signal handlers for documents: read the text of new files, count downloads.

Connected in CampaignsConfig.ready().
"""

from django.db.models import F
from django.db.models.signals import post_save
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served

from .models import DocumentText
from .tasks import schedule_document_text


def document_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """A document was uploaded or edited: read its text (again) if its file is new."""
    if raw or not instance.file:
        return
    if update_fields is not None and set(update_fields) <= {"file_hash", "file_size"}:
        return  # the metadata of a file already scheduled (Document.get_file_hash saves this)
    schedule_document_text(instance)


def count_download(sender, instance, request=None, **kwargs):
    """One more download, counted in the database without a read-modify-write race."""
    updated = DocumentText.objects.filter(document_id=instance.pk).update(
        downloads=F("downloads") + 1
    )
    if not updated:
        text, _created = DocumentText.objects.get_or_create(document_id=instance.pk)
        DocumentText.objects.filter(pk=text.pk).update(downloads=F("downloads") + 1)


def connect():
    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="campaigns_document_saved"
    )
    document_served.connect(count_download, dispatch_uid="campaigns_count_download")

"""What the portal knows about a Wagtail document beyond the file: its text and its downloads.

Kept next to Wagtail's own document model rather than replacing it (WAGTAILDOCS_DOCUMENT_MODEL):
a custom document model has to exist before the first migration that points at documents, and
everything the portal adds here is derived data that can be rebuilt from the file.

- `text`: the words of a PDF, Word, OpenDocument or plain-text file, read in a background task
  (campaigns/documents/tasks.py) when the file is uploaded or replaced, and indexed with the
  resources that offer the file, so that searching for a phrase inside a sample letter finds the
  resource.
- `status`/`note`: what happened when it was read, in words an editor understands ("this file
  is password-protected..."); a file that cannot be read is still stored and downloadable.
- `downloads`: incremented on Wagtail's `document_served` signal, shown to editors.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentText(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be read")
        DONE = "done", _("Text read")
        SKIPPED = "skipped", _("Not read")
        FAILED = "failed", _("Could not be read")

    document = models.OneToOneField(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="portal_text",
    )
    # The file the text was read from: a replaced file has another hash and is read again.
    file_hash = models.CharField(_("file hash"), max_length=40, blank=True)
    status = models.CharField(
        _("text status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    text = models.TextField(_("text"), blank=True)
    note = models.CharField(_("note for editors"), max_length=500, blank=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    downloads = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return str(self.document)

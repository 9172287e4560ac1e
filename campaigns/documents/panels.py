"""An admin panel that tells editors whether the text of a resource's file could be read."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .models import DocumentText


class DocumentTextPanel(Panel):
    """Shows the chosen file's text status, note and downloads (read-only)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("File text and downloads"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/document_text_panel.html"

        def is_shown(self):
            return bool(getattr(self.instance, "document_id", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["info"] = DocumentText.objects.filter(
                document_id=self.instance.document_id
            ).first()
            return context

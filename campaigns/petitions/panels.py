"""The editor's "Embed this petition" panel: the <iframe> code for a partner's page, one per
language the petition is published in (campaigns/petitions/embed.py serves what it frames)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail.admin.panels import Panel
from wagtail.models import Page

# Room for the form with its country list and privacy notice, without an inner scroll bar on a
# phone-sized column; partners may change it.
EMBED_HEIGHT = 900


def embed_snippets(page):
    """(language name, code to paste) for each live translation of `page` (aliases excluded:
    they show the source's text), in the order of settings.LANGUAGES."""
    if page is None or not page.pk:
        return []
    versions = {
        version.locale.language_code: version
        for version in Page.objects.filter(
            translation_key=page.translation_key, live=True, alias_of__isnull=True
        ).select_related("locale")
    }
    snippets = []
    for code, _name in settings.LANGUAGES:
        version = versions.get(code)
        if version is None:
            continue
        with translation.override(code):
            path = reverse("petition_embed", kwargs={"page_id": version.pk})
        html = format_html(
            '<iframe src="{}" title="{}" width="100%" height="{}" style="border: 0" '
            'loading="lazy"></iframe>',
            settings.BASE_URL + path,
            version.title,
            EMBED_HEIGHT,
        )
        language = get_language_info(code)["name_translated"]
        snippets.append({"code": code, "language": language, "html": html})
    return snippets


class EmbedPanel(Panel):
    """Read-only: code to copy, not a field (so nothing here is saved or translated)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/embed_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["snippets"] = embed_snippets(self.instance)
            return context

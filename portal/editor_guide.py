"""The editor guide: a help page in the admin, and a dashboard panel that leads to it.

Editors learn how this portal's pages fit together where they work, in their admin language,
rather than in a document elsewhere that drifts from the code. The text is in the template,
each paragraph one gettext message (portal/templates/portal/admin/editor_guide.html).
"""

from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

URL_NAME = "portal_editor_guide"


def editor_guide(request):
    """The guide. Any admin user may read it: the admin's URLconf requires the admin login."""
    title = gettext("Editor guide")
    return TemplateResponse(
        request,
        "portal/admin/editor_guide.html",
        {"page_title": title, "header_title": title, "header_icon": "help"},
    )


urlpatterns = [path("editor-guide/", editor_guide, name=URL_NAME)]


def menu_item():
    # Before Wagtail's own "Editor Guide" (order 1100), which is about Wagtail in general.
    # Named apart from it, which is named "editor-guide" too.
    return MenuItem(
        _("Editor guide"),
        reverse(URL_NAME),
        name="portal-editor-guide",
        icon_name="help",
        order=900,
    )


class EditorGuidePanel(Component):
    """Dashboard panel: what the guide covers, and the link to it."""

    name = "editor_guide"
    template_name = "portal/admin/editor_guide_panel.html"
    # Before the translation coverage panel (150): the first thing a new editor reads.
    order = 140

    def get_context_data(self, parent_context=None):
        return {"heading": _("Editor guide"), "guide_url": reverse(URL_NAME)}

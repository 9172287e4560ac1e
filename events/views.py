"""Admin view: upload an .ics file into a calendar (events/importer.py does the work)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import IcsImportForm, importable_calendars
from .importer import IcsImportError, import_ics
from .models import EventCalendarPage


class ImportIcsView(WagtailAdminTemplateMixin, FormView):
    template_name = "events/admin/import_ics.html"
    form_class = IcsImportForm
    page_title = gettext_lazy("Import events from an .ics file")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        self.calendar = None
        if "calendar_id" in kwargs:
            self.calendar = get_object_or_404(EventCalendarPage, pk=kwargs["calendar_id"])
        if not importable_calendars(request.user):
            raise PermissionDenied
        if self.calendar is not None and self.calendar not in importable_calendars(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user, "calendar": self.calendar}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["calendar"] = self.calendar
        return context

    def form_valid(self, form):
        calendar = form.cleaned_data["calendar"]
        upload = form.cleaned_data["file"]
        try:
            result = import_ics(
                calendar,
                upload.read(),
                user=self.request.user,
                publish=form.cleaned_data.get("publish", False),
            )
        except IcsImportError as error:
            for message in error.messages:
                form.add_error("file", message)
            form.add_error(None, _("Nothing was imported: correct the file and try again."))
            return self.form_invalid(form)
        return self.render_result(calendar, result)

    def render_result(self, calendar, result):
        """The result page: counts, then each event with what happened to it and what of it
        could not be mapped, so that the editor knows which pages to finish by hand."""
        notes = {page.pk: event_notes for page, _label, event_notes in result.notes}
        rows = [
            {"page": page, "status": status, "notes": notes.get(page.pk, [])}
            for status, pages in (
                (pgettext("imported event", "created"), result.created),
                (pgettext("imported event", "updated"), result.updated),
                (pgettext("imported event", "unchanged"), result.unchanged),
            )
            for page in pages
        ]
        context = self.get_context_data(
            form=None,
            calendar=calendar,
            summary=summary(calendar, result),
            result=result,
            rows=rows,
            page_title=_("Events imported"),
        )
        return TemplateResponse(self.request, "events/admin/import_result.html", context)


def summary(calendar, result):
    return _("%(created)s, %(updated)s, %(unchanged)s in “%(calendar)s”.") % {
        "created": ngettext(
            "%(count)d event created", "%(count)d events created", len(result.created)
        )
        % {"count": len(result.created)},
        "updated": ngettext("%(count)d updated", "%(count)d updated", len(result.updated))
        % {"count": len(result.updated)},
        "unchanged": ngettext("%(count)d unchanged", "%(count)d unchanged", len(result.unchanged))
        % {"count": len(result.unchanged)},
        "calendar": calendar.title,
    }

"""Admin forms of the events app."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .importer import MAX_BYTES
from .models import EventCalendarPage


def importable_calendars(user):
    """Calendars in the source language where this user may add and publish events."""
    calendars = EventCalendarPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).order_by("title")
    return [
        calendar
        for calendar in calendars
        if (permissions := calendar.permissions_for_user(user)).can_add_subpage()
        and permissions.can_publish_subpage()
    ]


class CalendarChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_admin_display_title()


class IcsImportForm(forms.Form):
    calendar = CalendarChoiceField(
        label=_("Calendar"),
        queryset=EventCalendarPage.objects.none(),
        help_text=_(
            "The calendar (in the source language) the events go into; their translations "
            "follow in every language."
        ),
    )
    file = forms.FileField(
        label=_("iCalendar file (.ics)"),
        help_text=_(
            "One event page per event in the file. Events imported before (same UID) are "
            "updated, not duplicated. At most %(size)d MB."
        )
        % {"size": MAX_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar"}),
    )

    def __init__(self, *args, user, calendar=None, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = importable_calendars(user)
        self.fields["calendar"].queryset = EventCalendarPage.objects.filter(
            pk__in=[c.pk for c in allowed]
        ).order_by("title")
        if calendar is not None:
            self.fields["calendar"].initial = calendar.pk

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB; split it into smaller files.")
                % {"size": MAX_BYTES // (1024 * 1024)}
            )
        return upload

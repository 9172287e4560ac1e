"""Admin forms of the events app."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .importer import MAX_BYTES
from .models import EventCalendarPage


def importable_calendars(user):
    """Calendars in the source language where this user may add events: editors import them as
    drafts, whoever may also publish there chooses."""
    calendars = EventCalendarPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).order_by("title")
    return [
        calendar for calendar in calendars if calendar.permissions_for_user(user).can_add_subpage()
    ]


def can_publish_into(user, calendar):
    return calendar.permissions_for_user(user).can_publish_subpage()


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
    publish = forms.BooleanField(
        label=_("Publish the imported events"),
        required=False,
        help_text=_(
            "Unticked, new events and changes are saved as drafts, for a moderator to review "
            "and publish."
        ),
    )

    def __init__(self, *args, user, calendar=None, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = importable_calendars(user)
        self.fields["calendar"].queryset = EventCalendarPage.objects.filter(
            pk__in=[c.pk for c in allowed]
        ).order_by("title")
        if calendar is not None:
            self.fields["calendar"].initial = calendar.pk
        self.user = user
        if not any(can_publish_into(user, c) for c in allowed):
            # Editors: drafts only, nothing to choose.
            del self.fields["publish"]

    def clean(self):
        cleaned = super().clean()
        calendar = cleaned.get("calendar")
        if cleaned.get("publish") and calendar and not can_publish_into(self.user, calendar):
            self.add_error(
                "publish",
                _("You may not publish in this calendar: import the events as drafts."),
            )
        return cleaned

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB; split it into smaller files.")
                % {"size": MAX_BYTES // (1024 * 1024)}
            )
        return upload

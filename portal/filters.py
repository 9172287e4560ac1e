"""What the portal's filtered lists share (event calendars, resource libraries).

A plain GET form: shareable URLs, no JavaScript. A value that names nothing (`?year=abc`) is an
error the reader sees next to an empty list, rather than a silently unfiltered one.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

MIN_YEAR, MAX_YEAR = 1900, 2200


class ListFilterForm(forms.Form):
    """Subclasses declare their fields, list their names in `filter_names`, and may give
    `default_values` that are in force when absent (left out of `active`, so out of URLs)."""

    filter_names = ()
    default_values = {}

    def __init__(self, data):
        """`data` is request.GET: only the filters' own names are read."""
        super().__init__({name: data.get(name, "") for name in self.filter_names})

    def set_choices(self, name, empty_label, choices):
        self.fields[name].widget = forms.Select(choices=[("", empty_label), *choices])

    def clean_year(self):
        value = self.cleaned_data["year"].strip()
        if not value:
            return None
        if not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
            raise forms.ValidationError(
                _("“%(value)s” is not a year."), code="invalid", params={"value": value}
            )
        return int(value)

    @property
    def error_messages(self):
        return [message for errors in self.errors.values() for message in errors]

    @property
    def active(self):
        """The filters in use, as {name: value} in URL form (as sent when the form is invalid)."""
        if not self.is_valid():
            return {name: self.data[name] for name in self.filter_names if self.data.get(name)}
        return {
            name: str(value)
            for name, value in self.cleaned_data.items()
            if value not in ("", None) and self.default_values.get(name) != value
        }


@dataclass
class FilteredListing:
    """One page of a filtered list, as its template reads it. Subclasses add what they list."""

    form: ListFilterForm
    page: object  # django.core.paginator.Page

    @property
    def count(self):
        return self.page.paginator.count

    @property
    def errors(self):
        return self.form.error_messages

    @property
    def active_filters(self):
        return self.form.active

    @property
    def is_filtered(self):
        return bool(self.form.active)

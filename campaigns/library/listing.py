"""What a resource library lists: its resources, filtered, sorted and paginated.

A plain GET form (kind, topic, language of the resource, year, sort, page): shareable URLs and no
JavaScript needed. Filters combine. A value that names nothing (`?kind=poster`, `?year=abc`) is
an error the reader sees next to an empty list, never a 500 and never a silently unfiltered list.

Queries do not depend on the number of resources: the filter choices (3 queries), the ids and
titles of the matching resources (1), one page of resources (1) and their files (2). Sorting by
title happens in Python with `portal.text.sort_key`, so that "Égalité" sorts with the E's in
every database, on the ids and titles only.
"""

from dataclasses import dataclass
from datetime import date

from django import forms
from django.core.paginator import Paginator
from django.db.models import F
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from portal.filters import FilteredListing, ListFilterForm
from portal.models import Topic
from portal.text import sort_key

from .resource import ResourcePage

SORTS = {
    "newest": pgettext_lazy("sort order", "Newest first"),
    "oldest": pgettext_lazy("sort order", "Oldest first"),
    "title": pgettext_lazy("sort order", "Title, A to Z"),
}
DEFAULT_SORT = "newest"


def language_name(code):
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


class LibraryFilterForm(ListFilterForm):
    filter_names = ("kind", "topic", "language", "year", "sort")
    default_values = {"sort": DEFAULT_SORT}

    kind = forms.CharField(label=_("Kind"), required=False, max_length=40)
    topic = forms.CharField(label=_("Topic"), required=False, max_length=100)
    language = forms.CharField(label=_("Language"), required=False, max_length=20)
    year = forms.CharField(label=_("Year"), required=False, max_length=20)
    sort = forms.CharField(label=_("Sort by"), required=False, max_length=20)

    def __init__(self, data, *, resources):
        """`data` is request.GET; `resources` the library's live resources, before any filter."""
        super().__init__(data)
        self.resources = resources
        self.kinds = dict(ResourcePage.Kind.choices)
        present_kinds = set(resources.order_by().values_list("kind", flat=True).distinct())
        self.topics = {
            topic.slug: topic.name
            for topic in Topic.objects.filter(resources__in=resources).distinct()
        }
        codes = set()
        for stored in resources.order_by().values_list("languages", flat=True).distinct():
            codes.update(stored or [])
        self.languages = {code: language_name(code) for code in codes}
        years = sorted({day.year for day in resources.dates("date", "year")}, reverse=True)

        self.set_choices(
            "kind",
            _("All kinds"),
            [(key, label) for key, label in ResourcePage.Kind.choices if key in present_kinds],
        )
        self.set_choices("topic", _("All topics"), _by_name(self.topics))
        self.set_choices("language", _("All languages"), _by_name(self.languages))
        self.set_choices("year", _("All years"), [(str(year), str(year)) for year in years])
        self.fields["sort"].widget = forms.Select(choices=list(SORTS.items()))

    def clean_kind(self):
        value = self.cleaned_data["kind"].strip()
        if value and value not in self.kinds:
            raise forms.ValidationError(
                _("“%(value)s” is not a kind of resource."), code="invalid", params={"value": value}
            )
        return value

    def clean_topic(self):
        value = self.cleaned_data["topic"].strip()
        if value and value not in self.topics:
            raise forms.ValidationError(
                _("No resource in this library has the topic “%(value)s”."),
                code="invalid",
                params={"value": value},
            )
        return value

    def clean_language(self):
        value = self.cleaned_data["language"].strip().lower()
        if value and value not in self.languages:
            raise forms.ValidationError(
                _("No resource in this library is written in “%(value)s”."),
                code="invalid",
                params={"value": value},
            )
        return value

    def clean_sort(self):
        value = self.cleaned_data["sort"].strip()
        if value and value not in SORTS:
            raise forms.ValidationError(
                _("“%(value)s” is not a way to sort."), code="invalid", params={"value": value}
            )
        return value or DEFAULT_SORT

    def filter(self, resources):
        if not self.is_valid():
            return resources.none()
        values = self.cleaned_data
        if values["kind"]:
            resources = resources.filter(kind=values["kind"])
        if values["topic"]:
            resources = resources.filter(topics__slug=values["topic"])
        if values["language"]:
            resources = resources.filter(languages__contains=f",{values['language']},")
        if values["year"]:
            year = values["year"]
            resources = resources.filter(date__gte=date(year, 1, 1), date__lte=date(year, 12, 31))
        return resources

    @property
    def sort_order(self):
        return self.cleaned_data["sort"] if self.is_valid() else DEFAULT_SORT


def _by_name(mapping):
    return sorted(mapping.items(), key=lambda item: sort_key(item[1]))


@dataclass
class LibraryListing(FilteredListing):
    resources: list
    total: int  # resources in the library, whatever the filters

    @property
    def is_filtered(self):
        return any(name != "sort" for name in self.form.active)


def library_resources(library):
    return ResourcePage.objects.child_of(library).live().public()


def ordered_ids(resources, sort):
    """The ids of the matching resources in the chosen order (id and title only are read)."""
    if sort == "title":
        rows = resources.order_by().values_list("id", "title")
        return [row[0] for row in sorted(rows, key=lambda row: sort_key(row[1]))]
    if sort == "oldest":
        ordering = ("date", "title", "id")
    else:
        ordering = ("-date", "title", "id")
    # Resources without a date go last either way.
    first = F(ordering[0].lstrip("-"))
    expression = first.desc(nulls_last=True) if sort == "newest" else first.asc(nulls_last=True)
    return list(resources.order_by(expression, *ordering[1:]).values_list("id", flat=True))


def build_library_listing(library, request):
    resources = library_resources(library)
    form = LibraryFilterForm(request.GET, resources=resources)
    matching = form.filter(resources).distinct()
    ids = ordered_ids(matching, form.sort_order)
    paginator = Paginator(ids, library.per_page or 20)
    # A bad or too large page number shows the first or the last page, never an error.
    page = paginator.get_page(request.GET.get("page"))
    page_ids = list(page.object_list)
    by_id = ResourcePage.objects.in_bulk(page_ids)
    page_resources = [by_id[pk] for pk in page_ids if pk in by_id]
    ResourcePage.prepare(page_resources)
    return LibraryListing(form=form, page=page, resources=page_resources, total=resources.count())

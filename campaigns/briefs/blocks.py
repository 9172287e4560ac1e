"""The blocks only outcome briefs have: an assessment (the good, the bad, the ugly) and a dataset
of country positions drawn as a world map with a table of the same data.

Country positions are entered in the admin (a list of country and position) or uploaded as a CSV
file (`country code,position` per line) in the same block: when the page is saved, a chosen CSV
is checked line by line and, if every line is right, replaces the list; if any line is wrong the
whole page is refused with a message naming each bad line, so nothing partial is ever saved.

Translators get the dataset's title, note and position labels; the country codes and position
keys are data and are kept out of translation (see PositionKeyBlock).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from campaigns.blocks import RICH_TEXT_FEATURES, CampaignBodyBlock
from portal.links import SafeRichTextBlock
from portal.text import collated_countries, sort_key

from . import worldmap
from .positions import parse_positions_csv, validate_assignments

# A CSV of country positions is small: 250 countries fit in a few kilobytes.
MAX_CSV_BYTES = 256 * 1024


class AssessmentBlock(blocks.StructBlock):
    """A verdict on one outcome, with a heading and the reasons."""

    VERDICTS = {
        # key: (label, icon shown next to the label; the label says it in words too)
        "good": (pgettext_lazy("assessment verdict", "The good"), "✓"),
        "bad": (pgettext_lazy("assessment verdict", "The bad"), "✗"),
        "ugly": (pgettext_lazy("assessment verdict", "The ugly"), "⚠"),
        "neutral": (pgettext_lazy("assessment verdict", "Neither good nor bad"), "●"),
    }

    verdict = blocks.ChoiceBlock(
        label=_("verdict"),
        choices=[(key, label) for key, (label, _icon) in VERDICTS.items()],
        default="neutral",
        help_text=_("How this outcome looks from the campaign's point of view."),
    )
    heading = blocks.CharBlock(
        label=_("heading"),
        max_length=200,
        help_text=_("What the outcome is, in a few words."),
    )
    text = SafeRichTextBlock(
        label=_("text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Why it matters. Refer to sources with their number in brackets, like [2]."),
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Assessment")
        template = "campaigns/blocks/assessment.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        label, icon = self.VERDICTS.get(value.get("verdict"), self.VERDICTS["neutral"])
        context.update(verdict_label=label, verdict_icon=icon)
        return context


class PositionKeyBlock(blocks.FieldBlock):
    """A short code for a position ("signed"): data, not words, so not sent to translators
    (wagtail-localize asks for CharBlock and TextBlock text, and this is neither)."""

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field_options = {
            "required": required,
            "help_text": help_text,
            "max_length": 40,
        }
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.SlugField(**self.field_options)

    class Meta:
        icon = "tag"


def country_choices():
    return list(collated_countries)


def palette_choices():
    # A function of this module, named in migrations: the choices live with the map.
    return worldmap.palette_choices()


class PositionBlock(blocks.StructBlock):
    key = PositionKeyBlock(
        label=_("code"),
        help_text=_("A short code used in the list and in CSV files, for example 'signed'."),
    )
    label = blocks.CharBlock(
        label=_("label"),
        max_length=80,
        help_text=_("What readers see in the legend and the table, for example 'Signed'."),
    )
    colour = blocks.ChoiceBlock(
        label=_("colour"),
        choices=palette_choices,
        help_text=_(
            "The colour on the map. The colours are chosen to stay distinct for colour-blind "
            "readers; the legend and the table say the same in words."
        ),
    )
    total = blocks.IntegerBlock(
        label=_("known total"),
        required=False,
        min_value=0,
        help_text=_(
            "When the data lists only some countries: how many took this position in all, "
            "for example 89 signed."
        ),
    )

    class Meta:
        icon = "tag"
        label = _("Position")


class CountryPositionBlock(blocks.StructBlock):
    country = blocks.ChoiceBlock(label=_("country"), choices=country_choices)
    position = PositionKeyBlock(
        label=_("position code"), help_text=_("One of the codes of the positions above.")
    )

    class Meta:
        icon = "site"
        label = _("Country")


class CountryPositionsValue(blocks.StructValue):
    def rows(self):
        """(code, name in the reader's language, position) sorted by name in that language."""
        positions = {position["key"]: position for position in self.legend()}
        rows = []
        for entry in self.get("countries") or []:
            position = positions.get(entry["position"])
            if position is None:
                continue
            name = str(countries.name(entry["country"])) or entry["country"]
            rows.append({"code": entry["country"], "name": name, "position": position})
        rows.sort(key=lambda row: sort_key(row["name"]))
        return rows

    @cached_property
    def _legend(self):
        return self._build_legend()

    def legend(self):
        return self._legend

    def _build_legend(self):
        """Each position with its colour, how many countries the data shows and its known
        total (when the editor gave one)."""
        counts = {}
        for entry in self.get("countries") or []:
            counts[entry["position"]] = counts.get(entry["position"], 0) + 1
        return [
            {
                "key": position["key"],
                "label": position["label"],
                "fill": worldmap.colour_fill(position["colour"]),
                "count": counts.get(position["key"], 0),
                "total": position.get("total"),
            }
            for position in self.get("positions") or []
        ]

    def map_svg(self):
        return worldmap.render_world_map(
            {entry["country"]: entry["position"] for entry in self.get("countries") or []},
            [
                {"key": p["key"], "label": p["label"], "colour": p["colour"]}
                for p in self.get("positions") or []
            ],
            title=self.get("title"),
            description=self.get("note") or "",
        )


class CountryPositionsBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("title"),
        max_length=200,
        help_text=_("The name of the dataset, for example 'Who signed the treaty'."),
    )
    note = blocks.CharBlock(
        label=_("note"),
        required=False,
        max_length=300,
        help_text=_(
            "Where the data comes from and how complete it is, for example 'Partial data: "
            "the countries named in the press'."
        ),
    )
    positions = blocks.ListBlock(PositionBlock(), label=_("positions"), min_num=1, max_num=8)
    countries = blocks.ListBlock(
        CountryPositionBlock(),
        label=_("countries"),
        help_text=_("Each country once, with the code of its position."),
    )
    csv_file = DocumentChooserBlock(
        label=_("CSV file"),
        required=False,
        help_text=_(
            "Instead of typing the list: upload a CSV file with one line per country, "
            "'country code,position code' (for example 'FR,signed'). When the page is saved, "
            "the file replaces the list above, if every line is right."
        ),
    )

    class Meta:
        icon = "site"
        label = _("Country positions")
        template = "campaigns/blocks/country_positions.html"
        value_class = CountryPositionsValue

    def clean(self, value):
        value = super().clean(value)
        keys = [position["key"] for position in value["positions"]]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise StructBlockValidationError(
                block_errors={
                    "positions": ValidationError(
                        _("Each position needs its own code. Used more than once: %(codes)s."),
                        params={"codes": ", ".join(duplicates)},
                    )
                }
            )

        document = value.get("csv_file")
        if document is not None:
            try:
                rows = parse_positions_csv(read_csv_document(document), keys)
            except ValidationError as error:
                raise StructBlockValidationError(block_errors={"csv_file": error}) from error
            # The file's rows replace the list, and the file is let go: what is saved is the list.
            items = [{"country": code, "position": key} for code, key in rows]
            replaced = dict(value)
            replaced["countries"] = self.child_blocks["countries"].to_python(items)
            replaced["csv_file"] = None
            return blocks.StructValue(self, [(name, replaced[name]) for name in self.child_blocks])

        rows = [(entry["country"], entry["position"]) for entry in value["countries"]]
        try:
            validate_assignments(rows, keys)
        except ValidationError as error:
            raise StructBlockValidationError(block_errors={"countries": error}) from error
        return value


def read_csv_document(document):
    """The bytes of an uploaded CSV document, refusing files too big to be a country list."""
    try:
        if document.file.size > MAX_CSV_BYTES:
            raise ValidationError(
                _("This file is too large for a list of countries (the limit is %(size)s KB)."),
                params={"size": MAX_CSV_BYTES // 1024},
            )
        with document.open_file() as handle:
            return handle.read(MAX_CSV_BYTES + 1)
    except OSError as error:
        raise ValidationError(_("The CSV file could not be read: upload it again.")) from error


class BriefBodyBlock(CampaignBodyBlock):
    assessment = AssessmentBlock()
    country_positions = CountryPositionsBlock()

    class Meta:
        block_counts = {}

"""A world map coloured by "position", drawn as inline SVG on the server.

Outcome briefs show a dataset "country -> position" (signed / did not sign / absent, ...) as a
choropleth map.  It is plain SVG written into the page: no tiles, no CDN, no JavaScript, so it
works offline, prints, and is read by screen readers through its <title>/<desc>.

The outlines come from ``campaigns/briefs/data/world-map.json``, built once from Natural Earth
(public domain) by ``bin/build_world_map.py`` (see ``campaigns/briefs/data/README.md``): for each
ISO 3166-1 alpha-2 code, SVG path data already projected (Equal Earth) into a fixed viewBox, the
area it covers there and a label point.  The file is read once per process (``functools.cache``); a
request only joins prepared strings, so a 200-country map takes a few milliseconds.

Choices worth knowing:

* Colours are picked by editors from ``PALETTE``, based on the Okabe-Ito palette, whose colours
  stay distinguishable for the common forms of colour blindness.  The colour is an inline
  ``fill`` attribute, so the map is right without any CSS; classes are there for styling.
* Countries too small to see at world scale (Malta, Singapore, island states, ...) also get a
  circle at their label point, outlined in dark grey so it shows on any fill.
* Countries of the dataset that the map has no data for are left out of the map without an
  error: the table shown next to the map still lists them.
* The <title> of a country reads "<name>: <position>" with the name from django-countries in
  the active language; the separator is a translatable string because French writes " : ".
"""

import functools
import hashlib
import itertools
import json
import re
from pathlib import Path

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

DATA_FILE = Path(__file__).resolve().parent / "data" / "world-map.json"

# Colour key -> (fill, label shown to editors).  Okabe-Ito, plus a dark grey for positions like
# "absent" that must not be mistaken for the light grey of countries outside the dataset.
PALETTE = {
    "blue": ("#0072B2", gettext_lazy("Blue")),
    "orange": ("#E69F00", gettext_lazy("Orange")),
    "green": ("#009E73", gettext_lazy("Bluish green")),
    "vermillion": ("#D55E00", gettext_lazy("Vermillion")),
    "purple": ("#CC79A7", gettext_lazy("Reddish purple")),
    "yellow": ("#F0E442", gettext_lazy("Yellow")),
    "sky": ("#56B4E9", gettext_lazy("Sky blue")),
    "grey": ("#6E6E6E", gettext_lazy("Dark grey")),
}
DEFAULT_COLOUR = "grey"  # for a position whose colour key is not (or no longer) in PALETTE

# Countries outside the dataset, and the borders drawn between all countries.
NEUTRAL_FILL = "#E4E4E4"
BORDER_COLOUR = "#FFFFFF"
BORDER_WIDTH = "0.75"  # screen pixels, thanks to vector-effect="non-scaling-stroke"

# A dataset country whose visible area is below MARKER_AREA px² when the map is drawn 1000 px
# wide also gets a circle marker of MARKER_RADIUS px (Luxembourg covers about 2 px², Kuwait 13:
# both get one; Slovenia 15.3 does not).  Both are scaled to the viewBox of the data file.
MARKER_AREA = 15
MARKER_RADIUS = 3.5
MARKER_OUTLINE = "#222222"

# Attributes every shape shares: a thin border that stays thin however the map is scaled.
_STROKE = ' vector-effect="non-scaling-stroke"'

_PATH_DATA = re.compile(r"[MLHVZmlhvz0-9 .,-]*")

# Makes the ids of each map's <title> and <desc> unique on a page that shows several maps.
_ids = itertools.count(1)


def palette_choices() -> list[tuple[str, str]]:
    """The colours as (key, label) pairs, for a ChoiceBlock."""
    return [(key, label) for key, (_fill, label) in PALETTE.items()]


def colour_fill(colour) -> str:
    """The hex fill of a palette key (the default colour for an unknown key)."""
    return PALETTE.get(colour, PALETTE[DEFAULT_COLOUR])[0]


def position_class(key) -> str:
    """The CSS class of a position: "position-<slug of the key>" (usable in a legend too).

    A key with nothing to slugify (say, in Cyrillic) gets a short hash instead."""
    key = str(key)
    return "position-" + (slugify(key) or hashlib.sha1(key.encode()).hexdigest()[:8])


@functools.cache
def _map_data():
    """The map file, read once per process, with what each request needs prepared."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    _x, _y, width, _height = data["viewBox"]
    scale = width / 1000  # the marker sizes above are for a map 1000 units wide

    def path_data(d):
        # Path data goes into an attribute as it is: make sure it is nothing but path data.
        if not _PATH_DATA.fullmatch(d):
            raise ValueError(f"{DATA_FILE}: unexpected path data {d[:20]!r}")
        return d

    shapes = {}
    for code, entry in data["countries"].items():
        shapes[code] = {
            "d": path_data(entry["d"]),
            "label": tuple(entry["label"]),
            "small": entry["area"] < MARKER_AREA * scale * scale,
        }
    return {
        "viewBox": " ".join(str(n) for n in data["viewBox"]),
        "shapes": shapes,
        "neutral": [path_data(d) for d in data["neutral"]],
        "marker_radius": f"{MARKER_RADIUS * scale:g}",
    }


def known_countries() -> frozenset[str]:
    """Alpha-2 codes the map can show (as a shape or a marker) and django-countries knows."""
    return frozenset(code for code in _map_data()["shapes"] if code in countries)


def legend(positions):
    """The positions with their fill and CSS class, for a legend or table next to the map:
    [{"key", "label", "colour", "fill", "css_class"}, ...] in the given order."""
    return [
        {
            "key": position["key"],
            "label": position["label"],
            "colour": position.get("colour", DEFAULT_COLOUR),
            "fill": colour_fill(position.get("colour")),
            "css_class": position_class(position["key"]),
        }
        for position in positions
    ]


def _drawable(assignments, positions, shapes):
    """{alpha-2 code: position} for the countries the map can draw with a known position."""
    by_key = {str(position["key"]): position for position in positions}
    dataset = {}
    for code, key in assignments.items():
        code = str(code).upper()
        position = by_key.get(str(key))
        if position is not None and code in shapes and code in countries:
            dataset[code] = position
    return dataset


def _country_elements(code, shape, position, marker_radius):
    """(path or "", marker or "") of a country with a position: filled in its colour, with a
    tooltip naming it and its position; small countries get a marker too."""
    # Translators: tooltip of a country on the map, e.g. "Germany: Signed".
    tooltip = _("%(country)s: %(position)s") % {
        "country": countries.name(code),
        "position": position["label"],
    }
    title_element = f"<title>{escape(tooltip)}</title>"
    css_class = position_class(position["key"])
    attributes = f'data-country="{code}" fill="{colour_fill(position.get("colour"))}"'
    path = marker = ""
    if shape["d"]:
        path = (
            f'<path class="country {css_class}" {attributes} d="{shape["d"]}"{_STROKE}>'
            f"{title_element}</path>"
        )
    if shape["small"]:
        x, y = shape["label"]
        marker = (
            f'<circle class="marker {css_class}" {attributes} cx="{x:g}" cy="{y:g}"'
            f' r="{marker_radius}" stroke="{MARKER_OUTLINE}" stroke-width="1"{_STROKE}>'
            f"{title_element}</circle>"
        )
    return path, marker


def render_world_map(assignments, positions, *, title, description="") -> SafeString:
    """The map as one <svg> element (a SafeString), ready to put in a template.

    assignments: {alpha-2 code: position key}; positions: [{"key", "label", "colour"}, ...] in
    legend order. Codes the map has no shape for, and countries whose key is not among the
    positions, are drawn as countries outside the dataset (or not at all).
    """
    data = _map_data()
    shapes = data["shapes"]
    dataset = _drawable(assignments, positions, shapes)

    title, description = str(title), str(description or "")
    digest = hashlib.sha1(
        json.dumps(
            [title, description, sorted(dataset.items(), key=lambda i: i[0])], default=str
        ).encode()
    ).hexdigest()[:8]
    prefix = f"worldmap-{digest}-{next(_ids)}"
    labelled_by = f"{prefix}-title" + (f" {prefix}-desc" if description else "")

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{data["viewBox"]}" class="world-map"'
        f' role="img" aria-labelledby="{labelled_by}">',
        f'<title id="{prefix}-title">{escape(title)}</title>',
    ]
    if description:
        parts.append(f'<desc id="{prefix}-desc">{escape(description)}</desc>')
    parts.append(
        f'<g class="countries" fill="{NEUTRAL_FILL}" stroke="{BORDER_COLOUR}"'
        f' stroke-width="{BORDER_WIDTH}" stroke-linejoin="round" fill-rule="evenodd">'
    )
    # Territories without a code of their own, so the map has no holes.
    for d in data["neutral"]:
        parts.append(f'<path class="territory" d="{d}"{_STROKE}/>')

    markers = []
    for code, shape in shapes.items():  # the file is sorted by code
        position = dataset.get(code)
        if position is None:
            if shape["d"]:
                parts.append(f'<path class="country" d="{shape["d"]}"{_STROKE}/>')
            continue
        path, marker = _country_elements(code, shape, position, data["marker_radius"])
        if path:
            parts.append(path)
        if marker:
            markers.append(marker)
    parts.append("</g>")
    if markers:
        # Drawn last, so they are above every country.
        parts.append('<g class="markers">' + "".join(markers) + "</g>")
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped or ours

"""The server-drawn world map (campaigns.worldmap) and its data file."""

import json
import re
import time
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from campaigns.briefs import worldmap
from campaigns.briefs.worldmap import (
    PALETTE,
    known_countries,
    palette_choices,
    position_class,
    render_world_map,
)

SVG = "{http://www.w3.org/2000/svg}"

POSITIONS = [
    {"key": "signed", "label": "Signed", "colour": "blue"},
    {"key": "did_not_sign", "label": "Did not sign", "colour": "vermillion"},
    {"key": "absent", "label": "Absent", "colour": "grey"},
]


def parse(svg):
    return ET.fromstring(str(svg))


def shapes_of(root, code):
    """Every element drawn for a dataset country."""
    return [element for element in root.iter() if element.get("data-country") == code]


def title_of(element):
    return element.find(f"{SVG}title").text


def draw(assignments, positions=POSITIONS, **kwargs):
    kwargs.setdefault("title", "Who signed the treaty")
    return parse(render_world_map(assignments, positions, **kwargs))


# --- The data file ------------------------------------------------------------------------


def test_data_file_is_small_and_consistent():
    assert worldmap.DATA_FILE.stat().st_size < 400_000
    data = json.loads(worldmap.DATA_FILE.read_text())
    _x, _y, width, height = data["viewBox"]
    assert list(data["countries"]) == sorted(data["countries"])
    assert "AQ" not in data["countries"]  # Antarctica is left out
    for code, entry in data["countries"].items():
        x, y = entry["label"]
        assert 0 <= x <= width and 0 <= y <= height, code
        assert re.fullmatch(r"(M-?\d+ -?\d+l[-\d ]+z)*", entry["d"]), code


def test_known_countries():
    known = known_countries()
    # Big countries, small ones that only have a marker, and islands added by hand.
    assert {"DE", "FR", "US", "RU", "BR", "FJ", "MT", "SG", "BH", "TV", "VA"} <= known
    assert len(known) > 230
    assert all(len(code) == 2 and code.isupper() for code in known)
    assert "AQ" not in known
    assert "XK" not in known  # django-countries doesn't know Kosovo unless told to


def test_palette():
    choices = palette_choices()
    assert 6 <= len(choices) <= 8
    assert [key for key, _label in choices] == list(PALETTE)
    fills = [fill for fill, _label in PALETTE.values()]
    assert len(set(fills)) == len(fills)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", fill) for fill in fills)
    assert worldmap.NEUTRAL_FILL not in fills


# --- The SVG ------------------------------------------------------------------------------


def test_svg_element_and_accessible_name():
    svg = render_world_map(
        {"DE": "signed"}, POSITIONS, title="Treaty", description="Who signed it, by country."
    )
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("viewBox") == "0 0 2000 893"
    assert root.get("width") is None and root.get("height") is None
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "Treaty"
    assert root.find(f"{SVG}desc").get("id") == desc_id
    assert root.find(f"{SVG}desc").text == "Who signed it, by country."


def test_without_description_there_is_no_desc():
    root = draw({"DE": "signed"}, description="")
    assert root.find(f"{SVG}desc") is None
    assert root.get("aria-labelledby") == root.find(f"{SVG}title").get("id")


def test_two_maps_have_different_ids():
    first = draw({"DE": "signed"}, description="d")
    second = draw({"DE": "signed"}, description="d")
    assert first.get("aria-labelledby") != second.get("aria-labelledby")
    ids = {element.get("id") for root in (first, second) for element in root.iter()} - {None}
    assert len(ids) == 4


def test_one_shape_per_dataset_country():
    root = draw({"DE": "signed", "FR": "did_not_sign", "BR": "absent"})
    for code, css_class, fill, title in [
        ("DE", "country position-signed", "#0072B2", "Germany: Signed"),
        ("FR", "country position-did_not_sign", "#D55E00", "France: Did not sign"),
        ("BR", "country position-absent", "#6E6E6E", "Brazil: Absent"),
    ]:
        (shape,) = shapes_of(root, code)
        assert shape.tag == f"{SVG}path"
        assert shape.get("class") == css_class
        assert shape.get("fill") == fill
        assert shape.get("d")
        assert title_of(shape) == title


def test_countries_outside_the_dataset_are_neutral():
    root = draw({"DE": "signed"})
    paths = list(root.iter(f"{SVG}path"))
    # Every country with a shape is drawn, and the neutral territories (Somaliland, ...).
    data = worldmap._map_data()
    with_shape = [code for code, shape in data["shapes"].items() if shape["d"]]
    assert len(paths) == len(with_shape) + len(data["neutral"])
    others = [path for path in paths if path.get("data-country") is None]
    assert len(others) == len(paths) - 1
    for path in others:
        assert path.get("class") in {"country", "territory"}
        assert "position" not in path.get("class")
        assert path.get("fill") is None  # the group's neutral fill
        assert path.get("vector-effect") == "non-scaling-stroke"
    group = root.find(f"{SVG}g")
    assert group.get("fill") == worldmap.NEUTRAL_FILL
    assert group.get("stroke") == "#FFFFFF"


def test_small_countries_get_a_marker():
    root = draw({"MT": "signed", "LU": "absent", "TV": "did_not_sign", "DE": "signed"})
    # Malta: too small to see at world scale, has no shape left after simplification.
    (malta,) = shapes_of(root, "MT")
    assert malta.tag == f"{SVG}circle"
    assert malta.get("class") == "marker position-signed"
    assert malta.get("fill") == "#0072B2"
    assert malta.get("stroke")  # outlined, so it shows on any fill
    assert title_of(malta) == "Malta: Signed"
    # Luxembourg: a tiny shape, and a marker on top of it, both with the title.
    path, circle = shapes_of(root, "LU")
    assert (path.tag, circle.tag) == (f"{SVG}path", f"{SVG}circle")
    assert title_of(path) == title_of(circle) == "Luxembourg: Absent"
    # Tuvalu: no outline in Natural Earth 1:50m, a label point only.
    (tuvalu,) = shapes_of(root, "TV")
    assert tuvalu.tag == f"{SVG}circle"
    # Germany is big enough.
    assert [shape.tag for shape in shapes_of(root, "DE")] == [f"{SVG}path"]
    # Markers are drawn after (above) all countries.
    groups = root.findall(f"{SVG}g")
    assert groups[-1].get("class") == "markers"
    assert len(groups[-1]) == 3


def test_unknown_codes_and_positions_are_skipped():
    root = draw({"ZZ": "signed", "XK": "signed", "UM": "signed", "IT": "nope", "de": "signed"})
    drawn = {element.get("data-country") for element in root.iter()} - {None}
    assert drawn == {"DE"}  # codes are upper-cased


def test_everything_is_escaped():
    positions = [{"key": "a<b", "label": "<script>alert(1)</script> & co", "colour": "blue"}]
    svg = render_world_map(
        {"DE": "a<b"}, positions, title='<b>"Title"</b>', description="<i>desc</i> & more"
    )
    assert "<script" not in svg and "<b>" not in svg and "<i>" not in svg
    root = parse(svg)
    (germany,) = shapes_of(root, "DE")
    assert title_of(germany) == "Germany: <script>alert(1)</script> & co"
    assert germany.get("class") == "country position-ab"
    assert root.find(f"{SVG}title").text == '<b>"Title"</b>'


def test_titles_follow_the_active_language():
    with translation.override("fr"):
        root = draw({"DE": "signed", "MT": "absent"})
    (germany,) = shapes_of(root, "DE")
    assert title_of(germany).startswith("Allemagne")
    assert title_of(germany).endswith("Signed")  # editors' labels are used as they are
    (malta,) = shapes_of(root, "MT")
    assert title_of(malta).startswith("Malte")


def test_unknown_palette_colour_falls_back():
    positions = [{"key": "signed", "label": "Signed", "colour": "ultraviolet"}]
    (germany,) = shapes_of(draw({"DE": "signed"}, positions), "DE")
    assert germany.get("fill") == PALETTE[worldmap.DEFAULT_COLOUR][0]


def test_output_is_deterministic():
    assignments = {"FR": "signed", "DE": "absent", "MT": "signed", "BR": "did_not_sign"}
    reordered = dict(reversed(assignments.items()))
    first = render_world_map(assignments, POSITIONS, title="T")
    second = render_world_map(reordered, POSITIONS, title="T")
    without_ids = re.compile(r"worldmap-\w+-\d+")
    assert without_ids.sub("ID", first) == without_ids.sub("ID", second)
    codes = [m for m in re.findall(r'<path [^>]*data-country="(\w+)"', first)]
    assert codes == sorted(codes)


def test_position_class():
    assert position_class("did not sign") == "position-did-not-sign"
    assert position_class("did_not_sign") == "position-did_not_sign"
    assert re.fullmatch(r"position-[0-9a-f]{8}", position_class("подписали"))
    assert position_class("подписали") != position_class("не подписали")


def test_legend():
    items = worldmap.legend(POSITIONS)
    assert [item["key"] for item in items] == ["signed", "did_not_sign", "absent"]
    assert items[0] == {
        "key": "signed",
        "label": "Signed",
        "colour": "blue",
        "fill": "#0072B2",
        "css_class": "position-signed",
    }


def test_a_big_dataset_is_quick_and_small():
    codes = sorted(known_countries())[:200]
    assignments = {code: POSITIONS[i % 3]["key"] for i, code in enumerate(codes)}
    render_world_map(assignments, POSITIONS, title="warm-up")
    start = time.perf_counter()
    svg = render_world_map(assignments, POSITIONS, title="Treaty")
    elapsed = time.perf_counter() - start
    assert elapsed < 0.25  # a few milliseconds in practice; generous for slow CI machines
    assert len(svg) < 200_000
    root = parse(svg)
    drawn = {element.get("data-country") for element in root.iter()} - {None}
    assert drawn == set(codes)


@pytest.mark.parametrize("language", ["en", "fr", "ar", "zh-hans"])
def test_parses_as_xml_in_every_language(language):
    with translation.override(language):
        root = draw({"DE": "signed", "CI": "absent", "CW": "signed"})
    assert len(shapes_of(root, "CI")) == 1

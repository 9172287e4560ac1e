"""The demo outcome brief in Arabic, in a real browser: the map, its legend and the table."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_shell import BLOCKING_IMPACTS, axe_report

pytestmark = pytest.mark.browser

BRIEF = "/ar/analysis/dubai-treaty-good-bad-ugly/"


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def rgb(css):
    """An rgb()/rgba() colour as three numbers; a transparent one shows the white page behind."""
    parts = [float(part) for part in css[css.index("(") + 1 : css.index(")")].split(",")]
    if len(parts) == 4 and parts[3] == 0:
        return [255, 255, 255]
    return [int(part) for part in parts[:3]]


def test_arabic_brief_map_table_and_legend(page, screenshot):
    page.goto(BRIEF)
    assert page.evaluate("document.documentElement.dir") == "rtl"

    figure = page.locator(".positions").first
    figure.scroll_into_view_if_needed()
    svg = figure.locator(".positions__map svg")
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100, box
    # The map keeps its geography: west on the left, even in a right-to-left page.
    usa = figure.locator('path[data-country="US"]').first.bounding_box()
    china = figure.locator('path[data-country="CN"]').first.bounding_box()
    assert usa["x"] < china["x"]

    # The table reads right to left: the country column is on the right.
    country_header = figure.locator(".positions__table thead th").nth(0).bounding_box()
    position_header = figure.locator(".positions__table thead th").nth(1).bounding_box()
    assert country_header["x"] > position_header["x"]
    rows = figure.locator(".positions__table tbody tr")
    assert rows.count() == figure.locator("path[data-country]").count()
    first_name = rows.first.locator("th").inner_text()
    assert first_name and not first_name.isascii()  # country names in Arabic

    # The legend is readable: visible text in Arabic, large enough, with enough contrast, and
    # a colour swatch next to each label.
    items = figure.locator(".positions__legend li")
    assert items.count() == 2
    for index in range(items.count()):
        item = items.nth(index)
        assert item.is_visible()
        text = item.inner_text().strip()
        assert text and not text.isascii()
        assert item.locator(".positions__swatch").bounding_box()["width"] >= 10
        style = item.evaluate(
            "node => { const s = getComputedStyle(node);"
            " return {size: parseFloat(s.fontSize), colour: s.color}; }"
        )
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert style["size"] >= 14
        assert contrast(rgb(style["colour"]), rgb(background)) >= 4.5
    screenshot(page, "brief-ar-map")

    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core on {BRIEF}:\n{axe_report(blocking)}"


def test_arabic_brief_fits_a_small_screen(page, screenshot):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(BRIEF)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    screenshot(page, "brief-ar-320px")
    assert scroll_width <= 320, f"{BRIEF} scrolls sideways at 320px: scrollWidth={scroll_width}"


def test_letter_copy_button_appears_with_the_script(page):
    page.goto("/en/wcit/resources/sample-letter-national-consultation/")
    button = page.locator("button[data-copy]")
    # Headless Chromium exposes the clipboard on 127.0.0.1 (a secure context): the progressive
    # enhancement shows the button and copying reports success.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    assert button.is_visible()
    button.click()
    status = page.locator(".letter__status")
    status.wait_for(state="visible")
    assert status.inner_text().strip()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "open and inclusive national consultation before Dubai" in " ".join(copied.split())

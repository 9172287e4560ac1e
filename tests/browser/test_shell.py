"""The shell (base template, header, language switcher, alias notice, footer) in a real browser."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.demo import data

pytestmark = pytest.mark.browser

HOME_EN = data.content("home")["home"]
# The one demo page left untranslated in every language: an alias of the English event.
ALIAS_TITLE = "Com-ITU meeting (CWGs and TSAG coordination)"
ALIAS_RU = "/ru/events-2024/com-itu-meeting-cwgs-and-tsag-coordination-2024-01-17/"
HOME_TRANSLATIONS = {code: data.page_strings("home", code, "/") for code in ("fr", "ar")}

ARABIC_HEADING = HOME_TRANSLATIONS["ar"][HOME_EN["hero_heading"]]
BLOCKING_IMPACTS = {"serious", "critical"}


def html_attributes(page):
    return page.evaluate(
        "() => ({lang: document.documentElement.lang, dir: document.documentElement.dir})"
    )


def header_boxes(page):
    brand = page.locator(".site-header__brand").bounding_box()
    nav = page.locator("nav.site-nav").bounding_box()
    assert brand and nav, "the brand and the main navigation must be visible"
    return brand, nav


def axe_report(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:200]}")
            summary = node.get("failureSummary")
            if summary:
                lines.append("      " + summary.replace("\n", "\n      "))
    return "\n".join(lines)


def test_english_home(page, screenshot):
    page.goto("/en/")
    assert html_attributes(page) == {"lang": "en", "dir": "ltr"}
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == HOME_EN["hero_heading"]
    assert heading.is_visible()

    brand, nav = header_boxes(page)
    assert brand["x"] + brand["width"] <= nav["x"], (
        f"left-to-right: the brand ({brand}) should be left of the navigation ({nav})"
    )
    screenshot(page, "home-en")


def test_arabic_home_is_right_to_left(page, screenshot):
    page.goto("/ar/")
    assert html_attributes(page) == {"lang": "ar", "dir": "rtl"}
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == ARABIC_HEADING
    assert heading.is_visible()
    assert page.get_by_text(HOME_TRANSLATIONS["ar"][HOME_EN["hero_text"]]).is_visible()

    brand, nav = header_boxes(page)
    assert brand["x"] >= nav["x"] + nav["width"], (
        f"right-to-left: the brand ({brand}) should be right of the navigation ({nav})"
    )
    screenshot(page, "home-ar")


def test_language_switcher_with_the_keyboard_only(page, screenshot):
    page.goto("/en/")
    summary = page.locator(".language-switcher summary")
    french = page.locator('.language-switcher a[hreflang="fr"]')
    assert french.text_content().strip().startswith("Français")

    def tab_to(locator, limit=40):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if locator.evaluate("element => element === document.activeElement"):
                return
        pytest.fail(f"{limit} presses of Tab never reached {locator}")

    tab_to(summary)
    assert not french.is_visible()
    page.keyboard.press("Enter")
    assert page.locator(".language-switcher details").evaluate("details => details.open")
    assert french.is_visible()

    tab_to(french)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"^https?://[^/]+/fr/$"))
    assert html_attributes(page) == {"lang": "fr", "dir": "ltr"}
    expected = HOME_TRANSLATIONS["fr"][HOME_EN["hero_heading"]]
    assert page.get_by_role("heading", level=1).inner_text() == expected
    screenshot(page, "home-fr-after-switch")


def test_alias_page_says_it_is_not_translated(page, screenshot):
    page.goto(ALIAS_RU)
    assert html_attributes(page) == {"lang": "ru", "dir": "ltr"}
    notice = page.locator("main .notice[role=note]")
    assert notice.is_visible()
    # The page's text is the English source, and says so to screen readers; the notice and
    # the interface around the text stay in the reader's language.
    content = page.locator("main .content")
    assert content.get_attribute("lang") is None
    assert content.locator(".notice").count() == 0
    heading = content.get_by_role("heading", level=1)
    assert heading.inner_text() == ALIAS_TITLE
    assert heading.get_attribute("lang") == "en"
    screenshot(page, "event-ru-alias")


@pytest.mark.parametrize("path", ["/en/", "/ar/", "/ru/about/", ALIAS_RU])
def test_no_serious_accessibility_violations(page, path):
    page.goto(path)
    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core on {path}:\n{axe_report(blocking)}"


@pytest.mark.parametrize(
    "path, name",
    [
        ("/en/", "home-en"),
        ("/ar/", "home-ar"),
        ("/ru/about/", "about-ru"),
        (ALIAS_RU, "event-ru-alias"),
    ],
)
def test_no_horizontal_scroll_at_320px(page, screenshot, path, name):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    screenshot(page, f"{name}-320px")
    assert scroll_width <= 320, f"{path} scrolls sideways at 320px: scrollWidth={scroll_width}"

    # The open language list must not hang off either edge of the screen, where no one can
    # scroll to it.
    page.locator(".language-switcher summary").click()
    menu = page.locator(".language-switcher__list").bounding_box()
    assert menu and menu["x"] >= 0 and menu["x"] + menu["width"] <= 320, (
        f"{path}: the language list is off-screen at 320px: {menu}"
    )

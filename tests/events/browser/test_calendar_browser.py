"""The demo calendar in a real browser: filter by country, subscribe, right-to-left Arabic."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def test_filter_the_calendar_by_country_and_subscribe(page):
    page.goto("/en/key-dates-2013-2014/past/")
    page.get_by_label("Country").select_option("FR")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url(re.compile(r"country=FR"))
    cards = page.locator(".event-card")
    assert cards.count() == 2
    for place in cards.locator(".event-card__place").all_inner_texts():
        assert place.endswith("France")
    assert page.locator(".calendar__count").inner_text() == "2 past events"
    subscribe = page.get_by_role("link", name="Subscribe in your calendar app")
    assert re.match(
        r"webcal://[^/]+/en/key-dates-2013-2014/calendar\.ics\?country=FR$",
        subscribe.get_attribute("href"),
    )
    page.get_by_role("link", name="Clear filters").first.click()
    page.wait_for_url(re.compile(r"/past/$"))
    assert page.locator(".event-card").count() == 15


def test_the_arabic_calendar_is_right_to_left(page):
    page.goto("/ar/events/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    form = page.locator("form.calendar-filters").bounding_box()
    first_field = page.locator("form.calendar-filters .field").first.bounding_box()
    # The first filter sits at the right-hand edge of the form.
    assert first_field["x"] + first_field["width"] > form["x"] + form["width"] - 40
    assert page.locator(".event-card").count() >= 5


@pytest.mark.parametrize("path", ["/en/events/", "/ar/events-2024/past/?country=IN"])
def test_the_calendar_has_no_serious_accessibility_violations(page, path):
    page.goto(path)
    violations = [
        v for v in Axe().run(page).response["violations"] if v["impact"] in {"serious", "critical"}
    ]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]

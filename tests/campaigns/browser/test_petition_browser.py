"""Signing the demo petition in Arabic, in a real browser."""

import re

import pytest

pytestmark = pytest.mark.browser

PETITION = "/ar/wcit/tell-the-itu/"
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def shown_count(page):
    text = page.locator(".petition-counter__count").first.inner_text()
    return int(re.sub(r"\D", "", text.translate(ARABIC_DIGITS)))


def test_sign_in_arabic_and_see_the_count_go_up(page, settings, screenshot):
    # The form's minimum fill time guards against bots; a test types faster than a person.
    settings.PETITION_MIN_FILL_SECONDS = 0
    page.goto(PETITION)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    before = shown_count(page)

    form = page.locator("form.petition-form, form[action$='sign/']").first
    form.locator("input[name='first_name']").fill("ليلى")
    form.locator("input[name='last_name']").fill("حداد")
    form.locator("input[name='email']").fill("Layla.Haddad@example.org")
    country = form.locator("select[name='country']")
    if country.count():
        country.select_option("LB")
    form.locator("input[name='consent']").check()
    form.locator("button[type='submit']").click()

    page.wait_for_url(re.compile(r"/ar/wcit/tell-the-itu/thanks/"))
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator(".petition--thanks").is_visible()
    screenshot(page, "petition-ar-thanks")

    page.goto(PETITION)
    assert shown_count(page) == before + 1

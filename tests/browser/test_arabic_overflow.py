"""No Arabic page scrolls sideways, translated or alias, on a phone or a desktop.

An alias shows the English source inside a right-to-left page. When the whole content was marked
`dir="ltr"`, the honeypot field pushed to the inline start landed in the scrollable side: an Arabic
petition alias was 11,366 px wide on a 1,366 px screen and blank on a phone. Only the source text
is marked with the source's lang and dir now; the interface around it (form, labels, notices,
honeypot) stays Arabic and right-to-left.
"""

import pytest

pytestmark = pytest.mark.browser

WIDTHS = (320, 390, 1280)


def as_alias(page):
    """Turn a real translation back into an alias of its source, as wagtail-localize's
    "Convert to alias" does, so that every page type is seen as an alias too."""
    from wagtail.models import Page
    from wagtail_localize.views.convert import sync_alias

    source = Page.objects.get(translation_key=page.translation_key, locale__language_code="en")
    specific = page.specific
    sync_alias(source, specific, revision=source.get_latest_revision())
    specific.alias_of_id = source.pk
    specific.save(update_fields=["alias_of_id"], clean=False)
    return specific


def arabic_pages():
    """{page type: (a translated page or None, an alias or None)} of the live Arabic pages."""
    from wagtail.models import Page

    found = {}
    pages = Page.objects.live().filter(locale__language_code="ar", depth__gt=1).order_by("path")
    for page in pages.select_related("content_type"):
        translated, alias = found.get(page.content_type.model, (None, None))
        if page.alias_of_id and alias is None:
            alias = page
        elif not page.alias_of_id and translated is None:
            translated = page
        found[page.content_type.model] = (translated, alias)
    return found


def too_wide(page, paths):
    wide = []
    for label, path in paths:
        page.goto(path)
        assert page.evaluate("document.documentElement.dir") == "rtl", path
        scroll, client = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if scroll > client:
            wide.append(f"{label} {path}: scrollWidth {scroll} > clientWidth {client}")
    return wide


@pytest.mark.parametrize("width", WIDTHS)
def test_no_arabic_page_scrolls_sideways(page, width):
    """Every page type, translated then alias (a type the demo has only translated gets its
    translated page turned into an alias after it was seen)."""
    found = arabic_pages()
    assert {"petitionpage", "actionpage", "eventpage", "homepage"} <= set(found), found
    page.set_viewport_size({"width": width, "height": 800})
    translated = [(f"{kind} (translated)", t.url) for kind, (t, _a) in found.items() if t]
    wide = too_wide(page, translated)
    aliases = []
    for kind, (translated_page, alias) in found.items():
        alias = alias or as_alias(translated_page)
        aliases.append((f"{kind} (alias)", alias.url))
    wide += too_wide(page, aliases)
    assert not wide, f"Arabic pages wider than the {width}px screen:\n" + "\n".join(wide)


def test_alias_interface_is_arabic_and_source_text_english(page):
    """On an Arabic alias of the petition, the form is right-to-left Arabic; the title and
    letter are marked English."""
    from campaigns.models import PetitionPage

    petition = PetitionPage.objects.live().filter(locale__language_code="ar").first()
    if petition.alias_of_id is None:
        petition = as_alias(petition)
    page.goto(petition.url)
    assert page.locator(".notice[role=note]").first.is_visible()
    heading = page.get_by_role("heading", level=1)
    assert heading.get_attribute("lang") == "en"
    assert heading.get_attribute("dir") == "ltr"
    form = page.locator("form.petition-form")
    direction = form.evaluate("form => getComputedStyle(form).direction")
    language = form.evaluate("form => form.closest('[lang]').lang")
    assert (direction, language) == ("rtl", "ar")

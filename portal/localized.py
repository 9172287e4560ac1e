"""Pages chosen by editors, shown in the reader's language.

A page chooser (a related campaign, a call to action, the next action after signing) stores the
page the editor picked, usually in the source language, and wagtail-localize copies that choice
into every translation. At render time we swap each chosen page for its live version in the
reader's locale, for a whole list in one query (Page.localized would cost one query per page).
"""

from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page


def active_language_code():
    return get_supported_content_language_variant(get_language())


def localize_pages(pages, model=Page, language=None):
    """Map each page's id to its live version of `model` in the active locale (or `language`),
    or to the page itself when there is none. One query, whatever the number of pages."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    keys = {page.translation_key for page in pages}
    local = {
        page.translation_key: page
        for page in model.objects.live().filter(
            translation_key__in=keys, locale__language_code=language or active_language_code()
        )
    }
    return {page.id: local.get(page.translation_key, page) for page in pages}


def localize_page(page, model=Page, language=None):
    """One page in the reader's language (see localize_pages); None stays None."""
    if page is None:
        return None
    return localize_pages([page], model=model, language=language).get(page.id, page)

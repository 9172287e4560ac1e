"""What every tree of the demo does with its pages: find or create them, translate them.

The one idempotency policy: create what is missing, never overwrite what an editor changed, and
write nothing on a second run. A page is found again by its slug under its parent; a page that
exists is left as it is (no save, no revision), whatever its fields say now.
"""

from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from portal.localize import sync_page, translate_once

from . import data


def model(label):
    """A model of another app by its label ("campaigns.PetitionPage"): the demo loader imports
    no app but portal, so that the apps never depend on it."""
    return apps.get_model(label)


def source_home():
    return model("home.HomePage").objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)


def child(parent, label, slug):
    return model(label).objects.child_of(parent).filter(slug=slug).first()


def create_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def key(page):
    """The page's name in the PO files' references: its path under the home page."""
    home_path = Page.objects.filter(pk=source_home().pk).values_list("url_path", flat=True)[0]
    return "/" + page.url_path[len(home_path) :]


def sync(pages):
    """Alias pages created in code into every locale (parents before children: an alias needs
    its parent's alias)."""
    for page in pages:
        sync_page(page)


def translate(tree, pages, *, extra=None):
    """Translate each page into the languages its tree's PO files have it in, once.

    One page per call and outside any atomic block, parents before children: translations publish
    in on_commit callbacks, and translating a parent and its child together trips
    wagtail-localize issue 773. `extra(page, code)` may add strings (the letters). Returns the
    number of new translations.
    """
    made = 0
    for page in pages:
        name = key(page)
        for code in data.page_languages(tree, name):
            strings = data.page_strings(tree, code, name)
            if extra is not None:
                strings.update(extra(page, code))
            if translate_once(page, code, strings) is not None:
                made += 1
    return made

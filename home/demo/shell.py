"""The "home" tree: site settings texts, topics, the home page and the about page."""

from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Locale

from portal.models import SiteSettings, Topic

from ..models import StandardPage
from ..setup import setup_portal
from . import data, pages

TREE = "home"


def load(stdout):
    home = setup_portal()
    content = data.content(TREE)
    with transaction.atomic():
        load_site_settings(content["site_settings"])
        load_topics(content["topics"])
        fill_home(home, content["home"])
        about = ensure_about(home, content["about"])
    made = pages.translate(TREE, [home, about])
    stdout.write(
        f"  home pages in {Locale.objects.count()} languages, about page, topics "
        f"({made} new translations)"
    )


def localized(context, english):
    """{field name in each language: text} of a modeltranslation field, English included."""
    texts = {"en": english, **data.field_translations(TREE, context)}
    return {
        build_localized_fieldname(context.rsplit(".", 1)[1], code): text
        for code, text in texts.items()
    }


def untouched(instance, name):
    """A field nobody has written yet: empty, or still its model default."""
    value = getattr(instance, name)
    return not value or value == instance._meta.get_field(name).get_default()


def load_site_settings(english):
    """Fill the settings' texts that nobody has written yet; a text an editor wrote stays."""
    site_settings = SiteSettings.load()
    changed = False
    for field, text in english.items():
        for name, value in localized(f"site_settings.{field}", text).items():
            if untouched(site_settings, name) and getattr(site_settings, name) != value:
                setattr(site_settings, name, value)
                changed = True
    if changed:
        site_settings.save()


def load_topics(topics):
    for topic in topics:
        if Topic.objects.filter(slug=topic["slug"]).exists():
            continue
        values = {}
        for field in ("name", "description"):
            values.update(localized(f"topic.{topic['slug']}.{field}", topic[field]))
        Topic.objects.create(slug=topic["slug"], **values)


def fill_home(home, english):
    """The home page exists (setup_portal made it): fill the fields that are still empty."""
    empty = {field: value for field, value in english.items() if not getattr(home, field)}
    if empty:
        for field, value in empty.items():
            setattr(home, field, value)
        home.save_revision().publish()


def ensure_about(home, english):
    about = StandardPage.objects.child_of(home).filter(slug=english["slug"]).first()
    if about is None:
        about = pages.create_child(home, StandardPage(show_in_menus=True, **english))
    pages.sync([about])
    return about

"""Demo content for the shell: settings texts, topics, home pages and the about page, translated."""

from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Locale

from portal.localize import sync_page, translate_once
from portal.models import SiteSettings, Topic

from . import demo_content as content
from .models import StandardPage
from .setup import setup_portal


def load(stdout):
    home = setup_portal()
    with transaction.atomic():
        load_site_settings()
        load_topics()
        update_home(home)
        about = ensure_about(home)
    # Translations publish in on_commit callbacks: run each outside the block above.
    for code, strings in content.HOME_TRANSLATIONS.items():
        translate_once(home, code, strings)
    for code, strings in content.ABOUT_TRANSLATIONS.items():
        translate_once(about, code, strings)
    stdout.write(f"  home pages in {Locale.objects.count()} languages, about page, topics")


def load_site_settings():
    site_settings = SiteSettings.load()
    for field, values in content.SITE_SETTINGS.items():
        for code, value in values.items():
            setattr(site_settings, build_localized_fieldname(field, code), value)
    site_settings.save()


def load_topics():
    for topic in content.TOPICS:
        values = {}
        for field in ("name", "description"):
            for code, value in topic[field].items():
                values[build_localized_fieldname(field, code)] = value
        Topic.objects.update_or_create(slug=topic["slug"], defaults=values)


def update_home(home):
    changed = False
    for field, value in content.HOME_EN.items():
        if getattr(home, field) != value:
            setattr(home, field, value)
            changed = True
    if changed:
        home.save_revision().publish()


def ensure_about(home):
    about = StandardPage.objects.filter(locale=home.locale, slug=content.ABOUT_EN["slug"]).first()
    if about is None:
        about = StandardPage(show_in_menus=True, **content.ABOUT_EN)
        home.add_child(instance=about)
        about.save_revision().publish()
    sync_page(about)
    return about

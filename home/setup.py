"""What every installation needs before content: locales, a home page per locale, the site, groups.

Idempotent: `load_demo` runs it on every `make run`, and tests use it as a fixture.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page, Site

from portal.localize import ensure_locales, sync_page

from .models import HomePage

PAGE_PERMISSIONS = {
    # Editors write in the source tree and submit for moderation; they cannot publish.
    "Editors": ["add_page", "change_page"],
    # Moderators publish in every locale.
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    # Translators edit and publish their own locale's tree only.
    "Translators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
# Model permissions per group, beyond ADMIN_PERMISSIONS (campaigns/migrations/0007_staff_groups.py
# grants the same on a database that never runs `load_demo`). Editors manage promoted search
# results and read the search log; Moderators see the signatures of the petitions they publish,
# without exporting them (`campaigns.export_signature` is for a group of its own).
GROUP_PERMISSIONS = {
    "Editors": [
        ("wagtailsearchpromotions", "add_searchpromotion"),
        ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
    ],
    "Moderators": [("campaigns", "view_signature")],
}


def translators_group_name(language_code):
    return f"Translators ({language_code})"


def ensure_home_pages():
    """The source home page under the root, the default site on it, and a version per locale."""
    source_locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        # Wagtail's migrations create the root page; a flushed database (TransactionTestCase)
        # has none.
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=source_locale))
    home = HomePage.objects.filter(locale=source_locale, depth=2).first()
    if home is None:
        # Wagtail's first migration leaves a "Welcome to your new Wagtail site!" page: replace it.
        welcome = Page.objects.filter(depth=2, content_type__model="page").first()
        home = HomePage(
            title="Home",
            slug="home-en",
            locale=source_locale,
            hero_heading="The internet belongs to all of us",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(is_default_site=True)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        if welcome is not None:
            Page.objects.filter(translation_key=welcome.translation_key).delete()
    ensure_site_matches_base_url()
    return home


def base_url_host_port():
    parts = urlsplit(settings.BASE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "localhost", port


def ensure_site_matches_base_url():
    """The default site's hostname and port come from BASE_URL: Wagtail builds full URLs (API
    html_url, emails, sitemaps) from them, never from the request's Host header."""
    hostname, port = base_url_host_port()
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])


def ensure_groups():
    """Editors, Moderators, and one Translators group per locale, with page permissions on the
    right tree. Wagtail's own migrations create Editors and Moderators on the root page; we move
    Editors to the source tree so that they cannot touch translations."""
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)
    root = Page.get_first_root_node()
    admin_perms = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in ADMIN_PERMISSIONS
    ]

    def configure(name, page, codenames):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*admin_perms)
        group.permissions.add(
            *[
                Permission.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in GROUP_PERMISSIONS.get(name, [])
            ]
        )
        GroupPagePermission.objects.filter(group=group).exclude(page=page).delete()
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        GroupPagePermission.objects.filter(group=group, page=page).exclude(
            permission__codename__in=codenames
        ).delete()
        return group

    configure("Editors", home, PAGE_PERMISSIONS["Editors"])
    configure("Moderators", root, PAGE_PERMISSIONS["Moderators"])
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        localized_home = home.get_translation_or_none(Locale.objects.get(language_code=code))
        if localized_home is not None:
            configure(translators_group_name(code), localized_home, PAGE_PERMISSIONS["Translators"])


@transaction.atomic
def setup_portal():
    home = ensure_home_pages()
    ensure_locales()
    sync_page(home)
    ensure_groups()
    return home

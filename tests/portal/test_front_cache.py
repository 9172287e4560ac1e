"""What a page tells a shared cache, and what a change to a page purges (portal/cache.py)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    """A front cache that writes down what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.portal.test_front_cache.RecordingBackend"}
    }
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@pytest.fixture
def about(portal):
    """An English page with a live French translation; every other language has an alias."""
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(instance=StandardPage(title="About us", slug="about"))
    page.save_revision().publish()
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Qui sommes-nous"
    french.save_revision().publish()
    spanish_home = HomePage.objects.get(locale__language_code="es")
    page.create_alias(parent=spanish_home, update_locale=spanish_home.locale)
    return page


def paths(urls):
    from urllib.parse import urlsplit

    return sorted({urlsplit(url).path for url in urls})


# --- Headers -------------------------------------------------------------------------------------


def test_anonymous_pages_are_shared_cacheable_without_vary_cookie(client, about, settings):
    for url in ("/en/", "/en/about/", "/fr/about/", "/ar/"):
        response = client.get(url)
        assert response.status_code == 200, url
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert f"s-maxage={settings.PAGE_CACHE_SECONDS}" in cache_control
        assert f"stale-while-revalidate={settings.PAGE_STALE_SECONDS}" in cache_control
        assert "Cookie" not in response.get("Vary", ""), url
        assert not response.cookies
        assert b"wagtail-userbar" not in response.content


def test_an_editor_gets_the_userbar_and_a_private_page(client, about):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    response = client.get("/en/about/")
    assert b"wagtail-userbar" in response.content
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_a_stale_session_cookie_alone_never_makes_a_page_public(client, about):
    client.cookies["sessionid"] = "not-a-session"
    response = client.get("/en/about/")
    assert "public" not in response["Cache-Control"]


def test_answers_that_say_their_own_caching_keep_it(client, about):
    assert client.get("/healthz")["Cache-Control"].startswith("max-age=0")
    response = client.get("/admin/login/")
    assert "public" not in response["Cache-Control"]
    assert "private" in client.get("/")["Cache-Control"]  # the language redirect


# --- Purges ---------------------------------------------------------------------------------------


def test_publishing_a_page_purges_it_in_every_language_its_parents_and_the_home_pages(
    about, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    got = paths(purged)
    for path in ("/en/about/", "/fr/about/", "/es/about/"):
        assert path in got
    for code in ("en", "fr", "es", "ar", "ru", "zh-hans", "pt"):
        assert f"/{code}/" in got  # the home pages' slots and each parent listing
        assert f"/sitemap-{code}.xml" in got
    assert "/sitemap.xml" in got


def test_publishing_a_translation_purges_the_source_language_too(
    about, purged, django_capture_on_commit_callbacks
):
    french = StandardPage.objects.get(
        locale__language_code="fr", translation_key=about.translation_key
    )
    french.title = "À propos"
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    assert {"/fr/about/", "/en/about/", "/es/about/"} <= set(paths(purged))


def test_unpublishing_moving_and_deleting_purge_the_old_urls(
    about, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about.unpublish()
    assert "/en/about/" in paths(purged)

    about.save_revision().publish()
    home = about.get_parent()
    section = home.add_child(instance=StandardPage(title="Section", slug="section"))
    section.save_revision().publish()
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=about.pk).move(section, pos="last-child")
    got = paths(purged)
    assert "/en/section/about/" in got and "/en/section/" in got and "/en/" in got
    assert "/en/about/" in got  # the address readers may still have from the cache

    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=about.pk).delete()
    assert "/en/section/about/" in paths(purged)
    assert "/en/section/" in paths(purged)


def test_nothing_is_purged_without_a_front_cache(
    about, settings, django_capture_on_commit_callbacks
):
    PURGED.clear()
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert PURGED == []

"""The application page cache (portal/app_cache.py, portal.cache.AppCacheMiddleware): anonymous
pages come back without a view or a query, and a publish shows at once wherever the page shows."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from portal.cache import AppCacheMiddleware
from portal.csp import PortalCSPMiddleware
from portal.localize import sync_page
from portal.models import SiteSettings
from tests.events.factories import (
    EventCalendarPageFactory,
    EventCategoryFactory,
    EventPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def app_cache(settings):
    settings.PAGE_APP_CACHE = True
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def about(portal):
    """An English page in the menu, a live French translation, a Spanish alias."""
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(instance=StandardPage(title="About us", slug="about", show_in_menus=True))
    page.save_revision().publish()
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Qui sommes-nous"
    french.save_revision().publish()
    spanish_home = HomePage.objects.get(locale__language_code="es")
    page.create_alias(parent=spanish_home, update_locale=spanish_home.locale)
    return page


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "e@example.org", "pw")


def text(response):
    return response.content.decode()


def test_the_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, about, django_assert_num_queries
):
    first = client.get("/en/about/")
    assert first["X-App-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/about/")
    assert second["X-App-Cache"] == "hit"
    assert second.status_code == 200
    assert "About us" in text(second)
    assert second.content == first.content
    # What a shared cache and the browser are told is the same on a hit...
    assert "public" in second["Cache-Control"]
    assert "Cookie" not in second.get("Vary", "")
    # ...and the Content-Security-Policy is still there.
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert not second.cookies


def test_head_is_answered_from_a_stored_get(client, about):
    client.get("/en/about/")
    assert client.head("/en/about/")["X-App-Cache"] == "hit"


def test_a_logged_in_editor_never_gets_a_cached_page_and_never_fills_the_cache(
    client, about, editor
):
    client.get("/en/about/")  # an anonymous reader fills the cache
    client.force_login(editor)
    response = client.get("/en/about/")
    assert "X-App-Cache" not in response
    assert "wagtail-userbar" in text(response)
    response = client.get("/fr/about/")  # the editor's visit stores nothing...
    assert "wagtail-userbar" in text(response)
    client.logout()
    client.cookies.clear()
    anonymous = client.get("/fr/about/")
    assert anonymous["X-App-Cache"] == "miss"  # ...so the first reader after is a miss
    assert "wagtail-userbar" not in text(anonymous)


def test_a_session_cookie_alone_bypasses_the_cache(client, about):
    client.get("/en/about/")
    client.cookies["sessionid"] = "not-a-session"
    assert "X-App-Cache" not in client.get("/en/about/")


def test_publishing_a_new_title_shows_at_once_in_every_language_that_shows_it(
    client, about, django_capture_on_commit_callbacks
):
    urls = ["/en/about/", "/es/about/", "/en/", "/es/"]
    for url in urls:
        assert "About us" in text(client.get(url)), url
        assert client.get(url)["X-App-Cache"] == "hit", url
    french = client.get("/fr/about/")
    assert "Qui sommes-nous" in text(french)

    about.title = "Who we are"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()

    for url in urls:  # the page, its alias, and the menus of both home pages
        response = client.get(url)
        assert response["X-App-Cache"] == "miss", url
        assert "Who we are" in text(response), url
        assert "About us" not in text(response), url
    assert client.get("/fr/about/")["X-App-Cache"] == "miss"  # its translation went too


def test_publishing_a_translation_purges_the_source_language_page(
    client, about, django_capture_on_commit_callbacks
):
    client.get("/en/about/")
    french = StandardPage.objects.get(
        locale__language_code="fr", translation_key=about.translation_key
    )
    french.title = "À propos"
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    assert client.get("/en/about/")["X-App-Cache"] == "miss"
    assert "À propos" in text(client.get("/fr/about/"))


def test_unpublishing_takes_the_page_out_of_the_cache(
    client, about, django_capture_on_commit_callbacks
):
    client.get("/en/about/")
    with django_capture_on_commit_callbacks(execute=True):
        about.unpublish()
    assert client.get("/en/about/").status_code == 404


def test_moving_and_deleting_take_the_old_and_new_addresses_out(
    client, about, django_capture_on_commit_callbacks
):
    home = about.get_parent()
    section = home.add_child(instance=StandardPage(title="Section", slug="section"))
    section.save_revision().publish()
    for url in ("/en/about/", "/en/section/about/", "/en/section/"):
        client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=about.pk).move(section, pos="last-child")
    # Not the page it was: Wagtail's redirect to where it went (a redirect drops every page).
    assert client.get("/en/about/")["Location"].endswith("/en/section/about/")
    moved = client.get("/en/section/about/")  # not the 404 it was
    assert moved.status_code == 200 and "About us" in text(moved)
    assert client.get("/en/section/")["X-App-Cache"] == "miss"  # its new parent

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=about.pk).delete()
    assert client.get("/en/section/about/").status_code == 404


def test_a_new_footer_shows_on_every_cached_page(client, about, django_capture_on_commit_callbacks):
    urls = ("/en/about/", "/en/", "/fr/", "/ar/")
    for url in urls:
        client.get(url)
    site_settings = SiteSettings.load()
    site_settings.footer_text_en = "Funded by our members alone."
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.save()
    for url in urls:
        assert client.get(url)["X-App-Cache"] == "miss", url
    assert "Funded by our members alone." in text(client.get("/en/about/"))


def test_a_new_redirect_replaces_a_cached_not_found(
    client, about, django_capture_on_commit_callbacks
):
    assert client.get("/en/old-about/").status_code == 404
    assert client.get("/en/old-about/")["X-App-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Redirect.add_redirect("/en/old-about", redirect_to=about, is_permanent=True)
    response = client.get("/en/old-about/")
    assert response.status_code == 301
    assert response["Location"].endswith("/en/about/")


def test_only_pages_under_a_language_prefix_are_kept(client, about):
    client.get("/api/v2/pages/")
    assert "X-App-Cache" not in client.get("/api/v2/pages/")
    assert "X-App-Cache" not in client.get("/healthz")


def test_every_query_string_of_a_calendar_feed_goes_when_an_event_is_published(
    client, portal, django_capture_on_commit_callbacks
):
    home = HomePage.objects.get(locale__language_code="en")
    calendar = EventCalendarPageFactory(parent=home, title="Key dates", slug="key-dates")
    sync_page(calendar)
    category = EventCategoryFactory(slug="summit", name_en="Summit")
    event = EventPageFactory(parent=calendar, title="Geneva summit", category=category)
    feed = "/en/key-dates/calendar.ics?category=summit"
    for url in (feed, "/en/key-dates/"):
        assert "Geneva summit" in text(client.get(url)), url
        assert client.get(url)["X-App-Cache"] == "hit", url

    event.title = "Geneva summit on internet governance"
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()

    for url in (feed, "/en/key-dates/"):  # the filtered feed and the parent listing
        response = client.get(url)
        assert response["X-App-Cache"] == "miss", url
        assert "Geneva summit on internet governance" in text(response), url


def test_posts_are_never_served_from_nor_stored_in_the_cache(client, about):
    client.get("/en/about/")
    response = client.post("/en/about/", {"anything": "x"})
    assert "X-App-Cache" not in response
    caches["pages"].clear()
    client.post("/en/about/", {"anything": "x"})
    assert client.get("/en/about/")["X-App-Cache"] == "miss"


# --- The middleware on its own ------------------------------------------------------------------


def counting_view(make_response):
    calls = []

    def view(request):
        calls.append(request.path)
        return make_response(request)

    return view, calls


def test_a_response_that_sets_a_cookie_is_not_stored():
    def with_cookie(request):
        response = HttpResponse("<p>Welcome back</p>")
        response.set_cookie("seen", "1")
        return response

    view, calls = counting_view(with_cookie)
    middleware = AppCacheMiddleware(view)
    for _ in range(2):
        response = middleware(RequestFactory().get("/en/welcome/"))
        assert response["X-App-Cache"] == "miss"
        assert response.cookies["seen"].value == "1"
    assert len(calls) == 2


def test_a_page_that_used_a_csp_nonce_is_not_stored():
    def with_nonce(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    view, calls = counting_view(with_nonce)
    middleware = PortalCSPMiddleware(AppCacheMiddleware(view))
    first = middleware(RequestFactory().get("/en/nonce/"))
    second = middleware(RequestFactory().get("/en/nonce/"))
    assert len(calls) == 2
    assert second["X-App-Cache"] == "miss"
    assert first.content != second.content  # a fresh nonce each time


def test_vary_is_respected():
    def by_language(request):
        response = HttpResponse(request.headers.get("Accept-Language", ""))
        response["Vary"] = "Accept-Language"
        return response

    view, calls = counting_view(by_language)
    middleware = AppCacheMiddleware(view)
    factory = RequestFactory()
    assert middleware(factory.get("/en/x/", headers={"accept-language": "fr"})).content == b"fr"
    assert middleware(factory.get("/en/x/", headers={"accept-language": "ru"})).content == b"ru"
    again = middleware(factory.get("/en/x/", headers={"accept-language": "fr"}))
    assert (again.content, again["X-App-Cache"]) == (b"fr", "hit")
    assert len(calls) == 2


def test_a_purge_does_not_need_a_front_cache(settings):
    from portal.app_cache import purge_paths

    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    view, calls = counting_view(lambda request: HttpResponse("v"))
    middleware = AppCacheMiddleware(view)
    factory = RequestFactory()
    middleware(factory.get("/en/a/?page=2"))
    assert middleware(factory.get("/en/a/?page=2"))["X-App-Cache"] == "hit"
    purge_paths(["/en/a/"])
    assert middleware(factory.get("/en/a/?page=2"))["X-App-Cache"] == "miss"


def test_a_host_outside_allowed_hosts_gets_no_cached_page(client, about, settings):
    settings.DEBUG = False
    client.get("/en/about/")
    response = client.get("/en/about/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_check_deploy_warns_when_the_page_cache_is_per_process(settings):
    from portal.checks import page_cache_is_shared_check

    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    assert [w.id for w in page_cache_is_shared_check(None)] == ["portal.W001"]
    settings.CACHES = {**settings.CACHES, "pages": {"BACKEND": "django_redis.cache.RedisCache"}}
    assert page_cache_is_shared_check(None) == []
    settings.PAGE_APP_CACHE = False
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    assert page_cache_is_shared_check(None) == []

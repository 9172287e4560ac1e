"""What each shipped group may do beyond pages: search promotions and the search log, petitions'
signatures, the .ics import, and which wagtail-localize buttons it is offered.

The groups get their model permissions from campaigns/migrations/0007_staff_groups.py (and again
from `home.setup.ensure_groups`); the tests use the test database as `migrate` left it.
"""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import TranslationSource

from home.models import StandardPage
from portal.localize import sync_page, translate
from tests.campaigns.factories import PetitionPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db

staff_groups = importlib.import_module("campaigns.migrations.0007_staff_groups")


def log_in(client, group_name):
    username = group_name.lower().replace(" ", "-").strip("()")
    user = WagtailTestUtils.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def refused(response):
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.fixture
def about(portal):
    """A published page under the English home page, aliased into every other locale."""
    page = StandardPage(title="About", slug="about", intro="Who we are")
    portal.add_child(instance=page)
    page.save_revision().publish()
    sync_page(page)
    return page


def version(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


# --- The data migration -------------------------------------------------------------------------


def test_the_migration_sets_the_groups_and_running_it_again_changes_nothing(portal):
    editors, moderators = Group.objects.get(name="Editors"), Group.objects.get(name="Moderators")
    editors.permissions.filter(content_type__app_label="wagtailsearchpromotions").delete()
    moderators.permissions.clear()

    def state():
        return sorted(Group.permissions.through.objects.values_list("group__name", "permission"))

    staff_groups.grant(apps, None)
    after_once = state()
    staff_groups.grant(apps, None)
    assert state() == after_once
    assert editors.permissions.filter(codename="change_searchpromotion").exists()
    assert moderators.permissions.filter(codename="view_signature").exists()
    assert not moderators.permissions.filter(codename="export_signature").exists()


# --- Search promotions and the search log ---------------------------------------------------------


def test_editors_manage_promotions_and_read_the_search_log(portal, client):
    log_in(client, "Editors")
    page = dashboard(client)
    assert "Promoted search results" in page and "Popular searches" in page
    assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200
    assert client.get(reverse("search_popular_queries")).status_code == 200


@pytest.mark.parametrize("group_name", ["Moderators", "Translators (fr)"])
def test_moderators_and_translators_do_not_manage_promotions(portal, client, group_name):
    log_in(client, group_name)
    page = dashboard(client)
    assert "Promoted search results" not in page and "Popular searches" not in page
    assert refused(client.get(reverse("wagtailsearchpromotions:index")))
    assert client.get(reverse("search_popular_queries")).status_code in (302, 403)


# --- Signatures ---------------------------------------------------------------------------------


@pytest.fixture
def signed(portal):
    petition = PetitionPageFactory(parent=portal, title="Tell the ITU", slug="tell-the-itu")
    SignatureFactory(page=petition, first_name="Amina", country="EG", language="ar")
    return petition


def test_moderators_see_who_signed_without_exporting(signed, client):
    log_in(client, "Moderators")
    assert "Signatures" in dashboard(client)
    listing = client.get(reverse("campaigns_signatures"))
    assert "Tell the ITU" in listing.content.decode()
    detail = client.get(reverse("campaigns_signatures_detail", args=[signed.translation_key]))
    text = detail.content.decode()
    assert "Egypt" in text and "Export as CSV" not in text
    signers = client.get(reverse("signatures:index"), {"petition_key": signed.translation_key})
    assert "Amina" in signers.content.decode()
    export = client.get(reverse("campaigns_signatures_export", args=[signed.translation_key]))
    assert export.status_code in (302, 403) and not export.streaming
    download = client.get(
        reverse("signatures:index"), {"petition_key": signed.translation_key, "export": "csv"}
    )
    assert download.status_code in (302, 403) and not download.streaming


def test_a_moderator_with_the_export_permission_exports(signed, client):
    from django.contrib.auth.models import Permission

    user = log_in(client, "Moderators")
    user.user_permissions.add(Permission.objects.get(codename="export_signature"))
    detail = client.get(reverse("campaigns_signatures_detail", args=[signed.translation_key]))
    assert "Export as CSV" in detail.content.decode()
    export = client.get(
        reverse("campaigns_signatures_export", args=[signed.translation_key]), follow=True
    )
    assert export.status_code == 200 and export.streaming


@pytest.mark.parametrize("group_name", ["Editors", "Translators (fr)"])
def test_editors_and_translators_do_not_see_signatures(signed, client, group_name):
    log_in(client, group_name)
    assert reverse("campaigns_signatures") not in dashboard(client)
    assert client.get(reverse("campaigns_signatures")).status_code in (302, 403)


# --- "Translate this page" and "Sync translated pages" ------------------------------------------


def explorer(client, page):
    response = client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    assert response.status_code == 200
    return response.content.decode()


def edit_view(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_editors_are_not_offered_translate_this_page(about, client):
    log_in(client, "Editors")
    assert "Translate this page" not in explorer(client, about)
    assert "Translate this page" not in edit_view(client, about)
    url = reverse("wagtail_localize:submit_page_translation", args=[about.pk])
    assert refused(client.get(url))


def test_moderators_and_translators_are_offered_translate_this_page(about, client):
    log_in(client, "Moderators")
    assert "Translate this page" in edit_view(client, about)
    log_in(client, "Translators (fr)")
    assert "Translate this page" in explorer(client, version(about, "fr"))


def test_a_translator_whose_language_is_translated_is_no_longer_offered_it(
    about, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate(about, "fr", {"About": "À propos"})
    log_in(client, "Translators (fr)")
    assert "Translate this page" not in edit_view(client, version(about, "fr"))


def french_source_page(portal, django_capture_on_commit_callbacks):
    """A page written in French, translated into Spanish: its source is French."""
    french_home = version(portal, "fr")
    page = StandardPage(title="Notre équipe", slug="equipe", locale=french_home.locale)
    french_home.add_child(instance=page)
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate(page, "es", {"Notre équipe": "Nuestro equipo"})
    return page


def test_translators_are_not_offered_sync_translated_pages(
    portal, client, django_capture_on_commit_callbacks
):
    page = french_source_page(portal, django_capture_on_commit_callbacks)
    source = TranslationSource.objects.get(object_id=page.translation_key)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    log_in(client, "Translators (fr)")
    assert "Sync translated pages" not in explorer(client, page)
    assert "Sync translated pages" not in edit_view(client, page)
    assert refused(client.get(sync_url))
    log_in(client, "Moderators")
    assert "Sync translated pages" in edit_view(client, page)
    assert client.get(sync_url).status_code == 200


def test_editors_sync_their_pages_translations(about, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translate(about, "es", {"About": "Acerca de"})
    source = TranslationSource.objects.get(object_id=about.translation_key)
    log_in(client, "Editors")
    assert "Sync translated pages" in edit_view(client, about)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.get(sync_url).status_code == 200


# --- The tree's shape follows the source ----------------------------------------------------------


def action_urls(page):
    return {
        name: reverse(f"wagtailadmin_pages:{name}", args=[page.pk])
        for name in ("delete", "unpublish", "move")
    }


def test_translators_are_not_offered_delete_unpublish_or_move_on_aliases(about, client):
    french = version(about, "fr")
    assert french.alias_of_id == about.pk and french.live
    log_in(client, "Translators (fr)")
    listing = explorer(client, french)
    for name, url in action_urls(french).items():
        assert url not in listing, name
        assert refused(client.get(url)), name
    assert refused(client.post(action_urls(french)["delete"]))
    assert Page.objects.filter(pk=french.pk, live=True).exists()


def test_moderators_still_may_on_aliases(about, client):
    french = version(about, "fr")
    log_in(client, "Moderators")
    listing = explorer(client, french)
    for name, url in action_urls(french).items():
        assert url in listing, name
        assert client.get(url).status_code == 200, name


def test_translators_may_still_delete_a_page_of_their_own(portal, client):
    french_home = portal.get_translation(portal.locale.__class__.objects.get(language_code="fr"))
    own = StandardPage(title="Notre équipe", slug="equipe", locale=french_home.locale)
    french_home.add_child(instance=own)
    log_in(client, "Translators (fr)")
    assert client.get(reverse("wagtailadmin_pages:delete", args=[own.pk])).status_code == 200

"""The groups `home.setup` creates, tried against the real Wagtail and wagtail-localize admin views.

What Wagtail does when a group lacks a page permission: the edit view raises PermissionDenied,
which the admin turns into a redirect to the dashboard with "Sorry, you do not have permission
to access this area." (a 403 only for XMLHttpRequest). An edit view POST without publish
permission is not refused: "action-publish" falls back to saving a draft revision.
A translated page's edit view is wagtail-localize's translation editor, which publishes with
`action=publish` and saves strings through its API (403 without edit permission).

Two wagtail-localize views check only the global `submit_translation` permission, whatever the
locale: "Translate this page" and "Sync translated pages". portal/localize_admin.py scopes them to
the locales the user may write in (and syncing to the source's author); the tests below hold it to
that. tests/home/test_group_jobs.py tries which buttons each group is offered.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowState
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import StandardPage
from home.setup import ensure_groups, setup_portal
from portal.localize import sync_page, translate

pytestmark = pytest.mark.django_db

REFUSED = "Sorry, you do not have permission to access this area."


@pytest.fixture
def pages(portal, django_capture_on_commit_callbacks):
    """The English home page, translated into French and Spanish; an alias in Arabic."""
    translations = {"en": portal}
    for code, title in [("fr", "Accueil"), ("es", "Inicio")]:
        with django_capture_on_commit_callbacks(execute=True):
            translations[code] = translate(portal, code, {"Home": title})
    translations["ar"] = Page.objects.get(
        translation_key=portal.translation_key, locale__language_code="ar"
    )
    return translations


def log_in(client, group_name):
    username = group_name.lower().replace(" ", "-").strip("()")
    user = WagtailTestUtils.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def explorer_url(page):
    return reverse("wagtailadmin_explore", args=[page.pk])


def assert_refused(response):
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert REFUSED in [str(message).strip() for message in get_messages(response.wsgi_request)]


def edit_form(client, page, **changes):
    """The page's edit form as the admin renders it, with some fields changed."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.update(changes)
    return data


def snapshot(page):
    page = Page.objects.get(pk=page.pk)
    return (page.title, page.live, page.latest_revision_id, page.last_published_at)


def translate_string(client, page, source_text, text):
    """Save one string of a page's translation through wagtail-localize's editor API."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segment = translation.source.stringsegment_set.get(string__data=source_text)
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": text}),
        content_type="application/x-www-form-urlencoded",
    )


def test_setup_creates_a_translators_group_per_language(portal):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators"} <= names
    for code in ["fr", "es", "ar", "ru", "zh-hans", "pt"]:
        assert f"Translators ({code})" in names
    assert "Translators (en)" not in names


def test_running_setup_again_duplicates_no_group_or_permission(portal):
    def state():
        return (
            sorted(Group.objects.values_list("name", flat=True)),
            sorted(Group.permissions.through.objects.values_list("group__name", "permission_id")),
            sorted(
                GroupPagePermission.objects.values_list("group__name", "page_id", "permission_id")
            ),
        )

    before = state()
    setup_portal()
    ensure_groups()
    assert state() == before


# --- Translators -------------------------------------------------------------------------------


def test_french_translator_opens_the_french_translation_editor(pages, client):
    log_in(client, "Translators (fr)")
    response = client.get(edit_url(pages["fr"]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_french_translator_translates_and_publishes_the_french_page(pages, client):
    log_in(client, "Translators (fr)")
    assert translate_string(client, pages["fr"], "Home", "Bienvenue").status_code == 200
    response = client.post(edit_url(pages["fr"]), {"action": "publish"})
    assert response.status_code == 302
    assert response["Location"] == edit_url(pages["fr"])
    assert Page.objects.get(pk=pages["fr"].pk).title == "Bienvenue"


@pytest.mark.parametrize("code", ["es", "en", "ar"])
def test_french_translator_cannot_edit_another_language(pages, client, code):
    log_in(client, "Translators (fr)")
    page = pages[code]
    before = snapshot(page)
    assert_refused(client.get(edit_url(page)))
    assert_refused(client.post(edit_url(page), {"title": "Piraté", "action-publish": "1"}))
    assert snapshot(page) == before


def test_french_translator_cannot_translate_strings_of_the_spanish_page(pages, client):
    log_in(client, "Translators (fr)")
    assert translate_string(client, pages["es"], "Home", "Piraté").status_code == 403
    assert not StringTranslation.objects.filter(data="Piraté").exists()


def test_french_translator_cannot_publish_the_spanish_translation(pages, client):
    log_in(client, "Translators (fr)")
    before = snapshot(pages["es"])
    assert_refused(client.post(edit_url(pages["es"]), {"action": "publish"}))
    assert snapshot(pages["es"]) == before


def test_french_translator_cannot_turn_the_arabic_alias_into_a_translation(pages, client):
    log_in(client, "Translators (fr)")
    arabic = pages["ar"]
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[pages["en"].pk]),
        {"locales": [arabic.locale_id]},
    )
    assert Page.objects.get(pk=arabic.pk).alias_of_id == pages["en"].pk


def add_page_with_aliases(home):
    """A page under the English home page, with an alias in every other locale."""
    page = StandardPage(title="About", slug="about", intro="Who we are")
    home.add_child(instance=page)
    page.save_revision().publish()
    sync_page(page)
    return page


def versions(page):
    return {
        version.locale.language_code: version
        for version in Page.objects.filter(translation_key=page.translation_key)
    }


def submit_translation_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def offered_locales(client, page):
    """The locales the "Translate this page" form offers."""
    response = client.get(submit_translation_url(page))
    assert response.status_code == 200
    field = response.context["form"].fields["locales"]
    return sorted(locale.language_code for locale in field.queryset)


def test_french_translator_turns_the_french_alias_into_a_translation(pages, client):
    """The scoped "Translate this page": what it refuses elsewhere, it does in French."""
    page = add_page_with_aliases(pages["en"])
    log_in(client, "Translators (fr)")
    assert offered_locales(client, page) == ["fr"]

    french = versions(page)["fr"]
    assert french.alias_of_id == page.pk
    response = client.post(submit_translation_url(page), {"locales": [french.locale_id]})
    assert response.status_code == 302
    french = Page.objects.get(pk=french.pk)
    assert french.alias_of_id is None  # a translation now, in the French editor
    assert Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=french.locale
    ).exists()
    assert Page.objects.get(pk=versions(page)["ar"].pk).alias_of_id == page.pk
    response = client.get(edit_url(french))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_moderator_translates_into_any_language(pages, client):
    page = add_page_with_aliases(pages["en"])
    log_in(client, "Moderators")
    assert offered_locales(client, page) == ["ar", "es", "fr", "pt", "ru", "zh-hans"]
    arabic = versions(page)["ar"]
    response = client.post(submit_translation_url(page), {"locales": [arabic.locale_id]})
    assert response.status_code == 302
    assert Page.objects.get(pk=arabic.pk).alias_of_id is None


@pytest.mark.parametrize("code", ["fr", "es"])
def test_moderator_opens_the_translation_editor_of_any_language(pages, client, code):
    log_in(client, "Moderators")
    response = client.get(edit_url(pages[code]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_moderator_publishes_translations_by_syncing_them(
    pages, client, django_capture_on_commit_callbacks
):
    """The scoped "Sync translated pages" with "Publish immediately", for someone who may
    publish in every language of the page."""
    log_in(client, "Moderators")
    before = {code: snapshot(pages[code]) for code in ("fr", "es")}
    source = TranslationSource.objects.get(object_id=pages["en"].translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert not any("You may not publish" in message for message in messages), messages
    for code in ("fr", "es"):
        after = snapshot(pages[code])
        assert after[2] != before[code][2], code  # a new revision, published
        assert after[1] and after[3] >= before[code][3]


def test_french_translator_may_not_sync_the_english_pages_translations(pages, client):
    """Syncing sends the source's changes to every language: the source's author does it."""
    log_in(client, "Translators (fr)")
    before = snapshot(pages["es"])
    source = TranslationSource.objects.get(object_id=pages["en"].translation_key)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert_refused(response)
    assert snapshot(pages["es"]) == before


# --- Editors -----------------------------------------------------------------------------------


def test_editor_edits_the_english_page_but_publishing_only_saves_a_draft(pages, client):
    log_in(client, "Editors")
    home = pages["en"]
    data = edit_form(client, home, title="Welcome", **{"action-publish": "1"})
    response = client.post(edit_url(home), data)
    assert response.status_code == 302
    assert response["Location"] == edit_url(home)

    home = Page.objects.get(pk=home.pk)
    assert home.title == "Home"  # the live page
    assert home.has_unpublished_changes
    assert home.get_latest_revision_as_object().title == "Welcome"


def test_editor_submits_the_english_page_for_moderation(pages, client):
    log_in(client, "Editors")
    home = pages["en"]
    data = edit_form(client, home, title="Welcome", **{"action-submit": "1"})
    assert client.post(edit_url(home), data)["Location"] == explorer_url(home.get_parent())

    state = WorkflowState.objects.get(object_id=str(home.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderators approval"
    assert Page.objects.get(pk=home.pk).title == "Home"


def test_editor_cannot_publish_translations_by_syncing_them(pages, client):
    log_in(client, "Editors")
    before = snapshot(pages["fr"])
    source = TranslationSource.objects.get(object_id=pages["en"].translation_key)
    client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    assert snapshot(pages["fr"]) == before


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_editor_cannot_edit_a_page_in_another_language(pages, client, code):
    log_in(client, "Editors")
    page = pages[code]
    before = snapshot(page)
    assert_refused(client.get(edit_url(page)))
    assert_refused(client.post(edit_url(page), {"title": "Bienvenue", "action-publish": "1"}))
    assert snapshot(page) == before


# --- Moderators --------------------------------------------------------------------------------


def test_moderator_publishes_the_english_page(pages, client):
    log_in(client, "Moderators")
    home = pages["en"]
    data = edit_form(client, home, title="Welcome", **{"action-publish": "1"})
    assert client.post(edit_url(home), data)["Location"] == explorer_url(home.get_parent())

    home = Page.objects.get(pk=home.pk)
    assert home.title == "Welcome"
    assert not home.has_unpublished_changes


@pytest.mark.parametrize("code, text", [("fr", "Bienvenue"), ("es", "Bienvenido")])
def test_moderator_publishes_a_translation(pages, client, code, text):
    log_in(client, "Moderators")
    page = pages[code]
    assert translate_string(client, page, "Home", text).status_code == 200
    response = client.post(edit_url(page), {"action": "publish"})
    assert response["Location"] == edit_url(page)
    assert Page.objects.get(pk=page.pk).title == text


# Snippets: a translator works on the translatable snippets of their own locale only.


def grant_snippet_permissions(group_name, model="author", app="campaigns"):
    from django.contrib.auth.models import Permission

    group = Group.objects.get(name=group_name)
    for action in ("add", "change", "delete"):
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app, codename=f"{action}_{model}")
        )


def add_author(client, code, name):
    url = reverse("wagtailsnippets_campaigns_author:add") + f"?locale={code}"
    return client.post(url, {"name": name, "role": ""})


def test_french_translator_cannot_create_a_snippet_in_another_locale(portal, client):
    from campaigns.models import Author

    grant_snippet_permissions("Translators (fr)")
    log_in(client, "Translators (fr)")
    url = reverse("wagtailsnippets_campaigns_author:add") + "?locale=ar"
    assert client.get(url).status_code == 403
    response = add_author(client, "ar", "Intrus")
    assert response.status_code == 403
    assert not Author.objects.filter(name="Intrus").exists()
    response = add_author(client, "en", "Intrus")
    assert response.status_code == 403
    assert not Author.objects.filter(name="Intrus").exists()


def test_french_translator_cannot_edit_a_snippet_of_another_locale(portal, client):
    from wagtail.models import Locale

    from campaigns.models import Author

    author = Author.objects.create(name="مؤلف", locale=Locale.objects.get(language_code="ar"))
    grant_snippet_permissions("Translators (fr)")
    log_in(client, "Translators (fr)")
    url = reverse("wagtailsnippets_campaigns_author:edit", args=[author.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"name": "Changé", "role": ""}).status_code == 403
    author.refresh_from_db()
    assert author.name == "مؤلف"


def test_french_translator_creates_and_edits_french_snippets(portal, client):
    from campaigns.models import Author

    grant_snippet_permissions("Translators (fr)")
    log_in(client, "Translators (fr)")
    assert add_author(client, "fr", "Autrice").status_code == 302
    author = Author.objects.get(name="Autrice")
    assert author.locale.language_code == "fr"
    url = reverse("wagtailsnippets_campaigns_author:edit", args=[author.pk])
    assert client.post(url, {"name": "Autrice B", "role": ""}).status_code == 302
    author.refresh_from_db()
    assert author.name == "Autrice B"


@pytest.mark.parametrize("group_name", ["Editors", "Moderators"])
def test_editors_and_moderators_create_snippets_in_every_locale(portal, client, group_name):
    from campaigns.models import Author

    grant_snippet_permissions(group_name)
    log_in(client, group_name)
    assert add_author(client, "ar", f"{group_name} ar").status_code == 302
    assert Author.objects.get(name=f"{group_name} ar").locale.language_code == "ar"

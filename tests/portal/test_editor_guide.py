"""The editor guide in the admin: its page, its link from the dashboard and the Help menu."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

URL = "/admin/editor-guide/"

HEADINGS = {
    "en": [
        "Editor guide",
        "How a campaign is put together",
        "Synchronised fields",
        "What readers see of an alias",
        "Importing events",
        "Dates known only to the month",
        "Uploading map data",
        "Embedding a petition",
        "Share cards",
        "Translating",
        "Webhooks and supporter data",
    ],
    "fr": [
        "Guide de rédaction",
        "Comment se compose une campagne",
        "Champs synchronisés",
        "Ce que les lecteurs voient d’un alias",
        "Importer des événements",
        "Dates connues au mois près",
        "Téléverser les données de la carte",
        "Intégrer une pétition",
        "Cartes de partage",
        "Traduire",
        "Webhooks et données des soutiens",
    ],
}


def editor(client, language="en"):
    """A member of the shipped Editors group, logged in, with the admin in `language`."""
    user = WagtailTestUtils.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_guide_renders_for_an_editor_with_its_headings(client, language):
    editor(client, language)
    response = client.get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    title, *headings = HEADINGS[language]
    assert re.search(rf"<h1[^>]*>\s*(<[^>]+>\s*)*{title}\s*</h1>", content), title
    for heading in headings:
        assert f">{heading}</h2>" in content, heading
    assert "/embed/petition/" in content


def test_the_guide_describes_the_map_csv_columns(client):
    editor(client)
    content = client.get(URL).content.decode()
    assert "country code,position code" in content
    assert "FR,signed" in content


def test_the_dashboard_shows_the_panel_with_the_link(client):
    editor(client)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="editor-guide-section"' in content
    assert f'href="{URL}"' in content
    assert "Read the editor guide" in content


def test_the_dashboard_panel_is_translated(client):
    editor(client, "fr")
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Lire le guide de rédaction" in content


def test_the_help_menu_links_to_the_guide(client):
    editor(client)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"name": "portal-editor-guide", "label": "Editor guide"' in content
    assert f'"url": "{URL}"' in content


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "next=" + URL in response["Location"].replace("%2F", "/")


def test_the_guide_needs_few_queries(client, django_assert_max_num_queries):
    editor(client)
    client.get(URL)  # warm the caches that any first admin request fills
    with django_assert_max_num_queries(12):
        assert client.get(URL).status_code == 200


def test_a_user_without_admin_access_does_not_see_the_guide(client):
    client.force_login(WagtailTestUtils.create_user("reader", password="x"))
    response = client.get(URL, follow=True)
    assert "How a campaign is put together" not in response.content.decode()


def test_the_guide_reads_right_to_left_in_arabic(client):
    editor(client, "ar")
    content = client.get(URL).content.decode()
    assert 'dir="rtl"' in content
    assert "كيف تُبنى الحملة" in content

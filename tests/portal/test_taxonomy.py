"""Topics and site settings: a field per language in the admin, the reader's language on site."""

import pytest
from django.utils import translation

from portal.models import SiteSettings, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


def test_topic_admin_has_one_name_field_per_language(admin_client_):
    response = admin_client_.get("/admin/snippets/portal/topic/add/")
    assert response.status_code == 200
    html = response.content.decode()
    for code in ["en", "fr", "es", "ar", "ru", "zh_hans", "pt"]:
        assert f'name="name_{code}"' in html


def test_topic_created_in_admin_reads_in_each_language(admin_client_):
    response = admin_client_.post(
        "/admin/snippets/portal/topic/add/",
        {
            "slug": "surveillance",
            "name_en": "Surveillance",
            "name_fr": "Surveillance de masse",
            "name_ar": "المراقبة",
            "description_en": "Who watches whom.",
        },
    )
    assert response.status_code == 302
    topic = Topic.objects.get(slug="surveillance")
    with translation.override("fr"):
        assert topic.name == "Surveillance de masse"
    with translation.override("ar"):
        assert topic.name == "المراقبة"
    # Untranslated languages fall back to English.
    with translation.override("ru"):
        assert topic.name == "Surveillance"
        assert topic.description == "Who watches whom."


def test_topic_without_english_name_is_refused(admin_client_):
    response = admin_client_.post(
        "/admin/snippets/portal/topic/add/", {"slug": "nameless", "name_fr": "Sans nom"}
    )
    assert response.status_code == 200
    assert not Topic.objects.filter(slug="nameless").exists()


def test_site_settings_admin_edits_every_language(admin_client_):
    settings_obj = SiteSettings.load()
    response = admin_client_.get(f"/admin/settings/portal/sitesettings/{settings_obj.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ["organisation_name", "footer_text", "newsletter_cta", "donate_label"]:
        for code in ["en", "ar", "zh_hans"]:
            assert f'name="{field}_{code}"' in html

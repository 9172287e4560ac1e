import io

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from campaigns.models import ActionPage, CampaignPage, PetitionPage, Signature

from .conftest import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "ar")
URLS = (
    "/wcit/",
    "/wcit/tell-the-itu/",
    "/wcit/write-to-your-government/?country=EG",
    "/internet-governance/",
)


def test_demo_pages_answer_in_every_translated_language(client, demo):
    for code in LANGUAGES:
        for url in URLS:
            response = client.get(f"/{code}{url}")
            assert response.status_code == 200, (code, url)
            assert soup(response).html["dir"] == ("rtl" if code == "ar" else "ltr")


def test_demo_petition_has_a_few_hundred_signatures_in_several_languages(client, demo):
    petition = PetitionPage.objects.get(slug="tell-the-itu", locale__language_code="en")
    signatures = Signature.objects.filter(petition_key=petition.translation_key)
    assert 200 <= signatures.count() <= 600
    assert set(signatures.values_list("language", flat=True)) == set(LANGUAGES)
    assert signatures.values("country").distinct().count() >= 10
    assert not signatures.exclude(email__endswith="@example.org").exists()
    french = client.get("/fr/wcit/tell-the-itu/count.json").json()
    assert french == client.get("/en/wcit/tell-the-itu/count.json").json()
    assert french["count"] == signatures.count() and french["next_goal"] > french["goal"]


def test_demo_is_fully_translated(demo):
    """Every text segment of the demo pages has a French, Spanish and Arabic translation, but
    for the slug and the press headlines and outlets (kept in their original language)."""
    pages = [
        CampaignPage.objects.get(slug="wcit", locale__language_code="en"),
        CampaignPage.objects.get(slug="internet-governance", locale__language_code="en"),
        PetitionPage.objects.get(slug="tell-the-itu", locale__language_code="en"),
        ActionPage.objects.get(slug="write-to-your-government", locale__language_code="en"),
    ]
    for page in pages:
        source = TranslationSource.objects.get(object_id=page.translation_key)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            path = segment.context.path
            if path == "slug" or path.endswith((".outlet", ".headline")):
                continue
            for code in ("fr", "es", "ar"):
                assert StringTranslation.objects.filter(
                    translation_of=segment.string,
                    context=segment.context,
                    locale__language_code=code,
                ).exists(), (page.title, code, segment.string.data[:60])


def test_demo_can_be_loaded_twice_without_change(demo, django_capture_on_commit_callbacks):
    petition = PetitionPage.objects.get(slug="tell-the-itu", locale__language_code="en")
    before = (
        Page.objects.count(),
        Signature.objects.count(),
        list(
            PetitionPage.objects.filter(translation_key=petition.translation_key)
            .values_list("latest_revision_id", flat=True)
            .order_by("id")
        ),
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    after = (
        Page.objects.count(),
        Signature.objects.count(),
        list(
            PetitionPage.objects.filter(translation_key=petition.translation_key)
            .values_list("latest_revision_id", flat=True)
            .order_by("id")
        ),
    )
    assert after == before


def test_demo_campaign_is_featured_on_the_english_home_page(client, demo):
    featured = soup(client.get("/en/")).select_one("#home-featured").find_parent("section")
    assert "Keep the internet open: WCIT" in featured.get_text()

"""The demo as data (home/demo/): the loader gives what the code-built demo gave, and a second run
writes nothing, whatever an editor changed in between.

The figures below were first recorded from the previous loader (Python builders in each app,
commit 77ba749) on a fresh database, before the demo became data; they grow with its translations.
"""

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from home.demo import data

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh-hans", "pt")

# The languages the whole demo is translated into; one event (Com-ITU meeting, calendar
# events-2024) stays an alias in every language, on purpose.
TRANSLATED = ("fr", "es", "ar", "ru", "zh-hans", "pt")

# model: (pages in each locale, real translations in each TRANSLATED language, in the others)
PAGES = {
    "home.homepage": (1, 1, 1),
    "home.standardpage": (1, 1, 0),
    "events.eventcalendarpage": (3, 3, 0),
    "events.eventpage": (39, 38, 0),
    "campaigns.campaignpage": (2, 2, 0),
    "campaigns.petitionpage": (1, 1, 0),
    "campaigns.actionpage": (1, 1, 0),
    "campaigns.resourcelibrarypage": (1, 1, 0),
    "campaigns.resourcepage": (17, 17, 0),
    "campaigns.briefindexpage": (1, 1, 0),
    "campaigns.outcomebriefpage": (2, 2, 0),
}
ROWS = {
    "wagtailcore.Page": 484,
    "wagtailcore.Revision": 889,
    "wagtaildocs.Document": 4,
    "campaigns.DocumentText": 4,
    "wagtail_localize.TranslationSource": 70,
    "wagtail_localize.Translation": 420,
    # Every segment of a translated page, those the demo keeps as they are (slugs, proper names)
    # included: a translation counts as complete (portal/progress.py).
    "wagtail_localize.StringTranslation": 2328,
    "campaigns.Signature": 420,
    "campaigns.ActionMessage": 60,
    "campaigns.Target": 12,
    "campaigns.Author": 14,
    "campaigns.BriefAuthor": 21,
    "campaigns.BriefSource": 42,
    "campaigns.RelatedCampaign": 14,
    "events.EventCategory": 5,
    "portal.Topic": 3,
    "home.FeaturedItem": 1,
    "search.SynonymSet": 6,
}


def load():
    call_command("load_demo", stdout=io.StringIO())


def page_counts():
    counts = {}
    for page in Page.objects.filter(depth__gt=1).select_related("content_type", "locale"):
        key = (f"{page.content_type.app_label}.{page.content_type.model}", page.locale_id)
        total, translated = counts.get(key, (0, 0))
        counts[key] = (total + 1, translated + (page.alias_of_id is None))
    return counts


def row_counts():
    return {label: apps.get_model(label).objects.count() for label in ROWS}


def test_the_data_loads_the_same_demo_as_the_code_did(demo):
    counts = page_counts()
    locales = {
        code: Page.objects.filter(locale__language_code=code).values("locale_id")[:1]
        for code in LANGUAGES
    }
    for model, (per_locale, translated, others) in PAGES.items():
        for code in LANGUAGES:
            locale_id = locales[code][0]["locale_id"]
            expected = per_locale if code == "en" else translated if code in TRANSLATED else others
            assert counts[(model, locale_id)] == (per_locale, expected), (model, code)
    assert not Page.objects.filter(depth__gt=1, live=False).exists()
    assert row_counts() == ROWS
    assert set(get_document_model().objects.values_list("file_size", flat=True)) == {
        len(data.document_file(tool["file"])) for tool in data.content("library")["tools"]
    }
    assert set(Translation.objects.values_list("enabled", flat=True)) == {True}


def test_a_second_run_writes_nothing(demo, django_capture_on_commit_callbacks):
    rows, revisions = row_counts(), Revision.objects.count()
    writes = []

    def record(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            if context["cursor"].rowcount:
                writes.append(sql[:120])
        return result

    with django_capture_on_commit_callbacks(execute=True), connection.execute_wrapper(record):
        load()
    assert writes == []
    assert row_counts() == rows and Revision.objects.count() == revisions


def test_what_an_editor_changed_stays(demo, django_capture_on_commit_callbacks):
    campaign = apps.get_model("campaigns.CampaignPage").objects.get(
        slug="wcit", locale__language_code="en"
    )
    campaign.title = "Our WCIT campaign"
    campaign.save_revision().publish()
    french = StringTranslation.objects.filter(locale__language_code="fr").first()
    french.data = "Texte revu par une traductrice"
    french.save()
    topic = apps.get_model("portal.Topic").objects.get(slug="privacy")
    topic.name_fr = "Intimité"
    topic.save()
    with django_capture_on_commit_callbacks(execute=True):
        load()
    campaign.refresh_from_db()
    french.refresh_from_db()
    topic.refresh_from_db()
    assert campaign.title == "Our WCIT campaign"
    assert french.data == "Texte revu par une traductrice"
    assert topic.name_fr == "Intimité"

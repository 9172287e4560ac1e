"""The index follows the pages: publish, edit, unpublish, move, delete, translate, rebuild."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale, PageViewRestriction

from home.models import StandardPage
from portal.localize import sync_page, translate
from search import schema
from search.models import IndexEntry
from search.query import PageQuery, search_pages


def found(language, query):
    locale = Locale.objects.get(language_code=language)
    return [hit.page_id for hit in search_pages(PageQuery(query, (locale.pk,))).hits]


def test_a_published_page_is_found_in_its_language_only(make_page):
    page = make_page("en", "Digital rights", "We defend digital rights.")
    assert found("en", "right") == [page.pk]
    assert found("fr", "right") == []


def test_a_draft_is_not_found(make_page):
    page = make_page("en", "Secret plans", "Unannounced campaign.", publish=False, live=False)
    assert found("en", "secret") == []
    page.save_revision().publish()
    assert found("en", "secret") == [page.pk]


def test_editing_and_publishing_replaces_the_old_words(make_page):
    page = make_page("en", "Copyright reform", "Upload filters.")
    page.title = "Privacy reform"
    page.save_revision().publish()
    assert found("en", "privacy") == [page.pk]
    assert found("en", "copyright") == []


def test_a_draft_of_a_live_page_does_not_change_its_results(make_page):
    page = make_page("en", "Copyright reform", "Upload filters.")
    page.title = "Privacy reform"
    page.save_revision()
    assert found("en", "copyright") == [page.pk]


def test_an_unpublished_page_disappears(make_page):
    page = make_page("en", "Copyright reform", "Upload filters.")
    page.unpublish()
    assert found("en", "copyright") == []


def test_a_moved_page_is_found_at_its_new_place(make_page, client):
    page = make_page("en", "Copyright reform", "Upload filters.")
    section = make_page("en", "Archive", "Old things.")
    page.move(section, pos="last-child")
    assert found("en", "copyright") == [page.pk]
    response = client.get("/en/search/", {"q": "copyright"})
    assert f'href="/en/{section.slug}/{page.slug}/"' in response.content.decode()


def test_a_deleted_page_leaves_the_index(make_page):
    page = make_page("en", "Copyright reform", "Upload filters.")
    child = make_page("en", "Copyright details", "More filters.", parent=page)
    page.delete()
    assert found("en", "copyright") == []
    assert not IndexEntry.objects.filter(page_id__in=[page.pk, child.pk]).exists()


def test_a_page_under_a_view_restriction_is_not_found(make_page):
    page = make_page("en", "Members only", "Internal campaign notes.")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert found("en", "internal") == []


def test_a_translation_replaces_the_alias_and_is_analysed_in_its_language(
    make_page, django_capture_on_commit_callbacks
):
    page = make_page("en", "Net neutrality campaign", "Providers must treat traffic equally.")
    sync_page(page)
    alias = page.get_translation(Locale.objects.get(language_code="fr"))
    # Untranslated: the French tree holds an alias with the English text, analysed in English.
    assert found("fr", "neutrality") == [alias.pk]
    assert found("fr", "providers") == [alias.pk]
    assert IndexEntry.objects.get(page=alias).language == "en"

    with django_capture_on_commit_callbacks(execute=True):
        translated = translate(
            page,
            "fr",
            {
                "Net neutrality campaign": "Campagne pour la neutralité du net",
                "Providers must treat traffic equally.": "Les opérateurs traitent les flux "
                "de la même façon.",
            },
        )
    assert translated.pk == alias.pk
    assert found("fr", "campagnes") == [translated.pk]
    # The English words are gone ("neutrality" would now find "neutralité", one typo away).
    assert found("fr", "providers") == []
    entry = IndexEntry.objects.get(page=translated)
    assert (entry.language, entry.is_alias) == ("fr", False)


def test_extra_text_of_a_page_is_indexed(make_page, monkeypatch):
    monkeypatch.setattr(
        StandardPage, "search_extra_text", lambda self: "Quantum cryptography", raising=False
    )
    page = make_page("en", "Annual report", "Our year.")
    assert found("en", "quantum") == [page.pk]


def test_a_page_can_give_its_own_result_date(make_page, monkeypatch):
    monkeypatch.setattr(
        StandardPage,
        "search_result_date",
        lambda self: datetime.date(2031, 5, 17),
        raising=False,
    )
    page = make_page("en", "Conference", "Meet us.")
    assert IndexEntry.objects.get(page=page).date == datetime.date(2031, 5, 17)


def test_pages_without_their_own_date_show_when_they_were_first_published(make_page):
    page = make_page("en", "Annual report", "Our year.")
    page.refresh_from_db()
    assert IndexEntry.objects.get(page=page).date == page.first_published_at.date()


def test_rebuild_search_index_rebuilds_every_page(make_page):
    page = make_page("fr", "Bibliothèques numériques", "Des livres pour tous.")
    IndexEntry.objects.all().delete()
    assert found("fr", "bibliotheque") == []

    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)

    assert found("fr", "bibliotheque") == [page.pk]
    assert "portal pages" in out.getvalue()
    assert "." in out.getvalue()  # the progress dots


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5 triggers")
def test_lost_sqlite_triggers_are_recreated_and_the_table_rebuilt(make_page):
    page = make_page("en", "Copyright reform", "Upload filters.")
    with connection.cursor() as cursor:
        for trigger in schema.TRIGGERS:
            cursor.execute(f"DROP TRIGGER {trigger}")
    schema.ensure_full_text_schema(connection)
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        names = {row[0] for row in cursor.fetchall()}
    assert set(schema.TRIGGERS) <= names
    assert found("en", "copyright") == [page.pk]
    page.title = "Privacy reform"
    page.save_revision().publish()
    assert found("en", "privacy") == [page.pk]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5 query plans")
def test_sqlite_runs_the_full_text_query_once_even_with_stale_statistics(make_page):
    from django.test.utils import CaptureQueriesContext

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # statistics of an almost empty index
    for number in range(30):
        make_page("en", f"Campaign {number}", "A campaign.")
    with CaptureQueriesContext(connection) as queries:
        assert len(found("en", "campaign")) == 10
    plans = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            if "search_indexentry_fts" in query["sql"]:
                cursor.execute("EXPLAIN QUERY PLAN " + query["sql"].replace("%", "%%"))
                plans.extend(row[3] for row in cursor.fetchall())
    fts_scans = [plan for plan in plans if "VIRTUAL TABLE" in plan]
    assert fts_scans
    # "INDEX 0:M..." is one full-text query; "0:=M..." would be one per entry.
    assert all(":=" not in plan for plan in fts_scans), fts_scans

"""The Atom feed of outcome briefs: one per language, valid, linked from the brief index."""

import datetime

import pytest
from django.test import override_settings

from portal.localize import sync_page

from ...feeds import parse_atom as parse
from ..conftest import soup
from ..factories import AuthorFactory, BriefIndexPageFactory, OutcomeBriefPageFactory

pytestmark = pytest.mark.django_db

BASE = "https://campaigns.example.org"


@pytest.fixture
def briefs(portal):
    index = BriefIndexPageFactory(parent=portal, slug="analysis", title="Analysis")
    sync_page(index)
    pages = []
    for slug, title, day in [("dubai", "The Dubai treaty", 18), ("busan", "Busan decided", 5)]:
        page = OutcomeBriefPageFactory(
            parent=index,
            slug=slug,
            title=title,
            intro=f"What {title} means.",
            publication_date=datetime.date(2012, 12, day),
        )
        page.brief_authors.create(author=AuthorFactory(name="Amina Haddad"), sort_order=0)
        page.save_revision().publish()
        sync_page(page)
        pages.append(page)
    return index, pages


@override_settings(BASE_URL=BASE)
def test_english_feed_lists_the_briefs_newest_first_with_absolute_links(client, briefs):
    feed = parse(client.get("/en/analysis/feed.atom"))
    assert feed.feed.title == "Analysis"
    assert feed.feed.language == "en"
    assert feed.feed.link == BASE + "/en/analysis/"
    assert [entry.title for entry in feed.entries] == ["The Dubai treaty", "Busan decided"]
    first = feed.entries[0]
    assert first.link == BASE + "/en/analysis/dubai/"
    assert first.summary == "What The Dubai treaty means."
    assert first.author == "Amina Haddad"
    assert first.id.startswith("urn:uuid:")
    assert first.published_parsed[:3] == (2012, 12, 18)
    assert first.updated_parsed is not None


@override_settings(BASE_URL=BASE)
def test_french_feed_holds_only_french_briefs_not_aliases(client, briefs, translate_page):
    index, (dubai, busan) = briefs
    translate_page(index, "fr", {"Analysis": "Analyses"})
    translate_page(dubai, "fr", {"The Dubai treaty": "Le traité de Dubaï"})

    french = parse(client.get("/fr/analysis/feed.atom"))
    assert french.feed.language == "fr"
    assert french.feed.title == "Analyses"
    # Busan is only an alias in French: it is in the English feed, not repeated here.
    assert [entry.title for entry in french.entries] == ["Le traité de Dubaï"]
    assert french.entries[0].link == BASE + "/fr/analysis/dubai/"
    english = parse(client.get("/en/analysis/feed.atom"))
    assert french.entries[0].id not in {entry.id for entry in english.entries}
    # A language with nothing translated has an empty but valid feed.
    assert parse(client.get("/ru/analysis/feed.atom")).entries == []


def test_index_page_links_to_its_feed(client, briefs):
    page = soup(client.get("/en/analysis/"))
    link = page.select_one('link[rel=alternate][type="application/atom+xml"]')
    assert link["href"] == "/en/analysis/feed.atom"
    assert link["title"] == "Analysis (Atom feed)"
    assert page.select_one('a[type="application/atom+xml"]').get_text() == (
        "Follow new briefs in a feed reader"
    )


def test_feed_is_purged_with_the_index(briefs):
    index, _pages = briefs
    assert "/feed.atom" in index.specific.get_cached_paths()
    assert "/" in index.specific.get_cached_paths()


def test_unpublished_brief_leaves_the_feed(client, briefs):
    _index, (dubai, _busan) = briefs
    dubai.unpublish()
    feed = parse(client.get("/en/analysis/feed.atom"))
    assert [entry.title for entry in feed.entries] == ["Busan decided"]

"""Demo content of the outcome briefs (called by campaigns.demo, once the campaign pages exist).

An "Analysis" index under the English home page, two authors (fictional staff of the
organisation), and two briefs on the outcome of WCIT-12: "The Dubai treaty: the good, the bad and
the ugly" (marked as the WCIT campaign's outcome, so that the campaign's update banner leads to
it) and a second brief on the internet resolution. Everything is translated into French, Spanish
and Arabic, the authors' roles too (and their names transliterated into Arabic).

Idempotent: pages are found again by slug and authors by name; translations are made once.
"""

from django.db import transaction
from wagtail.models import Locale

from portal.localize import sync_page, translate, translate_once

from . import demo_briefs_content as content
from .demo_content import TRANSLATIONS
from .models import Author, BriefAuthor, BriefIndexPage, BriefSource, OutcomeBriefPage


def load(home, *, topic, campaign, topics, languages):
    """Create what is missing, then translate it. Returns (briefs, new translations)."""
    with transaction.atomic():
        index = ensure_index(home)
        authors = ensure_authors(home.locale)
        treaty = ensure_brief(index, content.TREATY, treaty_body(topic), authors, campaign, topics)
        resolution = ensure_brief(
            index, content.RESOLUTION, resolution_body(treaty), authors, campaign, topics
        )
        for page in (index, treaty, resolution):
            sync_page(page)
    made = 0
    for author in authors.values():
        for code in languages:
            made += translate_snippet_once(author, code)
    # One page per call and outside any atomic block, the index before its briefs
    # (wagtail-localize issue 773).
    for page in (index, treaty, resolution):
        for code in languages:
            if translate_once(page, code, TRANSLATIONS[code]) is not None:
                made += 1
    return [treaty, resolution], made


def ensure_index(home):
    index = BriefIndexPage.objects.child_of(home).filter(slug=content.INDEX["slug"]).first()
    if index is None:
        index = BriefIndexPage(
            slug=content.INDEX["slug"],
            title=content.INDEX["title"],
            intro=content.INDEX["intro"],
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def ensure_authors(locale):
    authors = {}
    for key, (name, role) in content.AUTHORS.items():
        author = Author.objects.filter(locale=locale, name=name).first()
        if author is None:
            author = Author.objects.create(locale=locale, name=name, role=role)
        authors[key] = author
    return authors


def translate_snippet_once(instance, language_code):
    """`translate` a snippet unless it already exists in that language: 1 if translated."""
    exists = (
        type(instance)
        .objects.filter(
            translation_key=instance.translation_key,
            locale__language_code=language_code,
        )
        .exists()
    )
    if exists or not Locale.objects.filter(language_code=language_code).exists():
        return 0
    translate(instance, language_code, TRANSLATIONS[language_code])
    return 1


def assessment(verdict, heading, text):
    return ("assessment", {"verdict": verdict, "heading": heading, "text": f"<p>{text}</p>"})


def treaty_body(topic):
    return [
        ("text", content.TREATY_INTRODUCTION),
        *(assessment(*item) for item in content.TREATY_ASSESSMENTS),
        ("country_positions", content.TREATY_POSITIONS),
        ("text", content.TREATY_NEXT),
        ("call_to_action", {**content.TREATY_CTA, "page": topic}),
    ]


def resolution_body(treaty):
    return [
        ("text", content.RESOLUTION_TEXT),
        assessment(*content.RESOLUTION_ASSESSMENT),
        ("text", content.RESOLUTION_MODEL),
        ("call_to_action", {**content.RESOLUTION_CTA, "page": treaty}),
    ]


def ensure_brief(index, spec, body, authors, campaign, topics):
    brief = OutcomeBriefPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if brief is not None:
        return brief
    brief = OutcomeBriefPage(
        slug=spec["slug"],
        title=spec["title"],
        intro=spec["intro"],
        publication_date=spec["publication_date"],
        related_campaign=campaign,
        # The treaty brief is the campaign's outcome: the campaign's banner leads to it.
        is_campaign_outcome=spec is content.TREATY,
        body=body,
    )
    brief.topics = topics
    brief.brief_authors = [BriefAuthor(author=authors[key]) for key in spec["authors"]]
    brief.sources = [BriefSource(**source) for source in spec["sources"]]
    index.add_child(instance=brief)
    brief.save_revision().publish()
    return brief

"""Demo content of the campaigns app (called by `manage.py load_demo` after home's and events').

The WCIT campaign with its petition, its write-to-your-government action and its resource library
(demo_library: four advocacy tools with their files, thirteen press articles), the "Internet
governance" topic page, and two outcome briefs under an "Analysis" index (demo_briefs), in English
with French, Spanish and Arabic translations; national contact points; a few hundred generated
signatures. Idempotent: pages, documents, authors, translations, targets and signatures are
created when missing and otherwise left alone, so a second run changes nothing (and never
overwrites what an editor has since changed).
"""

import random

from django.conf import settings
from django.db import transaction

from events.models import EventCalendarPage
from home.models import FeaturedItem, HomePage
from portal.localize import sync_page, translate_once
from portal.models import Topic

from . import demo_briefs, demo_library
from . import demo_content as content
from .models import (
    ActionMessage,
    ActionPage,
    CampaignPage,
    PetitionPage,
    RelatedCampaign,
    Signature,
    Target,
)
from .petitions.signatures import forget_counts

TRANSLATED_LANGUAGES = ("fr", "es", "ar")


def load(stdout):
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)
    topics = list(Topic.objects.filter(slug="internet-governance"))
    with transaction.atomic():
        targets = load_targets()
        pages = ensure_pages(home, targets, topics)
        # Parents before children: an alias needs its parent's alias.
        for page in pages.all():
            sync_page(page)
        feature_on_home(home, pages.wcit)
    # One page per call and outside any atomic block: translations publish in on_commit, and
    # translating a parent and its child together trips wagtail-localize issue 773.
    translated = 0
    for page in (pages.topic, pages.wcit, pages.petition, pages.action):
        for code in TRANSLATED_LANGUAGES:
            if translate_once(page, code, content.TRANSLATIONS[code]) is not None:
                translated += 1
    translated += demo_library.translate_library(
        pages.library, pages.tools, pages.press, TRANSLATED_LANGUAGES
    )
    briefs, made = demo_briefs.load(
        home,
        topic=pages.topic,
        campaign=pages.wcit,
        topics=topics,
        languages=TRANSLATED_LANGUAGES,
    )
    translated += made
    added = load_signatures(pages.petition)
    opened = load_action_openings(pages.action)
    stdout.write(
        f"  campaigns: {len(targets)} targets, 4 campaign pages, a library of "
        f"{len(pages.tools) + len(pages.press)} resources, {len(briefs)} briefs, in "
        f"{1 + len(TRANSLATED_LANGUAGES)} languages ({translated} new translations); "
        f"{added} new signatures, {opened} new action openings"
    )


class Pages:
    """The campaigns' demo pages, parents before children."""

    def __init__(self, **pages):
        self.__dict__.update(pages)

    def all(self):
        return [
            self.topic,
            self.wcit,
            self.action,
            self.petition,
            self.library,
            *self.tools,
            *self.press,
        ]


def child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def create_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_targets():
    targets = []
    for country, name, role, language in content.TARGETS:
        target, _ = Target.objects.get_or_create(
            country=country,
            name=name,
            defaults={
                "role": role,
                "language": language,
                "email": f"itu-contact-{country.lower()}@example.org",
            },
        )
        targets.append(target)
    return targets


def ensure_pages(home, targets, topics):
    topic = child(home, CampaignPage, content.TOPIC["slug"])
    new_topic = topic is None
    if new_topic:
        topic = CampaignPage(
            slug=content.TOPIC["slug"],
            title=content.TOPIC["title"],
            intro=content.TOPIC["intro"],
            show_in_menus=True,
        )
        topic.topics = topics
        create_child(home, topic)

    wcit = child(home, CampaignPage, content.WCIT["slug"])
    new_wcit = wcit is None
    if new_wcit:
        wcit = CampaignPage(
            slug=content.WCIT["slug"],
            title=content.WCIT["title"],
            intro=content.WCIT["intro"],
            update_banner_text=content.WCIT["update_banner_text"],
            show_in_menus=True,
        )
        wcit.topics = topics
        create_child(home, wcit)

    action = child(wcit, ActionPage, content.ACTION["slug"])
    if action is None:
        action = ActionPage(
            slug=content.ACTION["slug"],
            title=content.ACTION["title"],
            intro=content.ACTION["intro"],
            subject=content.ACTION["subject"],
            letter=content.ACTION["letter"],
            mode=ActionPage.Mode.MAILTO,
            body=[("text", content.ACTION_BODY_TEXT)],
            thank_you_message=content.ACTION_THANKS,
        )
        action.targets = targets
        create_child(wcit, action)

    petition = child(wcit, PetitionPage, content.PETITION["slug"])
    if petition is None:
        petition = PetitionPage(
            slug=content.PETITION["slug"],
            title=content.PETITION["title"],
            intro=content.PETITION["intro"],
            target=content.PETITION["target"],
            letter=content.PETITION_LETTER,
            demands=[("demand", demand) for demand in content.PETITION_DEMANDS],
            goal=content.PETITION["goal"],
            thank_you_message=content.PETITION_THANKS,
            share_text=content.PETITION["share_text"],
            next_action=action,
            next_action_label=content.PETITION["next_action_label"],
        )
        create_child(wcit, petition)

    # The library and its resources (with their documents), which the campaign's body lists.
    library, tools, press = demo_library.ensure_library(wcit, topics)

    # Bodies that point at pages are written once those pages exist.
    if new_wcit:
        wcit.body = [
            ("text", content.WCIT_TEXT_INTRO),
            ("petition", {"petition": petition, "heading": content.WCIT_PETITION_HEADING}),
            ("resources", {"heading": content.WCIT_RESOURCES_HEADING, "resources": tools}),
            ("call_to_action", {**content.WCIT_CTA, "page": action}),
            *key_dates_block(home),
            (
                "press_coverage",
                {
                    "heading": content.PRESS_HEADING,
                    "items": [
                        {"outlet": outlet, "headline": headline, "url": url, "language": "en"}
                        for outlet, headline, url in content.PRESS
                    ],
                },
            ),
        ]
        wcit.related_campaigns = [RelatedCampaign(campaign=topic)]
        wcit.save_revision().publish()
    if new_topic:
        topic.body = [
            ("text", content.TOPIC_BODY_TEXT),
            ("call_to_action", {**content.TOPIC_CTA, "page": wcit}),
        ]
        topic.related_campaigns = [RelatedCampaign(campaign=wcit)]
        topic.save_revision().publish()
    return Pages(
        topic=topic,
        wcit=wcit,
        petition=petition,
        action=action,
        library=library,
        tools=tools,
        press=press,
    )


def key_dates_block(home):
    """The meetings that followed the conference, from the events app's demo calendar (loaded
    before this app's demo); no block if that calendar is missing."""
    calendar = (
        EventCalendarPage.objects.child_of(home)
        .filter(slug=content.WCIT_KEY_DATES_CALENDAR)
        .first()
    )
    if calendar is None:
        return []
    value = {
        "heading": content.WCIT_KEY_DATES_HEADING,
        "calendar": calendar,
        "topic": None,
        "events": [],
        "period": "all",
        "max_items": 5,
    }
    return [("key_dates", value)]


def feature_on_home(home, campaign):
    home = HomePage.objects.get(pk=home.pk)
    if home.featured_items.filter(page=campaign).exists():
        return
    home.featured_items.add(FeaturedItem(page=campaign))
    home.save_revision().publish()


def load_signatures(petition):
    """A few hundred fake signatures over several languages and countries, the same every time
    (a seeded generator, example.org addresses); the unique constraint makes reruns no-ops."""
    pages = {
        version.locale.language_code: version
        for version in PetitionPage.objects.filter(
            translation_key=petition.translation_key
        ).select_related("locale")
    }
    rng = random.Random(content.SIGNATURE_SEED)
    languages = list(content.SIGNERS)
    weights = [content.SIGNERS[code][0] for code in languages]
    rows = []
    for number in range(content.SIGNATURE_COUNT):
        language = rng.choices(languages, weights)[0]
        _weight, first_names, last_names, countries = content.SIGNERS[language]
        page = pages.get(language, petition)
        rows.append(
            Signature(
                petition_key=petition.translation_key,
                page=page,
                source_page=page,
                language=language,
                first_name=rng.choice(first_names),
                last_name=rng.choice(last_names),
                email=f"demo-signer-{number:04d}@example.org",
                country=rng.choice(countries),
                newsletter=rng.random() < 0.3,
                confirmed=True,
            )
        )
    before = Signature.objects.filter(petition_key=petition.translation_key).count()
    Signature.objects.bulk_create(rows, ignore_conflicts=True)
    forget_counts([petition.translation_key])
    return Signature.objects.filter(petition_key=petition.translation_key).count() - before


def load_action_openings(action):
    """Some "email program opened" records, for the public counts per country."""
    if ActionMessage.objects.filter(action_key=action.translation_key).exists():
        return 0
    rng = random.Random(content.SIGNATURE_SEED + 1)
    countries = sorted({target.country.code for target in action.targets.all()})
    for _number in range(content.ACTION_OPENINGS):
        ActionMessage.objects.create(
            action_key=action.translation_key,
            page=action,
            mode=ActionPage.Mode.MAILTO,
            status=ActionMessage.Status.OPENED,
            country=rng.choice(countries),
            language=rng.choice(["en", "fr", "es", "ar"]),
        )
    return content.ACTION_OPENINGS

"""Demo content of the campaigns app (called by `manage.py load_demo` after home's).

The WCIT campaign with its petition and write-to-your-government action, and the "Internet
governance" topic page, in English with French, Spanish and Arabic translations; national contact
points; a few hundred generated signatures. Idempotent: pages, translations, targets and
signatures are created when missing and otherwise left alone, so a second run changes nothing
(and never overwrites what an editor has since changed).
"""

import random

from django.conf import settings
from django.db import transaction

from home.models import FeaturedItem, HomePage
from portal.localize import sync_page, translate_once
from portal.models import Topic

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
from .signatures import forget_counts

TRANSLATED_LANGUAGES = ("fr", "es", "ar")


def load(stdout):
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)
    with transaction.atomic():
        targets = load_targets()
        topic, wcit, petition, action = ensure_pages(home, targets)
        for page in (topic, wcit, petition, action):
            sync_page(page)
        feature_on_home(home, wcit)
    # One page per call and outside any atomic block: translations publish in on_commit, and
    # translating a parent and its child together trips wagtail-localize issue 773.
    for page in (topic, wcit, petition, action):
        for code in TRANSLATED_LANGUAGES:
            translate_once(page, code, content.TRANSLATIONS[code])
    added = load_signatures(petition)
    opened = load_action_openings(action)
    stdout.write(
        f"  campaigns: {len(targets)} targets, 4 pages in {1 + len(TRANSLATED_LANGUAGES)} "
        f"languages, {added} new signatures, {opened} new action openings"
    )


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


def ensure_pages(home, targets):
    governance = Topic.objects.filter(slug="internet-governance").first()

    topic = child(home, CampaignPage, content.TOPIC["slug"])
    new_topic = topic is None
    if new_topic:
        topic = CampaignPage(
            slug=content.TOPIC["slug"],
            title=content.TOPIC["title"],
            intro=content.TOPIC["intro"],
            show_in_menus=True,
        )
        if governance:
            topic.topics = [governance]
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
        if governance:
            wcit.topics = [governance]
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

    # Bodies that point at pages are written once those pages exist.
    if new_wcit:
        wcit.body = [
            ("text", content.WCIT_TEXT_INTRO),
            ("petition", {"petition": petition, "heading": content.WCIT_PETITION_HEADING}),
            ("text", content.WCIT_TEXT_TOOLS),
            ("call_to_action", {**content.WCIT_CTA, "page": action}),
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
    return topic, wcit, petition, action


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

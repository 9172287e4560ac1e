"""The "campaigns" tree: the WCIT campaign with its petition, its write-to-your-government action
and its resource library (library.py), the "Internet governance" topic page, national contact
points, a few hundred generated signatures and action openings."""

import io
import random

from django.core.management import call_command
from django.db import transaction

from home.models import FeaturedItem, HomePage
from portal.models import Topic

from . import data, library, pages

TREE = "campaigns"
KEY_DATES_CALENDAR = "events.EventCalendarPage"


class Pages:
    """The campaigns' demo pages, parents before children."""

    def __init__(self, **found):
        self.__dict__.update(found)

    def all(self):
        return [self.topic, self.wcit, self.action, self.petition, self.library, *self.resources]


def load(stdout):
    home = pages.source_home()
    content = data.content(TREE)
    topics = list(Topic.objects.filter(slug="internet-governance"))
    with transaction.atomic():
        targets = load_targets(content["targets"])
        found = ensure_pages(home, content, targets, topics)
        pages.sync(found.all())
        feature_on_home(home, found.wcit)
    made = pages.translate(TREE, [found.topic, found.wcit, found.petition, found.action])
    made += library.translate(found.library, found.resources)
    added = load_signatures(found.petition, content)
    opened = load_action_openings(found.action, content)
    stdout.write(
        f"  campaigns: {len(targets)} targets, 4 campaign pages, a library of "
        f"{len(found.resources)} resources ({made} new translations); "
        f"{added} new signatures, {opened} new action openings"
    )
    return found


def load_targets(specs):
    Target = pages.model("campaigns.Target")
    targets = []
    for spec in specs:
        target = Target.objects.filter(country=spec["country"], name=spec["name"]).first()
        if target is None:
            target = Target.objects.create(
                country=spec["country"],
                name=spec["name"],
                role=spec["role"],
                language=spec["language"],
                email=f"itu-contact-{spec['country'].lower()}@example.org",
            )
        targets.append(target)
    return targets


def new_page(label, spec, *fields, **values):
    """An unsaved page of a model, with the named fields of its spec and other values."""
    return pages.model(label)(**{field: spec[field] for field in ("slug", *fields)}, **values)


def ensure_topic_and_campaign(home, content, topics):
    """The topic page and the campaign, and the set of those created by this run."""
    label = "campaigns.CampaignPage"
    created = set()
    found = []
    for name, fields in (("topic", ()), ("wcit", ("update_banner_text",))):
        page = pages.child(home, label, content[name]["slug"])
        if page is None:
            page = new_page(label, content[name], "title", "intro", *fields, show_in_menus=True)
            page.topics = topics
            pages.create_child(home, page)
            created.add(name)
        found.append(page)
    return *found, created


def ensure_action(wcit, content, targets):
    label = "campaigns.ActionPage"
    action = pages.child(wcit, label, content["action"]["slug"])
    if action is None:
        action = new_page(
            label,
            content["action"],
            "title",
            "intro",
            "subject",
            "letter",
            mode=pages.model(label).Mode.MAILTO,
            body=[("text", content["action_body_text"])],
            thank_you_message=content["action_thanks"],
        )
        action.targets = targets
        pages.create_child(wcit, action)
    return action


def ensure_petition(wcit, content, action):
    label = "campaigns.PetitionPage"
    petition = pages.child(wcit, label, content["petition"]["slug"])
    if petition is None:
        fields = ("title", "intro", "target", "goal", "share_text", "next_action_label")
        petition = new_page(
            label,
            content["petition"],
            *fields,
            letter=content["petition_letter"],
            demands=[("demand", demand) for demand in content["petition_demands"]],
            thank_you_message=content["petition_thanks"],
            next_action=action,
        )
        pages.create_child(wcit, petition)
    return petition


def ensure_pages(home, content, targets, topics):
    topic, wcit, created = ensure_topic_and_campaign(home, content, topics)
    action = ensure_action(wcit, content, targets)
    petition = ensure_petition(wcit, content, action)
    # The library and its resources (with their documents), which the campaign's body lists.
    resource_library, resources = library.ensure(wcit, topics)
    tools = resources[: len(data.content(library.TREE)["tools"])]
    # Bodies that point at pages are written once those pages exist, on new pages only.
    if "wcit" in created:
        write_campaign_body(home, wcit, content, petition=petition, action=action, tools=tools)
        wcit.related_campaigns = [pages.model("campaigns.RelatedCampaign")(campaign=topic)]
        wcit.save_revision().publish()
    if "topic" in created:
        topic.body = [
            ("text", content["topic_body_text"]),
            ("call_to_action", {**content["topic_cta"], "page": wcit}),
        ]
        topic.related_campaigns = [pages.model("campaigns.RelatedCampaign")(campaign=wcit)]
        topic.save_revision().publish()
    return Pages(
        topic=topic,
        wcit=wcit,
        petition=petition,
        action=action,
        library=resource_library,
        resources=resources,
    )


def write_campaign_body(home, wcit, content, *, petition, action, tools):
    press = [{**item, "language": "en"} for item in content["press"]]
    wcit.body = [
        ("text", content["wcit_text_intro"]),
        ("petition", {"petition": petition, "heading": content["wcit_petition_heading"]}),
        ("resources", {"heading": content["wcit_resources_heading"], "resources": tools}),
        ("call_to_action", {**content["wcit_cta"], "page": action}),
        *key_dates_block(home, content),
        ("press_coverage", {"heading": content["press_heading"], "items": press}),
    ]


def key_dates_block(home, content):
    """The meetings that followed the conference, from the events tree's calendar (loaded
    before this tree); no block if that calendar is missing."""
    calendar = pages.child(home, KEY_DATES_CALENDAR, content["wcit_key_dates_calendar"])
    if calendar is None:
        return []
    value = {
        "heading": content["wcit_key_dates_heading"],
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


def load_signatures(petition, content):
    """A few hundred fake signatures over several languages and countries, the same every time
    (a seeded generator, example.org addresses), made once: none if the petition has any.

    bulk_create bypasses the signing service, so the petition's counter is reconciled after."""
    Signature = pages.model("campaigns.Signature")
    if Signature.objects.filter(petition_key=petition.translation_key).exists():
        return 0
    versions = {
        version.locale.language_code: version
        for version in type(petition)
        .objects.filter(translation_key=petition.translation_key)
        .select_related("locale")
    }
    signers = content["signers"]
    rng = random.Random(content["signature_seed"])
    languages = list(signers)
    weights = [signers[code]["weight"] for code in languages]
    rows = []
    for number in range(content["signature_count"]):
        language = rng.choices(languages, weights)[0]
        signer = signers[language]
        page = versions.get(language, petition)
        rows.append(
            Signature(
                petition_key=petition.translation_key,
                page=page,
                source_page=page,
                language=language,
                first_name=rng.choice(signer["first_names"]),
                last_name=rng.choice(signer["last_names"]),
                email=f"demo-signer-{number:04d}@example.org",
                country=rng.choice(signer["countries"]),
                newsletter=rng.random() < 0.3,
                confirmed=True,
            )
        )
    Signature.objects.bulk_create(rows)
    # Called by name: the counters belong to campaigns, which home does not import.
    call_command("reconcile_counts", str(petition.translation_key), stdout=io.StringIO())
    return len(rows)


def load_action_openings(action, content):
    """Some "email program opened" records, for the public counts per country, made once."""
    ActionMessage = pages.model("campaigns.ActionMessage")
    if ActionMessage.objects.filter(action_key=action.translation_key).exists():
        return 0
    rng = random.Random(content["signature_seed"] + 1)
    countries = sorted({target.country.code for target in action.targets.all()})
    for _number in range(content["action_openings"]):
        ActionMessage.objects.create(
            action_key=action.translation_key,
            page=action,
            mode=type(action).Mode.MAILTO,
            status=ActionMessage.Status.OPENED,
            country=rng.choice(countries),
            language=rng.choice(["en", "fr", "es", "ar"]),
        )
    return content["action_openings"]

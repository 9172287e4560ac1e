"""The "briefs" tree: an "Analysis" index under the home page, two authors (fictional staff of the
organisation), and two briefs on the outcome of WCIT-12: "The Dubai treaty: the good, the bad and
the ugly" (the WCIT campaign's outcome, so that the campaign's update banner leads to it) and a
second brief on the internet resolution. Loaded after the campaigns tree, whose pages they link to.
"""

from django.db import transaction
from django.utils.text import slugify

from portal.localize import translate
from portal.models import Topic

from . import data, pages

TREE = "briefs"
LABEL = "campaigns.OutcomeBriefPage"


def load(stdout):
    home = pages.source_home()
    content = data.content(TREE)
    topic = pages.child(home, "campaigns.CampaignPage", "internet-governance")
    campaign = pages.child(home, "campaigns.CampaignPage", "wcit")
    topics = list(Topic.objects.filter(slug="internet-governance"))
    with transaction.atomic():
        index = ensure_index(home, content["index"])
        authors = ensure_authors(home.locale, content["authors"])
        treaty = ensure_brief(
            index, content["treaty"], treaty_body(content, topic), authors, campaign, topics
        )
        resolution = ensure_brief(
            index,
            content["resolution"],
            resolution_body(content, treaty),
            authors,
            campaign,
            topics,
        )
        pages.sync([index, treaty, resolution])
    made = sum(translate_snippet_once(author) for author in authors.values())
    made += pages.translate(TREE, [index, treaty, resolution])
    stdout.write(f"  2 briefs and their authors ({made} new translations)")


def ensure_index(home, spec):
    index = pages.child(home, "campaigns.BriefIndexPage", spec["slug"])
    if index is None:
        index = pages.model("campaigns.BriefIndexPage")(
            slug=spec["slug"], title=spec["title"], intro=spec["intro"], show_in_menus=True
        )
        pages.create_child(home, index)
    return index


def ensure_authors(locale, specs):
    Author = pages.model("campaigns.Author")
    authors = {}
    for key, spec in specs.items():
        author = Author.objects.filter(locale=locale, name=spec["name"]).first()
        if author is None:
            author = Author.objects.create(locale=locale, name=spec["name"], role=spec["role"])
        authors[key] = author
    return authors


def author_key(author):
    return f"author:{slugify(author.name)}"


def translate_snippet_once(author):
    """Translate an author into each language of the PO files, unless it exists there already.
    Returns the number of new translations."""
    made = 0
    name = author_key(author)
    for code in data.page_languages(TREE, name):
        exists = type(author).objects.filter(
            translation_key=author.translation_key, locale__language_code=code
        )
        if not exists.exists():
            translate(author, code, data.page_strings(TREE, code, name))
            made += 1
    return made


def assessment(spec):
    value = {
        "verdict": spec["verdict"],
        "heading": spec["heading"],
        "text": f"<p>{spec['text']}</p>",
    }
    return ("assessment", value)


def treaty_body(content, topic):
    return [
        ("text", content["treaty_introduction"]),
        *(assessment(item) for item in content["treaty_assessments"]),
        ("country_positions", content["treaty_positions"]),
        ("text", content["treaty_next"]),
        ("call_to_action", {**content["treaty_cta"], "page": topic}),
    ]


def resolution_body(content, treaty):
    return [
        ("text", content["resolution_text"]),
        assessment(content["resolution_assessment"]),
        ("text", content["resolution_model"]),
        ("call_to_action", {**content["resolution_cta"], "page": treaty}),
    ]


def ensure_brief(index, spec, body, authors, campaign, topics):
    brief = pages.child(index, LABEL, spec["slug"])
    if brief is not None:
        return brief
    brief = pages.model(LABEL)(
        slug=spec["slug"],
        title=spec["title"],
        intro=spec["intro"],
        publication_date=spec["publication_date"],
        related_campaign=campaign,
        # The campaign's outcome: the campaign's banner leads to it.
        is_campaign_outcome=spec.get("is_campaign_outcome", False),
        body=body,
    )
    brief.topics = topics
    brief.brief_authors = [
        pages.model("campaigns.BriefAuthor")(author=authors[key]) for key in spec["authors"]
    ]
    brief.sources = [pages.model("campaigns.BriefSource")(**source) for source in spec["sources"]]
    index.add_child(instance=brief)
    brief.save_revision().publish()
    return brief

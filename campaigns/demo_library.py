"""Demo content of the WCIT resource library (called by campaigns.demo).

A ResourceLibraryPage under the WCIT campaign with seventeen resources: the four advocacy tools
of campaigns.documents_demo, each with a real document (PDF, Word or OpenDocument, so that the
portal reads its text and search finds words inside it), and the thirteen press articles of the
conference. The library and the tools are translated into French, Spanish and Arabic (the two
letters too); the press articles, whose headlines stay in English, get translated intros.

Idempotent: documents are found again by title, pages by slug, translations are made once.
"""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from portal.localize import translate_once

from . import demo_library_content as content
from .demo_content import TRANSLATIONS, tr
from .documents_demo import ADVOCACY_TOOLS, build_tool_document, letter_text
from .models import ResourceLibraryPage, ResourcePage

# Press articles get their intros translated too: without it the French, Spanish and Arabic
# libraries would show thirteen English summaries.
TRANSLATE_PRESS = True


def ensure_library(campaign, topics):
    """The library under the campaign and its resources, created when missing (inside the
    caller's transaction: the documents' text is read once it commits). Returns the library,
    the tool pages and the press pages."""
    library = ResourceLibraryPage.objects.child_of(campaign).filter(slug=content.LIBRARY["slug"])
    library = library.first()
    if library is None:
        library = ResourceLibraryPage(
            slug=content.LIBRARY["slug"],
            title=content.LIBRARY["title"],
            intro=content.LIBRARY["intro"],
        )
        library.topics = topics
        create_child(campaign, library)
    tools = [ensure_tool(library, tool, topics) for tool in ADVOCACY_TOOLS]
    press = [ensure_press_item(library, item, topics) for item in content.PRESS_ITEMS]
    return library, tools, press


def create_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_document(tool):
    """The tool's document, uploaded once: found again by its title."""
    Document = get_document_model()
    document = Document.objects.filter(title=tool["title"]).order_by("pk").first()
    if document is None:
        filename, data = build_tool_document(tool)
        document = Document(title=tool["title"], file=ContentFile(data, name=filename))
        document._set_document_file_metadata()
        # Saving schedules the reading of its text for when the transaction commits.
        document.save()
    return document


def ensure_tool(library, tool, topics):
    page = ResourcePage.objects.child_of(library).filter(slug=tool["slug"]).first()
    if page is not None:
        return page
    page = ResourcePage(
        slug=tool["slug"],
        title=tool["title"],
        intro=tool["intro"],
        kind=tool["kind"],
        date=tool["date"],
        languages=["en"],
        document=ensure_document(tool),
    )
    if tool["kind"] == ResourcePage.Kind.LETTER_TEMPLATE:
        page.letter_text = letter_text(tool)
    page.topics = topics
    return create_child(library, page)


def press_slug(outlet, headline):
    return slugify(f"{outlet} {headline}")[:80].rstrip("-")


def ensure_press_item(library, item, topics):
    outlet, headline, url, intro = item
    slug = press_slug(outlet, headline)
    page = ResourcePage.objects.child_of(library).filter(slug=slug).first()
    if page is not None:
        return page
    page = ResourcePage(
        slug=slug,
        title=headline,
        intro=intro,
        kind=ResourcePage.Kind.PRESS_COVERAGE,
        languages=["en"],
        outlet=outlet,
        headline=headline,
        external_url=url,
    )
    page.topics = topics
    return create_child(library, page)


def file_letter_translations():
    """File each letter template's translations (the whole letter is one segment), put together
    from its translated paragraphs. A letter whose English changed stays in English."""
    for tool in ADVOCACY_TOOLS:
        if tool["kind"] != ResourcePage.Kind.LETTER_TEMPLATE:
            continue
        texts = {}
        for code in content.LETTER_LANGUAGES:
            paragraphs = content.translated_paragraphs(tool["paragraphs"], code)
            if paragraphs is None:
                break
            texts[code] = letter_text({**tool, "paragraphs": paragraphs})
        else:
            tr(letter_text(tool), **texts)


file_letter_translations()


def translate_library(library, tools, press, languages):
    """Translate the library, then each resource: one page per call, outside any transaction,
    the parent before its children (wagtail-localize issue 773)."""
    pages = [library, *tools, *(press if TRANSLATE_PRESS else [])]
    made = 0
    for page in pages:
        for code in languages:
            if translate_once(page, code, TRANSLATIONS[code]) is not None:
                made += 1
    return made

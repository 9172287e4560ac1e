"""The "library" tree: the WCIT resource library under the campaign, with its four advocacy tools
(each with its committed document: PDF, Word or OpenDocument, whose text the portal reads so that
search finds words inside it) and the thirteen press articles of the conference.

The tools' documents are files in home/demo/documents/, built once by bin/build_demo_documents.py
from the tools' paragraphs in content/library.toml. A paragraph starting with "## " is a heading,
one starting with "- " a bullet; a "\\n" inside a paragraph is a line break.
"""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from . import data, pages
from .data import letter_text

TREE = "library"
LABEL = "campaigns.ResourcePage"
ADVOCACY_TOOLS = data.ADVOCACY_TOOLS
LETTER_LANGUAGES = ("fr", "es", "ar", "ru", "zh-hans", "pt")


def ensure(campaign, topics):
    """The library under the campaign and its resources, created when missing (inside the
    caller's transaction: the documents' text is read once it commits). Returns the library and
    its resources, the tools first."""
    content = data.content(TREE)
    library = pages.child(campaign, "campaigns.ResourceLibraryPage", content["library"]["slug"])
    if library is None:
        spec = content["library"]
        library = pages.model("campaigns.ResourceLibraryPage")(
            slug=spec["slug"], title=spec["title"], intro=spec["intro"]
        )
        library.topics = topics
        pages.create_child(campaign, library)
    tools = [ensure_tool(library, tool, topics) for tool in content["tools"]]
    press = [ensure_press_item(library, item, topics) for item in content["press_items"]]
    return library, [*tools, *press]


def ensure_document(tool):
    """The tool's document, uploaded once: found again by its title."""
    Document = get_document_model()
    document = Document.objects.filter(title=tool["title"]).order_by("pk").first()
    if document is None:
        name = tool["file"].rsplit("/", 1)[-1]
        document = Document(
            title=tool["title"], file=ContentFile(data.document_file(tool["file"]), name=name)
        )
        document._set_document_file_metadata()
        # Saving schedules the reading of its text (the campaigns app's signal) for when the
        # transaction commits.
        document.save()
    return document


def ensure_tool(library, tool, topics):
    page = pages.child(library, LABEL, tool["slug"])
    if page is not None:
        return page
    ResourcePage = pages.model(LABEL)
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
        page.letter_text = letter_text(tool["paragraphs"])
    page.topics = topics
    return pages.create_child(library, page)


def press_slug(outlet, headline):
    return slugify(f"{outlet} {headline}")[:80].rstrip("-")


def ensure_press_item(library, item, topics):
    slug = press_slug(item["outlet"], item["headline"])
    page = pages.child(library, LABEL, slug)
    if page is not None:
        return page
    ResourcePage = pages.model(LABEL)
    page = ResourcePage(
        slug=slug,
        title=item["headline"],
        intro=item["intro"],
        kind=ResourcePage.Kind.PRESS_COVERAGE,
        languages=["en"],
        outlet=item["outlet"],
        headline=item["headline"],
        external_url=item["url"],
    )
    page.topics = topics
    return pages.create_child(library, page)


def translated_paragraphs(paragraphs, language_code):
    """The paragraphs in another language, or None when one of them has no translation (the
    English text changed since it was translated: the letter then stays in English)."""
    translations = data.letter_paragraphs(TREE, language_code)
    try:
        return [translations[paragraph] for paragraph in paragraphs]
    except KeyError:
        return None


def letter_strings(page, language_code):
    """The whole letter is one segment: its translation, put together from its paragraphs'."""
    tool = next((t for t in data.content(TREE)["tools"] if t["slug"] == page.slug), None)
    if tool is None or tool["kind"] != "letter_template":
        return {}
    paragraphs = translated_paragraphs(tool["paragraphs"], language_code)
    if paragraphs is None:
        return {}
    english, text = letter_text(tool["paragraphs"]), letter_text(paragraphs)
    # wagtail-localize segments a plain TextField with its line breaks written as <br/>.
    return {english: text, english.replace("\n", "<br/>"): text.replace("\n", "<br/>")}


def translate(library, resources):
    """Translate the library, then each resource (the parent first)."""
    return pages.translate(TREE, [library, *resources], extra=letter_strings)

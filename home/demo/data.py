"""The demo's data files: English texts in content/<tree>.toml, translations in
locale/<language>/<tree>.po, documents in documents/.

A PO entry's msgid is the English text exactly as wagtail-localize segments it (one entry per
paragraph, list item, heading or short field); its `#:` references name the pages that use it, as
paths under the home page ("/wcit/resources/"), or a snippet ("author:leila-haddad"). An entry
with a msgctxt is not a page segment: "letter" for a paragraph of a sample letter (the loader puts
the whole letter together), "<model>.<slug>.<field>" for a text of reference data translated with
django-modeltranslation (site settings, topics, event categories).

This module imports no Django, so that code outside the portal (bin/, test helpers run in a
child process) can read the data too.
"""

import tomllib
from functools import cache
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent
CONTENT = ROOT / "content"
LOCALE = ROOT / "locale"
DOCUMENTS = ROOT / "documents"


@cache
def content(tree):
    """The English texts of one page tree, as a dict."""
    with open(CONTENT / f"{tree}.toml", "rb") as file:
        return tomllib.load(file)


@cache
def catalogues(tree):
    """{language code: polib.POFile} for every language that has a PO file for this tree."""
    found = {}
    for path in sorted(LOCALE.glob(f"*/{tree}.po")):
        found[path.parent.name] = polib.pofile(str(path))
    return found


def _references(entry):
    return {name for name, _line in entry.occurrences}


def page_strings(tree, language_code, key):
    """{English segment: translation} for one page (or snippet) in one language."""
    po = catalogues(tree).get(language_code)
    if po is None:
        return {}
    return {
        entry.msgid: entry.msgstr
        for entry in po
        if entry.msgstr and key in _references(entry) and entry.msgctxt in (None, key)
    }


def page_languages(tree, key):
    """The languages into which a page (or snippet) is translated: those whose PO file has an
    entry for it. Elsewhere it stays an alias of the English page."""
    return [
        code
        for code, po in catalogues(tree).items()
        if any(key in _references(entry) and entry.msgctxt in (None, key) for entry in po)
    ]


def field_translations(tree, context):
    """{language code: text} for one modeltranslation field (msgctxt "<model>.<slug>.<field>")."""
    texts = {}
    for code, po in catalogues(tree).items():
        for entry in po:
            if entry.msgctxt == context and entry.msgstr:
                texts[code] = entry.msgstr
    return texts


def letter_paragraphs(tree, language_code):
    """{English paragraph: translation} of the sample letters in one language."""
    po = catalogues(tree).get(language_code)
    if po is None:
        return {}
    return {entry.msgid: entry.msgstr for entry in po if entry.msgctxt == "letter" and entry.msgstr}


def document_file(relative):
    """The bytes of a committed demo document (a path relative to home/demo/)."""
    return (ROOT / relative).read_bytes()


def letter_text(paragraphs):
    """A letter as plain text, without its title: paragraphs separated by a blank line
    (consecutive bullets by a single line break), headings without their "## ", bullets as
    "- " lines, line breaks within a paragraph kept."""
    blocks = []
    for paragraph in paragraphs:
        if paragraph.startswith("## "):
            paragraph = paragraph[3:]
        elif paragraph.startswith("- ") and blocks and blocks[-1].startswith("- "):
            blocks[-1] += "\n" + paragraph
            continue
        blocks.append(paragraph)
    return "\n\n".join(blocks)


ADVOCACY_TOOLS = content("library")["tools"]

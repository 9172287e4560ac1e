"""What extraction.py's child process does with each format: read a PDF, a Word .docx, an
OpenDocument .odt or a plain text file into normalised text, or refuse it.

Pure like `_parse` (no settings, no translation, no database): a refusal carries the note's
function and arguments, and the parent process writes the note in the editor's language.
"""

import logging
import re
import unicodedata
import xml.sax.handler
import zipfile

import docx
from defusedxml.sax import parseString
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from odf.namespaces import TEXTNS
from odf.opendocument import load
from odf.teletype import extractText
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from . import notes

logger = logging.getLogger(__name__)

DONE = "done"
SKIPPED = "skipped"
FAILED = "failed"


class Refusal(Exception):
    """Stops an extraction early with a "skipped" or "failed" result. The note is told by its
    function and arguments: it is written (translated) by the parent process, not the child."""

    def __init__(self, status, note, *args):
        super().__init__(note.__name__)
        self.status = status
        self.note = note
        self.args_of_note = args


# --- Text normalisation ------------------------------------------------------------------

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Control characters (but tab and newline), lone surrogates, and invisible characters that break
# words apart for search: soft hyphen, zero-width space, word joiner, byte order mark.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\u00ad\u200b\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalise(text):
    """NFC, no control characters, one space between words, one line per paragraph (line
    breaks kept as "\\n", blank lines dropped)."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


class Collector:
    """Gathers normalised pieces of text until `max_chars` is reached."""

    def __init__(self, max_chars):
        self.max_chars = max_chars
        self.pieces = []
        self.length = 0

    @property
    def full(self):
        return self.length >= self.max_chars

    def add(self, piece):
        """Add a piece of text; return False once the collector is full."""
        if self.full:
            return False
        piece = normalise(piece or "")
        if piece:
            self.pieces.append(piece)
            self.length += len(piece) + 1
        return not self.full

    def text(self):
        return "\n".join(self.pieces)[: self.max_chars].rstrip()


def read_pdf(file, collector, max_pages):
    try:
        reader = PdfReader(file, strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise Refusal(SKIPPED, notes.pdf_password)
        pages = reader.pages
        count = len(pages)
    except Refusal:
        raise
    except FileNotDecryptedError as error:
        raise Refusal(SKIPPED, notes.pdf_password) from error
    except DependencyError as error:
        # AES encryption needs the "cryptography" package, which the portal does not install.
        raise Refusal(SKIPPED, notes.pdf_encryption) from error
    except Exception as error:  # PdfReadError, PdfStreamError, and whatever a broken file causes
        logger.info("Unreadable PDF: %s", error)
        raise Refusal(FAILED, notes.damaged) from error

    errors = 0
    for number in range(min(count, max_pages)):
        try:
            page_text = pages[number].extract_text()
        except DependencyError as error:
            raise Refusal(SKIPPED, notes.pdf_encryption) from error
        except Exception as error:
            # One broken page does not lose the others.
            logger.info("Unreadable page %s of a PDF: %s", number + 1, error)
            errors += 1
            continue
        if not collector.add(page_text):
            break
    if errors and not collector.pieces:
        raise Refusal(FAILED, notes.damaged)


# --- Word (.docx) --------------------------------------------------------------------------


def read_docx(file, collector):
    try:
        document = docx.Document(file)
    except Exception as error:  # a missing part, broken XML, a macro-enabled .docm...
        logger.info("Unreadable .docx: %s", error)
        raise Refusal(FAILED, notes.damaged) from error

    # Every paragraph of the body in the document's order: in tables (nested ones too), content
    # controls and text boxes as well. A text box comes twice (for new and for old versions of
    # Word): its copy within <mc:Fallback> is left out.
    for element in document.element.body.iter(qn("w:p")):
        if any(ancestor.tag == _MC_FALLBACK for ancestor in element.iterancestors()):
            continue
        if not collector.add(Paragraph(element, document).text):
            break


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


# --- OpenDocument (.odt) -----------------------------------------------------------------

_ODF_PARTS = ("content.xml", "styles.xml", "meta.xml", "settings.xml")


def read_odt(file, collector):
    # odfpy's load() prints a part that is not well-formed XML to stdout (all of it), then goes
    # on without it: check the parts first, with the same defused parser, so that a damaged
    # file fails here, quietly.
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "content.xml" not in names:
                raise Refusal(FAILED, notes.damaged)
            for name in _ODF_PARTS:
                if name in names:
                    parseString(archive.read(name), xml.sax.handler.ContentHandler())
        file.seek(0)
        document = load(file)
    except Refusal:
        raise
    except Exception as error:
        logger.info("Unreadable .odt: %s", error)
        raise Refusal(FAILED, notes.damaged) from error

    paragraph_tags = {(TEXTNS, "p"), (TEXTNS, "h")}
    left_out = {(TEXTNS, "tracked-changes")}  # deleted text, kept for the change history

    def walk(element):
        """Headings and paragraphs, in lists, tables, sections and frames too, in the document's
        order; a paragraph's text includes its spans, links and notes."""
        for child in element.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if child.qname in paragraph_tags:
                if not collector.add(extractText(child)):
                    return False
            elif child.qname not in left_out and not walk(child):
                return False
        return True

    if document.text is not None:
        walk(document.text)


# --- Plain text --------------------------------------------------------------------------


def decode_text(data):
    """Decode plain text: UTF-32/UTF-16/UTF-8 by their byte order marks, otherwise UTF-8, then
    Windows-1252, then Latin-1. Binary data (NUL bytes, many control characters) is refused."""
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise Refusal(FAILED, notes.binary) from error
            return _refuse_binary(text)
    if b"\x00" in data:
        raise Refusal(FAILED, notes.binary)
    for encoding in ("utf-8", "cp1252"):
        try:
            return _refuse_binary(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _refuse_binary(data.decode("latin-1"))


_BINARY = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _refuse_binary(text):
    sample = text[:65536]
    if "\x00" in sample or len(_BINARY.findall(sample)) > max(8, len(sample) // 100):
        raise Refusal(FAILED, notes.binary)
    return text

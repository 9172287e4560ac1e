"""Read the text of an uploaded document (PDF, Word .docx, OpenDocument .odt or plain text), so
that it can be indexed for search.

`extract_text()` is pure: no database, no model. It never raises; what went wrong is told in the
returned `Extraction`, with a short note for the editor who uploaded the file:

    >>> with document.file.open("rb") as file:
    ...     result = extract_text(file, document.file.name)
    >>> result.status, result.text[:40], result.note

The format is chosen by the file's extension and must agree with the file's content (its "magic"
bytes): a PDF renamed to .docx is refused rather than guessed at. Limits keep a worker safe from
huge or hostile files: the file's size (`DOCUMENT_TEXT_MAX_BYTES`, 20 MB by default), the length
of the text kept (`DOCUMENT_TEXT_MAX_CHARS`, a million characters), the pages read from a PDF
(`DOCUMENT_TEXT_MAX_PAGES`, 2000) and the unpacked size of a .docx or .odt (ten times the size
limit, at most 200 MB: "ZIP bombs").

A crafted file can still take minutes of CPU or gigabytes of memory inside a parser: the parsing
(`_parse`, which touches neither settings nor translations) runs in a child process
(campaigns/extraction_runner.py), killed past `DOCUMENT_TEXT_TIME_LIMIT` seconds (30) or
`DOCUMENT_TEXT_MEMORY_LIMIT` MB (512); the file is then "skipped" with a note. The notes are
written in this process, in the editor's language.
"""

import io
import logging
import re
import unicodedata
import xml.sax.handler
import zipfile
from dataclasses import dataclass

import docx
from defusedxml.sax import parseString
from django.conf import settings
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from odf.namespaces import TEXTNS
from odf.opendocument import load
from odf.teletype import extractText
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from . import extraction_runner, notes

logger = logging.getLogger(__name__)

DONE = "done"
SKIPPED = "skipped"
FAILED = "failed"

# Lower-case extensions, without the dot (as Wagtail's WAGTAILDOCS_EXTENSIONS spells them).
SUPPORTED_EXTENSIONS = frozenset({"pdf", "docx", "odt", "txt", "md", "csv"})
PLAIN_TEXT_EXTENSIONS = frozenset({"txt", "md", "csv"})

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
UNPACKED_RATIO = 10
MAX_ZIP_ENTRIES = 10_000

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODF_MIMETYPE_PREFIX = b"application/vnd.oasis.opendocument."
DOCX_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@dataclass(frozen=True)
class Extraction:
    status: str  # "done" | "skipped" | "failed"
    text: str  # "" unless done
    note: str  # "" when done; otherwise a short sentence for the editor

    @property
    def done(self):
        return self.status == DONE


class _Refusal(Exception):
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


class _Collector:
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


# --- Entry point -------------------------------------------------------------------------


def extension_of(filename):
    name = str(filename or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def extract_text(file, filename, *, max_bytes=None, max_chars=None) -> Extraction:
    """The text of `file` (a binary file-like object), by the extension of `filename`. Never
    raises. The file is rewound before and after. The parsing runs in a child process, stopped
    past `DOCUMENT_TEXT_TIME_LIMIT` seconds or `DOCUMENT_TEXT_MEMORY_LIMIT` MB."""
    try:
        return _extract(file, filename, max_bytes, max_chars)
    except _Refusal as refusal:
        return Extraction(refusal.status, "", refusal.note(*refusal.args_of_note))
    except Exception:
        logger.warning("Could not extract the text of %r", filename, exc_info=True)
        return Extraction(FAILED, "", notes.unexpected())
    finally:
        _rewind(file)


def _rewind(file):
    try:
        file.seek(0)
    except Exception:  # a closed or unseekable file: nothing to rewind
        pass


def _extract(file, filename, max_bytes, max_chars):
    extension = extension_of(filename)
    if extension not in SUPPORTED_EXTENSIONS:
        return Extraction(SKIPPED, "", notes.unsupported())
    if max_bytes is None:
        max_bytes = settings.DOCUMENT_TEXT_MAX_BYTES
    if max_chars is None:
        max_chars = settings.DOCUMENT_TEXT_MAX_CHARS
    max_pages = settings.DOCUMENT_TEXT_MAX_PAGES
    time_limit = settings.DOCUMENT_TEXT_TIME_LIMIT
    memory_limit = settings.DOCUMENT_TEXT_MEMORY_LIMIT

    file, size = _seekable(file, max_bytes)
    if size > max_bytes:
        return Extraction(SKIPPED, "", notes.too_large(size, max_bytes))
    if size == 0:
        return Extraction(SKIPPED, "", notes.empty())
    data = file.read(max_bytes + 1)

    # _parse is looked up here, at each call, so that tests can replace it.
    outcome = extraction_runner.run_limited(
        _parse,
        (data, extension, max_bytes, max_chars, max_pages),
        time_limit=time_limit,
        memory_limit=memory_limit * 1024 * 1024,
    )
    if outcome.status == extraction_runner.TIMEOUT:
        logger.warning("Reading the text of %r took over %s s: stopped", filename, time_limit)
        return Extraction(SKIPPED, "", notes.too_slow(time_limit))
    if outcome.status == extraction_runner.MEMORY:
        logger.warning("Reading the text of %r took over %s MB: stopped", filename, memory_limit)
        return Extraction(SKIPPED, "", notes.too_hungry(memory_limit * 1024 * 1024))
    if outcome.status != extraction_runner.OK:
        logger.warning("Could not extract the text of %r: %s", filename, outcome.error)
        return Extraction(FAILED, "", notes.unexpected())
    status, text, note, args = outcome.value
    return Extraction(status, text, note(*args) if note else "")


def _parse(data, extension, max_bytes, max_chars, max_pages):
    """In the child process: the text of `data` (bytes), as (status, text, note function,
    arguments of the note). Pure: no settings, no translation, no database."""
    try:
        return _parse_or_refuse(io.BytesIO(data), extension, max_bytes, max_chars, max_pages)
    except _Refusal as refusal:
        return (refusal.status, "", refusal.note, refusal.args_of_note)


def _parse_or_refuse(file, extension, max_bytes, max_chars, max_pages):
    head = file.read(2048)
    file.seek(0)
    collector = _Collector(max_chars)
    if extension == "pdf":
        _check_format(extension, head, file)
        _read_pdf(file, collector, max_pages)
    elif extension == "docx":
        _check_format(extension, head, file)
        _check_zip(file, max_bytes)
        _read_docx(file, collector)
    elif extension == "odt":
        _check_format(extension, head, file)
        _check_zip(file, max_bytes)
        _read_odt(file, collector)
    else:  # PLAIN_TEXT_EXTENSIONS
        actual = _sniff(head, file, pdf_anywhere=False)
        if actual:
            raise _Refusal(FAILED, notes.mismatch, extension, actual)
        collector.add(decode_text(file.read(max_bytes + 1)))

    text = collector.text()
    if not text:
        note = notes.pdf_no_text if extension == "pdf" else notes.no_text
        return (SKIPPED, "", note, ())
    return (DONE, text, None, ())


def _seekable(file, max_bytes):
    """The file and its size, measured with seek/tell; a file that cannot seek is read into
    memory, up to one byte over the limit."""
    try:
        file.seek(0, io.SEEK_END)
        size = file.tell()
        file.seek(0)
        return file, size
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        data = file.read(max_bytes + 1)
        return io.BytesIO(data), len(data)


# --- Formats: what the content says it is ------------------------------------------------


def _sniff(head, file, *, pdf_anywhere=True):
    """The format of the content, from its first bytes (and a ZIP's entries). Only the first
    bytes of an entry are read: the archive may be a bomb, which is checked later."""
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(file) as archive:
                names = set(archive.namelist())
                if "mimetype" in names:
                    with archive.open("mimetype") as entry:
                        mimetype = entry.read(200).strip()
                    if mimetype == ODT_MIMETYPE:
                        return "odt"
                    if mimetype.startswith(ODF_MIMETYPE_PREFIX):
                        return "odf"
                if "word/document.xml" in names:
                    return "docx"
                if "[Content_Types].xml" in names:
                    # Some tools name the main part otherwise (word/document2.xml...).
                    with archive.open("[Content_Types].xml") as entry:
                        types = entry.read(1024 * 1024)
                    if DOCX_MAIN_TYPE in types:
                        return "docx"
                    return "ooxml"
                return "zip"
        except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError):
            return None
        finally:
            file.seek(0)
    if head.startswith(b"%PDF-") or (pdf_anywhere and b"%PDF-" in head[:1024]):
        return "pdf"  # PDF readers accept a header anywhere in the first kilobyte
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    return None


def _check_format(extension, head, file):
    actual = _sniff(head, file)
    if actual == extension:
        return
    if actual is None and extension in ("docx", "odt") and head.startswith(b"PK"):
        # A ZIP that cannot be opened: damaged rather than mislabelled.
        raise _Refusal(FAILED, notes.damaged)
    raise _Refusal(FAILED, notes.mismatch, extension, actual)


def _check_zip(file, max_bytes):
    """Refuse a .docx or .odt that would unpack to too much (a "ZIP bomb"). Python's zipfile
    never unpacks more than an entry declares, so the declared sizes are what count."""
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise _Refusal(FAILED, notes.damaged) from error
    finally:
        file.seek(0)
    unpacked = sum(entry.file_size for entry in entries)
    limit = min(UNPACKED_RATIO * max_bytes, MAX_UNPACKED_BYTES)
    if unpacked > limit or len(entries) > MAX_ZIP_ENTRIES:
        raise _Refusal(SKIPPED, notes.unpacked_too_large, unpacked, limit)


# --- PDF ---------------------------------------------------------------------------------


def _read_pdf(file, collector, max_pages):
    try:
        reader = PdfReader(file, strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise _Refusal(SKIPPED, notes.pdf_password)
        pages = reader.pages
        count = len(pages)
    except _Refusal:
        raise
    except FileNotDecryptedError as error:
        raise _Refusal(SKIPPED, notes.pdf_password) from error
    except DependencyError as error:
        # AES encryption needs the "cryptography" package, which the portal does not install.
        raise _Refusal(SKIPPED, notes.pdf_encryption) from error
    except Exception as error:  # PdfReadError, PdfStreamError, and whatever a broken file causes
        logger.info("Unreadable PDF: %s", error)
        raise _Refusal(FAILED, notes.damaged) from error

    errors = 0
    for number in range(min(count, max_pages)):
        try:
            page_text = pages[number].extract_text()
        except DependencyError as error:
            raise _Refusal(SKIPPED, notes.pdf_encryption) from error
        except Exception as error:
            # One broken page does not lose the others.
            logger.info("Unreadable page %s of a PDF: %s", number + 1, error)
            errors += 1
            continue
        if not collector.add(page_text):
            break
    if errors and not collector.pieces:
        raise _Refusal(FAILED, notes.damaged)


# --- Word (.docx) --------------------------------------------------------------------------


def _read_docx(file, collector):
    try:
        document = docx.Document(file)
    except Exception as error:  # a missing part, broken XML, a macro-enabled .docm...
        logger.info("Unreadable .docx: %s", error)
        raise _Refusal(FAILED, notes.damaged) from error

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


def _read_odt(file, collector):
    # odfpy's load() prints a part that is not well-formed XML to stdout (all of it), then goes
    # on without it: check the parts first, with the same defused parser, so that a damaged
    # file fails here, quietly.
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "content.xml" not in names:
                raise _Refusal(FAILED, notes.damaged)
            for name in _ODF_PARTS:
                if name in names:
                    parseString(archive.read(name), xml.sax.handler.ContentHandler())
        file.seek(0)
        document = load(file)
    except _Refusal:
        raise
    except Exception as error:
        logger.info("Unreadable .odt: %s", error)
        raise _Refusal(FAILED, notes.damaged) from error

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
                raise _Refusal(FAILED, notes.binary) from error
            return _refuse_binary(text)
    if b"\x00" in data:
        raise _Refusal(FAILED, notes.binary)
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
        raise _Refusal(FAILED, notes.binary)
    return text

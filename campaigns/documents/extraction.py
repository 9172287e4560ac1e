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
import zipfile
from dataclasses import dataclass

from django.conf import settings

from . import extraction_runner, notes
from .formats import (
    DONE,
    FAILED,
    SKIPPED,
    Collector,
    Refusal,
    decode_text,
    read_docx,
    read_odt,
    read_pdf,
)

logger = logging.getLogger(__name__)


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
    except Refusal as refusal:
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
    except Refusal as refusal:
        return (refusal.status, "", refusal.note, refusal.args_of_note)


def _parse_or_refuse(file, extension, max_bytes, max_chars, max_pages):
    head = file.read(2048)
    file.seek(0)
    collector = Collector(max_chars)
    if extension == "pdf":
        _check_format(extension, head, file)
        read_pdf(file, collector, max_pages)
    elif extension == "docx":
        _check_format(extension, head, file)
        _check_zip(file, max_bytes)
        read_docx(file, collector)
    elif extension == "odt":
        _check_format(extension, head, file)
        _check_zip(file, max_bytes)
        read_odt(file, collector)
    else:  # PLAIN_TEXT_EXTENSIONS
        actual = _sniff(head, file, pdf_anywhere=False)
        if actual:
            raise Refusal(FAILED, notes.mismatch, extension, actual)
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
        raise Refusal(FAILED, notes.damaged)
    raise Refusal(FAILED, notes.mismatch, extension, actual)


def _check_zip(file, max_bytes):
    """Refuse a .docx or .odt that would unpack to too much (a "ZIP bomb"). Python's zipfile
    never unpacks more than an entry declares, so the declared sizes are what count."""
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise Refusal(FAILED, notes.damaged) from error
    finally:
        file.seek(0)
    unpacked = sum(entry.file_size for entry in entries)
    limit = min(UNPACKED_RATIO * max_bytes, MAX_UNPACKED_BYTES)
    if unpacked > limit or len(entries) > MAX_ZIP_ENTRIES:
        raise Refusal(SKIPPED, notes.unpacked_too_large, unpacked, limit)


# --- PDF ---------------------------------------------------------------------------------

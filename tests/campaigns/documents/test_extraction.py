"""campaigns.extraction (text of uploaded documents), the test documents of docbuild and the demo
documents, built in code). No database: every document is built in memory."""

import dataclasses
import datetime
import io
import logging
import os
import re
import time
import zipfile
import zlib

import pytest
from docx import Document
from pypdf import PdfReader

from campaigns.documents import extraction
from campaigns.documents.extraction import SUPPORTED_EXTENSIONS, Extraction, extract_text
from campaigns.documents.formats import normalise
from home.demo import data as demo_data
from home.demo.data import ADVOCACY_TOOLS
from home.demo.data import letter_text as _letter_text

from .. import docbuild as documents_demo
from .. import docgen
from ..docbuild import build_docx, build_odt, build_pdf


def build_tool_document(tool):
    """The tool's committed document as (filename, content)."""
    return tool["file"].rsplit("/", 1)[-1], demo_data.document_file(tool["file"])


def letter_text(tool):
    return _letter_text(tool["paragraphs"])


PARAGRAPHS = [
    "The conference opens in Dubai on 3 December 2012.",
    "## What we ask",
    "- Publish the preparatory documents before the conference.",
    "- Recognise the role of users in internet governance.",
    "Governments alone should not decide how the internet is run (a view shared widely).",
]


def flat(text):
    """Text with every run of whitespace as one space: lines wrap differently in each format."""
    return re.sub(r"\s+", " ", text).strip()


def extract(data, filename, **limits):
    return extract_text(io.BytesIO(data), filename, **limits)


def long_paragraphs(count=60):
    return [
        f"Paragraph {number} explains, in words long enough to wrap over several lines, why "
        f"the delegation of country number {number} should publish its proposals before the "
        "conference, and why users should be heard."
        for number in range(count)
    ]


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_text_comes_back():
    result = extract(build_pdf("A test title", PARAGRAPHS), "test.pdf")
    assert result == Extraction("done", result.text, "")
    text = flat(result.text)
    assert "A test title" in text
    for paragraph in PARAGRAPHS:
        assert paragraph.removeprefix("## ").removeprefix("- ") in text


def test_pdf_is_valid_for_a_strict_reader_and_carries_its_metadata():
    pdf = build_pdf(
        "Title", PARAGRAPHS, author="An author", subject="A subject", date=datetime.date(2012, 9, 1)
    )
    assert pdf.startswith(b"%PDF-1.4\n")
    assert pdf.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    assert reader.metadata.title == "Title"
    assert reader.metadata.author == "An author"
    assert reader.metadata.subject == "A subject"
    assert reader.metadata.creation_date.date() == datetime.date(2012, 9, 1)
    box = reader.pages[0].mediabox
    assert (box.width, box.height) == (595, 842)  # A4


def test_pdf_xref_offsets_point_at_their_objects():
    pdf = build_pdf("Title", PARAGRAPHS)
    start = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    lines = pdf[start:].split(b"\n")
    assert lines[0] == b"xref"
    count = int(lines[1].split()[1])
    for number, line in enumerate(lines[2 : 2 + count]):
        assert len(line) == 19  # 20 bytes with its "\n"
        if number:
            offset = int(line[:10])
            assert pdf[offset:].startswith(f"{number} 0 obj\n".encode())


def test_pdf_escapes_and_encodes_its_text():
    special = (
        "Back\\slash, (round brackets) and ) alone; caf\u00e9, \u20ac5 \u2014 fine. Greek \u03a9."
    )
    result = extract(build_pdf("Escapes", [special]), "escapes.pdf")
    assert result.status == "done"
    assert (
        "Back\\slash, (round brackets) and ) alone; caf\u00e9, \u20ac5 \u2014 fine." in result.text
    )
    assert "Greek ?." in result.text  # outside WinAnsiEncoding


def test_pdf_long_text_runs_over_several_numbered_pages():
    paragraphs = long_paragraphs()
    pdf = build_pdf("Long", paragraphs)
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages > 2
    assert f"Page 1 of {pages}" in reader.pages[0].extract_text()
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    text = flat(extract(pdf, "long.pdf").text)
    for paragraph in paragraphs:
        assert paragraph in text


def test_pdf_lines_fit_within_the_margins():
    for line in documents_demo.wrap(" ".join(long_paragraphs(5)), "F1", 10.5, 400):
        assert documents_demo.text_width(line, "F1", 10.5) <= 400
    # A word wider than the line is cut rather than overflowing.
    lines = documents_demo.wrap("W" * 200, "F2", 12, 100)
    assert len(lines) > 1
    assert all(documents_demo.text_width(line, "F2", 12) <= 100 for line in lines)
    assert b"".join(lines) == b"W" * 200


def test_helvetica_widths_match_the_adobe_metrics():
    metrics = pytest.importorskip("pypdf._codecs.core_font_metrics").CORE_FONT_METRICS
    for font, widths in (
        ("Helvetica", documents_demo.HELVETICA_WIDTHS),
        ("Helvetica-Bold", documents_demo.HELVETICA_BOLD_WIDTHS),
    ):
        assert len(widths) == 224
        expected = metrics[font].character_widths
        for code in range(32, 256):
            try:
                char = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                continue
            if char in expected:
                assert widths[code - 32] == expected[char], (font, code)


def test_truncated_pdf_fails_with_a_note():
    pdf = build_pdf("Title", long_paragraphs(20))
    result = extract(pdf[: len(pdf) // 3], "truncated.pdf")
    assert result.status == "failed"
    assert result.text == ""
    assert "damaged" in result.note


def test_garbage_behind_a_pdf_header_fails_with_a_note():
    garbage = b"%PDF-1.7\n" + bytes(range(256)) * 40
    result = extract(garbage, "garbage.pdf")
    assert result.status == "failed"
    assert "damaged" in result.note


def test_pdf_with_a_password_is_skipped():
    pdf = docgen.encrypted_pdf(["A secret sentence."], user_password="secret")
    assert PdfReader(io.BytesIO(pdf)).is_encrypted
    result = extract(pdf, "locked.pdf")
    assert result.status == "skipped"
    assert result.text == ""
    assert "password" in result.note


def test_pdf_encrypted_with_an_empty_user_password_is_read():
    pdf = docgen.encrypted_pdf(["An open sentence."], user_password="", owner_password="owner")
    assert PdfReader(io.BytesIO(pdf)).is_encrypted
    result = extract(pdf, "restricted.pdf")
    assert result.status == "done"
    assert "An open sentence." in result.text


def test_pdf_without_a_text_layer_is_skipped():
    result = extract(docgen.blank_pdf(pages=2), "scan.pdf")
    assert result.status == "skipped"
    assert "no text layer" in result.note
    assert "scan" in result.note


def test_pdf_stops_at_the_page_cap(settings):
    settings.DOCUMENT_TEXT_MAX_PAGES = 1
    result = extract(build_pdf("Capped", long_paragraphs()), "capped.pdf")
    assert result.status == "done"
    assert "Page 1 of" in result.text
    assert "Page 2 of" not in result.text


# --- Word (.docx) ----------------------------------------------------------------------------


def test_docx_text_comes_back_with_its_styles_and_properties():
    data = build_docx("A Word title", PARAGRAPHS, author="An author", subject="A subject")
    result = extract(data, "test.docx")
    assert result.status == "done"
    assert result.text.split("\n")[0] == "A Word title"
    for paragraph in PARAGRAPHS:
        assert paragraph.removeprefix("## ").removeprefix("- ") in result.text.split("\n")

    document = Document(io.BytesIO(data))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "A Word title")
    assert ("Heading 2", "What we ask") in styles
    assert ("List Bullet", "Publish the preparatory documents before the conference.") in styles
    assert document.core_properties.title == "A Word title"
    assert document.core_properties.author == "An author"


def test_docx_line_breaks_within_a_paragraph():
    data = build_docx("Letter", ["[Your name]\n[Your organisation]"])
    paragraph = Document(io.BytesIO(data)).paragraphs[1]
    assert paragraph.text == "[Your name]\n[Your organisation]"
    assert "[Your name]\n[Your organisation]" in extract(data, "letter.docx").text


def test_docx_table_cells_come_back_in_order():
    data = docgen.docx_with_table(
        [["Country", "Body"], ["Kenya", "Ministry responsible for communications"]],
        nested=[["Nested cell text"]],
    )
    result = extract(data, "table.docx")
    assert result.status == "done"
    lines = result.text.split("\n")
    assert lines[0] == "Before the table."
    assert lines[-1] == "After the table."
    assert "Ministry responsible for communications" in lines
    assert "Nested cell text" in lines
    assert lines.index("Country") < lines.index("Kenya")


def test_docx_merged_cell_comes_back_once():
    result = extract(docgen.docx_with_merged_cells("Merged heading"), "merged.docx")
    assert result.text.count("Merged heading") == 1
    assert "cell 2" in result.text


def test_docx_with_another_name_for_its_main_part():
    data = docgen.docx_with_renamed_main_part(["Still a Word document."])
    assert "word/document.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()
    result = extract(data, "renamed-part.docx")
    assert result.status == "done"
    assert "Still a Word document." in result.text


def test_docx_that_is_a_pdf_is_refused():
    result = extract(build_pdf("Title", PARAGRAPHS), "renamed.docx")
    assert result.status in ("failed", "skipped")
    assert result.text == ""
    assert ".docx" in result.note
    assert "PDF" in result.note


def test_docx_that_is_an_odt_is_refused():
    result = extract(build_odt("Title", PARAGRAPHS), "renamed.docx")
    assert result.status == "failed"
    assert "OpenDocument" in result.note


def test_broken_zip_named_docx_fails():
    result = extract(b"PK\x03\x04" + b"\x00" * 500, "broken.docx")
    assert result.status == "failed"
    assert "damaged" in result.note


def test_docx_bomb_is_refused():
    data = docgen.zip_bomb_docx(5 * 1024 * 1024)
    assert len(data) < 100_000
    result = extract(data, "bomb.docx", max_bytes=200_000)  # unpacks to 2 MB at most
    assert result.status == "skipped"
    assert "unpacked" in result.note


def test_docx_declaring_a_huge_entry_is_refused():
    data = docgen.docx_declaring_size(3_000_000_000)
    assert zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").file_size == 3_000_000_000
    result = extract(data, "bomb.docx")
    assert result.status == "skipped"
    assert "unpacked" in result.note
    assert "200 MB" in result.note


# --- OpenDocument (.odt) ---------------------------------------------------------------------


def test_odt_text_comes_back():
    data = build_odt("An ODT title", PARAGRAPHS, author="An author")
    result = extract(data, "test.odt")
    assert result.status == "done"
    lines = result.text.split("\n")
    assert lines[0] == "An ODT title"
    for paragraph in PARAGRAPHS:
        assert paragraph.removeprefix("## ").removeprefix("- ") in lines
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = archive.read("content.xml").decode()
        meta = archive.read("meta.xml").decode()
    assert "<text:h" in content and "<text:list" in content
    assert "An ODT title" in meta and "An author" in meta


def test_odt_table_cells_come_back():
    data = docgen.odt_with_table([["Country", "Body"], ["Tunisia", "Ministry of things"]])
    result = extract(data, "table.odt")
    assert result.status == "done"
    assert result.text.split("\n") == [
        "Before the table.",
        "Country",
        "Body",
        "Tunisia",
        "Ministry of things",
    ]


def test_odt_with_broken_xml_fails_quietly(capsys):
    source = zipfile.ZipFile(io.BytesIO(build_odt("Title", PARAGRAPHS)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "content.xml":
                data = data[: len(data) // 2]
            archive.writestr(entry, data)
    result = extract(out.getvalue(), "broken.odt")
    assert result.status == "failed"
    assert "damaged" in result.note
    assert capsys.readouterr().out == ""


def test_odt_that_is_a_docx_is_refused():
    result = extract(build_docx("Title", PARAGRAPHS), "renamed.odt")
    assert result.status == "failed"
    assert "Word (.docx)" in result.note


# --- Plain text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("cp1252", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_plain_text_encodings(encoding, prefix):
    text = "Caf\u00e9 cr\u00e8me \u2014 \u201cquoted\u201d, 5 \u20ac.\nSecond line."
    result = extract(prefix + text.encode(encoding), "notes.txt")
    assert result == Extraction("done", text, "")


def test_latin1_fallback():
    # 0x81 is undefined in cp1252: Latin-1 takes over.
    result = extract(b"Stra\xdfe \x81", "notes.md")
    assert result.status == "done"
    assert result.text.startswith("Stra\u00dfe")


def test_csv_is_plain_text():
    assert extract(b"country,body\nKenya,Ministry\n", "list.csv").text == (
        "country,body\nKenya,Ministry"
    )


def test_text_about_pdf_headers_is_still_text():
    text = "# Notes\n\nA PDF file starts with %PDF- and a version number."
    assert extract(text.encode(), "notes.md").text == normalise(text)


def test_binary_named_txt_is_refused():
    result = extract(b"abc\x00\x01\x02" * 100, "binary.txt")
    assert result.status == "failed"
    assert "binary" in result.note


def test_pdf_named_txt_is_refused():
    result = extract(build_pdf("Title", PARAGRAPHS), "notes.txt")
    assert result.status == "failed"
    assert "PDF" in result.note


# --- Limits, formats and safety ----------------------------------------------------------------


def test_unknown_extension_is_skipped():
    for name in ("picture.png", "archive.zip", "noextension", "old.doc"):
        result = extract(b"whatever", name)
        assert result.status == "skipped"
        assert "only read from PDF" in result.note


def test_supported_extensions():
    assert SUPPORTED_EXTENSIONS == {"pdf", "docx", "odt", "txt", "md", "csv"}
    assert extract(b"Upper case.", "NOTES.TXT").status == "done"


def test_file_over_max_bytes_is_skipped_without_reading():
    class Unreadable(io.BytesIO):
        def read(self, *args):
            raise AssertionError("the file was read")

    result = extract_text(Unreadable(b"x" * 30 * 1024 * 1024), "big.pdf")
    assert result.status == "skipped"
    assert result.note == (
        "This file is too large to read its text (30 MB; the limit is 20 MB). It is stored and "
        "can be downloaded, but its text will not be found by search."
    )


def test_max_bytes_setting(settings):
    settings.DOCUMENT_TEXT_MAX_BYTES = 1024
    result = extract(b"a" * 1536, "notes.txt")
    assert result.status == "skipped"
    assert "(1.5 KB; the limit is 1 KB)" in result.note
    assert extract(b"a" * 1536, "notes.txt", max_bytes=2048).status == "done"


def test_max_chars_truncates(settings):
    result = extract(("word " * 1000).encode(), "notes.txt", max_chars=100)
    assert result.status == "done"
    assert len(result.text) <= 100
    assert result.text.startswith("word word")

    settings.DOCUMENT_TEXT_MAX_CHARS = 300
    result = extract(build_pdf("Long", long_paragraphs()), "long.pdf")
    assert 250 < len(result.text) <= 300


def test_empty_file_is_skipped():
    result = extract(b"", "empty.pdf")
    assert result.status == "skipped"
    assert "empty" in result.note


def test_never_raises_and_logs_the_unexpected(caplog):
    class Exploding(io.BytesIO):
        def read(self, *args):
            raise RuntimeError("disk on fire")

    with caplog.at_level(logging.WARNING, logger="campaigns.documents.extraction"):
        result = extract_text(Exploding(b"some text"), "notes.txt")
    assert result.status == "failed"
    assert "unexpected error" in result.note
    assert "disk on fire" in caplog.text


def test_file_is_rewound_and_left_usable():
    data = build_docx("Title", PARAGRAPHS)
    file = io.BytesIO(data)
    file.seek(100)
    assert extract_text(file, "test.docx").status == "done"
    assert file.tell() == 0
    assert file.read() == data


def test_django_files(tmp_path):
    from django.core.files import File
    from django.core.files.base import ContentFile

    data = build_odt("Title", PARAGRAPHS)
    assert extract_text(ContentFile(data, name="a.odt"), "a.odt").status == "done"
    path = tmp_path / "letter.odt"
    path.write_bytes(data)
    with path.open("rb") as handle:
        file = File(handle, name="documents/letter.ODT")
        assert extract_text(file, file.name).status == "done"
        assert file.read() == data  # rewound, still open


def test_file_that_cannot_seek():
    class Stream(io.RawIOBase):
        def __init__(self, data):
            self.data = io.BytesIO(data)

        def readable(self):
            return True

        def seekable(self):
            return False

        def seek(self, *args):
            raise io.UnsupportedOperation("seek")

        def read(self, size=-1):
            return self.data.read(size)

    assert extract_text(Stream(b"Streamed text."), "notes.txt").text == "Streamed text."
    assert extract_text(Stream(b"x" * 100), "notes.txt", max_bytes=10).status == "skipped"


def test_normalise():
    text = "e\u0301t\u00e9\x00  two\t\tspaces \u00a0 \r\n\r\n\r\nsoft\u00adhyphen\u200b\x07\fnext"
    assert normalise(text) == "\u00e9t\u00e9 two spaces\nsofthyphen\nnext"


def test_extraction_is_frozen():
    result = Extraction("done", "text", "")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "other"


# --- The demo advocacy tools -----------------------------------------------------------------


def test_advocacy_tools_are_described():
    assert [tool["slug"] for tool in ADVOCACY_TOOLS] == [
        "itu-national-contact-points",
        "sample-letter-national-consultation",
        "talking-points-civil-society",
        "sample-letter-join-delegation",
    ]
    assert [tool["kind"] for tool in ADVOCACY_TOOLS] == [
        "contact_directory",
        "letter_template",
        "talking_points",
        "letter_template",
    ]
    assert [tool["format"] for tool in ADVOCACY_TOOLS] == ["pdf", "docx", "pdf", "odt"]
    for tool in ADVOCACY_TOOLS:
        assert datetime.date(2012, 7, 1) <= tool["date"] <= datetime.date(2012, 11, 30)
        assert tool["title"] and tool["intro"]
        words = len(" ".join(tool["paragraphs"]).split())
        assert 250 <= words <= 600, (tool["slug"], words)
        # No real mailbox: every address is on example.org.
        for address in re.findall(r"[\w.+-]+@[\w.-]+", " ".join(tool["paragraphs"])):
            assert address.endswith(".example.org") or address.endswith("@example.org")


@pytest.mark.parametrize("tool", ADVOCACY_TOOLS, ids=lambda tool: tool["slug"])
def test_advocacy_tool_builds_into_a_readable_document(tool):
    filename, content = build_tool_document(tool)
    assert filename == f"{tool['slug']}.{tool['format']}"
    result = extract(content, filename)
    assert result.status == "done", result.note
    text = flat(result.text)
    assert tool["title"] in text
    # Every paragraph comes back, whatever the format.
    for paragraph in tool["paragraphs"]:
        assert flat(paragraph.removeprefix("## ").removeprefix("- ")) in text


def test_consultation_letter_has_its_phrase_and_placeholders():
    tool = ADVOCACY_TOOLS[1]
    _filename, content = build_tool_document(tool)
    assert "open and inclusive national consultation before Dubai" in flat(
        extract(content, "letter.docx").text
    )
    text = letter_text(tool)
    assert tool["title"] not in text
    assert "open and inclusive national consultation before Dubai" in text
    for placeholder in ("[Your name]", "[Your organisation]", "[Country]", "[Minister's name]"):
        assert placeholder in text
    assert "[Date]" in text
    assert "\n\n- publish" in text and ";\n- invite" in text  # bullets kept together


def test_delegation_letter_text():
    text = letter_text(ADVOCACY_TOOLS[3])
    assert text.startswith("[Your name]\n[Your organisation]")
    assert "delegation" in text
    assert "##" not in text


# --- Time and memory budget ------------------------------------------------------------------
# The parsing runs in a child process, killed past DOCUMENT_TEXT_TIME_LIMIT (seconds) or
# DOCUMENT_TEXT_MEMORY_LIMIT (MB). The replacements below are module-level functions of a module
# that imports no Django, so that the child process can import them by name.


def slow_pdf(operators):
    """A small PDF (a few KB) whose one page shows "a" `operators` times: pypdf takes about 15
    seconds of CPU for a million."""
    content = zlib.compress(b"BT /F1 1 Tf " + b"(a) Tj " * operators + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def sleeping_parse(*args):
    time.sleep(60)


def looping_parse(*args):
    while True:
        pass


def hungry_parse(*args):
    hoard = []
    while True:
        hoard.append(bytearray(16 * 1024 * 1024))


TIME_NOTE = (
    "Reading the text of this file took longer than 1 second, so it was stopped. The file is "
    "stored and can be downloaded, but its text will not be found by search."
)


def test_crafted_slow_pdf_is_stopped_at_the_time_limit(settings):
    settings.DOCUMENT_TEXT_TIME_LIMIT = 1
    data = slow_pdf(1_000_000)
    assert len(data) < 20_000
    started = time.monotonic()
    result = extract(data, "slow.pdf")
    assert time.monotonic() - started < 5
    assert result == Extraction("skipped", "", TIME_NOTE)


@pytest.mark.parametrize("parse", [sleeping_parse, looping_parse])
def test_slow_parsing_is_stopped_at_the_time_limit(settings, monkeypatch, parse):
    settings.DOCUMENT_TEXT_TIME_LIMIT = 1
    monkeypatch.setattr(extraction, "_parse", parse)
    started = time.monotonic()
    result = extract(build_pdf("Title", PARAGRAPHS), "test.pdf")
    assert time.monotonic() - started < 5
    assert result == Extraction("skipped", "", TIME_NOTE)


def test_memory_hog_is_stopped_at_the_memory_limit(settings, monkeypatch):
    settings.DOCUMENT_TEXT_MEMORY_LIMIT = 256
    settings.DOCUMENT_TEXT_TIME_LIMIT = 20
    monkeypatch.setattr(extraction, "_parse", hungry_parse)
    started = time.monotonic()
    result = extract(build_pdf("Title", PARAGRAPHS), "test.pdf")
    assert time.monotonic() - started < 10
    assert result == Extraction(
        "skipped",
        "",
        "Reading the text of this file needed more than 256 MB of memory, so it was stopped. The "
        "file is stored and can be downloaded, but its text will not be found by search.",
    )


def test_time_note_is_translated(settings):
    from django.utils import translation

    settings.DOCUMENT_TEXT_TIME_LIMIT = 1
    with translation.override("fr"):
        result = extract(slow_pdf(1_000_000), "slow.pdf")
    assert result.status == "skipped"
    assert "1 seconde" in result.note


def test_parsing_runs_in_another_process(monkeypatch):
    monkeypatch.setattr(extraction, "_parse", pid_parse)
    result = extract(b"some text", "notes.txt")
    assert result.text.isdigit() and int(result.text) != os.getpid()


def pid_parse(*args):
    return ("done", str(os.getpid()), None, ())


@pytest.mark.django_db
def test_slow_upload_ends_as_a_stored_note(settings, django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from campaigns.models import DocumentText

    settings.DOCUMENT_TEXT_TIME_LIMIT = 1
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        document = get_document_model()(
            title="Slow", file=ContentFile(slow_pdf(1_000_000), name="slow.pdf")
        )
        document.save()
    assert time.monotonic() - started < 6
    text = DocumentText.objects.get(document=document)
    assert (text.status, text.text, text.note) == ("skipped", "", TIME_NOTE)


@pytest.mark.django_db
def test_upload_does_not_read_the_text_with_a_queue_backend(
    settings, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from campaigns.models import DocumentText

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        document = get_document_model()(
            title="Queued", file=ContentFile(build_pdf("Title", PARAGRAPHS), name="q.pdf")
        )
        document.save()
    assert DocumentText.objects.get(document=document).status == "pending"

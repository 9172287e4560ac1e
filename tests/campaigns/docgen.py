"""Test documents built on the fly: what docbuild does not build (tables,
encrypted or blank PDFs, ZIP bombs)."""

import io
import struct
import zipfile

from docx import Document
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P
from pypdf import PdfReader, PdfWriter

from .docbuild import build_docx, build_pdf


def docx_with_table(rows, *, before="Before the table.", after="After the table.", nested=None):
    """A .docx with a paragraph, a table of `rows` (lists of cell texts), a paragraph; the first
    cell of the last row holds a nested table of `nested` rows when given."""
    document = Document()
    document.add_paragraph(before)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    if nested:
        inner = table.rows[-1].cells[0].add_table(rows=len(nested), cols=len(nested[0]))
        for row, texts in zip(inner.rows, nested, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    document.add_paragraph(after)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_with_merged_cells(text):
    """A .docx whose table has one cell merged across three columns."""
    document = Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = text
    for index, cell in enumerate(table.rows[1].cells):
        cell.text = f"cell {index}"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_with_table(rows, *, before="Before the table."):
    document = OpenDocumentText()
    document.text.addElement(P(text=before))
    table = Table(name="Contacts")
    table.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for texts in rows:
        row = TableRow()
        for text in texts:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def _clone(pdf):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    return writer


def encrypted_pdf(paragraphs, *, user_password, owner_password=None):
    """A PDF from build_pdf, encrypted (RC4-128: no extra dependency needed to read it)."""
    writer = _clone(build_pdf("Encrypted", paragraphs))
    writer.encrypt(user_password, owner_password or "owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def blank_pdf(pages=1):
    """A PDF of blank pages: what a scan without a text layer looks like to a text extractor."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_bomb_docx(unpacked_bytes):
    """A real .docx with one more entry of `unpacked_bytes` zeros (which compress to almost
    nothing)."""
    source = zipfile.ZipFile(io.BytesIO(build_docx("Bomb", ["Tiny text."])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            archive.writestr(entry, source.read(entry))
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as target:
            chunk = bytes(1024 * 1024)
            for _ in range(unpacked_bytes // len(chunk)):
                target.write(chunk)
    return out.getvalue()


def docx_declaring_size(declared):
    """A real .docx whose central directory claims that word/document.xml unpacks to
    `declared` bytes (at most 4 GB - 1): a bomb as the archive describes it."""
    data = bytearray(build_docx("Bomb", ["Tiny text."]))
    name = b"word/document.xml"
    position = 0
    while True:
        position = data.index(b"PK\x01\x02", position)
        (name_length,) = struct.unpack_from("<H", data, position + 28)
        if data[position + 46 : position + 46 + name_length] == name:
            struct.pack_into("<I", data, position + 24, declared)
            return bytes(data)
        position += 4


def docx_with_renamed_main_part(paragraphs):
    """A .docx whose main part is word/document2.xml, as some editors write it."""
    source = zipfile.ZipFile(io.BytesIO(build_docx("Renamed", paragraphs)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            data = source.read(entry)
            name = entry.filename
            if name == "word/document.xml":
                name = "word/document2.xml"
            elif name in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"word/document.xml", b"word/document2.xml")
            elif name == "word/_rels/document.xml.rels":
                name = "word/_rels/document2.xml.rels"
            archive.writestr(name, data)
    return out.getvalue()

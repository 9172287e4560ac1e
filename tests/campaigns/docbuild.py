"""Test documents built in memory: real PDF (a small writer of our own, so that the tests need no
PDF library), Word (.docx, python-docx) and OpenDocument (.odt, odfpy) files from a title and
paragraphs. The demo's own documents are committed files (home/demo/documents/, built by
bin/build_demo_documents.py).

The same conventions hold in every format: a paragraph starting with "## " is a heading, one
starting with "- " is a bullet, and a "\\n" inside a paragraph is a line break (in a letter's
address block, for example).
"""

import datetime
import hashlib
import io
import re
import zlib

ORGANISATION = "Open Internet Campaigns"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _long_date(date):
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


# --- A small PDF writer --------------------------------------------------------------------

# Advance widths (in 1/1000 of the font size) of the standard Type 1 fonts Helvetica and
# Helvetica-Bold, for the WinAnsiEncoding codes 32 to 255, from Adobe's Core 14 AFM metrics;
# 0 for the codes WinAnsiEncoding leaves undefined.
# fmt: off
HELVETICA_WIDTHS = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # 32
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 48
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # 64
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # 80
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # 96
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,  # 112
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,  # 128
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,  # 144
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,  # 160
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,  # 176
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  # 192
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  # 208
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,  # 224
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,  # 240
)
HELVETICA_BOLD_WIDTHS = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,  # 32
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,  # 48
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,  # 64
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,  # 80
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,  # 96
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,  # 112
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,  # 128
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,  # 144
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,  # 160
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,  # 176
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  # 192
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  # 208
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,  # 224
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,  # 240
)
# fmt: on

FONTS = {"F1": ("Helvetica", HELVETICA_WIDTHS), "F2": ("Helvetica-Bold", HELVETICA_BOLD_WIDTHS)}

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 (210 x 297 mm), in points
MARGIN_X = 64
MARGIN_TOP = 72
MARGIN_BOTTOM = 68
FOOTER_BASELINE = 38
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BULLET_INDENT = 16


class _Style:
    def __init__(self, font, size, leading, before, after, color="0 g", indent=0):
        self.font, self.size, self.leading = font, size, leading
        self.before, self.after, self.color, self.indent = before, after, color, indent


STYLES = {
    "title": _Style("F2", 19, 24, 0, 4, "0.07 0.16 0.33 rg"),
    "byline": _Style("F1", 9.5, 13, 0, 16, "0.35 g"),
    "heading": _Style("F2", 13, 17, 10, 5, "0.07 0.16 0.33 rg"),
    "body": _Style("F1", 10.5, 14.5, 0, 7),
    "bullet": _Style("F1", 10.5, 14.5, 0, 4, indent=BULLET_INDENT),
}

_PDF_REPLACEMENTS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2212": "-", "\t": " "})
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def _encode(text):
    """Text as WinAnsiEncoding (cp1252) bytes; characters outside it become "?"."""
    text = _CONTROL.sub("", text.translate(_PDF_REPLACEMENTS))
    return text.encode("cp1252", errors="replace")


def _escape(data):
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_width(data, font, size):
    """The width in points of WinAnsi-encoded `data` set in `font` ("F1" or "F2")."""
    widths = FONTS[font][1]
    return sum(widths[code - 32] for code in data if code >= 32) * size / 1000


def wrap(text, font, size, width):
    """Lines (WinAnsi bytes) of at most `width` points: words are kept whole unless one alone
    is wider than a line; "\\n" forces a line break."""
    lines = []
    for hard_line in _encode(text).split(b"\n"):
        line = b""
        for word in hard_line.split():
            candidate = line + b" " + word if line else word
            if text_width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, font, size) > width:  # a word wider than the line: cut it
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _number(value):
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _text_op(data, font, size, x, y, color):
    return (
        f"{color} BT /{font} {_number(size)} Tf {_number(x)} {_number(y)} Td (".encode()
        + _escape(data)
        + b") Tj ET"
    )


def _pdf_string(text):
    """A PDF text string: a literal when plain ASCII, otherwise UTF-16BE with its BOM."""
    if all(32 <= ord(char) < 127 for char in text):
        return b"(" + _escape(text.encode("ascii")) + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _blocks(title, paragraphs, byline):
    yield "title", title
    if byline:
        yield "byline", byline
    for paragraph in paragraphs:
        if paragraph.startswith("## "):
            yield "heading", paragraph[3:]
        elif paragraph.startswith("- "):
            yield "bullet", paragraph[2:]
        else:
            yield "body", paragraph


def _layout(title, paragraphs, byline):
    """The pages, each a list of content-stream operations."""
    pages = [[]]
    top = PAGE_HEIGHT - MARGIN_TOP
    y = top
    for kind, text in _blocks(title, paragraphs, byline):
        style = STYLES[kind]
        x = MARGIN_X + style.indent
        lines = wrap(text, style.font, style.size, TEXT_WIDTH - style.indent)
        # A heading keeps its first two lines of text with it; a paragraph, its first two lines.
        keep = len(lines) + 2 if kind == "heading" else min(len(lines), 2)
        needed = style.before + keep * STYLES["body"].leading
        if y < top and y - needed < MARGIN_BOTTOM:
            pages.append([])
            y = top
        elif y < top:
            y -= style.before
        for number, line in enumerate(lines):
            if y - style.leading < MARGIN_BOTTOM:
                pages.append([])
                y = top
            y -= style.leading
            baseline = y + (style.leading - style.size) / 2
            if kind == "bullet" and number == 0:
                pages[-1].append(_text_op(b"\x95", "F1", style.size, MARGIN_X + 3, baseline, "0 g"))
            pages[-1].append(_text_op(line, style.font, style.size, x, baseline, style.color))
        if kind == "title":
            pages[-1].append(
                f"0.07 0.16 0.33 RG 1.2 w {MARGIN_X} {_number(y - 4)} m "
                f"{PAGE_WIDTH - MARGIN_X} {_number(y - 4)} l S".encode()
            )
            y -= 8
        y -= style.after
    total = len(pages)
    for number, operations in enumerate(pages, start=1):
        footer = _encode(f"Page {number} of {total}")
        width = text_width(footer, "F1", 8.5)
        x = (PAGE_WIDTH - width) / 2
        operations.append(_text_op(footer, "F1", 8.5, x, FOOTER_BASELINE, "0.4 g"))
    return pages


def build_pdf(title, paragraphs, *, author="", subject="", date=None) -> bytes:
    """A PDF 1.4 of A4 pages in Helvetica: the title (bold, with the author and date under it
    when given), then the paragraphs, with headings ("## "), bullets ("- ") and page numbers.
    The document information dictionary holds the title, author and subject."""
    byline = ", ".join(part for part in (author, _long_date(date) if date else "") if part)
    pages = _layout(title, paragraphs, byline)

    objects = {}  # number: body
    fonts = b" ".join(f"/{key} {3 + i} 0 R".encode() for i, key in enumerate(FONTS))
    page_numbers = [6 + 2 * i for i in range(len(pages))]
    objects[1] = (
        b"<< /Type /Catalog /Pages 2 0 R /Lang (en) "
        b"/ViewerPreferences << /DisplayDocTitle true >> >>"
    )
    objects[2] = (
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{n} 0 R".encode() for n in page_numbers)
        + f"] /Count {len(pages)} >>".encode()
    )
    for i, (name, _widths) in enumerate(FONTS.values()):
        objects[3 + i] = (
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} "
            f"/Encoding /WinAnsiEncoding >>".encode()
        )
    info = {"Title": title, "Author": author, "Subject": subject, "Creator": ORGANISATION}
    objects[5] = (
        b"<< "
        + b" ".join(
            f"/{key} ".encode() + _pdf_string(value) for key, value in info.items() if value
        )
        + b" /Producer (tests.campaigns.docbuild)"
        + (f" /CreationDate (D:{date:%Y%m%d}120000Z)".encode() if date else b"")
        + b" >>"
    )
    for page_number, operations in zip(page_numbers, pages, strict=True):
        content = zlib.compress(b"\n".join(operations), 9)
        objects[page_number] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << ".encode()
            + fonts
            + f" >> /ProcSet [/PDF /Text] >> /Contents {page_number + 1} 0 R >>".encode()
        )
        objects[page_number + 1] = (
            f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode()
            + content
            + b"\nendstream"
        )

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n")
    xref = out.tell()
    size = max(objects) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for number in range(1, size):
        out.write(f"{offsets[number]:010d} 00000 n \n".encode())
    digest = hashlib.md5(out.getvalue(), usedforsecurity=False).hexdigest().upper()
    out.write(
        f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R /ID [<{digest}> <{digest}>] >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


# --- Word (.docx) --------------------------------------------------------------------------


def build_docx(title, paragraphs, *, author="", subject="", date=None) -> bytes:
    """A .docx on A4: the title in the Title style, "## " as Heading 2, "- " as List Bullet;
    the core properties hold the title, author and subject."""
    from docx import Document
    from docx.shared import Mm

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)

    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.subject = subject
    properties.language = "en"
    properties.revision = 1
    if date:
        moment = datetime.datetime(date.year, date.month, date.day, 12, tzinfo=datetime.UTC)
        properties.created = properties.modified = moment

    document.add_paragraph(title, style="Title")
    for paragraph in paragraphs:
        if paragraph.startswith("## "):
            document.add_heading(paragraph[3:], level=2)
        elif paragraph.startswith("- "):
            document.add_paragraph(paragraph[2:], style="List Bullet")
        else:
            document.add_paragraph(paragraph)  # "\n" becomes a line break (w:br)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- OpenDocument (.odt) -------------------------------------------------------------------


def build_odt(title, paragraphs, *, author="", subject="", date=None) -> bytes:
    """An .odt on A4 with the same conventions: a Title paragraph, "## " as a level-2 heading,
    "- " as a bulleted list (consecutive bullets share one list)."""
    from odf import dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        ListLevelProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TextProperties,
    )
    from odf.teletype import addTextToElement
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P

    document = OpenDocumentText()

    document.meta.addElement(dc.Title(text=title))
    document.meta.addElement(dc.Language(text="en"))
    if subject:
        document.meta.addElement(dc.Subject(text=subject))
    if author:
        document.meta.addElement(meta.InitialCreator(text=author))
        document.meta.addElement(dc.Creator(text=author))
    if date:
        stamp = f"{date:%Y-%m-%d}T12:00:00"
        document.meta.addElement(meta.CreationDate(text=stamp))
        document.meta.addElement(dc.Date(text=stamp))

    layout = PageLayout(name="A4")
    layout.addElement(
        PageLayoutProperties(
            pagewidth="21cm", pageheight="29.7cm", printorientation="portrait", margin="2.5cm"
        )
    )
    document.automaticstyles.addElement(layout)
    document.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=layout))

    def paragraph_style(name, display, size, bold=False, before="0cm", after="0.2cm", **extra):
        style = Style(name=name, displayname=display, family="paragraph", **extra)
        style.addElement(ParagraphProperties(margintop=before, marginbottom=after))
        text = {"fontsize": size, "fontfamily": "Helvetica, Arial, sans-serif"}
        if bold:
            text["fontweight"] = "bold"
        style.addElement(TextProperties(**text))
        document.styles.addElement(style)
        return style

    title_style = paragraph_style("Title", "Title", "20pt", bold=True, after="0.5cm")
    heading_style = paragraph_style(
        "Heading_20_2",
        "Heading 2",
        "14pt",
        bold=True,
        before="0.4cm",
        after="0.15cm",
        defaultoutlinelevel="2",
    )
    body_style = paragraph_style("Text_20_body", "Text body", "11pt")
    bullets = ListStyle(name="Bullets", displayname="Bullets")
    level = ListLevelStyleBullet(level=1, bulletchar="\u2022")
    level.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.5cm"))
    bullets.addElement(level)
    document.styles.addElement(bullets)

    def add(element, text):
        addTextToElement(element, text)  # spaces, tabs and "\n" as ODF elements
        return element

    document.text.addElement(add(P(stylename=title_style), title))
    current_list = None
    for paragraph in paragraphs:
        if paragraph.startswith("- "):
            if current_list is None:
                current_list = List(stylename=bullets)
                document.text.addElement(current_list)
            item = ListItem()
            item.addElement(add(P(stylename=body_style), paragraph[2:]))
            current_list.addElement(item)
            continue
        current_list = None
        if paragraph.startswith("## "):
            document.text.addElement(add(H(outlinelevel=2, stylename=heading_style), paragraph[3:]))
        else:
            document.text.addElement(add(P(stylename=body_style), paragraph))

    out = io.BytesIO()
    document.write(out)
    return out.getvalue()

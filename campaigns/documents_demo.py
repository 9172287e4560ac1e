"""Demo documents built in code: the WCIT campaign's four advocacy tools, as real PDF, Word
(.docx) and OpenDocument (.odt) files, so that the repository holds no binary files.

Written for this project from the facts in ../shared/facts/wcit_campaign.yaml; no sentence is
copied from elsewhere. The contact directory's bodies are generic descriptions and its addresses
are placeholders on example.org: no real person or mailbox is named.

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
        + b" /Producer (campaigns.documents_demo)"
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


# --- The WCIT campaign's advocacy tools ------------------------------------------------------

CONTACT_POINTS = [
    (
        "Brazil",
        "Ministry responsible for communications, international affairs office",
        "wcit-contact@communications-br.example.org",
    ),
    (
        "Canada",
        "Department responsible for telecommunications policy, international branch",
        "itu-contact@telecom-policy-ca.example.org",
    ),
    (
        "Egypt",
        "Ministry responsible for communications and information technology",
        "wcit-contact@ministry-eg.example.org",
    ),
    (
        "France",
        "Ministry responsible for digital affairs, international telecommunications unit",
        "wcit-contact@ministry-fr.example.org",
    ),
    (
        "Kenya",
        "Ministry responsible for information and communications, with the national "
        "communications regulator",
        "wcit-contact@ministry-ke.example.org",
    ),
    (
        "Mexico",
        "Under-secretariat responsible for communications",
        "wcit-contact@communications-mx.example.org",
    ),
    (
        "Tunisia",
        "Ministry responsible for communication technologies",
        "wcit-contact@ministry-tn.example.org",
    ),
    (
        "United Kingdom",
        "Office responsible for international telecommunications policy",
        "wcit-contact@telecoms-uk.example.org",
    ),
]

SENDER_BLOCK = "[Your name]\n[Your organisation]\n[Your address]\n[Your email address]"
MINISTER_BLOCK = (
    "[Minister's name]\nMinister responsible for telecommunications\n[Ministry's address]\n"
    "[Country]"
)

ADVOCACY_TOOLS = [
    {
        "slug": "itu-national-contact-points",
        "kind": "contact_directory",
        "title": "ITU national contact points",
        "intro": (
            "Who speaks for your country at the ITU? The ministries and regulators that act as "
            "national contact points, and how to reach them before WCIT."
        ),
        "format": "pdf",
        "date": datetime.date(2012, 9, 10),
        "paragraphs": [
            "Every member state of the International Telecommunication Union (ITU), the UN "
            "agency for telecommunications, names a national contact point. It is usually the "
            "ministry responsible for telecommunications, and sometimes the national regulator. "
            "This body receives the ITU's invitations and documents, prepares the country's "
            "position, and will speak for the country at the World Conference on International "
            "Telecommunications (WCIT-12), in Dubai from 3 to 14 December 2012.",
            "## Why it matters",
            "At WCIT, governments alone will revise the International Telecommunication "
            "Regulations (ITRs), a treaty. The national contact point is the one office where "
            "citizens, civil society groups and businesses can ask what their own government "
            "intends to propose or to support. In most countries the national position is "
            "drafted during the autumn: now is the time to write.",
            "## How to use this list",
            "- Find your country below, and note the body and the address of its WCIT contact.",
            "- Write to the office rather than to a person: staff change, and a letter to the "
            "office is filed and answered.",
            "- Ask concrete questions: who prepares the national position, whether a public "
            "consultation is planned, and whether the preparatory documents can be shared.",
            "- Be brief and polite, say who you are and whom you represent, and ask for a reply "
            "by a given date.",
            "- Keep a copy of what you send and of any answer.",
            "## Contact points",
            *(
                f"- {country}: {body}. Write to: {address}"
                for country, body, address in CONTACT_POINTS
            ),
            "## Before you write",
            "This directory is a demonstration: the addresses above are examples on "
            "example.org, not real mailboxes. Before you send anything, look up the current "
            "details in the ITU's own list of national contact points, which the ITU keeps up "
            "to date, and check the website of your ministry or regulator for the office in "
            "charge of WCIT.",
            "If your country is not listed, the ITU's list will tell you which body holds the "
            "role. If an address no longer works, or a body has changed, please tell us so that "
            "other readers do not lose time.",
            "## After you write",
            "Tell us about any answer you receive, even a short acknowledgement. Knowing which "
            "governments reply, and what they say, helps civil society groups in every country "
            "see where each government stands, and a government that knows its citizens are "
            "following the negotiations is more likely to open its process.",
        ],
    },
    {
        "slug": "sample-letter-national-consultation",
        "kind": "letter_template",
        "title": "Sample letter requesting a national consultation on WCIT",
        "intro": (
            "A letter to adapt and send to your minister, asking for an open and inclusive "
            "national consultation before the national position for WCIT is fixed."
        ),
        "format": "docx",
        "date": datetime.date(2012, 9, 24),
        "paragraphs": [
            SENDER_BLOCK,
            "[Date]",
            MINISTER_BLOCK,
            "Subject: A national consultation before the World Conference on International "
            "Telecommunications (WCIT-12)",
            "Dear [Minister's name],",
            "I am writing on behalf of [Your organisation], which [one sentence on what your "
            "organisation does], about the World Conference on International Telecommunications "
            "that the International Telecommunication Union (ITU) will hold in Dubai from 3 to "
            "14 December 2012. At this conference, governments will revise the International "
            "Telecommunication Regulations (ITRs), a treaty that will bind [Country] once it is "
            "signed.",
            "Several proposals made for the conference would bring parts of the internet under "
            "the ITRs: rules on how traffic is routed and paid for, on spam and network "
            "security, or on the obligations of online services. Decisions of this kind affect "
            "the freedom of expression, the privacy and the access to information of every "
            "internet user in [Country], and the businesses and public services that rely on an "
            "open network. They should not be taken without the people they affect.",
            "We therefore ask the government of [Country] to hold an open and inclusive national "
            "consultation before Dubai, before the national position is fixed. In particular, "
            "we ask you to:",
            "- publish the proposals that [Country] has made or intends to support, with the "
            "preparatory documents of the conference that the government has received;",
            "- invite written comments from the public, and hold at least one open meeting with "
            "civil society, the technical community, academics and businesses, announced early "
            "enough for them to prepare;",
            "- explain how the comments received were taken into account in the national position;",
            "- report back publicly after the conference: what was decided in Dubai, what "
            "[Country] supported, and whether it intends to sign the revised treaty.",
            "The internet is run today by a wide range of organisations, companies, engineers "
            "and users working together. A consultation would let [Country] draw on their "
            "knowledge, and would give its delegation a clearer and better-informed mandate.",
            "[Your organisation] would be glad to take part in such a consultation and to share "
            "its analysis of the proposals. I would welcome the chance to discuss this request "
            "with you or your staff, and I look forward to your reply.",
            "Yours sincerely,",
            "[Your name]\n[Your title], [Your organisation]",
        ],
    },
    {
        "slug": "talking-points-civil-society",
        "kind": "talking_points",
        "title": "Sample talking points for civil society on WCIT",
        "intro": (
            "Short arguments for meetings with officials, interviews and opinion pieces: why "
            "WCIT matters, which proposals worry us, and what to ask for."
        ),
        "format": "pdf",
        "date": datetime.date(2012, 10, 15),
        "paragraphs": [
            "These talking points are for civil society organisations that meet officials, speak "
            "to journalists or write about the World Conference on International "
            "Telecommunications (WCIT-12), held by the ITU in Dubai from 3 to 14 December 2012. "
            "Adapt them to your country and your audience: two or three clear points work "
            "better than a long list.",
            "## Why the ITRs matter",
            "- The International Telecommunication Regulations (ITRs) are a binding treaty. They "
            "were last revised in 1988, before most people had heard of the internet.",
            "- Once revised, the treaty will frame international telecommunications for years. "
            "Words agreed in Dubai will be hard to undo.",
            "- Only governments vote at the ITU. Users, civil society, the technical community "
            "and most businesses have no seat, and the preparatory documents are not public.",
            "## Keep the internet out of the ITU's mandate",
            "- The internet grew because no single authority controls it. Its standards, names "
            "and addresses are managed by open bodies in which anyone can take part.",
            "- The ITU was built for a world of national telephone operators. Extending its "
            "mandate to the internet would give governments alone a say over a network that "
            "belongs to everyone.",
            "- Real problems such as spam or fraud are best solved by cooperation between all "
            "those who run and use the network, not by a treaty negotiated behind closed doors.",
            "## Proposals of concern",
            "- Full state control over the information and communication infrastructure within "
            "a state. This would give governments a treaty basis to filter, monitor or shut "
            "down networks.",
            "- Inspection of private email, justified as fighting spam and malware. Reading "
            "messages to find spam is a surveillance tool that can be turned against "
            "journalists, activists and anyone else.",
            "- Fees that would make access to large websites harder. If content providers must "
            "pay to reach users in some countries, those users will see fewer services, and "
            "the digital divide will grow.",
            "- New powers for governments to regulate global online service providers. Bringing "
            "search engines, social networks and email services under a telecommunications "
            "treaty would open the door to national rules on what people may say and read.",
            "## What to ask for",
            "- Publish the preparatory documents and every national proposal now, so that the "
            "public can read what is being negotiated.",
            "- Recognise the role of users: nothing in the treaty should limit freedom of "
            "expression, privacy or access to information.",
            "- Keep the definitions narrow, so that the ITRs do not reach internet content or "
            "services.",
            "- Open the process: hold national consultations, include civil society in national "
            "delegations, and support a multistakeholder approach to internet governance, in "
            "which users, businesses, technical bodies and governments all have a voice.",
            "## Key facts",
            "- What: the World Conference on International Telecommunications (WCIT-12).",
            "- Who decides: the governments of the ITU's member states.",
            "- When and where: 3 to 14 December 2012, Dubai, United Arab Emirates.",
            "- What is at stake: the revision of the International Telecommunication "
            "Regulations, a treaty.",
        ],
    },
    {
        "slug": "sample-letter-join-delegation",
        "kind": "letter_template",
        "title": "Sample letter requesting to join a national delegation to WCIT",
        "intro": (
            "A letter to adapt and send to your minister, asking for a civil society seat in "
            "your country's delegation to the conference in Dubai."
        ),
        "format": "odt",
        "date": datetime.date(2012, 10, 1),
        "paragraphs": [
            SENDER_BLOCK,
            "[Date]",
            MINISTER_BLOCK,
            "Subject: A civil society seat in the delegation of [Country] to WCIT-12",
            "Dear [Minister's name],",
            "I am writing on behalf of [Your organisation] to ask that a representative of "
            "civil society be included in the delegation that [Country] will send to the World "
            "Conference on International Telecommunications (WCIT-12), which the International "
            "Telecommunication Union will hold in Dubai from 3 to 14 December 2012.",
            "The conference will revise the International Telecommunication Regulations, a "
            "treaty that some governments want to extend to the internet. Its decisions will "
            "affect how people in [Country] communicate, find information and do business "
            "online. Delegations to ITU conferences may include members who are not civil "
            "servants, and we believe that the delegation of [Country] would be stronger with "
            "a voice that speaks from the experience of internet users.",
            "[Your organisation] has worked on [your field, for example freedom of expression "
            "online, privacy or access to the internet] since [year]. Our representative would "
            "bring to the delegation:",
            "- knowledge of how the proposals on the table would affect internet users, drawn "
            "from our work with [the people or communities you work with];",
            "- quick analysis of new texts as they appear during the negotiations;",
            "- contacts with civil society groups in other countries, which can help the "
            "delegation understand other positions and find allies;",
            "- a way to explain the delegation's work to the public in [Country], during and "
            "after the conference.",
            "We understand that the members of a national delegation speak for their country, "
            "not for their own organisations. Our representative would follow the delegation's "
            "rules, including its instructions, its rules on confidentiality and the directions "
            "of the head of delegation, and [Your organisation] would cover their travel and "
            "accommodation if needed.",
            "If a seat in the delegation is not possible, we ask that the government of "
            "[Country] brief civil society before and after the conference, and share the "
            "documents it receives from the ITU.",
            "I would be glad to meet you or your officials to discuss this request. Thank you "
            "for considering it; I look forward to your reply.",
            "Yours sincerely,",
            "[Your name]\n[Your title], [Your organisation]\n[Your phone number]",
        ],
    },
]


def build_tool_document(tool):
    """The tool's document as (filename, content), e.g.
    ("sample-letter-national-consultation.docx", b"PK...")."""
    builders = {"pdf": build_pdf, "docx": build_docx, "odt": build_odt}
    content = builders[tool["format"]](
        tool["title"],
        tool["paragraphs"],
        author=ORGANISATION,
        subject=tool["intro"],
        date=tool["date"],
    )
    return f"{tool['slug']}.{tool['format']}", content


def letter_text(tool):
    """The tool's text as plain text, without its title: paragraphs separated by a blank line
    (consecutive bullets by a single line break), headings without their "## ", bullets as
    "- " lines, line breaks within a paragraph kept."""
    blocks = []
    for paragraph in tool["paragraphs"]:
        if paragraph.startswith("## "):
            paragraph = paragraph[3:]
        elif paragraph.startswith("- ") and blocks and blocks[-1].startswith("- "):
            blocks[-1] += "\n" + paragraph
            continue
        blocks.append(paragraph)
    return "\n\n".join(blocks)

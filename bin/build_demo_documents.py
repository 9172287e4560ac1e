"""Build the demo's advocacy tools' documents into home/demo/documents/ (run once; the files are
committed, and `load_demo` only uploads them).

    pip install fpdf2  # build-time only, not a dependency of the portal
    .venv/bin/python bin/build_demo_documents.py

Each tool of home/demo/content/library.toml names its file ("documents/<slug>.<format>") and its
paragraphs: a paragraph starting with "## " is a heading, one starting with "- " a bullet, and a
"\\n" inside a paragraph is a line break (in a letter's address block). PDF with fpdf2, Word with
python-docx, OpenDocument with odfpy.
"""

import datetime
import io
import sys
import tomllib
from pathlib import Path

from docx import Document
from docx.shared import Mm
from fpdf import FPDF
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

DEMO = Path(__file__).resolve().parent.parent / "home" / "demo"
NAVY = (18, 41, 84)


def long_date(date):
    return f"{date.day} {date:%B} {date.year}"


class _PDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.set_text_color(90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def keep_together(pdf, paragraph):
    """A new page rather than a paragraph cut in two (a heading keeps room for two lines under
    it): text extractors then read each paragraph whole, without the footer inside it."""
    pdf.set_font("Helvetica", "B" if paragraph.startswith("## ") else "", 10.5)
    height = pdf.multi_cell(0, 5.2, paragraph, dry_run=True, output="HEIGHT")
    if paragraph.startswith("## "):
        height += 16
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def build_pdf(title, paragraphs, *, author, subject, date):
    """An A4 PDF in Helvetica: the title (bold, the author and date under it), then the
    paragraphs, with headings, bullets and numbered pages; title, author and subject in its
    metadata."""
    pdf = _PDF(format="A4")
    pdf.set_margins(22, 25, 22)
    pdf.set_auto_page_break(True, margin=24)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_subject(subject)
    pdf.set_creator(author)
    pdf.set_lang("en")
    pdf.set_creation_date(
        datetime.datetime(date.year, date.month, date.day, 12, tzinfo=datetime.UTC)
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 19)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 8.5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9.5)
    pdf.set_text_color(90)
    pdf.multi_cell(0, 5, f"{author}, {long_date(date)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for paragraph in paragraphs:
        keep_together(pdf, paragraph)
        if paragraph.startswith("## "):
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.set_text_color(*NAVY)
            pdf.multi_cell(0, 6, paragraph[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.set_font("Helvetica", size=10.5)
        pdf.set_text_color(0)
        if paragraph.startswith("- "):
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, 5.2, "-")
            pdf.multi_cell(0, 5.2, paragraph[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        else:
            pdf.multi_cell(0, 5.2, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.4)
    return bytes(pdf.output())


def build_docx(title, paragraphs, *, author, subject, date):
    """A .docx on A4: the title in the Title style, "## " as Heading 2, "- " as List Bullet;
    the core properties hold the title, author and subject."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    properties = document.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = author
    properties.subject = subject
    properties.language = "en"
    properties.revision = 1
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


def _odt_styles(document):
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

    bullets = ListStyle(name="Bullets", displayname="Bullets")
    level = ListLevelStyleBullet(level=1, bulletchar="\u2022")
    level.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.5cm"))
    bullets.addElement(level)
    document.styles.addElement(bullets)
    return {
        "title": paragraph_style("Title", "Title", "20pt", bold=True, after="0.5cm"),
        "heading": paragraph_style(
            "Heading_20_2",
            "Heading 2",
            "14pt",
            bold=True,
            before="0.4cm",
            after="0.15cm",
            defaultoutlinelevel="2",
        ),
        "body": paragraph_style("Text_20_body", "Text body", "11pt"),
        "bullets": bullets,
    }


def build_odt(title, paragraphs, *, author, subject, date):
    """An .odt on A4 with the same conventions: a Title paragraph, "## " as a level-2 heading,
    "- " as a bulleted list (consecutive bullets share one list)."""
    document = OpenDocumentText()
    stamp = f"{date:%Y-%m-%d}T12:00:00"
    for element in (
        dc.Title(text=title),
        dc.Language(text="en"),
        dc.Subject(text=subject),
        meta.InitialCreator(text=author),
        dc.Creator(text=author),
        meta.CreationDate(text=stamp),
        dc.Date(text=stamp),
    ):
        document.meta.addElement(element)
    styles = _odt_styles(document)

    def add(element, text):
        addTextToElement(element, text)  # spaces, tabs and "\n" as ODF elements
        return element

    document.text.addElement(add(P(stylename=styles["title"]), title))
    current_list = None
    for paragraph in paragraphs:
        if paragraph.startswith("- "):
            if current_list is None:
                current_list = List(stylename=styles["bullets"])
                document.text.addElement(current_list)
            item = ListItem()
            item.addElement(add(P(stylename=styles["body"]), paragraph[2:]))
            current_list.addElement(item)
            continue
        current_list = None
        if paragraph.startswith("## "):
            heading = H(outlinelevel=2, stylename=styles["heading"])
            document.text.addElement(add(heading, paragraph[3:]))
        else:
            document.text.addElement(add(P(stylename=styles["body"]), paragraph))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


BUILDERS = {"pdf": build_pdf, "docx": build_docx, "odt": build_odt}


def main():
    with open(DEMO / "content" / "library.toml", "rb") as file:
        library = tomllib.load(file)
    for tool in library["tools"]:
        content = BUILDERS[tool["format"]](
            tool["title"],
            tool["paragraphs"],
            author=library["organisation"],
            subject=tool["intro"],
            date=tool["date"],
        )
        path = DEMO / tool["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        sys.stdout.write(f"{path.relative_to(DEMO.parent.parent)}: {len(content)} bytes\n")


if __name__ == "__main__":
    main()

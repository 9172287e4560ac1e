"""The share card: a 1200x630 PNG drawn on the server for a page in one language, the picture of
its link previews (og:image, twitter:image) when an editor chose none.

It shows the site's name, the page's title and a page type's own note (a petition's signature
count): a page type takes part by defining `get_share_card_note()` (duck typing, so that the
portal imports no app). Served at `<page url>share-card.png` (portal/urls.py, `page_file`).

Cached, not drawn per request: the PNG is kept in the Django cache under its `card_version()`, a
digest of everything drawn on it (the page's last publication, the language, site name, title,
note). Publishing gives a new version, and so a new card; a petition's note moves in steps of its
count (`count_bucket` in campaigns), so a viral petition is not redrawn at every signature. The
page links the card as `share-card.png?v=<version>`, which may be kept for a year; the bare URL
is purged with the page's other files (PortalPage.get_cached_paths()).

Right-to-left languages are shaped by libraqm (Pillow's wheels bundle it; it needs the system's
FriBiDi, Debian's libfribidi0, for the bidirectional algorithm) and aligned to the right.
"""

import hashlib
import io
import re
from urllib.parse import urlsplit

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, get_language_bidi
from PIL import Image, ImageDraw
from wagtail.models import Page

from portal import card_fonts
from portal.models import SiteSettings
from portal.pages import SHARE_CARD_ROUTE as CARD_ROUTE

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
LAYOUT = "1"  # part of every version: change it when the drawing changes
CACHE_SECONDS = 30 * 24 * 3600
VERSIONED_MAX_AGE = 365 * 24 * 3600
BACKGROUND, TEXT, ACCENT, RULE = "#083a66", "#ffffff", "#ffd166", "#2f6ea5"
TITLE_SIZES = (68, 60, 52)  # the largest that fits the title in TITLE_LINES lines, else the last
TITLE_LINES = 4
TITLE_TOP = 180
ELLIPSIS = "…"

# Wrapping units: one ideograph, kana or full-width sign at a time (no spaces between words in
# Chinese), otherwise a word with the spaces after it.
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
TOKENS = re.compile(rf"[{_WIDE}]|[^\s{_WIDE}]+\s*|\s+")


def card_note(page):
    note = getattr(page, "get_share_card_note", None)
    return str(note() or "") if callable(note) else ""


def card_text(page, request=None):
    """(site name, title, note) as drawn, in the active language."""
    # With the request, the settings come from its per-request cache (no query on a page view).
    site_name = SiteSettings.load(request_or_site=request).organisation_name or ""
    return str(site_name), page.seo_title or page.title, card_note(page)


def card_version(page, request=None):
    """A digest of what the card of `page` shows in the active language."""
    published = page.last_published_at.isoformat() if page.last_published_at else ""
    parts = [LAYOUT, str(page.pk), published, get_language() or "", *card_text(page, request)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def card_url(page, request=None):
    """The card's URL (relative to the site), with its version."""
    url = page.get_url(request)
    if not url:
        return None
    return f"{url}{CARD_ROUTE}?v={card_version(page, request)}"


# --- Drawing -------------------------------------------------------------------------------------


class Writer:
    """Text in one direction and language: which font, how wide, how wrapped."""

    def __init__(self, rtl, language):
        self.direction = "rtl" if rtl else "ltr"
        self.language = language

    def font(self, text, size):
        found = card_fonts.font_for(text)
        return card_fonts.load(found, size) if found else None

    @staticmethod
    def ellipsis(font):
        # Noto Sans Arabic has no "…" of its own: three full stops rather than a box.
        return ELLIPSIS if card_fonts.draws(font, ELLIPSIS) else "..."

    def width(self, font, text):
        return font.getlength(text, direction=self.direction, language=self.language)

    def wrap(self, font, text, width, max_lines):
        """Lines of at most `width` pixels; past `max_lines`, the last ends with an ellipsis."""
        lines, line = [], ""
        for token in TOKENS.findall(" ".join(text.split())):
            if line and self.width(font, (line + token).rstrip()) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        if line.strip():
            lines.append(line.rstrip())
        if len(lines) <= max_lines:
            return lines, True
        return [*lines[: max_lines - 1], self.truncate(font, lines[max_lines - 1], width)], False

    def truncate(self, font, line, width):
        ellipsis = self.ellipsis(font)
        while line and self.width(font, line + ellipsis) > width:
            line = line[:-1]
        return line.rstrip() + ellipsis


def line_step(font):
    # From the size, not the font's metrics: Arabic fonts declare room for stacked marks that
    # titles rarely use, and lines would stand far apart.
    return int(font.size * 1.4)


def _title_lines(writer, title, width, height):
    """The largest of TITLE_SIZES at which the title fits in `height` (else the smallest, cut
    short with an ellipsis), and its lines."""
    for size in TITLE_SIZES:
        font = writer.font(title, size)
        if font is None:
            return None, []
        max_lines = max(1, min(TITLE_LINES, height // line_step(font)))
        lines, fits = writer.wrap(font, title, width, max_lines)
        if fits:
            break
    return font, lines


def render_card(site_name, title, note, *, rtl=False, language=None):
    """The PNG bytes of a card."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    writer = Writer(rtl, language)
    width = WIDTH - 2 * MARGIN

    def write(lines, font, top, fill, step):
        for line in lines:
            x = WIDTH - MARGIN - writer.width(font, line) if rtl else MARGIN
            draw.text((x, top), line, font=font, fill=fill, direction=writer.direction,
                      language=language)  # fmt: skip
            top += step
        return top

    name_font = writer.font(site_name, 36)
    if name_font is not None and site_name:
        lines, _fits = writer.wrap(name_font, site_name, width, 1)
        write(lines, name_font, MARGIN - 20, TEXT, 0)
    draw.rectangle((MARGIN, 150, WIDTH - MARGIN, 154), fill=RULE)
    note_font = writer.font(note, 44) if note else None
    note_top = HEIGHT - MARGIN - (line_step(note_font) if note_font else 0)
    font, lines = _title_lines(writer, title, width, note_top - TITLE_TOP - 10)
    if font is not None:
        write(lines, font, TITLE_TOP, TEXT, line_step(font))
    if note_font is not None:
        lines, _fits = writer.wrap(note_font, note, width, 1)
        write(lines, note_font, note_top, ACCENT, 0)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def card_png(page, request=None):
    """The card of `page` in the active language, drawn once per version."""
    version = card_version(page, request)
    key = f"portal:share-card:{version}"
    png = cache.get(key)
    if png is None:
        language = get_language() or ""
        text = card_text(page, request)
        png = render_card(*text, rtl=get_language_bidi(), language=language)
        cache.set(key, png, CACHE_SECONDS)
    return version, png


# --- The view ------------------------------------------------------------------------------------


def public_page_at(request, path):
    """The live, public page whose URL is `path` exactly (not one of its routes), or 404."""
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page = route[0]
    url = page.get_url(request)
    if not url or urlsplit(url).path != urlsplit(request.path).path[: -len(CARD_ROUTE)]:
        raise Http404  # `<page>/<route>/share-card.png`: routes have no card of their own
    if page.get_view_restrictions().exists():
        raise Http404  # a private page's title is not for link previews
    return page


def serve_card(request, path):
    page = public_page_at(request, path)
    version, png = card_png(page, request)
    response = HttpResponse(png, content_type="image/png")
    if request.GET.get("v") == version:
        patch_cache_control(response, public=True, max_age=VERSIONED_MAX_AGE, immutable=True)
    else:
        # The bare URL (or an old version's) names whatever the page is now: purged on publish.
        patch_cache_control(response, public=True, max_age=300, s_maxage=3600)
    return response

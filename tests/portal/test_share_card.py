"""The generated share card: the picture of a page's link preview when an editor chose none."""

import io
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from PIL import Image
from wagtail.models import PageViewRestriction

from portal import card_fonts, share_card
from portal.cache import cached_paths
from portal.localize import sync_page, translate
from tests.campaigns.conftest import make_campaign
from tests.campaigns.factories import (
    ActionPageFactory,
    BriefIndexPageFactory,
    OutcomeBriefPageFactory,
    PetitionPageFactory,
    ResourceLibraryPageFactory,
    ResourcePageFactory,
)
from tests.events.factories import EventCalendarPageFactory, EventPageFactory
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

needs_fonts = pytest.mark.skipif(
    bool(card_fonts.missing_scripts()), reason="share-card fonts absent (make system-fonts)"
)


def og_image(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    meta = soup.find("meta", property="og:image")
    assert meta is not None, f"no og:image on {url}"
    return meta["content"]


def fetch_card(client, absolute_url):
    parts = urlsplit(absolute_url)
    response = client.get(parts.path + ("?" + parts.query if parts.query else ""))
    assert response.status_code == 200, absolute_url
    assert response["Content-Type"] == "image/png"
    return response, Image.open(io.BytesIO(response.content))


@pytest.fixture
def translate_page(django_capture_on_commit_callbacks):
    def run(page, code, strings):
        with django_capture_on_commit_callbacks(execute=True):
            return translate(page, code, strings)

    return run


@pytest.fixture
def petition(portal):
    campaign = make_campaign(portal)
    page = PetitionPageFactory(parent=campaign, title="Tell the ITU", slug="tell-the-itu")
    sync_page(page)
    return page


def ink_box(image, top, bottom):
    """The horizontal extent of what is drawn in white between two heights."""
    band = image.crop((0, top, image.width, bottom)).convert("L").point(lambda v: v > 200 and 255)
    return band.getbbox()


def test_card_is_a_1200x630_png_kept_a_year_under_its_version(client, petition, settings):
    url = og_image(client, petition.url)
    assert url.startswith(settings.BASE_URL + petition.url + "share-card.png?v=")
    response, image = fetch_card(client, url)
    assert image.format == "PNG" and image.size == (1200, 630)
    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    # The bare URL names whatever the page is now: short-lived, purged on publish.
    bare = client.get(petition.url + "share-card.png")
    assert bare.status_code == 200 and "max-age=300" in bare["Cache-Control"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_type_links_its_own_card_in_each_language(client, petition, language):
    campaign = petition.get_parent()
    action = ActionPageFactory(parent=campaign, slug="write")
    sync_page(action)
    home = campaign.get_parent()
    library = ResourceLibraryPageFactory(parent=campaign, slug="kit")
    children = [
        StandardPageFactory(parent=home, slug="about"),
        library,
        ResourcePageFactory(parent=library, slug="letter"),
    ]
    index = BriefIndexPageFactory(parent=home, slug="analysis")
    sync_page(index)
    calendar = EventCalendarPageFactory(parent=home, slug="events")
    sync_page(calendar)
    children += [
        OutcomeBriefPageFactory(parent=index, slug="dubai"),
        EventPageFactory(parent=calendar, slug="wcit"),
    ]
    for child in children:
        sync_page(child)
    paths = ["/", "/open/", "/open/tell-the-itu/", "/open/write/", "/about/", "/open/kit/"]
    paths += ["/open/kit/letter/", "/analysis/", "/analysis/dubai/", "/events/", "/events/wcit/"]
    for path in paths:
        page_url = f"/{language}{path}"
        url = og_image(client, page_url)
        assert urlsplit(url).path == page_url + "share-card.png"
        _response, image = fetch_card(client, url)
        assert image.size == (1200, 630)


def test_the_card_is_drawn_once_per_version(client, petition, monkeypatch):
    drawn = []
    real = share_card.render_card
    monkeypatch.setattr(share_card, "render_card", lambda *a, **k: drawn.append(a) or real(*a, **k))
    for _ in range(3):
        assert client.get(petition.url + "share-card.png").status_code == 200
    assert len(drawn) == 1
    assert drawn[0][1] == "Tell the ITU"


def test_a_new_revision_gives_a_new_card(client, petition):
    before = og_image(client, petition.url)
    _response, old = fetch_card(client, before)
    petition.title = "Tell the ITU, and tell it loudly"
    petition.save_revision().publish()
    after = og_image(client, petition.url)
    assert after != before
    _response, new = fetch_card(client, after)
    assert old.tobytes() != new.tobytes()


def test_petition_card_writes_its_count_in_the_readers_digits(petition):
    petition.__dict__["signature_count"] = 12345
    with translation.override("en"):
        assert petition.get_share_card_note() == "12,300 signatures"
    with translation.override("ar"):
        # Western digits in Arabic, as everywhere on the site (portal/i18n.py).
        assert petition.get_share_card_note() == "12,300 توقيع"
    petition.__dict__["signature_count"] = 1
    with translation.override("fr"):
        assert petition.get_share_card_note() == "1 signature"


@needs_fonts
def test_arabic_card_is_written_from_the_right(client, petition, translate_page):
    translate_page(petition, "ar", {"Tell the ITU": "قولوا للاتحاد"})
    _response, arabic = fetch_card(client, og_image(client, "/ar/open/tell-the-itu/"))
    _response, english = fetch_card(client, og_image(client, "/en/open/tell-the-itu/"))
    left, _top, right, _bottom = ink_box(arabic, share_card.TITLE_TOP, 440)
    assert right > share_card.WIDTH - share_card.MARGIN - 20  # against the right margin
    assert left > share_card.WIDTH / 2  # a short title leaves the left half empty
    left, _top, right, _bottom = ink_box(english, share_card.TITLE_TOP, 440)
    assert left < share_card.MARGIN + 20 and right < share_card.WIDTH / 2


@needs_fonts
def test_chinese_card_draws_its_glyphs_not_empty_boxes(client, petition, translate_page):
    title = "告诉国际电联"
    font = card_fonts.font_for(title)
    assert font.family == "Noto Sans CJK SC"
    assert all(card_fonts.has_glyph(font, char) for char in title)
    real = share_card.render_card("", title, "", language="zh-hans")
    tofu = share_card.render_card("", card_fonts.MISSING * len(title), "", language="zh-hans")
    assert real != tofu
    translate_page(petition, "zh-hans", {"Tell the ITU": title})
    _response, card = fetch_card(client, og_image(client, "/zh-hans/open/tell-the-itu/"))
    assert ink_box(card, share_card.TITLE_TOP, 440) is not None


def test_long_titles_wrap_and_end_with_an_ellipsis_inside_the_card():
    writer = share_card.Writer(rtl=False, language="en")
    font = writer.font("x", 52)
    lines, fits = writer.wrap(font, "A very long title that goes on " * 20, 1040, 3)
    assert not fits and len(lines) == 3 and lines[-1].endswith("…")
    assert all(writer.width(font, line) <= 1040 for line in lines)


def test_bad_card_urls_are_404(client, petition):
    assert client.get("/en/no-such-page/share-card.png").status_code == 404
    assert client.get(petition.url + "thanks/share-card.png").status_code == 404
    draft = PetitionPageFactory(parent=petition.get_parent(), slug="draft", live=False)
    assert draft.slug == "draft"
    assert client.get("/en/open/draft/share-card.png").status_code == 404
    PageViewRestriction.objects.create(
        page=petition, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert client.get(petition.url + "share-card.png").status_code == 404


def test_cards_are_purged_with_their_pages(petition):
    assert petition.url + "share-card.png" in cached_paths([petition])


def test_card_view_queries_stay_few(client, petition, django_assert_max_num_queries):
    # Routing, the site, its settings, the count: the same for any petition, drawn or not.
    with django_assert_max_num_queries(16):
        assert client.get(petition.url + "share-card.png").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(petition.url + "share-card.png").status_code == 200


def test_the_system_check_warns_when_a_script_has_no_font(monkeypatch):
    from portal.checks import share_card_fonts_check

    monkeypatch.setattr(card_fonts, "available_fonts", lambda: ())
    (warning,) = [w for w in share_card_fonts_check(None) if w.id == "portal.W002"]
    assert "Latin, Cyrillic, Arabic, Chinese" in warning.msg
    monkeypatch.undo()
    if not card_fonts.missing_scripts():
        assert [w.id for w in share_card_fonts_check(None)] in ([], ["portal.W003"])

"""Links an editor or a translator controls: refused on save, neutralised on render."""

import re
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import SegmentOverride, Translation

from campaigns.blocks import CampaignBodyBlock, PressItemBlock, VideoBlock
from campaigns.models import CampaignPage
from home.models import StandardPage
from portal.links import is_safe_url, neutralise_links, validate_link
from portal.localize import sync_page, translate
from portal.models import SiteSettings
from tests.campaigns.factories import CampaignPageFactory
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

REFUSED = "This link is not allowed."
BAD = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "\x01\x08javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;vascript:alert(1)",
    "java&#09;script:alert(1)",
    "&amp;#106;avascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "ftp://files.example.org/",
]
GOOD = [
    "https://example.org/a?b=1&c=2",
    "http://example.org/",
    "mailto:hello@example.org",
    "tel:+41225550100",
    "/en/campaigns/",
    "campaigns/open/",
    "//example.org/",
    "#sources",
    "?page=2",
    "",
]
EXECUTABLE_HREF = re.compile(r"""href\s*=\s*["']?\s*(?:&#\w+;)*\s*[a-z&#;0-9\s]*script""", re.I)


@pytest.mark.parametrize("value", BAD)
def test_unsafe_links_are_refused(value):
    assert not is_safe_url(value)
    with pytest.raises(ValidationError) as error:
        validate_link(value)
    assert error.value.messages[0].startswith(REFUSED)


@pytest.mark.parametrize("value", GOOD)
def test_safe_links_are_accepted(value):
    assert is_safe_url(value)
    validate_link(value)


def test_the_refusal_is_translated():
    with translation.override("fr"), pytest.raises(ValidationError) as error:
        validate_link("javascript:alert(1)")
    with translation.override("fr"):
        message = error.value.messages[0]
    assert message.startswith("Ce lien n’est pas autorisé.")


def test_rich_text_field_with_a_script_link_is_refused_on_save(portal):
    page = StandardPageFactory.build(
        title="About", slug="about", body='<p><a href="javascript:alert(1)">Hi</a></p>'
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert REFUSED in " ".join(error.value.message_dict["body"])


def test_url_fields_refuse_script_links_with_the_message():
    settings_row = SiteSettings(donate_url_fr="ftp://files.example.org/")
    field = SiteSettings._meta.get_field("donate_url_fr")
    with pytest.raises(ValidationError) as error:
        field.clean("javascript:alert(1)//http://x.org", settings_row)
    assert any(message.startswith(REFUSED) for message in error.value.messages)


@pytest.mark.parametrize("block", [PressItemBlock(), VideoBlock()])
def test_url_blocks_refuse_script_links(block):
    value = block.to_python(
        {
            "outlet": "Outlet",
            "headline": "Headline",
            "title": "Film",
            "url": "javascript:alert(1)",
        }
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert REFUSED in str(error.value.as_json_data()["blockErrors"]["url"])


def test_rich_text_block_refuses_script_links():
    body = CampaignBodyBlock()
    value = body.to_python([{"type": "text", "value": '<p><a href=" JAVASCRIPT:x()">x</a></p>'}])
    with pytest.raises(StreamBlockValidationError) as error:
        body.clean(value)
    assert REFUSED in str(error.value.as_json_data())


def test_neutralise_links_removes_only_unsafe_attributes():
    html = (
        "<p><a href=\"javascript:alert(1)\">one</a> <a href='&#106;avascript:x'>two</a> "
        '<a HREF=vbscript:x class="c">three</a> <a href="https://example.org/">four</a></p>'
    )
    cleaned = neutralise_links(html)
    assert "script" not in cleaned.lower()
    assert '<a href="https://example.org/">four</a>' in cleaned
    assert ">one</a>" in cleaned and ">three</a>" in cleaned


def test_a_script_link_already_in_a_rich_text_field_is_not_rendered(portal, client):
    page = StandardPageFactory(parent=portal, title="About", slug="about")
    StandardPage.objects.filter(pk=page.pk).update(
        body='<p><a href="javascript:alert(document.domain)">Read</a> '
        '<a href="https://example.org/">ok</a></p>'
    )
    html = client.get(page.url).content.decode()
    assert ">Read</a>" in html
    assert "javascript:" not in html
    assert 'href="https://example.org/"' in html


def test_script_links_already_in_blocks_are_not_rendered(portal, client):
    campaign = CampaignPageFactory(parent=portal, title="Open", slug="open")
    campaign.body = [
        ("text", RichText('<p><a href="javascript:alert(1)">text link</a></p>')),
        (
            "press_coverage",
            {
                "heading": "Press",
                "items": [{"outlet": "Daily", "headline": "Read me", "url": "javascript:alert(2)"}],
            },
        ),
        ("video", {"url": "javascript:alert(3)", "title": "Our film"}),
    ]
    campaign.save_revision(clean=False).publish()
    html = client.get(campaign.url).content.decode()
    assert "text link" in html and "Read me" in html and "Our film" in html
    assert "javascript:" not in html
    assert not EXECUTABLE_HREF.search(html)


# --- wagtail-localize overrides ("synchronised values") -------------------------------------------
@pytest.fixture
def translator(client):
    user = WagtailTestUtils.create_superuser("translator", password="x")
    client.force_login(user)
    return user


def put_override(client, page, path_contains, value):
    french = Page.objects.get(translation_key=page.translation_key, locale__language_code="fr")
    job = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=french.locale
    )
    segment = job.source.overridablesegment_set.get(context__path__contains=path_contains)
    response = client.put(
        reverse("wagtail_localize:edit_override", args=[job.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    return response, segment


@pytest.fixture
def linked_page(portal, django_capture_on_commit_callbacks):
    page = StandardPageFactory(
        parent=portal,
        title="About",
        slug="about",
        body='<p>Read <a href="https://example.org/report">the report</a>.</p>',
    )
    page.save_revision().publish()
    sync_page(page)
    with django_capture_on_commit_callbacks(execute=True):
        translate(page, "fr", {"About": "À propos"})
    return page


@pytest.mark.parametrize("value", ["javascript:alert(document.domain)", "java\tscript:alert(1)"])
def test_translator_cannot_override_a_rich_text_link_with_script(
    linked_page, translator, client, value
):
    response, segment = put_override(client, linked_page, "body", value)
    assert response.status_code == 400
    assert response.json()["value"][0].startswith(REFUSED)
    assert not SegmentOverride.objects.filter(context=segment.context).exists()


def test_translator_may_override_a_rich_text_link_with_a_web_address(
    linked_page, translator, client
):
    response, segment = put_override(client, linked_page, "body", "https://example.fr/rapport")
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.get(context=segment.context).data == "https://example.fr/rapport"


def test_translator_cannot_override_a_url_block_with_script(
    portal, translator, client, django_capture_on_commit_callbacks
):
    campaign = CampaignPageFactory(parent=portal, title="Open", slug="open")
    campaign.body = [
        ("video", {"url": "https://video.example/watch/1", "title": "Our film", "caption": "A"})
    ]
    campaign.save_revision().publish()
    sync_page(campaign)
    with django_capture_on_commit_callbacks(execute=True):
        translate(campaign, "fr", {"Our film": "Notre film"})
    response, segment = put_override(client, campaign, "body", "data:text/html,<script>x</script>")
    assert response.status_code == 400
    assert response.json()["value"][0].startswith(REFUSED)
    assert not SegmentOverride.objects.filter(context=segment.context).exists()
    assert CampaignPage.objects.filter(translation_key=campaign.translation_key).count() == 7


def test_a_script_override_written_another_way_is_refused(linked_page):
    french = Page.objects.get(
        translation_key=linked_page.translation_key, locale__language_code="fr"
    )
    job = Translation.objects.get(
        source__object_id=linked_page.translation_key, target_locale=french.locale
    )
    segment = job.source.overridablesegment_set.get(context__path__contains="body")
    with pytest.raises(ValidationError):
        SegmentOverride.objects.create(
            locale=french.locale, context=segment.context, data_json='"javascript:alert(1)"'
        )


@override_settings(DEBUG=False)
def test_override_api_still_refuses_strangers(linked_page, client):
    response, _segment = put_override(client, linked_page, "body", "https://example.fr/")
    assert response.status_code in (302, 403)

import json

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.translation import (
    get_language,
    get_language_info,
    gettext_lazy,
    ngettext,
    pgettext,
)
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page, Site

from portal.chrome import remembered
from portal.cldr import format_date, plural_messages
from portal.i18n import absolute, in_language, language_versions
from portal.jsonld import breadcrumb_data, json_ld_script, organisation_data
from portal.localized import localize_page
from portal.models import SiteSettings
from portal.share_card import HEIGHT, WIDTH, card_url
from portal.sharing import og_locale, share_image

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Language versions of the current page (or view), with hreflang and canonical URLs.

    Returns a dict: `versions` for the switcher, `alternates` (real translations only, with
    absolute URLs), `x_default`, `canonical`, and `alias_notice` when the reader is looking at an
    untranslated copy of the source page, `out_of_date` when the source changed after the
    translation was last published complete, and `source_attrs` (` lang=".." dir=".."`, or "")
    for the elements that hold the page's own text: only those, never the interface around them.
    """
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    versions = language_versions(request, page)
    current = next((v for v in versions if v.is_current), None)
    source = next((v for v in versions if v.is_source), None)
    alternates = [(v.code, absolute(request, v.url)) for v in versions if not v.is_alias]
    canonical_version = source if current is not None and current.is_alias else current
    alias_notice = None
    if page is not None and current is not None and current.is_alias and source is not None:
        alias_notice = {
            "in_language": in_language(current.code),
            "in_source_language": in_language(source.code),
            "source_url": source.url,
            "source_code": source.code,
            "source_dir": "rtl" if source.bidi else "ltr",
        }
    out_of_date = None
    if (
        page is not None
        and current is not None
        and source is not None
        and not current.is_alias
        and not current.is_source
        and current.is_older_than(source)
    ):
        out_of_date = {
            "in_source_language": in_language(source.code),
            "updated_at": source.published_at,
            "source_url": source.url,
            "source_code": source.code,
        }
    source_attrs = ""
    if alias_notice:
        source_attrs = format_html(
            ' lang="{}" dir="{}"', alias_notice["source_code"], alias_notice["source_dir"]
        )
    return {
        "versions": versions,
        "alternates": alternates,
        "source_attrs": source_attrs,
        "x_default": absolute(request, source.url) if source else None,
        "canonical": absolute(request, canonical_version.url) if canonical_version else None,
        "alias_notice": alias_notice,
        "out_of_date": out_of_date,
    }


META_DESCRIPTION_CHARS = 160  # what search engines show of a description


def shorten(text, limit=META_DESCRIPTION_CHARS):
    """`text` on one line, cut to `limit` characters (ellipsis included), at a word boundary
    where the language has spaces and not too far back."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.،、，。") + "…"


# Descriptions of the views that are not pages, by name; "%(organisation)s" is the site's name.
VIEW_DESCRIPTIONS = {
    "site": gettext_lazy(
        "%(organisation)s campaigns for an open, free and safe internet: petitions, actions, "
        "events and resources in many languages."
    ),
    "privacy": gettext_lazy(
        "How %(organisation)s handles the personal data of people who sign petitions, write to "
        "officials or subscribe to the newsletter."
    ),
    "search": gettext_lazy(
        "Search the campaigns, petitions, events and resources of %(organisation)s."
    ),
}


def page_summary(page):
    """What a page says about itself to search engines and share previews: the editor's search
    description, else its intro (for the page types that have one)."""
    return page.search_description or getattr(page, "intro", "")


@register.simple_tag(takes_context=True)
def meta_description(context, view="site"):
    """The meta description: the page's search description, else its intro, else the
    description of this view (`view`, a key of VIEW_DESCRIPTIONS), else of the site; at most
    160 characters."""
    page = context.get("page")
    text = ""
    if isinstance(page, Page):
        text = page_summary(page)
    if not text.strip():
        name = SiteSettings.load(request_or_site=context.get("request")).organisation_name
        text = VIEW_DESCRIPTIONS.get(view, VIEW_DESCRIPTIONS["site"]) % {"organisation": name}
    return shorten(text)


@register.simple_tag(takes_context=True)
def share_meta(context, langs):
    """What Open Graph and Twitter Card tags say about the current page (or view), from
    `page_languages`: components/share_meta.html writes them.

    A page type takes part by duck typing, so that the portal imports no app: `og_type` (a class
    attribute, "website" by default), `get_share_image()` (an image or None) and
    `get_share_properties()` (more (property, value) pairs, such as article:published_time).
    """
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    versions = langs["versions"]
    current = next((v for v in versions if v.is_current), None)
    source = next((v for v in versions if v.is_source), None)
    # An alias shows the source page's text, and its canonical URL is the source's: so is its
    # locale. Only real translations are alternates.
    shown = source if current is not None and current.is_alias and source else current
    code = shown.code if shown is not None else get_language()
    return {
        **share_picture(context, page),
        "type": getattr(page, "og_type", "website") if page is not None else "website",
        "title": (page.seo_title or page.title) if page is not None else "",
        "description": page_summary(page) if page is not None else "",
        "url": langs["canonical"],
        "locale": og_locale(code),
        "alternate_locales": [
            og_locale(v.code) for v in versions if not v.is_alias and v.code != code
        ],
        "properties": list(getattr(page, "get_share_properties", list)()) if page else [],
    }


def share_picture(context, page):
    """The preview picture: the image an editor chose, otherwise the page's generated card
    (portal/share_card.py); a view that is not a page (search, privacy) shows the home page's."""
    request = context.get("request")
    image = share_image(page) if page is not None else None
    if image is not None:
        return {
            "image_url": absolute(request, image.url),
            "image_width": image.width,
            "image_height": image.height,
            "image_alt": image.alt,
        }
    shown = page if page is not None else localized_home(context)
    url = card_url(shown, request) if shown is not None else None
    if url is None:
        return {"image_url": None}
    return {
        "image_url": absolute(request, url),
        "image_width": WIDTH,
        "image_height": HEIGHT,
        "image_alt": shown.seo_title or shown.title,
    }


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the reader's language (or the site root if it has no such version);
    kept per process until a page changes (portal/chrome.py)."""
    request = context.get("request")
    cache = getattr(request, "_portal_home", None) if request is not None else None
    if cache is not None:
        return cache
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = None
    if site is not None:
        language = get_language()
        home = remembered(
            request,
            ("home", site.pk, site.root_page_id, language),
            lambda: localize_page(site.root_page, language=language),
        )
    if request is not None:
        request._portal_home = home
    return home


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """Live children of this language's home page that editors marked "show in menus"; kept
    per process until a page changes (portal/chrome.py)."""
    home = localized_home(context)
    if home is None:
        return []
    return remembered(context.get("request"), ("navigation", home.pk), lambda: _navigation(home))


def _navigation(home):
    items = list(
        home.get_children()
        .live()
        .in_menu()
        .only("id", "title", "url_path", "locale_id", "alias_of_id")
    )
    for item in items:
        # An alias shows the source page's title: mark its language for screen readers.
        item.text_language = settings.LANGUAGE_CODE if item.alias_of_id else None
    return items


@register.simple_tag
def text_direction():
    return "rtl" if get_language_info(get_language())["bidi"] else "ltr"


@register.filter
def language_name(code):
    """A language's name in the reader's language, from its code."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)


@register.simple_tag
def local_date(value, skeleton="yMMMMd"):
    """A date in the reader's language, from a CLDR skeleton (portal/cldr.py)."""
    return format_date(value, skeleton)


def _suggestions(count):
    return ngettext(
        "%(count)s suggestion. Use the up and down arrows to choose one.",
        "%(count)s suggestions. Use the up and down arrows to choose one.",
        count,
    )


@register.simple_tag
def suggestion_messages():
    """The search suggestions' count message for every plural category of the reader's
    language, as JSON for the script (search/static/search/autocomplete.js)."""
    return json.dumps(plural_messages(_suggestions), ensure_ascii=False)


@register.filter(name="in_language")
def in_language_filter(code):
    """ "in <language>" from a language code, for a sentence in the reader's language."""
    return in_language(code)


@register.filter
def list_join(items, attribute=None):
    """Items (or each item's `attribute`) joined with the reader's list separator (", " in
    English, "، " in Arabic, "、" in Chinese); each item is escaped. Templates never hard-code
    ", " between items."""
    if attribute:
        items = [getattr(item, attribute) for item in items]
    return format_html_join(list_separator(), "{}", ((item,) for item in items))


@register.simple_tag
def list_separator():
    """The reader's separator between the items of a list, for lists of marked-up items."""
    return pgettext("list separator", ", ")


@register.filter
def parenthesised(text):
    """Text in the reader's brackets: (…) in most languages, full-width （…） in Chinese."""
    return pgettext("brackets around a note", "(%(text)s)") % {"text": text}


@register.filter
def label_space(label):
    """A label ending in a colon, followed by the space its language puts after one: none after
    a full-width colon (Chinese "主题：")."""
    label = str(label)
    return label if label.endswith(("：", "\N{NO-BREAK SPACE}")) else label + " "


@register.simple_tag(takes_context=True)
def editor_userbar(context, position="bottom-right"):
    """Wagtail's userbar, for someone with a session only.

    The userbar asks who the reader is, which reads the session and makes the page vary by
    cookie; an anonymous reader (no session cookie) gets a page a shared cache can keep.
    """
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context, position)


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    """JSON-LD every page shares: the organisation on a home page, breadcrumbs below it."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or page.depth < 2:
        return ""
    if page.depth == 2:
        return json_ld_script(organisation_data(request))
    crumbs = breadcrumb_data(page, request)
    return json_ld_script(crumbs) if crumbs else ""

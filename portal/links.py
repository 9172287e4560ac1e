"""One rule for every link an editor or a translator controls.

A link may be `http:`, `https:`, `mailto:` or `tel:`, relative (`/fr/campagnes/`, `page/`,
`//example.org/`) or an anchor (`#sources`). Anything else (`javascript:`, `data:`, `vbscript:`…)
is refused, including the forms browsers still run: mixed case, leading spaces or control
characters, entity-encoded letters (`&#106;avascript:`), schemes split by tabs or new lines.

Where the rule is applied:

- on save: `validate_link` on every URLField and `validate_rich_text_links` on every
  RichTextField of every installed model (attached in `attach_link_validators`, called from
  `PortalConfig.ready`: the fields keep their migration state); `SafeURLBlock` and
  `SafeRichTextBlock` in StreamFields; wagtail-localize's translation overrides
  (`SafeEditOverrideView`, registered at wagtail-localize's own admin path, and a pre_save guard
  on `SegmentOverride` for any other writer);
- on render: every rich text goes through the template `wagtailcore/shared/richtext.html`
  (Wagtail's `|richtext` filter and `RichText` values of blocks both use it), which portal
  overrides to pass the HTML through `neutralise_links`; other templates print link values
  through the `|safe_url` filter (portal_links). An unsafe href is dropped, the text stays.
"""

import html
import json
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from rest_framework.request import Request
from rest_framework.settings import api_settings
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.models import OverridableSegment
from wagtail_localize.views import edit_translation

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
UNSAFE_LINK_MESSAGE = _(
    "This link is not allowed. Use an address that starts with http://, https://, mailto: or "
    "tel:, a relative address such as /en/campaigns/, or an anchor such as #sources."
)
UNSAFE_LINK_CODE = "unsafe_link"


def _scheme_text(value):
    """The value as a browser reads its scheme: control characters, white space and invisible
    format characters removed wherever they are (browsers drop tabs and new lines inside a URL
    and strip the rest at its ends; removing them everywhere refuses more, never less)."""
    return "".join(
        char for char in value if unicodedata.category(char) not in {"Cc", "Cf", "Zs", "Zl", "Zp"}
    )


def is_safe_url(value):
    """True when `value` is empty, relative, an anchor, or has an allowed scheme."""
    if value is None:
        return True
    value = str(value)
    # Entity-decode until nothing changes: an attribute value is decoded once by the browser, and
    # a value stored already encoded may be printed unescaped by rich text.
    for _i in range(5):
        cleaned = _scheme_text(value)
        match = SCHEME.match(cleaned)
        if match and match.group(1).lower() not in ALLOWED_SCHEMES:
            return False
        decoded = html.unescape(value)
        if decoded == value:
            return True
        value = decoded
    return False


def validate_link(value):
    """Validator: refuses a link that `is_safe_url` does not accept."""
    if not is_safe_url(value):
        raise ValidationError(UNSAFE_LINK_MESSAGE, code=UNSAFE_LINK_CODE)


# --- Rich text ---
# Opening tags and their attributes, quoted with " or ' or unquoted, as browsers parse them.
TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9:-]*)(\s[^>]*)?>")
ATTRIBUTE = re.compile(
    r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""",
)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster"})


def _unsafe_attributes(attrs):
    """(start, end) of the URL attributes of one tag whose value is not safe."""
    found = []
    for match in ATTRIBUTE.finditer(attrs or ""):
        name, raw = match.group(1).lower(), match.group(2)
        if name not in URL_ATTRIBUTES or raw is None:
            continue
        if raw[:1] in {'"', "'"}:
            raw = raw[1:-1]
        if not is_safe_url(raw):
            found.append((match.start(), match.end()))
    return found


def unsafe_links(value):
    """The unsafe URL values in an HTML string (rich text, database or rendered form)."""
    found = []
    for tag in TAG.finditer(value or ""):
        attrs = tag.group(2) or ""
        for start, end in _unsafe_attributes(attrs):
            found.append(attrs[start:end].strip())
    return found


def validate_rich_text_links(value):
    """Validator for rich text (a RichTextField's HTML or a RichText value)."""
    source = getattr(value, "source", value)
    if isinstance(source, str) and unsafe_links(source):
        raise ValidationError(UNSAFE_LINK_MESSAGE, code=UNSAFE_LINK_CODE)


def neutralise_links(value):
    """The HTML with every unsafe URL attribute removed (the element and its text stay)."""
    if not value or "=" not in value:
        return value

    def clean_tag(tag):
        attrs = tag.group(2) or ""
        bad = _unsafe_attributes(attrs)
        if not bad:
            return tag.group(0)
        for start, end in reversed(bad):
            attrs = attrs[:start] + attrs[end:]
        return f"<{tag.group(1)}{attrs}>"

    return TAG.sub(clean_tag, value)


# --- Model fields ---
def attach_link_validators(models_to_check):
    """Add the link validators to every URLField and RichTextField of these models.

    Added to the field's validator list rather than to its `validators=` argument, so the
    fields' migration state does not change and a field added tomorrow is covered too. The model
    validation (`full_clean`: admin forms, Wagtail revisions, wagtail-localize publishing) runs
    them.
    """
    for model in models_to_check:
        for field in model._meta.get_fields(include_hidden=True):
            if isinstance(field, RichTextField):
                validator = validate_rich_text_links
            elif isinstance(field, models.URLField):
                validator = validate_link
            else:
                continue
            if validator not in field.validators:
                field.validators.append(validator)


# --- StreamField blocks ---
class SafeURLBlock(blocks.URLBlock):
    """URLBlock that refuses links other than http(s), mailto, tel, relative and anchors."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # On the form field, so its message shows next to Django's own "Enter a valid URL.".
        self.field.validators.append(validate_link)

    def clean(self, value):
        value = super().clean(value)
        validate_link(value)
        return value

    def deconstruct(self):
        # Same migration state as Wagtail's URLBlock: the difference is validation only.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.URLBlock", args, kwargs


class SafeRichTextBlock(blocks.RichTextBlock):
    """RichTextBlock that refuses unsafe hrefs (Draftail drops them; imports and API do not)."""

    def clean(self, value):
        value = super().clean(value)
        validate_rich_text_links(value)
        return value

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.RichTextBlock", args, kwargs


# --- wagtail-localize overrides ---
LINK_BLOCKS = (blocks.URLBlock, blocks.RichTextBlock)


def _block_is_link(block, components):
    """Whether the value at `components` (block names) under `block` is a link."""
    for name in components:
        if isinstance(block, LINK_BLOCKS):
            return True
        if isinstance(block, blocks.ListBlock):
            block = block.child_block
            if name == "item":
                continue
        if isinstance(block, blocks.StructBlock | blocks.StreamBlock):
            block = block.child_blocks.get(name)
            if block is None:
                return False
        else:
            break
    if block.__class__.__name__ == "EmbedBlock" or isinstance(block, LINK_BLOCKS):
        return True
    return False


def segment_is_link(overridable_segment):
    """Whether a wagtail-localize overridable segment holds a link (a rich text href, a URL
    field, a URL or embed block). When its place cannot be worked out, a source value that is
    itself a link or empty string counts as a link."""
    source = overridable_segment.source
    try:
        instance = source.as_instance()
        components = overridable_segment.context.get_field_path(instance).split(".")
        model = type(instance)
        field = model._meta.get_field(components[0])
        while isinstance(field, models.ManyToOneRel) and len(components) > 1:
            components = components[1:]
            field = field.related_model._meta.get_field(components[0])
        if isinstance(field, RichTextField | models.URLField):
            return True
        if isinstance(field, StreamField):
            return _block_is_link(field.stream_block, components[1:])
        return False
    except Exception:  # classification must never break the translation editor
        data = overridable_segment.data
        return isinstance(data, str) and (data == "" or bool(SCHEME.match(data.strip())))


def validate_override(overridable_segment, value):
    """Refuses an override of a link segment with an unsafe link."""
    if isinstance(value, str) and segment_is_link(overridable_segment):
        validate_link(value)


def guard_segment_override(sender, instance, **kwargs):
    """pre_save of SegmentOverride: the same rule for any writer other than the editor's API."""
    try:
        value = json.loads(instance.data_json)
    except (TypeError, ValueError):
        return
    if not isinstance(value, str) or is_safe_url(value):
        return
    segment = (
        OverridableSegment.objects.filter(context_id=instance.context_id)
        .select_related("source", "context")
        .order_by("-source__last_updated_at")
        .first()
    )
    if segment is None or segment_is_link(segment):
        raise ValidationError(UNSAFE_LINK_MESSAGE, code=UNSAFE_LINK_CODE)


def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize's override API (PUT/DELETE), refusing unsafe links with a 400 that says
    why. Registered at wagtail-localize's own admin path, ahead of it (portal/wagtail_hooks.py)."""
    if request.method == "PUT" and request.user.is_authenticated:
        # DRF parses the PUT body of the wrapped view; read it the same way here.
        request.body  # noqa: B018 - cached, so the wrapped view can parse the body again
        parsers = [parser() for parser in api_settings.DEFAULT_PARSER_CLASSES]
        value = Request(request, parsers=parsers).POST.get("value")
        segment = get_object_or_404(OverridableSegment, id=overridable_segment_id)
        try:
            validate_override(segment, value)
        except ValidationError as error:
            return JsonResponse({"value": error.messages}, status=400)
    return edit_translation.edit_override(request, translation_id, overridable_segment_id)

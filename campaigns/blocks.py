"""StreamField blocks shared by campaign, action (and later brief) pages.

Key dates (events from a calendar) come from events.blocks. Outcome briefs add their own blocks
(assessment, country positions: campaigns.brief_blocks) to these.

Blocks that point at pages (call to action, embedded petition) store the page the editor chose
and show its version in the reader's language. `prepare_stream` does that, and the other
database work, for a whole body in a constant number of queries, so a page with ten embedded
petitions costs what a page with one costs.
"""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.images.blocks import ImageChooserBlock

from events.blocks import KeyDatesBlock
from portal import languages
from portal.links import SafeRichTextBlock, SafeURLBlock
from portal.localized import localize_pages


def chosen_model(chooser_block):
    """The page model a chooser block was declared for (its page_type).

    The page modules import these blocks, so the blocks name their page types by label and get the
    class from the chooser: no import of a page module from here.
    """
    return chooser_block.target_model


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"]
VIDEO_MAX_WIDTH = 800
# A video whose embed could not be fetched is not asked for again for this long: without this,
# every view of the page would wait on the video host while it is down (or, here, offline).
EMBED_FAILURE_SECONDS = 600


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"), help_text=_("The picture to show."))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "What the picture shows, for people who cannot see it. Leave empty to use the "
            "image's own description."
        ),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=250,
        help_text=_("One sentence shown under the picture."),
    )
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        max_length=120,
        help_text=_("Who took or owns the picture, for example 'Photo: Jane Doe, CC BY 4.0'."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "campaigns/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"), help_text=_("The words quoted, without quotes."))
    attribution = blocks.CharBlock(
        label=_("attribution"),
        required=False,
        max_length=200,
        help_text=_("Who said it, and where or when."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "campaigns/blocks/quote.html"


class CallToActionValue(blocks.StructValue):
    def target(self):
        """The chosen page in the reader's language (see prepare_stream)."""
        if not hasattr(self, "_target"):
            page = self.get("page")
            self._target = localize_pages([page]).get(page.id) if page else None
        return self._target


class CallToActionBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("page"),
        help_text=_(
            "Where the button leads: a petition, an action or any page. Readers get the version "
            "in their language when there is one."
        ),
    )
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=120,
        help_text=_("An optional short heading above the text."),
    )
    text = blocks.TextBlock(
        label=_("text"),
        required=False,
        help_text=_("One or two sentences that say why to click."),
    )
    button_label = blocks.CharBlock(
        label=_("button label"),
        max_length=60,
        help_text=_("The text on the button, for example 'Sign the petition'."),
    )

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "campaigns/blocks/call_to_action.html"
        value_class = CallToActionValue


class EmbeddedPetitionValue(blocks.StructValue):
    def petition_page(self):
        """The chosen petition in the reader's language, with its count (see prepare_stream)."""
        if not hasattr(self, "_petition"):
            PetitionPage = chosen_model(self.block.child_blocks["petition"])
            chosen = self.get("petition")
            if chosen is None:
                self._petition = None
            else:
                chosen = chosen.specific
                localized = localize_pages([chosen], model=PetitionPage).get(chosen.id)
                PetitionPage.prepare([localized])
                self._petition = localized
        return self._petition


class EmbeddedPetitionBlock(blocks.StructBlock):
    petition = blocks.PageChooserBlock(
        label=_("petition"),
        page_type="campaigns.PetitionPage",
        help_text=_("The petition whose form and live count appear here."),
    )
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=150,
        help_text=_("Defaults to the petition's title."),
    )

    class Meta:
        icon = "form"
        label = _("Embedded petition")
        template = "campaigns/blocks/embedded_petition.html"
        value_class = EmbeddedPetitionValue


def article_languages():
    """The site's languages first, then every other (portal/languages.py)."""
    return languages.language_choices()


class PressItemBlock(blocks.StructBlock):
    outlet = blocks.CharBlock(
        label=_("outlet"), max_length=100, help_text=_("The newspaper, broadcaster or site.")
    )
    headline = blocks.CharBlock(
        label=_("headline"),
        max_length=250,
        help_text=_("The headline as published, in its original language."),
    )
    date = blocks.DateBlock(
        label=_("date"), required=False, help_text=_("When it was published, if known.")
    )
    url = SafeURLBlock(
        label=_("link"),
        help_text=_("The article, or the outlet's home page when the article is gone."),
    )
    # A choice, not text: wagtail-localize keeps choices out of what translators are asked for.
    language = blocks.ChoiceBlock(
        label=_("language of the article"),
        required=False,
        choices=article_languages,
        help_text=_("The language of the headline, when it differs from the page's."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Press item")


class PressCoverageBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=120,
        help_text=_("For example 'In the press'."),
    )
    items = blocks.ListBlock(PressItemBlock(), label=_("articles"))

    class Meta:
        icon = "list-ul"
        label = _("Press coverage")
        template = "campaigns/blocks/press_coverage.html"


class VideoValue(blocks.StructValue):
    def embed(self):
        """The embed, or None when it cannot be fetched (then the template shows a plain link)."""
        if not hasattr(self, "_embed"):
            self._embed = fetch_embed(self.get("url"))
        return self._embed


class VideoBlock(blocks.StructBlock):
    # A URL rather than Wagtail's EmbedBlock: EmbedBlock refuses to save when the video host does
    # not answer, and the text-link fallback must work exactly then.
    url = SafeURLBlock(
        label=_("video address"),
        help_text=_("The address of the video page, for example on PeerTube, Vimeo or YouTube."),
    )
    title = blocks.CharBlock(
        label=_("title"),
        max_length=200,
        help_text=_("What the video is about; also the text of the link when it cannot play here."),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=250,
        help_text=_("One sentence shown under the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "campaigns/blocks/video.html"
        value_class = VideoValue


def fetch_embed(url):
    if not url:
        return None
    failure_key = f"campaigns:embed-failed:{embeds.get_embed_hash(url, VIDEO_MAX_WIDTH)}"
    if cache.get(failure_key):
        return None
    try:
        return embeds.get_embed(url, max_width=VIDEO_MAX_WIDTH)
    except EmbedException:
        cache.set(failure_key, True, EMBED_FAILURE_SECONDS)
        return None


class ResourceListValue(blocks.StructValue):
    def resource_pages(self):
        """The chosen resources in the reader's language, live ones only (see prepare_stream)."""
        if not hasattr(self, "_resources"):
            prepare_resource_lists([self])
        return self._resources


class ResourceListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=120,
        help_text=_("For example 'Tools to act'. Defaults to 'Resources'."),
    )
    resources = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="campaigns.ResourcePage"),
        label=_("resources"),
        help_text=_("Resources from a library, in the order to show them."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Resource list")
        template = "campaigns/blocks/resource_list.html"
        value_class = ResourceListValue


class CampaignBodyBlock(blocks.StreamBlock):
    text = SafeRichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        template="campaigns/blocks/text.html",
        icon="pilcrow",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    petition = EmbeddedPetitionBlock()
    press_coverage = PressCoverageBlock()
    video = VideoBlock()
    key_dates = KeyDatesBlock()
    resources = ResourceListBlock()

    class Meta:
        block_counts = {}


def prepare_stream(stream_value):
    """Fetch what a body's blocks show, for all blocks at once.

    Calls to action get their page in the reader's language, embedded petitions their localized
    page, count and campaign status, videos their stored embed: a constant number of queries
    however many blocks of each kind the body holds.
    """
    ctas, petitions, videos, resource_lists = [], [], [], []
    for child in stream_value or []:
        value = child.value
        if isinstance(child.block, ResourceListBlock):
            resource_lists.append(value)
        elif isinstance(child.block, CallToActionBlock):
            ctas.append(value)
        elif isinstance(child.block, EmbeddedPetitionBlock):
            petitions.append(value)
        elif isinstance(child.block, VideoBlock):
            videos.append(value)

    if ctas:
        localized = localize_pages([value.get("page") for value in ctas])
        for value in ctas:
            page = value.get("page")
            value._target = localized.get(page.id) if page else None

    if petitions:
        PetitionPage = chosen_model(petitions[0].block.child_blocks["petition"])
        chosen = [value.get("petition") for value in petitions]
        localized = localize_pages(chosen, model=PetitionPage)
        # A chosen page that has no live localized version is the source page, not yet specific.
        unspecific = [page.id for page in localized.values() if not isinstance(page, PetitionPage)]
        specific = {page.id: page for page in PetitionPage.objects.filter(id__in=unspecific)}
        pages = {
            chosen_id: specific.get(page.id, page) if not isinstance(page, PetitionPage) else page
            for chosen_id, page in localized.items()
        }
        PetitionPage.prepare(list(pages.values()))
        for value in petitions:
            page = value.get("petition")
            value._petition = pages.get(page.id) if page else None

    prepare_resource_lists(resource_lists)

    if videos:
        hashes = {
            embeds.get_embed_hash(value.get("url"), VIDEO_MAX_WIDTH): value
            for value in videos
            if value.get("url")
        }
        stored = {embed.hash: embed for embed in Embed.objects.filter(hash__in=list(hashes))}
        for embed_hash, value in hashes.items():
            if embed_hash in stored:
                value._embed = stored[embed_hash]
            elif cache.get(f"campaigns:embed-failed:{embed_hash}"):
                value._embed = None
    return stream_value


def prepare_resource_lists(values):
    """Give every resource-list value its resources in the reader's language: two queries for all
    the lists of a page (the localized pages, their files' text and download figures)."""
    if not values:
        return
    ResourcePage = chosen_model(values[0].block.child_blocks["resources"].child_block)
    chosen = [page for value in values for page in value.get("resources") or [] if page]
    localized = localize_pages(chosen, model=ResourcePage)
    unspecific = [page.id for page in localized.values() if not isinstance(page, ResourcePage)]
    specific = (
        {
            page.id: page
            for page in ResourcePage.objects.filter(id__in=unspecific).select_related("document")
        }
        if unspecific
        else {}
    )
    pages = {}
    for chosen_id, page in localized.items():
        page = specific.get(page.id, page)
        if isinstance(page, ResourcePage) and page.live:
            pages[chosen_id] = page
    ResourcePage.prepare(list(pages.values()))
    for value in values:
        value._resources = [
            pages[page.id] for page in value.get("resources") or [] if page and page.id in pages
        ]

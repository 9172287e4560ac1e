"""What the portal indexes of a page, whatever its type.

Page types are discovered, not listed: every live page of every type is indexed with

- its title;
- its text: `intro` (every public page type has one), then every other `index.SearchField` of its
  `search_fields` (rich text and StreamField reduced to text by Wagtail), the promote tab's search
  description, and whatever the page's optional `search_extra_text()` returns;
- a date: the page's `search_result_date()` if it defines one (None means "no date"), otherwise
  the date it was first published;
- its topics: the values of any many-to-many field to `portal.Topic`, whatever its name;
- its type (verbose name as the label), locale, translation key and whether it is an alias.

Hook for extracted text (briefs and resources issue): a page type that has files to be found by
their content defines

    def search_extra_text(self):
        return "\\n".join(document.extracted_text for document in self.documents())

and the returned text is indexed and searched like the page's own text, in the page's language.
The method runs each time the page is indexed (on save/publish and on `rebuild_search_index`), so
it should read stored text, not parse files.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.encoding import force_str
from modelsearch.index import RelatedFields, SearchField
from wagtail.models import Locale, Page

from portal.models import Topic
from portal.progress import in_progress

from . import analysis

# A page's stored text is for snippets; the analysed text may go further, for long documents.
MAX_STORED_TEXT = 20_000
MAX_ANALYSED_TEXT = 300_000
# PostgreSQL keeps positions 1..16383 and at most 256 per lexeme.
MAX_TSVECTOR_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256


@dataclass
class PageDocument:
    page_id: int
    locale_id: int
    locale_code: str
    language: str
    page_type: str
    translation_key: str
    is_alias: bool
    title: str
    text: str  # the whole text; what is stored is cut at MAX_STORED_TEXT
    date: datetime.date | None
    topic_ids: list = field(default_factory=list)
    extra_text: str = ""

    @property
    def language_tag(self):
        return language_tag(self.language)

    def title_terms(self):
        return _clean(analysis.index_terms(self.title, self.language))

    def body_terms(self):
        body = self.text if not self.extra_text else f"{self.text}\n{self.extra_text}"
        return _clean(analysis.index_terms(body[:MAX_ANALYSED_TEXT], self.language))

    def autocomplete_terms(self):
        return _clean(analysis.prefix_terms(self.title))


def _clean(terms):
    return [term for term in terms if len(term) <= analysis.MAX_TERM_LENGTH]


def language_tag(language_code):
    """The token that marks a language in the SQLite full-text table ("zh-hans" is "langzhhans")."""
    return "lang" + re.sub(r"[^a-z0-9]", "", language_code.lower())


def tsvector_literal(title_terms, body_terms, autocomplete_terms=()):
    """A PostgreSQL tsvector literal with positions: title terms weighted A, unstemmed title words
    for autocomplete B, body terms D. Queries restrict lexemes to A and D (full text) or B
    (autocomplete), so one vector serves both."""
    positions = {}
    position = 0
    for terms, weight in ((title_terms, "A"), (autocomplete_terms, "B"), (body_terms, "")):
        for term in terms:
            position += 1
            positions.setdefault(term, []).append(f"{min(position, MAX_TSVECTOR_POSITION)}{weight}")
    parts = []
    for term, term_positions in positions.items():
        if not analysis.is_safe_term(term):
            continue
        unique = list(dict.fromkeys(term_positions))[:MAX_POSITIONS_PER_LEXEME]
        parts.append(f"'{term}':{','.join(unique)}")
    return " ".join(parts)


# --- Reading a page ----------------------------------------------------------------------------


def _prepare(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(_prepare(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_prepare(item) for item in value.values())
    return force_str(value)


def _field_texts(obj, search_fields, skip=()):
    """The text of every SearchField (following RelatedFields) of `obj`, in declaration order."""
    texts = []
    seen = set()
    for search_field in search_fields:
        if isinstance(search_field, SearchField):
            name = search_field.field_name
            if name in skip or name in seen:
                continue
            seen.add(name)
            texts.append(_prepare(search_field.get_value(obj)))
        elif isinstance(search_field, RelatedFields):
            related = search_field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, models.Manager):
                related_objects = related.all()
            else:
                related_objects = [related() if callable(related) else related]
            for related_object in related_objects:
                texts.extend(_field_texts(related_object, search_field.fields))
    return [text for text in texts if text]


def topic_fields(model):
    """Names of the many-to-many fields of a page model that point to portal.Topic."""
    return [
        model_field.name
        for model_field in model._meta.get_fields()
        if model_field.many_to_many
        and not model_field.auto_created
        and model_field.related_model is Topic
    ]


def result_date(page):
    method = getattr(page, "search_result_date", None)
    if callable(method):
        value = method()
    else:
        value = page.first_published_at
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


def build_documents(pages):
    """PageDocuments for specific page instances, with a constant number of queries per call (the
    locales, the locales of alias sources, and the topics of each page type that has some)."""
    pages = [page for page in pages if page is not None and page.depth and page.depth > 1]
    if not pages:
        return []
    locales = dict(Locale.objects.values_list("id", "language_code"))
    alias_source_ids = {page.alias_of_id for page in pages if page.alias_of_id}
    # A translation in progress shows its source's text (portal/progress.py): index it as the
    # alias it still is for readers, in the source's language.
    sources = dict(
        Page.objects.filter(pk__in=[page.pk for page in pages if not page.alias_of_id])
        .filter(in_progress())
        .annotate(
            source_id=Subquery(
                Page.objects.filter(
                    translation_key=OuterRef("translation_key"),
                    locale__language_code=settings.LANGUAGE_CODE,
                ).values("pk")[:1]
            )
        )
        .values_list("pk", "source_id")
    )
    alias_source_ids |= {source_id for source_id in sources.values() if source_id}
    source_locales = (
        dict(Page.objects.filter(id__in=alias_source_ids).values_list("id", "locale_id"))
        if alias_source_ids
        else {}
    )
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    topics = {}
    for model, model_pages in by_model.items():
        for name in topic_fields(model):
            models.prefetch_related_objects(model_pages, name)
            for page in model_pages:
                topics.setdefault(page.pk, set()).update(
                    topic.pk for topic in getattr(page, name).all()
                )
    return [_document(page, locales, source_locales, topics, sources) for page in pages]


def _document(page, locales, source_locales, topics, sources):
    locale_code = locales.get(page.locale_id, "")
    language = locale_code
    alias_of_id = page.alias_of_id or sources.get(page.pk)
    if alias_of_id:
        # An alias shows its source's content: analyse it in the source's language.
        source_locale_id = source_locales.get(alias_of_id)
        language = locales.get(source_locale_id, locale_code)
    texts = []
    intro = getattr(page, "intro", "")
    if intro:
        texts.append(force_str(intro))
    texts.extend(_field_texts(page, type(page).get_search_fields(), skip=("title", "intro")))
    if page.search_description:
        texts.append(page.search_description)
    extra = getattr(page, "search_extra_text", None)
    extra_text = _prepare(extra()) if callable(extra) else ""
    text = "\n".join(texts)
    return PageDocument(
        page_id=page.pk,
        locale_id=page.locale_id,
        locale_code=locale_code,
        language=language,
        page_type=page._meta.label_lower,
        translation_key=str(page.translation_key),
        is_alias=bool(alias_of_id),
        title=page.title,
        text=text,
        date=result_date(page),
        topic_ids=sorted(topics.get(page.pk, ())),
        extra_text=extra_text,
    )

"""The Elasticsearch backend's indexes (search/backends/elasticsearch.py): one per locale, the
mapping with the portal's fields, and the atomic rebuild of each behind an alias.

Chinese is folded to simplified characters here, before documents are sent (search.chinese):
Elasticsearch has no OpenCC step (its ICU plugin's transforms are not installed on a plain
cluster, and the `cjk` analyser only bigrams), so the folding is done on the Python side, for
documents here and for queries in the backend.
"""

from copy import deepcopy

from django.utils.crypto import get_random_string
from django_countries.fields import Country
from modelsearch.backends.base import BaseIndex
from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9Mapping
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from wagtail.models import Page

from ..chinese import fold_text
from ..documents import MAX_STORED_TEXT, build_documents

PORTAL_PROPERTIES = {
    "portal_title": {"type": "keyword", "index": False},
    "portal_text": {"type": "text", "index": False},
    "portal_extra_text": {"type": "text", "copy_to": "_all_text"},
    "portal_date": {"type": "date"},
    "portal_type": {"type": "keyword"},
    "portal_language": {"type": "keyword"},
    "portal_topics": {"type": "long"},
    "portal_translation_key": {"type": "keyword"},
    "portal_is_alias": {"type": "boolean"},
}
SOURCE_FIELDS = ["pk", *PORTAL_PROPERTIES]
# Shown as written, never searched: not folded.
_RAW_FIELDS = {"pk", "portal_title", "portal_text"}


def index_suffix(language_code):
    return language_code.lower().replace("-", "_")


def is_localized(model):
    return issubclass(model, Page)


def folded(value):
    """A document value with its Han characters in simplified Chinese (strings, lists of them)."""
    if isinstance(value, str):
        return fold_text(value)
    if isinstance(value, list):
        return [folded(item) for item in value]
    return value


class LocalizedMapping(Elasticsearch9Mapping):
    """Wagtail's mapping, plus the portal's fields for pages."""

    def get_mapping(self):
        mapping = super().get_mapping()
        if is_localized(self.model):
            mapping["properties"].update(deepcopy(PORTAL_PROPERTIES))
        return mapping

    def get_document(self, obj):
        document = {key: json_value(value) for key, value in super().get_document(obj).items()}
        if is_localized(self.model):
            portal_document = getattr(obj, "_portal_document", None)
            if portal_document is None:
                found = build_documents([obj])
                portal_document = found[0] if found else None
            if portal_document is not None:
                document.update(portal_fields(portal_document))
            document = {
                key: value if key in _RAW_FIELDS else folded(value)
                for key, value in document.items()
            }
        return document


def json_value(value):
    """A field value the JSON serialiser can send. Wagtail's mapping passes model values through
    as they are, and a CountryField's value is a `Country` object (events are filtered by
    country): Elasticsearch gets its code, as the database backend stores it."""
    if isinstance(value, Country):
        return value.code or None
    return value


def portal_fields(document):
    return {
        "portal_title": document.title,
        "portal_text": document.text[:MAX_STORED_TEXT],
        "portal_extra_text": document.extra_text,
        "portal_date": document.date.isoformat() if document.date else None,
        "portal_type": document.page_type,
        "portal_language": document.language,
        "portal_topics": document.topic_ids,
        "portal_translation_key": document.translation_key,
        "portal_is_alias": document.is_alias,
    }


class LanguageIndex(Elasticsearch9Index):
    """One locale's index, created with that language's analyser."""

    def __init__(self, backend, name, language_code):
        super().__init__(backend, name)
        self.language_code = language_code

    def put(self):
        self.es.indices.create(index=self.name, **self.backend.settings_for(self.language_code))


class LocalizedIndex(BaseIndex):
    """The per-locale indexes of one model tree (pages), seen as one Wagtail index."""

    def __init__(self, backend, base_name, sub_indexes=None):
        super().__init__(backend)
        self.base_name = base_name
        self.sub_indexes = sub_indexes or {
            code: LanguageIndex(backend, f"{base_name}_{index_suffix(code)}", code)
            for code in backend.language_codes()
        }

    def get_key(self):
        return self.base_name

    @property
    def name(self):
        # Wagtail's results code searches `index.name`: a comma-separated list searches them all.
        return ",".join(index.name for index in self.sub_indexes.values())

    def names_for(self, language_codes):
        return ",".join(
            self.sub_indexes[code].name for code in language_codes if code in self.sub_indexes
        )

    def put(self):
        for index in self.sub_indexes.values():
            index.put()

    def delete(self):
        for index in self.sub_indexes.values():
            index.delete()

    def refresh(self):
        for index in self.sub_indexes.values():
            index.refresh()

    def reset(self):
        for index in self.sub_indexes.values():
            index.reset()

    def add_model(self, model):
        for index in self.sub_indexes.values():
            index.add_model(model)

    def add_item(self, item):
        self.add_items(type(item), [item])

    def add_items(self, model, items):
        documents = {document.page_id: document for document in build_documents(items)}
        by_language = {}
        for item in items:
            document = documents.get(item.pk)
            if document is None:
                continue
            item._portal_document = document
            by_language.setdefault(document.locale_code, []).append(item)
        for code, language_items in by_language.items():
            index = self.sub_indexes.get(code)
            if index is not None:
                index.add_items(model, language_items)

    def delete_item(self, item):
        code = self.backend.locale_codes().get(getattr(item, "locale_id", None))
        targets = [self.sub_indexes[code]] if code in self.sub_indexes else []
        for index in targets or self.sub_indexes.values():
            index.delete_item(item)

    def __str__(self):
        return self.base_name


class LocalizedIndexRebuilder:
    """Rebuild every locale's index; atomically (new index, then alias swap) by default."""

    def __init__(self, index, atomic=True):
        self.index = index
        if atomic:
            self.rebuilders = {
                code: LanguageIndexAtomicRebuilder(sub_index)
                for code, sub_index in index.sub_indexes.items()
            }
        else:
            self.rebuilders = None

    def start(self):
        if self.rebuilders is None:
            self.index.reset()
            return self.index
        sub_indexes = {code: rebuilder.start() for code, rebuilder in self.rebuilders.items()}
        return LocalizedIndex(self.index.backend, self.index.base_name, sub_indexes)

    def finish(self):
        if self.rebuilders is None:
            self.index.refresh()
            return
        for rebuilder in self.rebuilders.values():
            rebuilder.finish()


class LanguageIndexAtomicRebuilder(ElasticsearchAtomicIndexRebuilder):
    def __init__(self, index):
        self.alias = index
        self.index = LanguageIndex(
            index.backend,
            f"{index.name}_{get_random_string(7).lower()}",
            index.language_code,
        )

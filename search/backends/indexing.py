"""Writing the portal's page index (search.IndexEntry, its FTS5 table or tsvector, and the
vocabulary of search.vocabulary) for the database backend of search/backends/database.py."""

from django.db import connections, router, transaction
from modelsearch.backends.base import BaseIndex

from .. import schema, vocabulary
from ..documents import MAX_STORED_TEXT, build_documents, tsvector_literal
from ..models import IndexEntry
from .matching import padded

# --- Writing the index -------------------------------------------------------------------------

ENTRY_FIELDS = (
    "locale",
    "language",
    "page_type",
    "translation_key",
    "is_alias",
    "title",
    "text",
    "date",
    "language_tag",
    "title_terms",
    "body_terms",
    "autocomplete_terms",
    "search_vector",
)


def write_documents(documents, using=None):
    """Insert or update the entries of these documents, and their topics."""
    if not documents:
        return
    using = using or router.db_for_write(IndexEntry)
    postgresql = connections[using].vendor == "postgresql"
    rows = []
    for document in documents:
        title_terms = document.title_terms()
        body_terms = document.body_terms()
        autocomplete_terms = document.autocomplete_terms()
        rows.append(
            IndexEntry(
                page_id=document.page_id,
                locale_id=document.locale_id,
                language=document.language,
                page_type=document.page_type,
                translation_key=document.translation_key,
                is_alias=document.is_alias,
                title=document.title[:255],
                text=document.text[:MAX_STORED_TEXT],
                date=document.date,
                language_tag=document.language_tag,
                title_terms=padded(title_terms),
                body_terms=padded(body_terms),
                autocomplete_terms=padded(autocomplete_terms),
                search_vector=(
                    tsvector_literal(title_terms, body_terms, autocomplete_terms)
                    if postgresql
                    else None
                ),
            )
        )
    through = IndexEntry.topics.through
    with transaction.atomic(using=using):
        IndexEntry.objects.using(using).bulk_create(
            rows, update_conflicts=True, unique_fields=["page"], update_fields=list(ENTRY_FIELDS)
        )
        ids = dict(
            IndexEntry.objects.using(using)
            .filter(page_id__in=[document.page_id for document in documents])
            .values_list("page_id", "id")
        )
        through.objects.using(using).filter(indexentry_id__in=ids.values())._raw_delete(using)
        through.objects.using(using).bulk_create(
            [
                through(indexentry_id=ids[document.page_id], topic_id=topic_id)
                for document in documents
                for topic_id in document.topic_ids
                if document.page_id in ids
            ]
        )
        vocabulary.record(documents, using=using)


class PageIndex(BaseIndex):
    """Every page type in one table, analysed per page's language."""

    def get_key(self):
        return "portal_pages"

    @property
    def using(self):
        return router.db_for_write(IndexEntry)

    def add_items(self, model, items):
        write_documents(build_documents(items), using=self.using)

    def delete_item(self, item):
        IndexEntry.objects.using(self.using).filter(page_id=item.pk).delete()

    def reset(self):
        IndexEntry.topics.through.objects.using(self.using).all()._raw_delete(self.using)
        IndexEntry.objects.using(self.using).all()._raw_delete(self.using)
        vocabulary.reset(self.using)

    def __str__(self):
        return "portal pages"


class PageIndexRebuilder:
    """Empty and refill the page index in one transaction: searches keep the old index until the
    new one is complete."""

    def __init__(self, index):
        self.index = index
        self.atomic = transaction.atomic(using=index.using)

    def start(self):
        self.atomic.__enter__()
        self.index.reset()
        return self.index

    def finish(self):
        connection = connections[self.index.using]
        schema.rebuild_fts(connection)
        vocabulary.analyse_tables(connection)
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner keeps estimating the table empty.
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {schema.ENTRY_TABLE}")
        self.atomic.__exit__(None, None, None)


def rebuilder_for(index):
    if isinstance(index, PageIndex):
        return PageIndexRebuilder(index)
    return index.backend.rebuilder_class(index)

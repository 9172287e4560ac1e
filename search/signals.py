"""Keeping the index right when pages change.

Wagtail's own signal handlers (modelsearch's post_save/post_delete) already send every saved page
to the default search backend and remove deleted ones: saving a page covers creating, editing,
publishing and unpublishing it, moving it (Wagtail saves the moved page) and wagtail-localize
publishing a translation or turning an alias into one (both go through the normal publish).
What they miss is anything committed after the page row itself:

- topics (a ParentalManyToManyField) and other child relations are written by modelcluster after
  `post_save` has fired, so the index would keep the topics of the previous version;

hence a second pass on `page_published`, which Wagtail sends once the whole revision is saved.
Visibility (live, view restrictions) is never indexed: it is read from the page table at query
time, so unpublishing or restricting a section cannot leave stale results behind.
"""

from modelsearch.index import insert_or_update_object
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance)


def register():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")

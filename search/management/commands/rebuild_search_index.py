"""`python manage.py rebuild_search_index`: rebuild every search index, with a progress bar.

Wagtail 8's command is `update_index` (modelsearch's rebuild): it rebuilds each backend of
WAGTAILSEARCH_BACKENDS, index by index. Our backends register the portal's page index (the
analysed `search.IndexEntry` table, or Elasticsearch's per-locale indexes) in that machinery, so
this command is `update_index` under the name the portal documents, with the same options
(`--backend`, `--schema-only`, `--chunk_size`).
"""

from wagtail.search.management.commands.update_index import Command as UpdateIndexCommand


class Command(UpdateIndexCommand):
    help = (
        "Rebuild the search indexes: pages analysed per language, and Wagtail's index of images, "
        "documents and other models."
    )

"""The demo's search synonyms (content/search.toml), as search.SynonymSet snippets.

Loaded through `pages.model` because home may not import search. A set counts as there when a
set of the same language starts with the same term: create what is missing, never overwrite what
an editor changed (see home/demo/pages.py).
"""

from django.db import transaction

from . import data, pages

TREE = "search"


def load(stdout):
    synonym_set = pages.model("search.SynonymSet")
    made = 0
    with transaction.atomic():
        existing = {
            (item.language, (item.term_list() or [""])[0].casefold())
            for item in synonym_set.objects.all()
        }
        for entry in data.content(TREE)["search_synonyms"]:
            key = (entry["language"], entry["terms"][0].casefold())
            if key in existing:
                continue
            synonym_set.objects.create(language=entry["language"], terms="\n".join(entry["terms"]))
            existing.add(key)
            made += 1
    stdout.write(f"  search synonyms ({made} new sets)")

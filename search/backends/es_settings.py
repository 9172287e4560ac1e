"""What each locale's Elasticsearch index analyses with, and how a reader's query is sent.

Pages are indexed with the language's built-in analyser (`default`). Queries are analysed with
`default_search`: the same chain, rebuilt from its documented parts, with the editors' synonyms
(search.SynonymSet) as a `synonym_graph` filter after lower-casing. The synonyms are part of the
index settings: after editing them, `rebuild_search_index` gives Elasticsearch the new set (the
database backend applies them from the next query on).

The query forgives like the database backend's (search.vocabulary): exact matches, boosted; the
same words with `fuzziness: "AUTO:5,9"` (no typo under 5 characters, one from 5, two from 9) and
`fuzzy_transpositions` (a transposition is one edit); and the last word as a prefix
(`bool_prefix`). Elasticsearch counts typos on analysed terms (stems), not on words, and ranks by
score (exact matches are boosted above fuzzy ones) rather than in strict levels.
"""

from .. import analysis, synonyms

LANGUAGE_ANALYZERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ar": "arabic",
    "ru": "russian",
    "pt": "portuguese",
    "zh": "cjk",
    "ja": "cjk",
    "ko": "cjk",
}
FUZZINESS = "AUTO:5,9"
EXACT_BOOST = 4.0
FRENCH_ELISION = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu"]

# The built-in analysers' filters (Elasticsearch's "rebuilt" analysers), before and after the
# synonyms. The tokenizer is `standard` for all.
_CHAINS = {
    "english": (
        ["lowercase"],
        [{"type": "stop", "stopwords": "_english_"}, {"type": "stemmer", "language": "english"}],
    ),
    "french": (
        [{"type": "elision", "articles_case": True, "articles": FRENCH_ELISION}, "lowercase"],
        [
            {"type": "stop", "stopwords": "_french_"},
            {"type": "stemmer", "language": "light_french"},
        ],
    ),
    "spanish": (
        ["lowercase"],
        [
            {"type": "stop", "stopwords": "_spanish_"},
            {"type": "stemmer", "language": "light_spanish"},
        ],
    ),
    "portuguese": (
        ["lowercase"],
        [
            {"type": "stop", "stopwords": "_portuguese_"},
            {"type": "stemmer", "language": "light_portuguese"},
        ],
    ),
    "russian": (
        ["lowercase"],
        [{"type": "stop", "stopwords": "_russian_"}, {"type": "stemmer", "language": "russian"}],
    ),
    "arabic": (
        ["lowercase", "decimal_digit"],
        [
            {"type": "stop", "stopwords": "_arabic_"},
            "arabic_normalization",
            {"type": "stemmer", "language": "arabic"},
        ],
    ),
    "cjk": (["cjk_width", "lowercase"], ["cjk_bigram", {"type": "stop", "stopwords": "_english_"}]),
    "standard": (["lowercase"], []),
}


def analyzer_for(language_code):
    return LANGUAGE_ANALYZERS.get(analysis.base_language(language_code), "standard")


def synonym_rules(language_code):
    """The synonym sets of a language in Solr's format ("itu, uit, мсэ")."""
    sets = synonyms.sets_for([language_code]).get(language_code, [])
    return [", ".join(term.replace(",", " ") for term in terms) for terms in sets]


def analysis_settings(language_code, existing):
    """`existing` (Wagtail's analysis settings) with the locale's `default` and `default_search`
    analysers and the filters they name."""
    name = analyzer_for(language_code)
    before, after = _CHAINS.get(name, _CHAINS["standard"])
    filters = existing.setdefault("filter", {})
    chain = []
    rules = synonym_rules(language_code)
    steps = [
        *before,
        *([{"type": "synonym_graph", "synonyms": rules, "lenient": True}] if rules else []),
        *after,
    ]
    for position, step in enumerate(steps):
        if isinstance(step, str):
            chain.append(step)
            continue
        filter_name = f"portal_{name}_{position}"
        filters[filter_name] = step
        chain.append(filter_name)
    analyzers = existing.setdefault("analyzer", {})
    analyzers["default"] = {"type": name}
    analyzers["default_search"] = {"type": "custom", "tokenizer": "standard", "filter": chain}
    return existing


def forgiving(es_query, text):
    """Wagtail's query for `text` with its `multi_match` made forgiving: exact (boosted), fuzzy,
    or the last word as a prefix. Other queries are returned as they are."""
    if "bool" in es_query and "must" in es_query["bool"]:
        return {"bool": {**es_query["bool"], "must": forgiving(es_query["bool"]["must"], text)}}
    match = es_query.get("multi_match")
    if match is None:
        return es_query
    exact = {**match, "boost": EXACT_BOOST}
    fuzzy = {
        **{key: value for key, value in match.items() if key != "type"},
        "fuzziness": FUZZINESS,
        "fuzzy_transpositions": True,
    }
    clauses = [{"multi_match": exact}, {"multi_match": fuzzy}]
    if not text[-1:].isspace():
        prefix = {key: value for key, value in match.items() if key not in ("type", "boost")}
        clauses.append({"multi_match": {**prefix, "type": "bool_prefix"}})
    return {"bool": {"should": clauses, "minimum_should_match": 1}}

"""A query as the database backend searches it: per content language, one group of alternatives
per word, with typos, the completions of the last word and synonyms (see search.vocabulary and
search.synonyms for where they come from).

A group's alternatives are terms (strings) or, for a synonym of several words, tuples of terms
that must all be on the page. Each alternative has a cost: 0 for the word's own terms and its
synonyms, 1 for a word one typo away or a completion of the last word, 2 for two typos. The
backend ranks pages matching with cost 0 first, then 1, then 2 ("bread" finds pages with "break"
only after the pages with "bread"), see search.backends.matching.
"""

from django.conf import settings

from . import analysis, synonyms, vocabulary

MAX_TYPO_CANDIDATES = 8


class Group(tuple):
    """The alternatives of one query word; `costs` maps each to its cost."""

    costs: dict

    def __new__(cls, costs):
        group = super().__new__(cls, costs)
        group.costs = dict(costs)
        return group

    def upto(self, level):
        return Group({item: cost for item, cost in self.costs.items() if cost <= level})

    def key(self):
        return tuple(self.costs.items())


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _safe(item):
    if isinstance(item, tuple):
        return all(analysis.is_safe_term(term) for term in item) and bool(item)
    return analysis.is_safe_term(item)


def _add(costs, terms, cost):
    for term in terms:
        if _safe(term) and costs.get(term, cost + 1) > cost:
            costs[term] = cost


def _word_groups(language, words, typos, prefixes, prefix_word):
    base = analysis.base_language(language)
    groups = []
    for index, word in enumerate(words):
        costs = {}
        _add(costs, word.terms, 0)
        if word.folded:
            found = typos.get((language, word.folded), {})
            ranked = sorted((typo, candidate) for candidate, typo in found.items() if typo)
            for typo, candidate in ranked[:MAX_TYPO_CANDIDATES]:
                _add(costs, analysis.analyse_word(base, candidate), typo)
        if index == len(words) - 1 and word.folded and word.folded == prefix_word:
            for completion in prefixes.get(language, []):
                if completion != word.folded:
                    _add(costs, analysis.analyse_word(base, completion), 1)
        if costs:
            groups.append(costs)
    return groups


def query_branches(text, operator="and", languages=None, expand=True):
    """[(languages, groups)]: the query analysed in each language, languages whose analysis
    agrees merged. With `expand`, groups carry typos, completions and synonyms (one query each
    for typos and completions, the synonyms from the cache)."""
    languages = languages or content_languages()
    words = {language: analysis.query_words(text, language) for language in languages}
    typos, prefixes, prefix_word = {}, {}, None
    if expand:
        folded = {word.folded for found in words.values() for word in found if word.folded}
        typos = vocabulary.typo_candidates(folded, languages)
        last = [found[-1].folded for found in words.values() if found and found[-1].folded]
        ends_with_space = text[-1:].isspace()
        if last and not ends_with_space and len(last[0]) >= vocabulary.MIN_PREFIX:
            prefix_word = last[0]
            prefixes = vocabulary.completions(prefix_word, languages)
    sets = synonyms.sets_for(languages) if expand else {}
    branches = {}
    for language in languages:
        found = words[language]
        groups = _word_groups(language, found, typos, prefixes, prefix_word)
        if sets.get(language):
            groups = synonyms.apply(language, found, groups, sets[language])
        groups = [Group(costs) for costs in groups if costs]
        if groups:
            key = tuple(group.key() for group in groups)
            branches.setdefault(key, (groups, []))[1].append(language)
    return [(langs, groups) for groups, langs in branches.values()]


def upto(branches, level):
    return [(languages, [group.upto(level) for group in groups]) for languages, groups in branches]


def levels(branches):
    """The costs present in these branches, in order: [0], [0, 1], [0, 1, 2]..."""
    costs = {
        cost
        for _languages, groups in branches
        for group in groups
        for cost in getattr(group, "costs", {None: 0}).values()
    }
    return sorted(costs) or [0]

"""Synonyms editors keep in the admin (search.SynonymSet), applied to queries on every backend.

A set holds equivalent terms for one language or for all ("ITU", "UIT", "МСЭ", "国际电联",
"الاتحاد الدولي للاتصالات"). When the words of a query contain one of the terms (analysed like
the query, so "itu's" or "Uit" count), those words become one group whose alternatives are all
the terms of the set: a term of one word by its terms, a term of several words by all of them
(every word on the page, in any order). The sets are read once and cached until one is saved or
deleted. Elasticsearch gets the same sets as a synonym filter (search.backends.es_settings).
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import analysis
from .models import SynonymSet

CACHE_KEY = "search:synonym-sets"


def all_sets():
    """[(language or "", [terms])], cached."""
    sets = cache.get(CACHE_KEY)
    if sets is None:
        sets = [(item.language, item.term_list()) for item in SynonymSet.objects.all()]
        cache.set(CACHE_KEY, sets, 3600)
    return sets


@receiver([post_save, post_delete], sender=SynonymSet)
def _forget(**kwargs):
    cache.delete(CACHE_KEY)


def sets_for(languages):
    """{language: [[terms], ...]} for these content languages."""
    found = {}
    for language, terms in all_sets():
        for code in languages:
            if not language or language == code:
                found.setdefault(code, []).append(terms)
    return found


def _analysed(term, language):
    """The words of a term as query words: [terms of each word]."""
    return [word.terms for word in analysis.query_words(term, language)]


def _alternative(words):
    """A term as an alternative: its first term for one word, a tuple of them for several."""
    if len(words) == 1:
        return None
    return tuple(terms[0] for terms in words)


def _matches(query_words, start, member):
    if start + len(member) > len(query_words):
        return False
    return all(
        member[offset][0] in query_words[start + offset].terms for offset in range(len(member))
    )


def apply(language, query_words, groups, sets):
    """`groups` (cost dicts, one per query word) with the words that are a synonym replaced by
    one group of all the terms of its set."""
    if len(groups) != len(query_words):
        return groups
    analysed_sets = [
        [words for words in (_analysed(term, language) for term in terms) if words]
        for terms in sets
    ]
    result = []
    index = 0
    while index < len(query_words):
        replaced = False
        for members in analysed_sets:
            for member in sorted(members, key=len, reverse=True):
                if not _matches(query_words, index, member):
                    continue
                costs = dict(groups[index]) if len(member) == 1 else {}
                for other in members:
                    alternative = _alternative(other)
                    items = other[0] if alternative is None else (alternative,)
                    for item in items:
                        if _valid(item):
                            costs.setdefault(item, 0)
                result.append(costs)
                index += len(member)
                replaced = True
                break
            if replaced:
                break
        if not replaced:
            result.append(groups[index])
            index += 1
    return result


def _valid(item):
    if isinstance(item, tuple):
        return bool(item) and all(analysis.is_safe_term(term) for term in item)
    return analysis.is_safe_term(item)

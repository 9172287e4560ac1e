"""The index's own vocabulary, per content language: typo tolerance, prefixes, "did you mean".

Typos follow Meilisearch's rules, counted on words as `search.analysis` folds them (accents,
Arabic letter forms, case and width are never typos): no typo in words under 5 letters, one from
5 letters, two from 9; a transposition of two neighbouring letters is one typo (optimal string
alignment, i.e. restricted Damerau-Levenshtein distance).

How typos are found without reading the whole vocabulary: deletion neighbourhoods, as SymSpell
does, on SQLite and PostgreSQL alike. Every vocabulary word of 4 letters or more is stored with
its "keys": its first 7 letters with up to one (words under 7 letters) or two letters deleted.
A query word of length n with k allowed typos looks up the keys of its own first 7 letters with
up to k deletions (at most 29 keys, one indexed `IN` query for all the words of a query and all
languages), and the few candidate words found are checked with the true distance in Python. Two
words within k typos always share such a key, so nothing is missed, and the lookup costs the same
at 2,000 or 2,000,000 words. PostgreSQL's pg_trgm was the alternative; it would have meant a second
implementation (and an extension to install), finds typos by similarity rather than by count, and
is poor on short words, where the rules matter most.

Prefixes (the last word of a query, from 3 letters) are a range scan of the (language, word)
unique index: the most frequent completions are used. Words are added when pages are indexed and
never removed one by one (a word of a deleted page only costs a lookup that finds nothing); a
rebuild of the index starts the vocabulary afresh.
"""

import unicodedata
from itertools import combinations

from django.db import connections, router, transaction

from . import analysis
from .models import VocabularyKey, VocabularyWord

KEY_PREFIX = 7
MIN_TYPO_WORD = 5
MIN_KEYED_WORD = 4
MIN_PREFIX = 3
MAX_WORD = 40
PREFIX_COMPLETIONS = 12


def allowed_typos(word):
    """Meilisearch's default: 0 under 5 letters, 1 from 5, 2 from 9."""
    if len(word) < MIN_TYPO_WORD:
        return 0
    return 1 if len(word) < 9 else 2


def deletions(word, depth):
    """The word's first KEY_PREFIX letters with 0 to `depth` letters deleted."""
    head = word[:KEY_PREFIX]
    keys = {head}
    for count in range(1, depth + 1):
        if len(head) - count < 1:
            break
        for positions in combinations(range(len(head)), count):
            keys.add("".join(char for index, char in enumerate(head) if index not in positions))
    return keys


def stored_keys(word):
    return deletions(word, 1 if len(word) < KEY_PREFIX else 2)


def distance(first, second, limit=2):
    """Optimal string alignment distance (a transposition is one edit); limit + 1 when over."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, other in enumerate(second, 1):
            cost = 0 if char == other else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == second[j - 2] and first[i - 2] == other:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def is_vocabulary_word(word):
    return MIN_PREFIX <= len(word) <= MAX_WORD and not word.isdigit()


def vocabulary_words(text):
    """(folded, as written in lower case) for the words of a text that are not CJK or numbers,
    from 3 to 40 letters (cut as search.analysis cuts texts)."""
    for _start, _end, raw, is_cjk in analysis._pieces(text or ""):
        if is_cjk or not 3 <= len(raw) <= 40:
            continue
        folded = analysis.fold(raw)
        if 3 <= len(folded) <= 40 and not folded.isdigit():
            yield (
                folded,
                unicodedata.normalize("NFC", unicodedata.normalize("NFKC", raw).casefold()),
            )


# --- Writing -----------------------------------------------------------------------------------


def record(documents, using=None):
    """Add the words of these documents (title and text) to their languages' vocabularies."""
    counts = {}
    for document in documents:
        words = counts.setdefault(document.language, {})
        for text in (document.title, document.text):
            for folded, display in vocabulary_words(text):
                if folded in words:
                    words[folded][1] += 1
                else:
                    words[folded] = [display, 1]
    using = using or router.db_for_write(VocabularyWord)
    with transaction.atomic(using=using):
        for language, words in counts.items():
            _record_language(language, words, using)


def _chunks(items, size=500):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _record_language(language, words, using):
    table = VocabularyWord._meta.db_table
    quote = connections[using].ops.quote_name
    new = []
    for chunk in _chunks(words):
        known = set(
            VocabularyWord.objects.using(using)
            .filter(language=language, word__in=chunk)
            .values_list("word", flat=True)
        )
        new.extend(word for word in chunk if word not in known)
        rows = [(language, word, words[word][0], words[word][1]) for word in chunk]
        # One statement, the same on SQLite and PostgreSQL: frequencies add up.
        with connections[using].cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {quote(table)} (language, word, display, frequency) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (language, word) DO UPDATE "
                f"SET frequency = {quote(table)}.frequency + excluded.frequency",
                rows,
            )
    keys = [
        VocabularyKey(language=language, key=key, word=word)
        for word in new
        if len(word) >= MIN_KEYED_WORD
        for key in stored_keys(word)
    ]
    VocabularyKey.objects.using(using).bulk_create(keys, batch_size=2000, ignore_conflicts=True)


def analyse_tables(connection):
    """Fresh planner statistics after a rebuild."""
    with connection.cursor() as cursor:
        for model in (VocabularyWord, VocabularyKey):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def reset(using):
    VocabularyKey.objects.using(using).all()._raw_delete(using)
    VocabularyWord.objects.using(using).all()._raw_delete(using)


# --- Reading -----------------------------------------------------------------------------------


def typo_candidates(words, languages):
    """{(language, query word): {vocabulary word: typos}} for the words allowed typos, the
    word itself (0 typos) included when it is in the vocabulary. One query."""
    wanted = {word: allowed_typos(word) for word in words if allowed_typos(word)}
    if not wanted or not languages:
        return {}
    keys = set()
    for word, typos in wanted.items():
        keys |= deletions(word, typos)
    rows = (
        VocabularyKey.objects.filter(language__in=list(languages), key__in=sorted(keys))
        .values_list("language", "word")
        .distinct()
    )
    found = {}
    for language, candidate in rows:
        for word, typos in wanted.items():
            typo_count = distance(word, candidate, typos)
            if typo_count <= typos:
                found.setdefault((language, word), {})[candidate] = typo_count
    return found


def completions(prefix, languages, limit=PREFIX_COMPLETIONS):
    """{language: [words starting with `prefix`, most frequent first]}, one query."""
    if len(prefix) < MIN_PREFIX or not languages:
        return {}
    rows = (
        VocabularyWord.objects.filter(
            language__in=list(languages), word__gt=prefix, word__lt=prefix + "\U0010ffff"
        )
        .order_by("-frequency", "word")
        .values_list("language", "word")[: limit * len(languages)]
    )
    found = {}
    for language, word in rows:
        if len(found.setdefault(language, [])) < limit:
            found[language].append(word)
    return found


def suggest(text, language):
    """The query with its unknown words replaced by the closest, most frequent vocabulary word
    of `language` ("goverment" is "government"), or None when there is nothing to change."""
    words = {word.folded for word in analysis.query_words(text, language) if word.folded}
    candidates = typo_candidates(words, [language])
    options = {
        word: found
        for (_language, word), found in candidates.items()
        if found and found.get(word) != 0
    }
    if not options:
        return None
    known = {
        word: (display, frequency)
        for word, display, frequency in VocabularyWord.objects.filter(
            language=language, word__in={c for found in options.values() for c in found}
        ).values_list("word", "display", "frequency")
    }
    chosen = {}
    for word, found in options.items():
        ranked = sorted(found, key=lambda c: (found[c], -known.get(c, ("", 0))[1], c))
        chosen[word] = known.get(ranked[0], (ranked[0], 0))[0]

    def replace(match):
        return chosen.get(analysis.fold(match.group()), match.group())

    return analysis.WORD_RE.sub(replace, text[: analysis.MAX_QUERY_CHARS])

"""How text of a given language becomes search terms: the one analysis layer of the portal.

Every backend that does not analyse text itself (the SQLite and PostgreSQL indexes of
`search.backends.database`) and every piece of code that needs to know which words of a text match
a query (snippets and highlighting) goes through here, so that a page and a query are always cut
and normalised the same way.

For a language code ("fr", "zh-hans", "pt-br"...), a text is:

1. cut into words: runs of letters, digits and combining marks. Apostrophes, hyphens and all
   punctuation separate words ("l'accès" is "l" + "accès"). Runs of CJK characters (Han, kana,
   hangul) become overlapping bigrams, as Elasticsearch's `cjk` analyser does ("数字权利"
   is "数字", "字权", "权利"); a run of one character stays one term. Latin words inside
   Chinese text are ordinary words. Runs are first folded to simplified characters
   (`search.chinese`, OpenCC), so both scripts give the same bigrams.
2. normalised: NFKC (full-width forms, ligatures, Arabic presentation forms), case folding, every
   kind of decimal digit to ASCII ("٢٠٢٤" is "2024"), then folding that depends on the script, not
   on the language of the page:
   - Latin and Greek: accents removed ("é" is "e", "ñ" is "n", "ø" is "o", "œ" is "oe");
   - Cyrillic: "ё" is "е" and stress marks go, but "й" stays (it is a different letter);
   - Arabic: tashkeel (short vowels) and tatweel removed, alef forms (أ إ آ ٱ) to ا, alef maqsura
     ى to ي, teh marbuta ة to ه, Persian yeh and keheh to their Arabic forms;
   - other scripts are only case-folded.
3. stemmed with Snowball: the page's language stemmer for words in its own script (en, fr, es, pt,
   ru, ar; Portuguese "-ões"/"-ães" plurals are first brought to "-ão", and the spellings of
   Portugal and Brazil to one, see `search.portuguese`), the English stemmer for
   Latin words in Russian, Arabic or Chinese text, the Russian one for Cyrillic words and the
   Arabic one for Arabic words in any text. Unknown languages are folded, not stemmed.

A word can give more than one term ("variants"): stemming an accented word and stemming the same
word typed without accents do not always agree (Snowball's French stems "activités" to "activ"
but "activites" to "activit"), so both stems are kept; Arabic words get both Snowball's stem and
a light stem (prefixes ال وال بال كال فال لل و, suffixes ها ان ات ون ين يه ه ي), because
Snowball's Arabic stemmer alone cuts "حملات" and "الحملات" differently. A query word matches a
page when any of its variants is among the page's terms.

Stop words are kept in the index and dropped from queries that have other words, so that "the
who" still finds something while "the internet" does not rank every page that says "the".

Everything here is deterministic and cached per distinct word (stemming runs in PyStemmer's C
Snowball when installed, the same stems as the pure-Python package), so a rebuild analyses
each distinct word of a language once.
"""

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from . import portuguese
from .arabic import arabic_light_stem
from .chinese import fold_han
from .stopwords import STOP_WORDS

# Query limits: anything longer is cut, so a 10 000-character query costs what a 200-character one
# does.
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 32
# Longer "words" (a run of 500 letters) are noise: neither indexed nor searched.
MAX_TERM_LENGTH = 100

SNOWBALL_LANGUAGES = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "ru": "russian",
    "ar": "arabic",
}
# The stemmer for a word written in a script that is not the page's own.
SCRIPT_STEMMERS = {"latin": "en", "cyrillic": "ru", "arabic": "ar"}
LANGUAGE_SCRIPTS = {"en": "latin", "fr": "latin", "es": "latin", "pt": "latin"}
LANGUAGE_SCRIPTS.update(ru="cyrillic", ar="arabic", zh="han")


def base_language(language_code):
    """The analysis language of a language code: "zh-hans" is "zh", "pt-BR" is "pt"."""
    return (language_code or "").replace("_", "-").split("-")[0].lower()


# --- Character classes -------------------------------------------------------------------------


def _ranges(predicate, start=0x80, stop=0x10000):
    """A regular-expression character class body for the BMP code points matching `predicate`."""
    parts = []
    first = None
    for code in range(start, stop + 1):
        inside = code < stop and predicate(chr(code))
        if inside and first is None:
            first = code
        elif not inside and first is not None:
            last = code - 1
            parts.append(f"\\u{first:04x}" if first == last else f"\\u{first:04x}-\\u{last:04x}")
            first = None
    return "".join(parts)


_MARKS = _ranges(lambda char: unicodedata.category(char).startswith("M"), start=0x300)
_CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u3100-\u312f"
    "\u3130-\u318f\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
# A word: letters, digits and combining marks. "_" is a word character for `\w`, not for us.
WORD_RE = re.compile(f"(?:[^\\W_]|[{_MARKS}])+")
CJK_RUN_RE = re.compile(f"[{_CJK}]+")
_COMBINING_RE = re.compile(f"[{_MARKS}]")
# Every decimal digit (Arabic-Indic, Devanagari, full-width...) to its ASCII digit.
# (NFKC already maps the mathematical and full-width digits outside the BMP.)
_DIGITS = {
    code: str(unicodedata.digit(chr(code)))
    for code in range(0x80, 0x10000)
    if unicodedata.category(chr(code)) == "Nd"
}
_LATIN_SPECIAL = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ŀ": "l"}
)
_ARABIC_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ک": "ك",
    }
)
_CYRILLIC_LETTERS = str.maketrans({"ё": "е"})


def _script(word):
    """The script of a (case-folded) word, judged by its first letter."""
    for char in word:
        code = ord(char)
        if char.isdigit():
            continue
        if code < 0x250 or 0x1E00 <= code < 0x1F00:
            return "latin"
        if 0x370 <= code < 0x400 or 0x1F00 <= code < 0x2000:
            return "greek"
        if 0x400 <= code < 0x530:
            return "cyrillic"
        if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0x8A0 <= code < 0x900:
            return "arabic"
        return "other"
    return "digits"


@lru_cache(maxsize=200_000)
def fold(word):
    """Case, width, digit and diacritic folding of one word, by script (see the module doc)."""
    word = unicodedata.normalize("NFKC", word).casefold()
    if word.isascii():
        return word
    word = word.translate(_DIGITS)
    script = _script(word)
    if script in ("latin", "greek"):
        decomposed = unicodedata.normalize("NFD", word)
        word = _COMBINING_RE.sub("", decomposed).translate(_LATIN_SPECIAL)
    elif script == "cyrillic":
        word = _COMBINING_RE.sub("", word.translate(_CYRILLIC_LETTERS))
    elif script == "arabic":
        word = _ARABIC_TASHKEEL.sub("", word).translate(_ARABIC_LETTERS)
    return unicodedata.normalize("NFC", word)


# --- Stemming ----------------------------------------------------------------------------------


_local = threading.local()


def _stemmer(language):
    # Snowball stemmers (PyStemmer's C ones, which snowballstemmer hands out when installed, as
    # well as the pure-Python fallback) keep the word being stemmed on the instance: one instance
    # per thread, or two threads of a server would stem each other's words.
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language])
    return stemmers[language]


_PT_PLURAL = re.compile("(?<=..)(?:ões|ães|ãos)$")
_PT_PLURAL_FOLDED = re.compile("(?<=..)(?:oes|aes)$")


def _stem_language(language, script):
    """Which Snowball language stems a word of `script` in a text of `language`, if any."""
    if script in ("digits", "greek", "other", "han"):
        return None
    if LANGUAGE_SCRIPTS.get(language) == script and language in SNOWBALL_LANGUAGES:
        return language
    if language in LANGUAGE_SCRIPTS or script != "latin":
        # A known language meeting a foreign script, or any text meeting Cyrillic or Arabic.
        return SCRIPT_STEMMERS.get(script)
    # Unknown languages: folding only for Latin words, we cannot guess the language.
    return None


def analyse_word(language, raw):
    """The terms (one or more variants) of one raw word of a text in base language `language`."""
    return _analyse(language, raw)[0]


@lru_cache(maxsize=500_000)
def _analyse(language, raw):
    """(terms, is a stop word) for one raw word; cached, as words repeat a lot."""
    normalised = unicodedata.normalize("NFKC", raw).casefold().translate(_DIGITS)
    folded = fold(normalised)
    if not folded:
        return (), False
    stop = folded in stop_words(language)
    script = _script(folded)
    stem_language = _stem_language(language, script)
    if stem_language is None:
        return (folded,), stop
    stemmer = _stemmer(stem_language)
    if stem_language == "pt":
        # Snowball leaves "-ões"/"-ães" plurals apart from their "-ão" singulars (petições,
        # petição): bring them together first; then Portugal's and Brazil's spellings.
        normalised, folded = _PT_PLURAL.sub("ão", normalised), _PT_PLURAL_FOLDED.sub("ao", folded)
        normalised = portuguese.normalise_accented(normalised)
        folded = portuguese.normalise(folded)
    variants = [fold(stemmer.stemWord(normalised)), stemmer.stemWord(folded)]
    if script == "arabic":
        variants.append(arabic_light_stem(folded))
    # Duplicates go; the first variant is the stem of the word as written.
    return tuple(dict.fromkeys(variant for variant in variants if variant)), stop


@cache
def stop_words(language):
    """The stop words of a base language, folded like the words they are compared with."""
    return frozenset(fold(word) for word in STOP_WORDS.get(language, "").split())


# --- Texts -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """A word (or CJK bigram) of a text: where it is in the original text and its terms."""

    start: int
    end: int
    terms: tuple
    stop: bool = False


def _pieces(text):
    """(start, end, raw, is_cjk) for every word and CJK run of a text, in order."""
    for match in WORD_RE.finditer(text):
        word = match.group()
        if word.isascii():
            yield match.start(), match.end(), word, False
            continue
        offset = match.start()
        position = 0
        for run in CJK_RUN_RE.finditer(word):
            if run.start() > position:
                yield offset + position, offset + run.start(), word[position : run.start()], False
            yield offset + run.start(), offset + run.end(), run.group(), True
            position = run.end()
        if position < len(word):
            yield offset + position, offset + len(word), word[position:], False


def _cjk_terms(run):
    """Overlapping bigrams of a CJK run, with their offsets inside the run."""
    folded = fold_han(run)
    if len(folded) != len(run):
        # NFKC or a phrase of OpenCC changed the length: offsets cover the whole run.
        if len(folded) == 1:
            yield 0, len(run), folded
        for index in range(len(folded) - 1):
            yield 0, len(run), folded[index : index + 2]
        return
    if len(run) == 1:
        yield 0, 1, folded
        return
    for index in range(len(run) - 1):
        yield index, index + 2, folded[index : index + 2]


def tokens(text, language_code):
    """Every token of `text` analysed as `language_code`, with its offsets in `text`."""
    language = base_language(language_code)
    result = []
    for start, end, raw, is_cjk in _pieces(text or ""):
        if is_cjk:
            for run_start, run_end, term in _cjk_terms(raw):
                result.append(Token(start + run_start, start + run_end, (term,)))
            continue
        terms, stop = _analyse(language, raw)
        if terms:
            result.append(Token(start, end, terms, stop))
    return result


def index_terms(text, language_code):
    """The terms to index for `text`: every variant of every token, in order."""
    language = base_language(language_code)
    terms = []
    for _start, _end, raw, is_cjk in _pieces(text or ""):
        if is_cjk:
            terms.extend(term for _s, _e, term in _cjk_terms(raw))
        else:
            terms.extend(analyse_word(language, raw))
    return terms


@dataclass(frozen=True, slots=True)
class QueryWord:
    """A word of a query: its folded form (None for a CJK bigram) and its alternative terms."""

    folded: str | None
    terms: tuple


def query_words(text, language_code):
    """The words of a query that count (see query_terms), in order, with their folded forms."""
    text = (text or "")[:MAX_QUERY_CHARS]
    found = tokens(text, language_code)
    content = [token for token in found if not token.stop] or found
    words = []
    seen = set()
    for token in content:
        group = tuple(term for term in token.terms if len(term) <= MAX_TERM_LENGTH)
        if group and group not in seen:
            seen.add(group)
            raw = text[token.start : token.end]
            folded = None if CJK_RUN_RE.match(raw) else fold(raw)
            words.append(QueryWord(folded, group))
    return words[:MAX_QUERY_TERMS]


def query_terms(text, language_code):
    """A query as groups of alternative terms: a page matches a group if it has any of them.

    Stop words go unless the query has nothing else; repeated words count once; the query is cut
    at MAX_QUERY_CHARS characters and MAX_QUERY_TERMS groups. Returns a list of tuples, empty when
    the query has no words at all (punctuation, operators only).
    """
    return [word.terms for word in query_words(text, language_code)]


# --- Autocomplete ------------------------------------------------------------------------------


def prefix_terms(text):
    """Folded, unstemmed words of a title for prefix matching; CJK runs give characters and
    bigrams, so that "数" and "数字" both complete "数字权利"."""
    terms = []
    for _start, _end, raw, is_cjk in _pieces(text or ""):
        if is_cjk:
            folded = fold_han(raw)
            terms.extend(folded)
            terms.extend(folded[index : index + 2] for index in range(len(folded) - 1))
        else:
            folded = fold(raw)
            if folded:
                terms.append(folded)
    return terms


def prefix_query(text):
    """The terms a partial query must match as prefixes, in order (the last one is partial)."""
    terms = []
    for _start, _end, raw, is_cjk in _pieces((text or "")[:MAX_QUERY_CHARS]):
        if is_cjk:
            folded = fold_han(raw)
            if len(folded) == 1:
                terms.append(folded)
            else:
                terms.extend(folded[index : index + 2] for index in range(len(folded) - 1))
        else:
            folded = fold(raw)
            if folded:
                terms.append(folded)
    return list(dict.fromkeys(terms))[:MAX_QUERY_TERMS]


# Terms are safe to put in any query language (FTS5 strings, tsquery literals) because they are
# made of letters, digits and marks only; this pattern is the last line of defence.
SAFE_TERM_RE = re.compile(f"^(?:[^\\W_]|[{_MARKS}])+$")


def is_safe_term(term):
    return bool(term) and len(term) <= MAX_TERM_LENGTH and SAFE_TERM_RE.match(term) is not None

"""Portuguese spellings of Portugal and Brazil brought together before stemming, so that
"controlo" finds "controle", "facto" finds "fato" and "acção" finds "ação".

Normalisation rules, not synonyms: the differences are regular and many, and a rule applies to
every inflection of a word (acções, acção, accionista) without editors listing them. Two kinds:

- the consonants the 1990 agreement dropped before ç: "cç" and "pç" are "ç" (acção, direcção,
  protecção; adopção, excepção; Brazil's "recepção" and Portugal's "receção" both become
  "receção");
- word pairs whose difference is not a rule (a "ct" or "pt" dropped in one country but kept in
  "pacto", "apto" or "compacto" by both; a different vowel): a list, applied to the start of the
  folded word so that plurals and derivations follow (actual, actualmente, actualizar).

Everything runs on folded words (accents already removed), on both the page and the query.
Words that differ entirely between the two countries (ecrã/tela, telemóvel/celular) are
synonyms, edited in the admin (search.SynonymSet).
"""

import re

_CONSONANT_BEFORE_CEDILLA = re.compile("(?<=[aeiou])[cp](?=ç)")
_FOLDED_CONSONANT = re.compile("(?<=[aeiou])[cp](?=c[aoõã])")

# European form (folded) -> common form. Longest first, applied as word prefixes.
_PREFIXES = {
    "actual": "atual",
    "activ": "ativ",
    "accion": "acion",
    "accao": "acao",
    "adopt": "adot",
    "afect": "afet",
    "colect": "colet",
    "contact": "contat",
    "controlo": "controle",
    "correct": "corret",
    "direct": "diret",
    "efectiv": "efetiv",
    "efectu": "efetu",
    "elect": "elet",
    "exact": "exat",
    "facto": "fato",
    "factos": "fatos",
    "object": "objet",
    "optim": "otim",
    "project": "projet",
    "protect": "protet",
    "reacç": "reaç",
    "respectiv": "respetiv",
    "select": "selet",
    "registo": "registro",
    "equipa": "equipe",
    "arquitect": "arquitet",
    "baptism": "batism",
    "detect": "detet",
}
_ORDERED = sorted(_PREFIXES, key=len, reverse=True)
# Whole words only: as prefixes they would change other words ("factor" is a word in both).
_WHOLE_WORDS = {"facto", "factos", "controlo", "controlos", "registo", "registos", "equipa"}


def normalise(folded):
    """A folded Portuguese word in the spelling both countries' pages are indexed under."""
    word = _FOLDED_CONSONANT.sub("", folded)
    for prefix in _ORDERED:
        if word.startswith(prefix):
            if prefix in _WHOLE_WORDS and word not in _WHOLE_WORDS:
                continue
            return _PREFIXES[prefix] + word[len(prefix) :]
    return word


def normalise_accented(word):
    """The same rules on a word with its accents (the stemmer is also given the word as
    written): "acção" is "ação"."""
    word = _CONSONANT_BEFORE_CEDILLA.sub("", word)
    for prefix in _ORDERED:
        if word.startswith(prefix):
            if prefix in _WHOLE_WORDS and word not in _WHOLE_WORDS:
                continue
            return _PREFIXES[prefix] + word[len(prefix) :]
    return word

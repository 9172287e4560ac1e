import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from search import analysis

ROOT = Path(__file__).resolve().parents[2]


def terms(text, language):
    return set(analysis.index_terms(text, language))


def query_matches(query, text, language):
    """Whether every word of the query has a variant among the text's terms."""
    found = terms(text, language)
    return all(set(group) & found for group in analysis.query_terms(query, language))


@pytest.mark.parametrize(
    "language, query, text",
    [
        ("en", "campaigning", "Our campaigns"),
        ("en", "CAFÉS", "a cafe"),
        ("fr", "activites", "Nos activités"),
        ("fr", "élection", "les elections"),
        ("es", "campañas", "la campaña"),
        ("es", "informacion", "la información"),
        ("pt", "peticoes", "uma petição"),
        ("pt", "eleições", "a eleição"),
        ("ru", "ёлки", "елка"),
        ("ru", "кампаниями", "кампания"),
        ("ar", "حَمْلَة", "الحملات"),
        ("ar", "أطفال", "الاطفال"),
        ("ar", "مكتبه", "مكتبة"),
        ("ar", "٢٠٢٤", "2024"),
        ("zh-hans", "数字权利", "保护数字权利"),
        ("zh-hans", "ＷＩＫＩＰＥＤＩＡ", "维基百科Wikipedia"),
    ],
)
def test_inflected_accented_and_other_forms_meet(language, query, text):
    assert query_matches(query, text, language)


def test_different_words_stay_apart():
    assert not query_matches("surveillance", "Our campaigns", "en")
    assert not query_matches("权利", "数字", "zh-hans")


def test_chinese_runs_become_overlapping_bigrams_and_single_characters_stay():
    assert analysis.index_terms("数字权利", "zh-hans") == ["数字", "字权", "权利"]
    assert analysis.index_terms("网", "zh-hans") == ["网"]
    assert analysis.index_terms("支持Internet自由", "zh-hans") == ["支持", "internet", "自由"]


def test_russian_keeps_short_i_but_folds_yo():
    assert analysis.fold("йод") == "йод"
    assert analysis.fold("Ёлка") == "елка"


def test_arabic_loses_tashkeel_and_tatweel_and_normalises_letter_forms():
    assert analysis.fold("عَرَبِيّة") == "عربيه"
    assert analysis.fold("كتـــاب") == "كتاب"
    assert analysis.fold("إلى") == "الي"


def test_stop_words_leave_queries_unless_nothing_else_is_left():
    assert analysis.query_terms("the internet", "en") == [("internet",)]
    assert analysis.query_terms("the who", "en") == [("the",), ("who",)]
    assert "the" in terms("the internet", "en")  # kept in the index


@pytest.mark.parametrize(
    "query",
    ['"', "*", "NEAR(", "-", ":", '"unbalanced', "'); DROP TABLE x; --", "a" * 10_000, "!!!"],
)
def test_query_terms_are_only_letters_and_digits(query):
    for group in analysis.query_terms(query, "en"):
        assert all(analysis.is_safe_term(term) for term in group)


def test_long_queries_are_cut():
    groups = analysis.query_terms(" ".join(f"word{n}" for n in range(5000)), "en")
    assert len(groups) <= analysis.MAX_QUERY_TERMS


def test_tokens_point_at_the_original_text():
    text = "L'accès aux Campañas ２０２４"
    spans = [text[token.start : token.end] for token in analysis.tokens(text, "es")]
    assert spans == ["L", "accès", "aux", "Campañas", "２０２４"]


def test_analysis_is_deterministic():
    """The same terms, in the same order, in other processes with other hash seeds: an order
    that came from iterating over a set or a dict would differ between them."""
    text = "Droits numériques, 数字权利, حقوق رقمية, цифровые права"
    here = [analysis.index_terms(text, code) for code in ("fr", "ar", "ru", "zh-hans")]
    here.append(analysis.query_terms(text, "fr"))
    assert here[0] == analysis.index_terms(text, "fr")
    program = (
        "import json, sys; from search import analysis; text = sys.argv[1]; "
        "terms = [analysis.index_terms(text, code) for code in ('fr', 'ar', 'ru', 'zh-hans')]; "
        "terms.append(analysis.query_terms(text, 'fr')); print(json.dumps(terms))"
    )
    for seed in ("0", "1", "4242"):
        result = subprocess.run(
            [sys.executable, "-c", program, text],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        assert json.loads(result.stdout) == json.loads(json.dumps(here)), seed


def test_autocomplete_prefixes_are_folded_not_stemmed():
    assert analysis.prefix_terms("Campañas digitales") == ["campanas", "digitales"]
    assert analysis.prefix_query("campa") == ["campa"]
    assert "数" in analysis.prefix_terms("数字权利")


def test_pystemmer_gives_the_pure_python_stems():
    """snowballstemmer hands stemming to PyStemmer (C) when it is installed: same stems."""
    import importlib

    import snowballstemmer

    assert type(snowballstemmer.stemmer("english")).__module__ == "Stemmer"
    words = {
        "english": "government governments campaigning rights petitions freedom",
        "french": "activités activites élections gouvernement pétitions libertés",
        "spanish": "peticiones campañas derechos gobierno elecciones",
        "portuguese": "petições campanhas governo eleições controlo controle",
        "russian": "правительства свободы петиции кампании",
        "arabic": "الحملات حملات الحكومة الحقوق",
    }
    for language, text in words.items():
        module = importlib.import_module(f"snowballstemmer.{language}_stemmer")
        pure = getattr(module, f"{language.capitalize()}Stemmer")()
        fast = snowballstemmer.stemmer(language)
        for word in text.split():
            assert fast.stemWord(word) == pure.stemWord(word), (language, word)


@pytest.mark.parametrize(
    "traditional, simplified",
    [
        ("數字權利", "数字权利"),
        ("國際電聯", "国际电联"),
        # Taiwan's phrases: "software" and "internet".
        ("軟體", "软件"),
        ("網際網路", "互联网"),
    ],
)
def test_traditional_chinese_gives_the_terms_of_simplified_chinese(traditional, simplified):
    assert analysis.index_terms(traditional, "zh-hans") == analysis.index_terms(
        simplified, "zh-hans"
    )
    assert analysis.prefix_query(traditional) == analysis.prefix_query(simplified)


def test_folded_chinese_keeps_offsets_inside_the_original_text():
    text = "我們的網際網路"
    for token in analysis.tokens(text, "zh-hans"):
        assert 0 <= token.start < token.end <= len(text)

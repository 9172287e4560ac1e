"""The forgiving relevance set: for each language, queries with one typo, two typos in a long word,
a transposition, a half-typed last word, a multi-word query with a wrong word, a synonym (and
traditional characters for Chinese, the other country's spelling for Portuguese), over the pages of
the relevance set (tests/search/test_relevance.py) plus distractors: pages one typo or one word
away that must not outrank the target (an exact match beats a typo match, all words beat some).

Run with `-s` to see the hit rate per language and kind.
"""

import pytest
from wagtail.models import Locale

from search.models import SynonymSet
from search.query import PageQuery, search_pages

from .test_relevance import RELEVANCE_SET

KINDS = ("typo", "two typos", "transposition", "prefix", "partial", "synonym")

# Per language: distractor pages (key, title, intro), synonym sets, and queries per kind as
# (query, key of the page that must rank first... in the top three, above every distractor).
FORGIVING = {
    "en": {
        "distractors": [
            ("d-break", "Break time", "A break for the campaign team."),
            ("d-neutron", "Neutron detectors", "A laboratory builds neutron detectors."),
            ("d-liberty", "Liberty and petitioners", "Petitioners ask for liberty."),
        ],
        "synonyms": [
            ["cryptography", "encryption"],
            ["spying", "surveillance"],
            ["blackout", "shutdown"],
            ["gifs", "memes"],
            ["reading rooms", "libraries"],
        ],
        "typo": [
            ("campain neutrality", "neutrality"),
            ("petiton", "surveillance"),
            ("shutdwn", "shutdowns"),
            ("memss", "copyright"),
            ("chidren", "libraries"),
        ],
        "two typos": [
            ("nuetralyty", "neutrality"),
            ("survaillanse", "surveillance"),
            ("lybrariez children", "libraries"),
            ("encriptian", "encryption"),
            ("kopyrigth", "copyright"),
        ],
        "transposition": [
            ("encrpytion", "encryption"),
            ("petitoin", "surveillance"),
            ("libarries children", "libraries"),
            ("shtudowns", "shutdowns"),
            ("neutrailty", "neutrality"),
        ],
        "prefix": [
            ("net neutr", "neutrality"),
            ("mass surveil", "surveillance"),
            ("digital librar", "libraries"),
            ("encryp", "encryption"),
            ("copyr", "copyright"),
        ],
        "partial": [
            ("encryption protects xylophones", "encryption"),
            ("digital libraries quasar", "libraries"),
            ("copyright memes zebra", "copyright"),
            ("mass surveillance banana", "surveillance"),
            ("internet shutdowns kangaroo", "shutdowns"),
        ],
        "synonym": [
            ("cryptography", "encryption"),
            ("spying", "surveillance"),
            ("blackout", "shutdowns"),
            ("gifs", "copyright"),
            ("reading rooms", "libraries"),
        ],
    },
    "fr": {
        "distractors": [
            ("d-chiffon", "Chiffon et coton", "Des tissus de chiffon."),
            ("d-neutre", "Un ton neutre", "Écrire sur un ton neutre."),
            ("d-biblio", "Bibliographie du projet", "Les sources consultées."),
        ],
        "synonyms": [
            ["cryptographie", "chiffrement"],
            ["espionnage", "surveillance"],
            ["black-out", "coupure"],
            ["gifs", "mèmes"],
            ["médiathèques", "bibliothèques"],
        ],
        "typo": [
            ("campagen neutralité", "neutrality"),
            ("pétitoon", "surveillance"),
            ("coupurs internet", "shutdowns"),
            ("parodeis", "copyright"),
            ("enfamts numériques", "libraries"),
        ],
        "two typos": [
            ("neutrelitee", "neutrality"),
            ("survaillanse", "surveillance"),
            ("bibliothecves", "libraries"),
            ("chiffremmant", "encryption"),
            ("journalystez", "encryption"),
        ],
        "transposition": [
            ("chiffrmeent", "encryption"),
            ("pétiiton", "surveillance"),
            ("bilbiothèques", "libraries"),
            ("coupuers", "shutdowns"),
            ("neturalité", "neutrality"),
        ],
        "prefix": [
            ("campagne neutral", "neutrality"),
            ("surveillance de mas", "surveillance"),
            ("bibliothèques numér", "libraries"),
            ("chiffrem", "encryption"),
            ("droit d'aut", "copyright"),
        ],
        "partial": [
            ("chiffrement solide xylophone", "encryption"),
            ("bibliothèques numériques quasar", "libraries"),
            ("droit d'auteur mèmes zèbre", "copyright"),
            ("pétition surveillance banane", "surveillance"),
            ("coupures élections kangourou", "shutdowns"),
        ],
        "synonym": [
            ("cryptographie", "encryption"),
            ("espionnage", "surveillance"),
            ("black-out", "shutdowns"),
            ("gifs", "copyright"),
            ("médiathèques", "libraries"),
        ],
    },
    "es": {
        "distractors": [
            ("d-cisne", "Cisnes del lago", "Los cisnes del parque."),
            ("d-neutro", "Un tono neutro", "Escribir con un tono neutro."),
            ("d-biblio", "Bibliografía del proyecto", "Las fuentes consultadas."),
        ],
        "synonyms": [
            ["criptografía", "cifrado"],
            ["espionaje", "vigilancia"],
            ["desconexión", "apagón"],
            ["gifs", "memes"],
            ["mediatecas", "bibliotecas"],
        ],
        "typo": [
            ("campaña neutralidat", "neutrality"),
            ("peticoon", "surveillance"),
            ("apagomes", "shutdowns"),
            ("parodoas", "copyright"),
            ("cifrafo fuerte", "encryption"),
        ],
        "two typos": [
            ("neutralidaat", "neutrality"),
            ("vigilansya", "surveillance"),
            ("bivliotecaz", "libraries"),
            ("periodystaz", "encryption"),
            ("eleccionnez", "shutdowns"),
        ],
        "transposition": [
            ("cifardo", "encryption"),
            ("peticoin", "surveillance"),
            ("bilbiotecas", "libraries"),
            ("apgaones", "shutdowns"),
            ("neturalidad", "neutrality"),
        ],
        "prefix": [
            ("campaña neutral", "neutrality"),
            ("vigilancia masi", "surveillance"),
            ("bibliotecas digit", "libraries"),
            ("cifrad", "encryption"),
            ("derechos de aut", "copyright"),
        ],
        "partial": [
            ("cifrado fuerte xilófono", "encryption"),
            ("bibliotecas digitales cuásar", "libraries"),
            ("derechos memes cebra", "copyright"),
            ("petición vigilancia plátano", "surveillance"),
            ("apagones elecciones canguro", "shutdowns"),
        ],
        "synonym": [
            ("criptografía", "encryption"),
            ("espionaje", "surveillance"),
            ("desconexión", "shutdowns"),
            ("gifs", "copyright"),
            ("mediatecas", "libraries"),
        ],
    },
    "pt": {
        "distractors": [
            ("d-cripto", "Criptomoedas explicadas", "O que são as moedas digitais."),
            ("d-neutro", "Um tom neutro", "Escrever num tom neutro."),
            ("d-biblio", "Bibliografia do projeto", "As fontes consultadas."),
        ],
        "synonyms": [
            ["cifra", "criptografia"],
            ["espionagem", "vigilância"],
            ["blackout", "apagão"],
            ["gifs", "memes"],
            ["mediatecas", "bibliotecas"],
        ],
        "typo": [
            ("campanha neutralidadi", "neutrality"),
            ("petisão", "surveillance"),
            ("apagoes internat", "shutdowns"),
            ("parodoas", "copyright"),
            ("criamças", "libraries"),
        ],
        "two typos": [
            ("neutralydadde", "neutrality"),
            ("vigilanssia", "surveillance"),
            ("bivliotecaz", "libraries"),
            ("kriptografya", "encryption"),
            ("eleissoes internet", "shutdowns"),
        ],
        "transposition": [
            ("criptogarfia", "encryption"),
            ("peitção", "surveillance"),
            ("bilbiotecas", "libraries"),
            ("apgaões", "shutdowns"),
            ("neturalidade", "neutrality"),
        ],
        "prefix": [
            ("campanha neutral", "neutrality"),
            ("vigilância em mas", "surveillance"),
            ("bibliotecas digit", "libraries"),
            ("criptogr", "encryption"),
            ("direitos de aut", "copyright"),
        ],
        "partial": [
            ("criptografia forte xilofone", "encryption"),
            ("bibliotecas digitais quasar", "libraries"),
            ("direitos memes zebra", "copyright"),
            ("petição vigilância banana", "surveillance"),
            ("apagões eleições canguru", "shutdowns"),
        ],
        "synonym": [
            ("cifra", "encryption"),
            ("espionagem", "surveillance"),
            ("blackout", "shutdowns"),
            ("gifs", "copyright"),
            ("mediatecas", "libraries"),
        ],
    },
    "ru": {
        "distractors": [
            ("d-shifr", "Шифр замка", "Как сменить шифр."),
            ("d-neutral", "Нейтральный тон", "Пишите нейтральным тоном."),
            ("d-biblio", "Библиография проекта", "Использованные источники."),
        ],
        "synonyms": [
            ["криптография", "шифрование"],
            ["шпионаж", "слежка"],
            ["блэкаут", "отключение"],
            ["гифки", "мемы"],
            ["читальни", "библиотеки"],
        ],
        "typo": [
            ("кампаня нейтралитет", "neutrality"),
            ("петицыя", "surveillance"),
            ("слешки", "surveillance"),
            ("выборав", "shutdowns"),
            ("пародеям", "copyright"),
        ],
        "two typos": [
            ("нейтролитед", "neutrality"),
            ("библеотеги", "libraries"),
            ("шыфрованее", "encryption"),
            ("аткличения", "shutdowns"),
            ("журналестав", "encryption"),
        ],
        "transposition": [
            ("кампнаия нейтралитет", "neutrality"),
            ("петицяи", "surveillance"),
            ("библоитеки", "libraries"),
            ("шифроавние", "encryption"),
            ("мобиьлные сети", "shutdowns"),
        ],
        "prefix": [
            ("сетевой нейтрал", "neutrality"),
            ("массовой слеж", "surveillance"),
            ("цифровые библио", "libraries"),
            ("шифрован", "encryption"),
            ("авторское пра", "copyright"),
        ],
        "partial": [
            ("шифрование защищает ксилофон", "encryption"),
            ("цифровые библиотеки квазар", "libraries"),
            ("авторское право зебра", "copyright"),
            ("петиция слежка банан", "surveillance"),
            ("отключения выборов кенгуру", "shutdowns"),
        ],
        "synonym": [
            ("криптография", "encryption"),
            ("шпионаж", "surveillance"),
            ("блэкаут", "shutdowns"),
            ("гифки", "copyright"),
            ("читальни", "libraries"),
        ],
    },
    "ar": {
        "distractors": [
            ("d-shifra", "شيفرة القفل", "كيف تغير الشيفرة."),
            ("d-hiyad", "الحياد في الكتابة", "اكتب بحياد."),
            ("d-kitaba", "الكتابة الصحفية", "دليل للكتابة."),
        ],
        "synonyms": [
            ["الترميز", "التشفير"],
            ["التجسس", "المراقبة"],
            ["التعتيم", "قطع"],
            ["الصور المتحركة", "الميمات"],
            ["دور الكتب", "المكتبات"],
        ],
        "typo": [
            ("المراقبع", "surveillance"),
            ("المكتبان", "libraries"),
            ("الانتخابت", "shutdowns"),
            ("التشفبر", "encryption"),
            ("الميمان", "copyright"),
        ],
        "two typos": [
            ("الانتحابان", "shutdowns"),
            ("الالكطرونيا", "libraries"),
            ("المقالمان", "surveillance"),
            ("والناشتبن", "encryption"),
            ("والمهاكاع", "copyright"),
        ],
        "transposition": [
            ("المرقابة", "surveillance"),
            ("التشفري", "encryption"),
            ("المكتابت", "libraries"),
            ("الاتنخابات", "shutdowns"),
            ("الملؤف", "copyright"),
        ],
        "prefix": [
            ("حياد الإنتر", "neutrality"),
            ("المراقبة الجما", "surveillance"),
            ("المكتبات الرق", "libraries"),
            ("التشف", "encryption"),
            ("حقوق المؤ", "copyright"),
        ],
        "partial": [
            ("التشفير القوي زيلوفون", "encryption"),
            ("المكتبات الرقمية كوازار", "libraries"),
            ("حقوق المؤلف زرافة", "copyright"),
            ("عريضة المراقبة موز", "surveillance"),
            ("قطع الانتخابات كنغر", "shutdowns"),
        ],
        "synonym": [
            ("الترميز", "encryption"),
            ("التجسس", "surveillance"),
            ("التعتيم", "shutdowns"),
            ("الصور المتحركة", "copyright"),
            ("دور الكتب", "libraries"),
        ],
    },
    "zh-hans": {
        "distractors": [
            ("d-mima", "密码锁说明", "如何更改密码。"),
            ("d-zhongli", "中立的语气", "用中立的语气写作。"),
            ("d-tushu", "图书借阅时间", "工作日开放。"),
        ],
        # Latin words in Chinese text: where typos are typed in Chinese pages.
        "extra": [
            ("z-signal", "Signal与Telegram加密通信指南", "如何使用Signal和Telegram进行加密通信。"),
            ("z-mastodon", "Mastodon去中心化社交网络", "Mastodon是一个去中心化的社交网络。"),
            ("z-firefox", "Firefox浏览器隐私设置", "Firefox的隐私保护设置。"),
            ("z-creative", "Creative Commons许可协议", "使用Creative Commons许可分享作品。"),
            ("z-osm", "OpenStreetMap开放地图", "OpenStreetMap是开放的地图数据。"),
        ],
        "synonyms": [
            ["密码学", "加密"],
            ["窃听", "监控"],
            ["停网", "断网"],
            ["梗图", "表情包"],
            ["藏书楼", "图书馆"],
        ],
        "typo": [
            ("Sigmal", "z-signal"),
            ("Wikipedla", "shutdowns"),
            ("Mastodom", "z-mastodon"),
            ("Firefix", "z-firefox"),
            ("Telegrem", "z-signal"),
        ],
        "two typos": [
            ("Wikipeddya", "shutdowns"),
            ("Opanstreetmop", "z-osm"),
            ("Mastodonnn", "z-mastodon"),
            ("Telegrammm", "z-signal"),
            ("Kreativve", "z-creative"),
        ],
        "transposition": [
            ("Wikipedai", "shutdowns"),
            ("Siganl", "z-signal"),
            ("Mastdoon", "z-mastodon"),
            ("Firefxo", "z-firefox"),
            ("Telgeram", "z-signal"),
        ],
        "prefix": [
            ("儿童图书", "libraries"),
            ("表情", "copyright"),
            ("Masto", "z-mastodon"),
            ("OpenStr", "z-osm"),
            ("Firef", "z-firefox"),
        ],
        "partial": [
            ("加密 人权 斑马", "encryption"),
            ("图书馆 儿童 袋鼠", "libraries"),
            ("版权 表情包 香蕉", "copyright"),
            ("请愿 监控 企鹅", "surveillance"),
            ("断网 选举 熊猫", "shutdowns"),
        ],
        "synonym": [
            ("密码学", "encryption"),
            ("窃听", "surveillance"),
            ("停网", "shutdowns"),
            ("梗图", "copyright"),
            ("藏书楼", "libraries"),
        ],
        "traditional": [
            ("網絡中立", "neutrality"),
            ("監控", "surveillance"),
            ("兒童數字圖書館", "libraries"),
            ("選舉斷網", "shutdowns"),
            ("版權", "copyright"),
            ("請願", "surveillance"),
        ],
    },
}
FORGIVING["pt"]["extra"] = [
    ("v-controlo", "Controlo dos dados pessoais", "O controlo dos dados cabe aos cidadãos."),
    ("v-facto", "Um facto sobre a vigilância", "É um facto: a vigilância cresce."),
    ("v-accao", "Acção pela privacidade", "Uma acção coletiva pela privacidade."),
    ("v-atual", "A lei atual de proteção de dados", "A lei atual é fraca."),
    ("v-direcao", "Nova direção da campanha", "A direção decidiu."),
    ("v-otimo", "Um ótimo resultado", "Foi ótimo."),
    ("v-recepcao", "Recepção aos voluntários", "A recepção é no sábado."),
]
FORGIVING["pt"]["variant"] = [
    ("controle dos dados", "v-controlo"),
    ("fato", "v-facto"),
    ("ação", "v-accao"),
    ("actual lei", "v-atual"),
    ("direcção", "v-direcao"),
    ("óptimo", "v-otimo"),
    ("receção", "v-recepcao"),
]


def test_a_typo_match_never_outranks_an_exact_match(make_page):
    """ "bread" is five letters: one typo allowed, so "break" matches, but below "bread"."""
    en = Locale.objects.get(language_code="en")
    break_page = make_page("en", "Break, break, break", "A break from the break room: break.")
    bread_page = make_page("en", "Recipes", "Bake your own bread.")
    hits = [hit.page_id for hit in search_pages(PageQuery("bread", (en.pk,))).hits]
    assert hits == [bread_page.pk, break_page.pk]
    hits = [hit.page_id for hit in search_pages(PageQuery("break", (en.pk,))).hits]
    assert hits[0] == break_page.pk


def kinds(language):
    return [kind for kind in (*KINDS, "traditional", "variant") if kind in FORGIVING[language]]


@pytest.fixture
def forgiving_pages(make_page):
    pages = {}
    for language, data in RELEVANCE_SET.items():
        for key, title, intro, body in data["pages"]:
            pages[language, key] = make_page(language, title, intro, f"<p>{body}</p>")
    for language, data in FORGIVING.items():
        for key, title, intro in (*data["distractors"], *data.get("extra", ())):
            pages[language, key] = make_page(language, title, intro)
        for terms in data["synonyms"]:
            SynonymSet.objects.create(language=language, terms="\n".join(terms))
    return pages


def ranks_first_enough(language, query, key, pages):
    """The target is in the top three and no distractor ranks above it."""
    locale = Locale.objects.get(language_code=language)
    hits = [hit.page_id for hit in search_pages(PageQuery(query, (locale.pk,))).hits]
    target = pages[language, key].pk
    if target not in hits[:3]:
        return False
    distractors = {
        pages[language, d].pk for d, _title, _intro in FORGIVING[language]["distractors"]
    }
    return not distractors & set(hits[: hits.index(target)])


def test_forgiving_queries_find_the_target_above_the_distractors(forgiving_pages):
    rows, misses = [], []
    for language in FORGIVING:
        for kind in kinds(language):
            queries = FORGIVING[language][kind]
            hits = 0
            for query, key in queries:
                if ranks_first_enough(language, query, key, forgiving_pages):
                    hits += 1
                else:
                    misses.append((language, kind, query, key))
            rows.append((language, kind, hits, len(queries)))
    print("\nForgiving search: target in the top three, above every distractor")
    print(f"{'language':<10}{'kind':<15}{'hits':>6}{'queries':>9}{'rate':>8}")
    for language, kind, hits, total in rows:
        print(f"{language:<10}{kind:<15}{hits:>6}{total:>9}{hits / total:>8.0%}")
    assert all(total >= 5 for _language, _kind, _hits, total in rows)
    assert {kind for language in FORGIVING for kind in kinds(language)} >= set(KINDS)
    assert not misses, misses

"""The relevance set: for each language, queries written the way readers type them (inflected,
without accents, with or without Arabic vowels, in full-width characters...) and the page that
must come in the first three results, over pages written for this test.

Run with `-s` to see the hit rate per language.
"""

import pytest
from wagtail.models import Locale

from search.query import PageQuery, search_pages

# For each language: pages (key, title, intro, body) and queries (query, key of the page that
# must rank in the top three).
RELEVANCE_SET = {
    "en": {
        "pages": [
            (
                "neutrality",
                "Net neutrality campaign",
                "Our campaign defends net neutrality: "
                "internet providers must treat all traffic equally.",
                "We have campaigned since 2010 and talked to regulators in every country.",
            ),
            (
                "surveillance",
                "Petition against mass surveillance",
                "Sign the petition against the mass surveillance of phone calls and messages.",
                "The bill lets agencies collect data in bulk.",
            ),
            (
                "libraries",
                "Digital libraries for children",
                "Public libraries lend e-books to children in rural schools.",
                "A librarian explains how lending works.",
            ),
            (
                "encryption",
                "Encryption is a human right",
                "Strong encryption protects "
                "journalists, activists and everyone's private messages.",
                "Governments want backdoors; we say no.",
            ),
            (
                "shutdowns",
                "Internet shutdowns during elections",
                "Governments switched off "
                "mobile networks during the elections; we document each shutdown.",
                "Voters could not reach the news.",
            ),
            (
                "copyright",
                "Copyright and memes",
                "The new copyright directive threatens memes, parodies and remixes.",
                "Upload filters would block legitimate quotations.",
            ),
        ],
        "queries": [
            ("campaigning for neutrality", "neutrality"),
            ("petitions", "surveillance"),
            ("library", "libraries"),
            ("encrypted messages", "encryption"),
            ("ELECTION shutdown", "shutdowns"),
            ("meme", "copyright"),
            ("surveilled calls", "surveillance"),
        ],
    },
    "fr": {
        "pages": [
            (
                "neutrality",
                "Campagne pour la neutralité du net",
                "Notre campagne défend la "
                "neutralité d'Internet : les opérateurs doivent traiter tous les flux de la même "
                "façon.",
                "Nous faisons campagne depuis 2010.",
            ),
            (
                "surveillance",
                "Pétition contre la surveillance de masse",
                "Signez la pétition contre la surveillance des appels et des messages.",
                "La loi permet la collecte massive de données.",
            ),
            (
                "libraries",
                "Bibliothèques numériques pour les enfants",
                "Les bibliothèques publiques prêtent des livres numériques aux écoles rurales.",
                "Une bibliothécaire raconte le prêt.",
            ),
            (
                "encryption",
                "Le chiffrement est un droit fondamental",
                "Un chiffrement solide "
                "protège les journalistes, les militants et la vie privée de chacun.",
                "Les gouvernements veulent des portes dérobées.",
            ),
            (
                "shutdowns",
                "Coupures d'Internet pendant les élections",
                "Des gouvernements ont "
                "coupé les réseaux mobiles pendant les élections ; nous documentons chaque "
                "coupure.",
                "Les électeurs n'avaient plus accès aux informations.",
            ),
            (
                "copyright",
                "Droit d'auteur et mèmes",
                "La nouvelle directive sur le droit "
                "d'auteur menace les mèmes, les parodies et les remix.",
                "Les filtres bloqueraient des citations légitimes.",
            ),
        ],
        "queries": [
            ("campagnes", "neutrality"),
            ("petitions surveillance", "surveillance"),
            ("bibliotheque numerique", "libraries"),
            ("chiffré", "encryption"),
            ("élection", "shutdowns"),
            ("meme", "copyright"),
            ("NEUTRALITE", "neutrality"),
        ],
    },
    "es": {
        "pages": [
            (
                "neutrality",
                "Campaña por la neutralidad de la red",
                "Nuestra campaña defiende la "
                "neutralidad de internet: los operadores deben tratar todo el tráfico por igual.",
                "Hacemos campaña desde 2010.",
            ),
            (
                "surveillance",
                "Petición contra la vigilancia masiva",
                "Firma la petición contra la vigilancia de llamadas y mensajes.",
                "La ley permite recoger datos en masa.",
            ),
            (
                "libraries",
                "Bibliotecas digitales para niños",
                "Las bibliotecas públicas prestan libros electrónicos a escuelas rurales.",
                "Una bibliotecaria explica el préstamo.",
            ),
            (
                "encryption",
                "El cifrado es un derecho humano",
                "Un cifrado fuerte protege a periodistas, activistas y la vida privada de todos.",
                "Los gobiernos quieren puertas traseras.",
            ),
            (
                "shutdowns",
                "Apagones de internet durante las elecciones",
                "Los gobiernos "
                "cortaron las redes móviles durante las elecciones; documentamos cada apagón.",
                "Los votantes no podían informarse.",
            ),
            (
                "copyright",
                "Derechos de autor y memes",
                "La nueva directiva amenaza los memes, las parodias y las remezclas.",
                "Los filtros bloquearían citas legítimas.",
            ),
        ],
        "queries": [
            ("campañas", "neutrality"),
            ("campanas neutralidad", "neutrality"),
            ("peticiones", "surveillance"),
            ("biblioteca digital", "libraries"),
            ("cifrados", "encryption"),
            ("elección", "shutdowns"),
            ("apagon", "shutdowns"),
        ],
    },
    "pt": {
        "pages": [
            (
                "neutrality",
                "Campanha pela neutralidade da rede",
                "A nossa campanha defende a "
                "neutralidade da internet: os operadores devem tratar todo o tráfego da mesma "
                "forma.",
                "Fazemos campanha desde 2010.",
            ),
            (
                "surveillance",
                "Petição contra a vigilância em massa",
                "Assine a petição contra a vigilância de chamadas e mensagens.",
                "A lei permite recolher dados em massa.",
            ),
            (
                "libraries",
                "Bibliotecas digitais para crianças",
                "As bibliotecas públicas emprestam livros eletrónicos a escolas rurais.",
                "Uma bibliotecária explica o empréstimo.",
            ),
            (
                "encryption",
                "A criptografia é um direito humano",
                "Uma criptografia forte protege jornalistas, ativistas e a vida privada de todos.",
                "Os governos querem portas dos fundos.",
            ),
            (
                "shutdowns",
                "Apagões da internet durante as eleições",
                "Os governos cortaram as "
                "redes móveis durante as eleições; documentamos cada apagão.",
                "Os eleitores ficaram sem notícias.",
            ),
            (
                "copyright",
                "Direitos de autor e memes",
                "A nova diretiva ameaça os memes, as paródias e as remisturas.",
                "Os filtros bloqueariam citações legítimas.",
            ),
        ],
        "queries": [
            ("campanhas", "neutrality"),
            ("peticoes", "surveillance"),
            ("biblioteca digital", "libraries"),
            ("criptográfico", "encryption"),
            ("eleicao", "shutdowns"),
            ("apagao", "shutdowns"),
            ("criança", "libraries"),
        ],
    },
    "ru": {
        "pages": [
            (
                "neutrality",
                "Кампания за сетевой нейтралитет",
                "Наша кампания защищает "
                "нейтралитет интернета: провайдеры должны одинаково обращаться со всем трафиком.",
                "Мы ведём кампанию с 2010 года.",
            ),
            (
                "surveillance",
                "Петиция против массовой слежки",
                "Подпишите петицию против слежки за звонками и сообщениями.",
                "Закон разрешает массовый сбор данных.",
            ),
            (
                "libraries",
                "Цифровые библиотеки для детей",
                "Публичные библиотеки выдают электронные книги сельским школам.",
                "Библиотекарь рассказывает о выдаче книг.",
            ),
            (
                "encryption",
                "Шифрование — право человека",
                "Надёжное шифрование защищает журналистов, активистов и частную жизнь каждого.",
                "Правительства хотят лазеек.",
            ),
            (
                "shutdowns",
                "Отключения интернета во время выборов",
                "Правительства отключили "
                "мобильные сети во время выборов; мы документируем каждое отключение.",
                "Избиратели остались без новостей.",
            ),
            (
                "copyright",
                "Авторское право и мемы",
                "Новая директива угрожает мемам, пародиям и ремиксам.",
                "Фильтры заблокируют законные цитаты.",
            ),
        ],
        "queries": [
            ("кампании", "neutrality"),
            ("петиции", "surveillance"),
            ("библиотека", "libraries"),
            ("шифрования", "encryption"),
            ("выборах", "shutdowns"),
            ("надежное", "encryption"),
            ("МЕМЫ", "copyright"),
        ],
    },
    "ar": {
        "pages": [
            (
                "neutrality",
                "حملة من أجل حياد الإنترنت",
                "تدافع حملتنا عن حياد الإنترنت: يجب على مزودي الخدمة معاملة كل البيانات بالتساوي.",
                "نقوم بحملات منذ ٢٠١٠.",
            ),
            (
                "surveillance",
                "عريضة ضد المراقبة الجماعية",
                "وقّع العريضة ضد مراقبة المكالمات والرسائل.",
                "يسمح القانون بجمع البيانات بالجملة.",
            ),
            (
                "libraries",
                "المكتبات الرقمية للأطفال",
                "تعير المكتبات العامة الكتب الإلكترونية للمدارس الريفية.",
                "أمينة مكتبة تشرح الإعارة.",
            ),
            (
                "encryption",
                "التشفير حق من حقوق الإنسان",
                "التشفير القوي يحمي الصحفيين والناشطين والحياة الخاصة للجميع.",
                "الحكومات تريد أبواباً خلفية.",
            ),
            (
                "shutdowns",
                "قطع الإنترنت خلال الانتخابات",
                "قطعت الحكومات شبكات الهاتف المحمول خلال الانتخابات؛ نوثق كل انقطاع.",
                "لم يتمكن الناخبون من متابعة الأخبار.",
            ),
            (
                "copyright",
                "حقوق المؤلف والميمات",
                "التوجيه الجديد يهدد الميمات والمحاكاة الساخرة.",
                "المرشحات ستحجب اقتباسات مشروعة.",
            ),
        ],
        "queries": [
            ("الحملات", "neutrality"),
            ("حَمْلَة", "neutrality"),
            ("مكتبة رقمية", "libraries"),
            ("تشفير", "encryption"),
            ("انتخابات", "shutdowns"),
            ("اطفال", "libraries"),
            ("2010", "neutrality"),
        ],
    },
    "zh-hans": {
        "pages": [
            (
                "neutrality",
                "网络中立运动",
                "我们的运动捍卫网络中立：互联网服务提供商必须平等对待所有流量。",
                "我们自2010年起开展运动。",
            ),
            (
                "surveillance",
                "反对大规模监控的请愿",
                "签署请愿，反对对电话和信息的监控。",
                "法律允许批量收集数据。",
            ),
            (
                "libraries",
                "儿童数字图书馆",
                "公共图书馆向农村学校出借电子书。",
                "一位图书管理员介绍借阅。",
            ),
            (
                "encryption",
                "加密是一项人权",
                "强加密保护记者、活动人士和每个人的隐私。",
                "政府想要后门。",
            ),
            (
                "shutdowns",
                "选举期间的断网",
                "政府在选举期间关闭了移动网络；我们记录每一次断网。",
                "选民无法获取新闻。参考Wikipedia。",
            ),
            (
                "copyright",
                "版权与表情包",
                "新的版权指令威胁表情包、戏仿和混音。",
                "过滤器会屏蔽合法引用。",
            ),
        ],
        "queries": [
            ("网络中立", "neutrality"),
            ("请愿书", "surveillance"),
            ("图书馆", "libraries"),
            ("加密技术", "encryption"),
            ("断网", "shutdowns"),
            ("ＷＩＫＩＰＥＤＩＡ", "shutdowns"),
            ("版权", "copyright"),
        ],
    },
}


@pytest.fixture
def relevance_pages(make_page):
    pages = {}
    for language, data in RELEVANCE_SET.items():
        for key, title, intro, body in data["pages"]:
            pages[language, key] = make_page(language, title, intro, f"<p>{body}</p>")
    return pages


def top_three(language, query):
    locale = Locale.objects.get(language_code=language)
    results = search_pages(PageQuery(text=query, locale_ids=(locale.pk,)), per_page=3)
    return [hit.page_id for hit in results.hits]


def test_each_language_finds_the_expected_page_in_the_top_three(relevance_pages):
    rows = []
    misses = []
    for language, data in RELEVANCE_SET.items():
        hits = 0
        for query, key in data["queries"]:
            if relevance_pages[language, key].pk in top_three(language, query):
                hits += 1
            else:
                misses.append((language, query, key))
        rows.append((language, hits, len(data["queries"])))
    print("\nSearch relevance: expected page in the top three")
    print(f"{'language':<10}{'hits':>6}{'queries':>9}{'rate':>8}")
    for language, hits, total in rows:
        print(f"{language:<10}{hits:>6}{total:>9}{hits / total:>8.0%}")
    assert all(len(data["queries"]) >= 5 for data in RELEVANCE_SET.values())
    assert not misses, misses

"""Search benchmark: 20 000 (or 200 000) pages over the seven locales, on SQLite and PostgreSQL.

    .venv/bin/python tests/benchmarks/search_bench.py                 # both databases
    .venv/bin/python tests/benchmarks/search_bench.py --databases sqlite --pages 5000
    .venv/bin/python tests/benchmarks/search_bench.py --pages 200000 --queries 15

For each database it builds a scratch database (a temporary SQLite file; a PostgreSQL database
`bench_search` created on the server of $BENCH_POSTGRES_URL, default
postgres://postgres@127.0.0.1:5432/postgres, and dropped afterwards), migrates it, creates the
pages with generated text made of real words of each language, then prints:

- indexing time: `rebuild_search_index` over all pages; the size of the index (entries, FTS5
  table or GIN index, vocabulary and its deletion keys) and the number of vocabulary words;
- p50 and p95 latency of the search page's query (counts per type and topic, then the first ten
  hits), with typo tolerance, completions and synonyms on, for single-word, two-word, one-typo,
  prefix (a half-typed last word) and no-hit queries in every language, of autocomplete, and of
  the whole search page rendered through Django's test client.

It is a script, not a test: pytest does not collect it (not named test_*.py). Each database runs
in its own process, because Django reads DATABASE_URL once.
"""

import argparse
import io
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DATABASE = "bench_search"

# Real words of each language (the campaign vocabulary the portal's pages use), in rough
# frequency order: texts draw from them with Zipf-like weights.
WORDS = {
    "en": """internet rights digital campaign freedom privacy surveillance government citizens
        petition law data protection open platform users journalists news elections censorship
        encryption security society state international organisation activists conference report
        information technology companies children education schools libraries culture language
        world people expression copyright knowledge science research development economy city
        rural health environment climate energy transport media websites software community
        volunteers donation support reform transparency accountability participation democracy
        equality justice future network access broadband shutdown neutrality providers traffic
        regulators parliament vote signatures action letter minister court ruling victory
        coalition partners members training workshop guide toolkit statement deadline hearing
        consultation proposal amendment directive filters memes platforms algorithms moderation
        harassment safety women minorities refugees borders identity biometrics cameras police""",
    "fr": """internet droits numérique campagne liberté vie privée surveillance gouvernement
        citoyens pétition loi données protection ouvert plateforme utilisateurs journalistes
        informations élections censure chiffrement sécurité société état international
        organisation militants conférence rapport technologie entreprises enfants éducation
        écoles bibliothèques culture langue monde peuple expression auteur connaissance science
        recherche développement économie ville campagnes santé environnement climat énergie
        transport médias sites logiciels communauté bénévoles don soutien réforme transparence
        responsabilité participation démocratie égalité justice avenir réseau accès coupure
        neutralité opérateurs trafic régulateurs parlement vote signatures action lettre ministre
        tribunal décision victoire coalition partenaires membres formation atelier guide
        déclaration échéance audition consultation proposition amendement directive filtres mèmes
        algorithmes modération harcèlement sûreté femmes minorités réfugiés frontières identité
        caméras police""",
    "es": """internet derechos digital campaña libertad privacidad vigilancia gobierno ciudadanos
        petición ley datos protección abierto plataforma usuarios periodistas noticias elecciones
        censura cifrado seguridad sociedad estado internacional organización activistas
        conferencia informe información tecnología empresas niños educación escuelas bibliotecas
        cultura idioma mundo pueblo expresión autor conocimiento ciencia investigación desarrollo
        economía ciudad rural salud ambiente clima energía transporte medios sitios programas
        comunidad voluntarios donación apoyo reforma transparencia rendición participación
        democracia igualdad justicia futuro red acceso apagón neutralidad operadores tráfico
        reguladores parlamento voto firmas acción carta ministro tribunal sentencia victoria
        coalición socios miembros formación taller guía declaración plazo audiencia consulta
        propuesta enmienda directiva filtros memes algoritmos moderación acoso mujeres minorías
        refugiados fronteras identidad cámaras policía campañas derechos humanos""",
    "pt": """internet direitos digital campanha liberdade privacidade vigilância governo cidadãos
        petição lei dados proteção aberto plataforma utilizadores jornalistas notícias eleições
        censura criptografia segurança sociedade estado internacional organização ativistas
        conferência relatório informação tecnologia empresas crianças educação escolas
        bibliotecas cultura língua mundo povo expressão autor conhecimento ciência pesquisa
        desenvolvimento economia cidade rural saúde ambiente clima energia transporte media sites
        software comunidade voluntários doação apoio reforma transparência responsabilização
        participação democracia igualdade justiça futuro rede acesso apagão neutralidade
        operadores tráfego reguladores parlamento voto assinaturas ação carta ministro tribunal
        decisão vitória coligação parceiros membros formação oficina guia declaração prazo
        audiência consulta proposta emenda diretiva filtros memes algoritmos moderação assédio
        mulheres minorias refugiados fronteiras identidade câmaras polícia campanhas""",
    "ru": """интернет права цифровой кампания свобода приватность слежка правительство граждане
        петиция закон данные защита открытый платформа пользователи журналисты новости выборы
        цензура шифрование безопасность общество государство международный организация
        активисты конференция доклад информация технологии компании дети образование школы
        библиотеки культура язык мир народ выражение авторское знание наука исследование
        развитие экономика город село здоровье среда климат энергия транспорт медиа сайты
        программы сообщество волонтёры пожертвование поддержка реформа прозрачность
        подотчётность участие демократия равенство справедливость будущее сеть доступ отключение
        нейтралитет провайдеры трафик регуляторы парламент голосование подписи действие письмо
        министр суд решение победа коалиция партнёры участники обучение семинар руководство
        заявление срок слушание консультация предложение поправка директива фильтры мемы
        алгоритмы модерация травля женщины меньшинства беженцы границы личность камеры полиция""",
    "ar": """الإنترنت حقوق رقمية حملة الحرية الخصوصية المراقبة الحكومة المواطنين عريضة القانون
        البيانات حماية مفتوح منصة المستخدمين الصحفيين الأخبار الانتخابات الرقابة التشفير الأمن
        المجتمع الدولة الدولية منظمة الناشطين مؤتمر تقرير المعلومات التكنولوجيا الشركات الأطفال
        التعليم المدارس المكتبات الثقافة اللغة العالم الشعب التعبير المؤلف المعرفة العلوم البحث
        التنمية الاقتصاد المدينة الريف الصحة البيئة المناخ الطاقة النقل الإعلام المواقع البرمجيات
        المتطوعين التبرع الدعم الإصلاح الشفافية المساءلة المشاركة الديمقراطية المساواة العدالة
        المستقبل الشبكة الوصول قطع الحياد المزودين البرلمان التصويت التوقيعات رسالة الوزير
        المحكمة قرار انتصار تحالف الشركاء الأعضاء تدريب ورشة دليل بيان الموعد جلسة استشارة
        اقتراح تعديل المرشحات الخوارزميات الإشراف التحرش النساء الأقليات اللاجئين الحدود الهوية
        الكاميرات الشرطة حملات حقوقنا""",
    "zh-hans": """互联网 权利 数字 运动 自由 隐私 监控 政府 公民 请愿 法律 数据 保护 开放 平台 用户
        记者 新闻 选举 审查 加密 安全 社会 国家 国际 组织 活动人士 会议 报告 信息 技术 公司 儿童
        教育 学校 图书馆 文化 语言 世界 人民 表达 版权 知识 科学 研究 发展 经济 城市 农村 健康 环境
        气候 能源 交通 媒体 网站 软件 社区 志愿者 捐款 支持 改革 透明 问责 参与 民主 平等 正义 未来
        网络 接入 断网 中立 运营商 流量 监管 议会 投票 签名 行动 信件 部长 法院 裁决 胜利 联盟 伙伴
        成员 培训 工作坊 指南 声明 期限 听证 咨询 提案 修正 指令 过滤 表情包 算法 审核 骚扰 妇女
        少数群体 难民 边境 身份 摄像头 警察""",
}
LANGUAGES = list(WORDS)
PUNCTUATION = {"zh-hans": ("，", "。"), "ar": ("،", ".")}


def vocabulary(language):
    return WORDS[language].split()


def sentence(rng, words, weights, count, language):
    chosen = rng.choices(words, weights=weights, k=count)
    comma, stop = PUNCTUATION.get(language, (",", "."))
    if language == "zh-hans":
        text = "".join(chosen[: count // 2]) + comma + "".join(chosen[count // 2 :])
    else:
        text = " ".join(chosen[: count // 2]) + comma + " " + " ".join(chosen[count // 2 :])
    return text[0].upper() + text[1:] + stop


def page_text(rng, language):
    words = vocabulary(language)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    title = sentence(rng, words, weights, rng.randint(3, 6), language).rstrip(".。")
    intro = sentence(rng, words, weights, rng.randint(12, 20), language)
    body = " ".join(
        sentence(rng, words, weights, rng.randint(10, 18), language)
        for _ in range(rng.randint(5, 9))
    )
    return title[:250], intro, f"<p>{body}</p>"


# --- Child process: one database -------------------------------------------------------------


def create_pages(total, rng):
    """Pages written straight into the tree (treebeard paths computed here), in bulk: creating
    20 000 pages through `add_child` and publishing would measure Wagtail, not search."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from home.models import StandardPage
    from home.setup import setup_portal

    home = setup_portal()
    content_type = ContentType.objects.get_for_model(StandardPage)
    now = timezone.now()
    per_language = total // len(LANGUAGES)
    for index, language in enumerate(LANGUAGES):
        count = per_language + (1 if index < total % len(LANGUAGES) else 0)
        locale = Locale.objects.get(language_code=language)
        parent = home.get_translation(locale)
        pages, rows = [], []
        for number in range(1, count + 1):
            title, intro, body = page_text(rng, language)
            slug = f"bench-{language}-{number}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=Page._get_path(parent.path, parent.depth + 1, number),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    content_type=content_type,
                    locale=locale,
                    translation_key=uuid.uuid4(),
                )
            )
            rows.append((intro, body))
        with transaction.atomic():
            created = Page.objects.bulk_create(pages, batch_size=500)
            table = connection.ops.quote_name(StandardPage._meta.db_table)
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {table} (page_ptr_id, intro, body) VALUES (%s, %s, %s)",
                    [
                        (page.pk, intro, body)
                        for page, (intro, body) in zip(created, rows, strict=True)
                    ],
                )
            Page.objects.filter(pk=parent.pk).update(numchild=count)
    # Statistics as a database that has been running would have them (autovacuum, sqlite_stat1).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def with_typo(rng, word):
    """The word with one letter replaced by another of its letters (same script)."""
    if len(word) < 5:
        return word
    position = rng.randrange(1, len(word) - 1)
    other = next((char for char in word if char != word[position]), word[0])
    return word[:position] + other + word[position + 1 :]


def index_size(connection):
    """Bytes of the search tables and their indexes, and vocabulary rows."""
    from search.models import VocabularyKey, VocabularyWord

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind = 'r' AND n.nspname = 'public' AND c.relname LIKE 'search_%'"
            )
            size = cursor.fetchone()[0]
        else:
            try:
                cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search_%'")
                size = cursor.fetchone()[0]
            except Exception:
                size = None
    return {
        "index_bytes": None if size is None else int(size),
        "vocabulary_words": VocabularyWord.objects.count(),
        "vocabulary_keys": VocabularyKey.objects.count(),
    }


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(function, arguments):
    durations = []
    for argument in arguments:
        start = time.perf_counter()
        function(argument)
        durations.append((time.perf_counter() - start) * 1000)
    return {
        "p50": percentile(durations, 0.5),
        "p95": percentile(durations, 0.95),
        "n": len(durations),
    }


def run_child(database, pages, queries, seed):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from wagtail.models import Locale

    from search.query import PageQuery, autocomplete_pages, search_pages

    logging.disable(logging.WARNING)
    rng = random.Random(seed)
    call_command("migrate", verbosity=0)

    start = time.perf_counter()
    create_pages(pages, rng)
    creating = time.perf_counter() - start

    start = time.perf_counter()
    call_command("rebuild_search_index", stdout=io.StringIO())
    indexing = time.perf_counter() - start

    locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}
    single, double, none, prefixes, typos, partial = [], [], [], [], [], []
    for language in LANGUAGES:
        words = vocabulary(language)
        for _ in range(queries):
            single.append((language, rng.choice(words)))
            double.append((language, f"{rng.choice(words)} {rng.choice(words)}"))
            none.append((language, f"zqxv{rng.randint(0, 10**6)}"))
            word = rng.choice(words)
            prefixes.append((language, word[: max(1, min(len(word) - 1, 4))]))
            typos.append((language, with_typo(rng, rng.choice(words))))
            word = rng.choice(words)
            partial.append((language, f"{rng.choice(words)} {word[: max(3, len(word) // 2)]}"))

    def search(item):
        language, text = item
        return search_pages(PageQuery(text, (locales[language],)))

    def autocomplete(item):
        language, text = item
        return autocomplete_pages(text, [locales[language]])

    setup_test_environment()
    client = Client()

    def view(item):
        language, text = item
        response = client.get(f"/{language}/search/", {"q": text})
        assert response.status_code == 200, response.status_code

    results = {
        "database": database,
        "vendor": connection.vendor,
        "pages": pages,
        "creating_s": creating,
        "indexing_s": indexing,
        "single_word": timed(search, single),
        "two_words": timed(search, double),
        "no_hit": timed(search, none),
        "typo": timed(search, typos),
        "prefix": timed(search, partial),
        **index_size(connection),
        "autocomplete": timed(autocomplete, prefixes),
        "search_page_view": timed(view, single[:: max(1, len(single) // 100)]),
        "average_hits_single_word": statistics.mean(search(item).total for item in single[:50]),
    }
    print("BENCH_RESULT " + json.dumps(results))


# --- Parent process --------------------------------------------------------------------------


def postgres_admin(url):
    import psycopg

    return psycopg.connect(url, autocommit=True)


def run_database(database, args):
    environment = dict(os.environ)
    cleanup = None
    if database == "sqlite":
        directory = tempfile.mkdtemp(prefix="bench_search_")
        environment["DATABASE_URL"] = f"sqlite:///{directory}/bench.sqlite3"

        def cleanup():
            for path in Path(directory).iterdir():
                path.unlink()
            Path(directory).rmdir()

    else:
        admin_url = os.environ.get(
            "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        )
        with postgres_admin(admin_url) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")
            connection.execute(f"CREATE DATABASE {BENCH_DATABASE}")
        environment["DATABASE_URL"] = admin_url.rsplit("/", 1)[0] + f"/{BENCH_DATABASE}"

        def cleanup():
            with postgres_admin(admin_url) as connection:
                connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")

    try:
        output = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                database,
                "--pages",
                str(args.pages),
                "--queries",
                str(args.queries),
                "--seed",
                str(args.seed),
            ],
            env=environment,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except subprocess.CalledProcessError as error:
        print(error.stdout, error.stderr, file=sys.stderr)
        raise
    finally:
        if not args.keep:
            cleanup()
    line = next(line for line in output.splitlines() if line.startswith("BENCH_RESULT "))
    return json.loads(line.removeprefix("BENCH_RESULT "))


def report(results):
    print()
    for result in results:
        print(
            f"{result['database']}: {result['pages']} pages, created in "
            f"{result['creating_s']:.1f} s, indexed (rebuild_search_index) in "
            f"{result['indexing_s']:.1f} s; a single-word query matches "
            f"{result['average_hits_single_word']:.0f} pages on average; index "
            f"{(result['index_bytes'] or 0) / 1e6:.0f} MB, vocabulary "
            f"{result['vocabulary_words']} words, {result['vocabulary_keys']} deletion keys"
        )
    print()
    header = f"{'query (ms)':<22}" + "".join(
        f"{result['database'] + ' p50':>17}{result['database'] + ' p95':>17}" for result in results
    )
    print(header)
    for key, label in (
        ("single_word", "single word"),
        ("two_words", "two words"),
        ("typo", "one typo"),
        ("prefix", "prefix (last word)"),
        ("no_hit", "no hit"),
        ("autocomplete", "autocomplete"),
        ("search_page_view", "whole search page"),
    ):
        row = f"{label:<22}"
        for result in results:
            row += f"{result[key]['p50']:>17.1f}{result[key]['p95']:>17.1f}"
        print(row)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=30, help="per language and kind")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--keep", action="store_true", help="keep the scratch databases")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.pages, args.queries, args.seed)
        return
    results = [run_database(database, args) for database in args.databases.split(",")]
    report(results)


if __name__ == "__main__":
    main()

import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from campaigns.models import (
    ActionPage,
    Author,
    BriefIndexPage,
    CampaignPage,
    DocumentText,
    OutcomeBriefPage,
    PetitionPage,
    ResourceLibraryPage,
    ResourcePage,
    Signature,
)
from home.demo.library import ADVOCACY_TOOLS, LETTER_LANGUAGES, translated_paragraphs

from .conftest import soup

pytestmark = pytest.mark.django_db

TREATY_URL = "/analysis/dubai-treaty-good-bad-ugly/"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content for the whole module (loaded once: see tests/demo_database.py), each test
    in its own rolled-back transaction. Its uploads go to the session's temporary MEDIA_ROOT
    (tests/conftest.py), out of the project's media folder."""
    from tests.demo_database import demo_loaded

    with demo_loaded(django_db_blocker):
        yield


LANGUAGES = ("en", "fr", "es", "ar")
# Translated too, though no demo signer writes in them.
MORE_LANGUAGES = ("ru", "zh-hans", "pt")
URLS = (
    "/wcit/",
    "/wcit/tell-the-itu/",
    "/wcit/write-to-your-government/?country=EG",
    "/internet-governance/",
    "/wcit/resources/",
    "/wcit/resources/sample-letter-national-consultation/",
    "/analysis/",
    TREATY_URL,
    "/analysis/internet-resolution/",
)


def test_demo_pages_answer_in_every_translated_language(client, demo):
    for code in LANGUAGES + MORE_LANGUAGES:
        for url in URLS:
            response = client.get(f"/{code}{url}")
            assert response.status_code == 200, (code, url)
            assert soup(response).html["dir"] == ("rtl" if code == "ar" else "ltr")


def test_demo_petition_has_a_few_hundred_signatures_in_several_languages(client, demo):
    petition = PetitionPage.objects.get(slug="tell-the-itu", locale__language_code="en")
    signatures = Signature.objects.filter(petition_key=petition.translation_key)
    assert 200 <= signatures.count() <= 600
    assert set(signatures.values_list("language", flat=True)) == set(LANGUAGES)
    assert signatures.values("country").distinct().count() >= 10
    assert not signatures.exclude(email__endswith="@example.org").exists()
    french = client.get("/fr/wcit/tell-the-itu/count.json").json()
    english = client.get("/en/wcit/tell-the-itu/count.json").json()
    # One count in every language; only the words that go with it are in the URL's language.
    figures = ("count", "goal", "next_goal", "progress", "closed")
    assert {key: french[key] for key in figures} == {key: english[key] for key in figures}
    russian = client.get("/ru/wcit/tell-the-itu/count.json").json()
    assert russian["count"] == english["count"] and russian["label"] != english["label"]
    assert french["count"] == signatures.count() and french["next_goal"] > french["goal"]


def test_demo_is_fully_translated(demo):
    """Every text segment of the demo pages and authors has a translation in every language
    (French, Spanish, Arabic, Russian, Chinese and Portuguese), but for the slug and the press
    headlines and outlets (kept in their original language, also as the titles of the press
    resources)."""
    english = {"locale__language_code": "en"}
    library = ResourceLibraryPage.objects.get(slug="resources", **english)
    instances = [
        CampaignPage.objects.get(slug="wcit", **english),
        CampaignPage.objects.get(slug="internet-governance", **english),
        PetitionPage.objects.get(slug="tell-the-itu", **english),
        ActionPage.objects.get(slug="write-to-your-government", **english),
        library,
        *ResourcePage.objects.child_of(library),
        BriefIndexPage.objects.get(slug="analysis", **english),
        *OutcomeBriefPage.objects.filter(**english),
        *Author.objects.filter(**english),
    ]
    assert len(instances) == 4 + 1 + 17 + 1 + 2 + 2
    for instance in instances:
        source = TranslationSource.objects.get(object_id=instance.translation_key)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        press = getattr(instance, "kind", "") == ResourcePage.Kind.PRESS_COVERAGE
        for segment in segments:
            path = segment.context.path
            if path == "slug" or path.endswith((".outlet", ".headline")):
                continue
            if press and path == "title":
                continue
            for code in ("fr", "es", "ar", *MORE_LANGUAGES):
                assert StringTranslation.objects.filter(
                    translation_of=segment.string,
                    context=segment.context,
                    locale__language_code=code,
                ).exists(), (str(instance), code, segment.string.data[:60])


def test_every_letter_paragraph_is_translated():
    """The letters are translated paragraph by paragraph: a paragraph changed in the library's
    data without its translation would leave the whole letter in English."""
    letters = [tool for tool in ADVOCACY_TOOLS if tool["kind"] == "letter_template"]
    assert len(letters) == 2
    for tool in letters:
        for code in LETTER_LANGUAGES:
            assert translated_paragraphs(tool["paragraphs"], code) is not None, (tool["slug"], code)


def test_demo_library_lists_the_tools_with_their_files_and_the_press(client, demo):
    library = ResourceLibraryPage.objects.get(slug="resources", locale__language_code="en")
    resources = ResourcePage.objects.child_of(library).live()
    assert resources.count() == 17
    assert resources.filter(kind=ResourcePage.Kind.PRESS_COVERAGE).count() == 13
    page = soup(client.get("/en/wcit/resources/"))
    assert len(page.select(".resource")) == 17

    tools = resources.exclude(kind=ResourcePage.Kind.PRESS_COVERAGE)
    assert sorted(tools.values_list("kind", flat=True)) == sorted(
        tool["kind"] for tool in ADVOCACY_TOOLS
    )
    documents = get_document_model().objects.filter(
        title__in=[tool["title"] for tool in ADVOCACY_TOOLS]
    )
    assert documents.count() == 4
    assert {page.document_id for page in tools} == {document.pk for document in documents}
    texts = DocumentText.objects.filter(document__in=documents)
    assert sorted(texts.values_list("status", flat=True)) == ["done"] * 4
    assert all(len(text) > 500 for text in texts.values_list("text", flat=True))

    # Search finds the letter by its words, and the contact directory by words only its file has.
    found = client.get("/en/search/?q=open+and+inclusive+national+consultation").content.decode()
    assert "/en/wcit/resources/sample-letter-national-consultation/" in found
    found = client.get("/en/search/?q=mailboxes").content.decode()
    assert "/en/wcit/resources/itu-national-contact-points/" in found

    # The letter reads in French on the French page, file and all.
    page = soup(client.get("/fr/wcit/resources/sample-letter-national-consultation/"))
    assert "Objet : Une consultation nationale" in page.select_one(".letter__text").get_text()
    assert page.select_one("a.button[download]")["href"].endswith(".docx")


def test_demo_campaign_leads_to_its_outcome_brief_in_each_language(client, demo):
    french = soup(client.get("/fr/wcit/"))
    banner = french.select_one(".notice--update a")
    assert banner["href"] == f"/fr{TREATY_URL}"
    assert banner.get_text().startswith("La conférence de Dubaï est terminée.")
    # The campaign lists its tools and the meetings that followed, in French.
    tools = french.select_one(".block-resources")
    assert tools.h2.get_text() == "Des outils pour agir"
    assert len(tools.select(".resource")) == 4
    assert french.select_one(".key-dates__heading").get_text() == "La suite des événements"
    assert len(french.select(".key-dates__item")) == 5

    arabic = client.get(f"/ar{TREATY_URL}")
    assert arabic.status_code == 200
    page = soup(arabic)
    assert page.html["dir"] == "rtl"
    assert page.h1.get_text() == "معاهدة دبي: الجيد والسيئ والقبيح"
    assert [a.get_text() for a in page.select(".author__name")] == ["ليلى حداد", "توماس فيريرا"]
    positions = page.select_one(".positions")
    assert positions.select_one("svg") is not None
    assert positions.select_one("strong").get_text() == "من وقّع على اللوائح المعدّلة"
    rows = positions.select(".positions__table tbody tr")
    assert len(rows) == 11
    assert {row["data-country"] for row in rows} == {
        "US", "CA", "GB", "NO", "AU", "RU", "CN", "AE", "SA", "DZ", "SD"
    }  # fmt: skip
    assert len(page.select(".assessment")) == 7
    assert len(page.select(".sources__list li")) == 3
    assert page.select_one('a.citation[href="#source-1"]') is not None


def test_demo_reads_in_russian_and_portuguese(client, demo):
    russian = soup(client.get("/ru/wcit/"))
    assert russian.h1.get_text() == "Сохраним интернет открытым: ВКМЭ"
    assert (
        russian.select_one(".notice--update a")
        .get_text()
        .startswith("Конференция в Дубае завершилась.")
    )
    page = soup(client.get("/ru/wcit/resources/sample-letter-national-consultation/"))
    assert "Тема: национальные консультации" in page.select_one(".letter__text").get_text()
    page = soup(client.get(f"/ru{TREATY_URL}"))
    assert [a.get_text() for a in page.select(".author__name")] == [
        "Лейла Хаддад",
        "Томас Феррейра",
    ]

    page = soup(client.get(f"/pt{TREATY_URL}"))
    assert page.h1.get_text() == "O tratado de Dubai: o bom, o ruim e o preocupante"
    assert page.select_one(".positions strong").get_text() == "Quem assinou o regulamento revisado"
    page = soup(client.get("/pt/wcit/tell-the-itu/"))
    assert page.h1.get_text() == "Diga à UIT: a internet é nossa!"


def test_demo_can_be_loaded_twice_without_change(
    demo, django_capture_on_commit_callbacks, monkeypatch
):
    petition = PetitionPage.objects.get(slug="tell-the-itu", locale__language_code="en")

    def state():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            get_document_model().objects.count(),
            DocumentText.objects.count(),
            Author.objects.count(),
            Translation.objects.count(),
            StringTranslation.objects.count(),
            Signature.objects.count(),
            list(
                PetitionPage.objects.filter(translation_key=petition.translation_key)
                .values_list("latest_revision_id", flat=True)
                .order_by("id")
            ),
        )

    before = state()
    # Run again with DEMO_ADMIN_PASSWORD (README): the demo superuser's password is reset.
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-Chosen-demo-password")
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=out)
    assert state() == before
    assert "password set from DEMO_ADMIN_PASSWORD" in out.getvalue()
    admin = authenticate(username="admin", password="a-Chosen-demo-password")
    assert admin is not None and admin.is_superuser


def test_demo_campaign_is_featured_on_the_english_home_page(client, demo):
    featured = soup(client.get("/en/")).select_one("#home-featured").find_parent("section")
    assert "Keep the internet open: WCIT" in featured.get_text()


def test_demo_reads_in_chinese(client, demo):
    """The campaign, its petition, library and briefs read in Chinese: the texts from the demo's
    PO files, the ITU by its Chinese name, Chinese punctuation."""
    campaign = soup(client.get("/zh-hans/wcit/"))
    assert campaign.h1.get_text(strip=True) == "守护开放的互联网：国际电信世界大会"
    banner = campaign.select_one(".notice--update a")
    assert banner["href"] == f"/zh-hans{TREATY_URL}"
    assert banner.get_text().startswith("迪拜会议已经结束。")
    assert "联合国专门机构国际电信联盟（国际电联）" in campaign.get_text()
    assert campaign.select_one(".key-dates__heading").get_text() == "后续进展"
    assert len(campaign.select(".key-dates__item")) == 5

    petition = soup(client.get("/zh-hans/wcit/tell-the-itu/"))
    assert petition.h1.get_text(strip=True) == "告诉国际电联：互联网属于我们！"

    letter = soup(client.get("/zh-hans/wcit/resources/sample-letter-national-consultation/"))
    text = letter.select_one(".letter__text").get_text()
    assert "事由：在国际电信世界大会（WCIT-12）召开之前举行全国磋商" in text
    assert "尊敬的[部长姓名]：" in text

    brief = soup(client.get(f"/zh-hans{TREATY_URL}"))
    assert brief.h1.get_text() == "迪拜条约：积极、消极与堪忧之处"
    assert [a.get_text() for a in brief.select(".author__name")] == ["莱拉·哈达德", "托马斯·费雷拉"]
    positions = brief.select_one(".positions")
    assert positions.select_one("strong").get_text() == "哪些国家签署了修订后的规则"
    assert brief.select_one('a.citation[href="#source-1"]') is not None

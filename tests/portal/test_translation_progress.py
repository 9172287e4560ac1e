"""A translation that a translator has started but not finished is shown as the alias it was.

wagtail-localize's "Translate this page" turns the alias into a live page holding the English
text; readers must keep seeing the source with the alias notice, the source's lang and no
hreflang to it (pages, sitemap, dashboard, API) until the translation is published complete.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from home.models import StandardPage
from portal.dashboard import translation_coverage
from portal.localize import sync_page, translate
from portal.models import CompleteTranslation
from portal.progress import real_translations

pytestmark = pytest.mark.django_db

STRINGS = {
    "About us": "Quiénes somos",
    "Who we are.": "Lo que somos.",
    "We campaign.": "Hacemos campaña.",
}


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def about(portal):
    page = StandardPage(
        title="About us", slug="about", intro="Who we are.", body="<p>We campaign.</p>"
    )
    portal.add_child(instance=page)
    page.save_revision().publish()
    sync_page(page)
    return page


@pytest.fixture
def started(about, django_capture_on_commit_callbacks):
    """The Spanish alias after a translator clicked "Translate this page"."""
    spanish = Locale.objects.get(language_code="es")
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(user=None, target_locales=[spanish]).create_translations(about)
    page = Page.objects.get(translation_key=about.translation_key, locale=spanish)
    assert page.alias_of_id is None and page.live, "wagtail-localize made it a live page"
    return Translation.objects.get(source__object_id=about.translation_key, target_locale=spanish)


def translate_strings(translation, strings, django_capture_on_commit_callbacks):
    """What a translator does in wagtail-localize's editor: type strings, then publish."""
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)


def assert_shown_as_alias(client):
    html = soup(client.get("/es/about/"))
    assert html.html["lang"] == "es"
    assert html.find("h1").get_text() == "About us"
    assert html.find("h1")["lang"] == "en"
    notice = html.select_one(".notice[role=note]")
    assert notice is not None and "aún no está disponible" in notice.get_text()
    english = soup(client.get("/en/about/"))
    assert not english.select('link[hreflang="es"]'), "no hreflang to an unfinished translation"
    assert "/es/about/" not in client.get("/sitemap-es.xml").content.decode()


def test_translation_just_started_looks_like_the_alias(started, client):
    assert_shown_as_alias(client)


def test_half_translated_and_published_still_looks_like_the_alias(
    started, client, django_capture_on_commit_callbacks
):
    translate_strings(started, {"About us": "Quiénes somos"}, django_capture_on_commit_callbacks)
    # The live page now holds a Spanish title over English text: readers do not see it.
    assert (
        Page.objects.get(translation_key=started.source.object_id, locale__language_code="es").title
        == "Quiénes somos"
    )
    assert_shown_as_alias(client)


def test_dashboard_and_api_count_it_as_not_translated(started, client):
    spanish = next(c for c in translation_coverage() if c.code == "es")
    assert (spanish.translated, spanish.aliases) == (0, 2)  # the home page is an alias too
    pages = Page.objects.filter(translation_key=started.source.object_id)
    assert list(real_translations(pages).values_list("locale__language_code", flat=True)) == ["en"]
    page = pages.get(locale__language_code="es")
    detail = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert detail["title"] == "About us"
    assert detail["meta"]["alias_of"] is not None


def test_complete_translation_published_is_a_translation(  # the slug may stay English
    started, client, django_capture_on_commit_callbacks
):
    translate_strings(started, STRINGS, django_capture_on_commit_callbacks)
    html = soup(client.get("/es/about/"))
    assert html.find("h1").get_text() == "Quiénes somos"
    assert not html.find("h1").has_attr("lang")
    assert html.select_one(".notice[role=note]") is None
    english = soup(client.get("/en/about/"))
    assert english.select('link[hreflang="es"]')
    assert "/es/about/" in client.get("/sitemap-es.xml").content.decode()
    spanish = next(c for c in translation_coverage() if c.code == "es")
    assert spanish.translated == 1


def out_of_date_notices(response):
    return [n for n in soup(response).select(".notice[role=note]") if "actualizó" in n.get_text()]


def test_translation_older_than_its_source_says_so_until_synchronised(
    about, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        spanish = translate(about, "es", STRINGS)
    assert not out_of_date_notices(client.get("/es/about/"))

    # The translation was published on 1 March, the English page changed on 3 March.
    CompleteTranslation.objects.filter(page_id=spanish.pk).update(
        completed_at=datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC)
    )
    Page.objects.filter(pk=about.pk).update(
        last_published_at=datetime.datetime(2026, 3, 3, 9, tzinfo=datetime.UTC)
    )
    response = client.get("/es/about/")
    [notice] = out_of_date_notices(response)
    assert " ".join(notice.get_text().split()) == (
        "Esta página se actualizó en inglés el 3 de marzo; es posible que esta traducción no "
        "esté al día. Lee la versión más reciente"
    )
    assert notice.find("a")["href"] == "/en/about/"
    assert soup(response).find("h1").get_text() == "Quiénes somos"  # still the translation

    with django_capture_on_commit_callbacks(execute=True):
        translate(about, "es", STRINGS)  # the translator synchronises and publishes
    assert not out_of_date_notices(client.get("/es/about/"))


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ru", "Эта страница пока недоступна на русском. Вы читаете её на английском."),
        (
            "pt",
            "Esta página ainda não está disponível em português. "
            "Você está lendo a versão em inglês.",
        ),
        ("es", "Esta página aún no está disponible en español. La estás leyendo en inglés."),
        ("fr", "Cette page n’est pas encore disponible en français. Vous la lisez en anglais."),
    ],
)
def test_alias_notice_names_languages_as_each_language_does(about, client, code, expected):
    notice = soup(client.get(f"/{code}/about/")).select_one(".notice[role=note]")
    assert " ".join(notice.get_text().split()) == expected

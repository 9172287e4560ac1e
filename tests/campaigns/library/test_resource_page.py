"""Resource pages: files whose text is read and found by search, downloads, inline letters."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from campaigns.models import DocumentText, ResourcePage
from portal.localize import sync_page

from ..conftest import soup
from ..factories import ResourceLibraryPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

Document = get_document_model()
LETTER = (
    "Dear Minister,\n\nWe ask for an open and inclusive national consultation before Dubai.\n\n"
    "[Your name]"
)


@pytest.fixture
def library(campaign):
    page = ResourceLibraryPageFactory(parent=campaign, slug="resources")
    sync_page(page)
    return page


def upload(name, content, capture, title=None):
    with capture(execute=True):
        document = Document(title=title or name, file=ContentFile(content, name=name))
        document.save()
    return document


def test_uploaded_text_is_read_and_found_by_search(
    client, library, django_capture_on_commit_callbacks
):
    document = upload("letter.txt", LETTER.encode(), django_capture_on_commit_callbacks)
    resource = ResourcePageFactory(
        parent=library,
        slug="letter",
        title="Sample letter",
        kind=ResourcePage.Kind.LETTER_TEMPLATE,
        document=document,
        external_url="",
    )
    resource.save_revision().publish()
    text = DocumentText.objects.get(document=document)
    assert text.status == "done" and "inclusive national consultation" in text.text

    response = client.get("/en/search/?q=inclusive+national+consultations")
    results = soup(response).select(".search-result__title a")
    assert [link.get_text(strip=True) for link in results] == ["Sample letter"]


def test_replacing_the_file_reads_it_again_and_reindexes(
    client, library, django_capture_on_commit_callbacks
):
    document = upload("letter.txt", b"About spectrum auctions.", django_capture_on_commit_callbacks)
    resource = ResourcePageFactory(
        parent=library, slug="letter", title="Sample letter", document=document, external_url=""
    )
    resource.save_revision().publish()
    assert "spectrum" in DocumentText.objects.get(document=document).text

    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(b"About net neutrality rules.", name="letter2.txt")
        document._set_document_file_metadata()
        document.save()
    assert "neutrality" in DocumentText.objects.get(document=document).text
    titles = soup(client.get("/en/search/?q=neutrality")).select(".search-result__title a")
    assert [link.get_text(strip=True) for link in titles] == ["Sample letter"]
    assert not soup(client.get("/en/search/?q=spectrum")).select(".search-result__title a")


def test_a_corrupt_pdf_is_stored_with_a_note(django_capture_on_commit_callbacks):
    document = upload(
        "broken.pdf", b"%PDF-1.4\nthis is not really a pdf", django_capture_on_commit_callbacks
    )
    assert Document.objects.filter(pk=document.pk).exists()
    text = DocumentText.objects.get(document=document)
    assert text.status == "failed"
    assert text.note and text.text == ""


def test_downloads_are_counted(client, django_capture_on_commit_callbacks):
    document = upload("letter.txt", LETTER.encode(), django_capture_on_commit_callbacks)
    for _ in range(3):
        response = client.get(document.url)
        assert response.status_code == 200
        b"".join(response.streaming_content) if response.streaming else response.content
    assert DocumentText.objects.get(document=document).downloads == 3


def test_letter_is_shown_inline_with_a_copy_button(
    client, library, django_capture_on_commit_callbacks
):
    document = upload("letter.txt", LETTER.encode(), django_capture_on_commit_callbacks)
    resource = ResourcePageFactory(
        parent=library,
        slug="letter",
        title="Sample letter",
        kind=ResourcePage.Kind.LETTER_TEMPLATE,
        document=document,
        external_url="",
        letter_text="Dear Minister,\n\nPlease <script>consult</script> us.",
    )
    resource.save_revision().publish()
    page = soup(client.get(resource.url))
    letter = page.select_one("#letter-text")
    assert "Please <script>consult</script> us." in letter.get_text()
    assert page.select_one("#letter-text script") is None
    button = page.select_one("button[data-copy=letter-text]")
    assert button.has_attr("hidden")  # shown by the script only
    download = page.select_one(".resource__links a[download]")
    assert download["href"] == document.url and "TXT" in download.get_text()


def test_letter_falls_back_to_the_text_of_its_file(
    client, library, django_capture_on_commit_callbacks
):
    document = upload("letter.txt", LETTER.encode(), django_capture_on_commit_callbacks)
    resource = ResourcePageFactory(
        parent=library,
        slug="letter",
        kind=ResourcePage.Kind.LETTER_TEMPLATE,
        document=document,
        external_url="",
    )
    resource.save_revision().publish()
    assert "open and inclusive" in soup(client.get(resource.url)).select_one("#letter-text").text


def test_press_coverage_needs_outlet_and_headline(library):
    from django.core.exceptions import ValidationError

    resource = ResourcePage(title="Press", kind=ResourcePage.Kind.PRESS_COVERAGE)
    with pytest.raises(ValidationError) as error:
        resource.clean()
    assert set(error.value.message_dict) == {"outlet", "headline"}
    link = ResourcePage(title="A link", kind=ResourcePage.Kind.REPORT)
    with pytest.raises(ValidationError) as error:
        link.clean()
    assert "document" in error.value.message_dict


def test_resource_page_renders_in_french(client, library, translate_page):
    resource = ResourcePageFactory(
        parent=library,
        slug="press",
        title="Internet remains unregulated",
        kind=ResourcePage.Kind.PRESS_COVERAGE,
        outlet="The Guardian",
        headline="Internet remains unregulated after UN treaty blocked",
        external_url="https://www.theguardian.com/",
        languages=["en"],
    )
    sync_page(resource)
    translate_page(library, "fr", {})
    french = translate_page(resource, "fr", {"A useful resource.": "Une ressource utile."})
    page = soup(client.get(french.url))
    assert page.html["lang"] == "fr"
    assert page.select_one(".lead").get_text() == "Une ressource utile."
    assert page.select_one(".resource__kind").get_text() == "Article de presse"
    cite = page.select_one("cite")
    assert cite["lang"] == "en" and cite.get_text().startswith("Internet remains")
    assert "Anglais" in page.select_one(".resource__facts").get_text()


def test_resource_page_queries_do_not_grow_with_languages(
    client, library, translate_page, count_queries, django_capture_on_commit_callbacks
):
    document = upload("letter.txt", LETTER.encode(), django_capture_on_commit_callbacks)
    resource = ResourcePageFactory(
        parent=library,
        slug="letter",
        kind=ResourcePage.Kind.LETTER_TEMPLATE,
        document=document,
        external_url="",
        languages=["en"],
    )
    sync_page(resource)
    client.get(resource.url)
    _response, before = count_queries(resource.url)
    assert before <= 25
    resource.languages = ["en", "fr", "es", "ar", "de"]
    resource.save_revision().publish()
    for code in ("fr", "ar"):
        translate_page(library, code, {})
        translate_page(resource, code, {})
    _response, after = count_queries(resource.url)
    assert after <= before


def test_api_exposes_resource_fields(client, library):
    resource = ResourcePageFactory(
        parent=library, slug="report", kind=ResourcePage.Kind.REPORT, languages=["en", "fr"]
    )
    data = client.get(f"/api/v2/pages/{resource.pk}/").json()
    assert data["kind"] == "report"
    assert data["languages"] == ["en", "fr"]
    assert data["external_url"] == "https://example.org/resource"

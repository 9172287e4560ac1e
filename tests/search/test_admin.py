"""The admin's searches run on the same backend: pages through the portal's index, other models
through Wagtail's own database index."""


def test_admin_page_search_finds_titles_from_their_first_letters(make_page, admin_client):
    make_page("es", "Campañas digitales", "Texto.")
    make_page("fr", "Pétitions", "Texte.")
    response = admin_client.get("/admin/pages/search/", {"q": "campanas dig"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Campañas digitales" in content
    assert "Pétitions" not in content


def test_admin_searches_of_other_models_still_work(admin_client, portal):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document

    Document.objects.create(title="Annual report", file=SimpleUploadedFile("report.txt", b"x"))
    response = admin_client.get("/admin/documents/", {"q": "annual"})
    assert response.status_code == 200
    assert "Annual report" in response.content.decode()


def test_one_search_terms_report(admin_client):
    menu = admin_client.get("/admin/").content.decode()
    assert "Popular searches" in menu
    assert "/admin/searchpicks/reports/search-terms/" not in menu
    response = admin_client.get("/admin/searchpicks/reports/search-terms/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/reports/popular-searches/"


def test_the_promotion_form_says_a_page_is_promoted_in_every_language(admin_client):
    content = admin_client.get("/admin/searchpicks/add/").content.decode()
    assert "A promoted page is promoted in every language" in content
    assert "Promoted search results are a means of recommending" in content  # Wagtail's own

"""The petition embed: a partner's iframe with the form, the count and the privacy notice."""

import csv
import io

import pytest
from wagtail.models import PageViewRestriction

from campaigns.models import Signature
from campaigns.petitions.embed import clean_host

from ..conftest import sign, signature_data, soup

pytestmark = pytest.mark.django_db


def embed_path(page, language="en"):
    return f"/{language}/embed/petition/{page.pk}/"


@pytest.fixture
def french(petition, translate_page):
    return translate_page(
        petition, "fr", {"Tell the ITU": "Dites-le à l'UIT", "Add your name.": "Signez."}
    )


def test_embed_shows_form_count_and_privacy_notice_in_english(client, petition):
    response = client.get(embed_path(petition))
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en"
    assert page.h1.get_text() == "Tell the ITU"
    form = page.select_one("form.petition-form")
    assert form["action"] == embed_path(petition)
    assert form.select_one("input[name=stamp]")["value"]
    assert not page.select("input[name=csrfmiddlewaretoken]")
    counter = page.select_one("[data-count-url]")
    assert counter["data-count-url"] == petition.url + "count.json"
    assert "We never publish your name" in page.select_one(".petition-form__privacy").get_text()
    # No site chrome; a way out to the full petition, in a new tab.
    assert not page.select("header, footer, nav")
    link = page.select_one(".embed__open a")
    assert link.get_text().startswith("Open the petition")
    assert link["target"] == "_blank" and "noopener" in link["rel"]
    assert link["href"] == petition.url


def test_embed_speaks_french_from_the_french_or_the_english_id(client, petition, french):
    for page_id in (french.pk, petition.pk):
        response = client.get(f"/fr/embed/petition/{page_id}/")
        assert response.status_code == 200
        page = soup(response)
        assert page.html["lang"] == "fr"
        assert page.h1.get_text() == "Dites-le à l'UIT"
        assert page.select_one("button[type=submit]").get_text() == "Signer"
        assert "Lire la politique de confidentialité" in page.get_text()
        assert page.select_one(".embed__open a")["href"] == french.url


def test_only_the_embed_may_be_framed(client, petition, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://partner.example.org", "https://ngo.example"]
    embed = client.get(embed_path(petition))
    assert "X-Frame-Options" not in embed
    policy = embed["Content-Security-Policy"]
    assert "frame-ancestors https://partner.example.org https://ngo.example" in policy
    assert "private" in embed["Cache-Control"]
    for url in (petition.url, "/en/"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_embed_frame_ancestors_default_to_any_site(client, petition):
    assert "frame-ancestors *" in client.get(embed_path(petition))["Content-Security-Policy"]


def test_signing_in_a_french_embed_and_on_the_english_page_counts_two(client, petition, french):
    response = client.post(
        f"/fr/embed/petition/{french.pk}/",
        signature_data(french, email="ines@example.org", partner="Partner.Example.org"),
        HTTP_REFERER="https://portal.example/fr/embed/petition/",
    )
    assert response.status_code == 303
    assert response["Location"] == f"/fr/embed/petition/{french.pk}/thanks/"
    assert sign(client, petition).status_code == 303

    embed, page = Signature.objects.order_by("created_at")
    assert (embed.source, embed.partner_domain, embed.language) == (
        "embed",
        "partner.example.org",
        "fr",
    )
    assert (page.source, page.partner_domain, page.language) == ("page", "", "en")
    thanks = client.get(response["Location"])
    assert "X-Frame-Options" not in thanks
    text = soup(thanks)
    assert text.h1.get_text() == "Merci d’avoir signé" or "Merci" in text.h1.get_text()
    assert text.select_one("[data-count]").get_text() == "2"
    assert client.get(petition.url + "count.json").json()["count"] == 2


def test_the_embedding_site_is_read_from_the_referer(client, petition):
    response = client.get(embed_path(petition), HTTP_REFERER="https://www.ngo.example/campaign")
    assert soup(response).select_one("input[name=partner]")["value"] == "www.ngo.example"
    own = client.get(embed_path(petition), HTTP_REFERER="http://testserver/en/")
    assert soup(own).select_one("input[name=partner]")["value"] == ""
    given = client.get(embed_path(petition) + "?partner=friends.example")
    assert soup(given).select_one("input[name=partner]")["value"] == "friends.example"


@pytest.mark.parametrize(
    "value", ["<script>", "evil.example/path?x", "a" * 300 + ".example", "-bad-.example", " "]
)
def test_a_bad_partner_value_is_ignored(client, petition, value):
    assert clean_host(value) == ""
    response = client.post(embed_path(petition), signature_data(petition, partner=value))
    assert response.status_code == 303
    assert Signature.objects.get().partner_domain == ""


def test_a_bad_post_gets_the_form_message_and_stores_nothing(client, petition):
    response = client.post(embed_path(petition), signature_data(petition, email="not-an-email"))
    assert response.status_code == 400
    assert "X-Frame-Options" not in response
    page = soup(response)
    assert "Please correct the highlighted fields." in page.get_text()
    assert page.select_one("form.petition-form")["action"] == embed_path(petition)
    assert not Signature.objects.exists()
    assert client.post(embed_path(petition), {}).status_code == 400
    assert not Signature.objects.exists()


def test_unknown_private_and_draft_petitions_have_no_embed(client, petition, campaign):
    assert client.get("/en/embed/petition/999999/").status_code == 404
    assert client.get(f"/en/embed/petition/{campaign.pk}/").status_code == 404
    PageViewRestriction.objects.create(
        page=petition, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert client.get(embed_path(petition)).status_code == 404
    assert client.post(embed_path(petition), signature_data(petition)).status_code == 404
    assert not Signature.objects.exists()


def test_count_json_may_be_read_from_any_origin(client, petition):
    response = client.get(petition.url + "count.json", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert client.post(petition.url + "count.json").status_code == 405


def test_embed_queries_do_not_grow_with_signatures(client, petition, count_queries):
    _response, before = count_queries(embed_path(petition))
    for number in range(5):
        sign(client, petition, email=f"person{number}@example.org")
    _response, after = count_queries(embed_path(petition))
    assert after <= before <= 14


def test_the_export_says_where_each_signature_came_from(admin_client, client, petition):
    client.post(
        embed_path(petition), signature_data(petition, email="a@example.org", partner="ngo.example")
    )
    sign(client, petition, email="b@example.org")
    url = f"/admin/campaigns/signatures/{petition.translation_key}/export.csv"
    response = admin_client.get(url, follow=True)
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][-2:] == ["source", "partner domain"]
    by_email = {row[2]: row[-2:] for row in rows[1:]}
    assert by_email == {"a@example.org": ["embed", "ngo.example"], "b@example.org": ["page", ""]}


def test_the_petition_editor_offers_embed_code_per_language(admin_client, petition, french):
    response = admin_client.get(f"/admin/pages/{petition.pk}/edit/")
    assert response.status_code == 200
    page = soup(response)
    assert "Embed this petition" in page.get_text()
    english = page.select_one("#embed-code-en").get_text()
    assert english.startswith('<iframe src="http://127.0.0.1:8000/en/embed/petition/')
    assert 'title="Tell the ITU"' in english and 'width="100%"' in english
    french_code = page.select_one("#embed-code-fr").get_text()
    assert f"/fr/embed/petition/{french.pk}/" in french_code
    assert "Dites-le à l&#x27;UIT" in french_code or "Dites-le à l'UIT" in french_code
    assert not page.select("#embed-code-ar")  # an alias: not translated, no code

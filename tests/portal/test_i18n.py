import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_every_locale_has_its_home_page(portal, client):
    for code in ["en", "fr", "es", "ar", "ru", "zh-hans", "pt"]:
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert soup(response).html["lang"] == code


def test_arabic_is_right_to_left(portal, client):
    html = soup(client.get("/ar/")).html
    assert html["dir"] == "rtl"
    assert soup(client.get("/fr/")).html["dir"] == "ltr"

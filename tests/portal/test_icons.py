"""The favicon, the icons and the web app manifest that browsers find from every page."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from portal.seo import short_name

pytestmark = pytest.mark.django_db


def test_favicon_is_an_icon_with_the_usual_sizes(portal, client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age=86400" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32)} <= set(icon.info["sizes"])


def test_pages_link_the_icons_and_the_manifest(portal, client):
    html = BeautifulSoup(client.get("/fr/").content.decode(), "html.parser")
    icons = {link["href"] for link in html.find_all("link", rel="icon")}
    assert icons == {"/favicon.ico", "/static/icons/icon.svg"}
    touch = html.find("link", rel="apple-touch-icon")["href"]
    assert Image.open(client_file(client, touch)).size == (180, 180)
    assert html.find("link", rel="manifest")["href"] == "/manifest.webmanifest"
    assert html.find("meta", attrs={"name": "theme-color"})["content"] == "#083a66"


def client_file(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return io.BytesIO(b"".join(response.streaming_content))


def test_manifest_names_the_site_and_its_icons(portal, client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert manifest["name"] == "Open Internet Campaigns"
    assert manifest["short_name"] == "OIC"
    assert manifest["start_url"] == "/"
    assert manifest["theme_color"] == "#083a66"
    sizes = {}
    for icon in manifest["icons"]:
        if icon["type"] == "image/png":
            sizes[icon["sizes"]] = Image.open(client_file(client, icon["src"])).size
    assert sizes == {"192x192": (192, 192), "512x512": (512, 512)}
    assert any(icon["type"] == "image/svg+xml" for icon in manifest["icons"])


def test_manifest_is_the_same_whatever_the_readers_language(portal, client):
    english = client.get("/manifest.webmanifest").content
    client.cookies["portal_language"] = "ar"
    assert client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="ar").content == english


def test_short_name_fits_a_home_screen():
    assert short_name("Amnesty") == "Amnesty"
    assert short_name("Open Internet Campaigns") == "OIC"

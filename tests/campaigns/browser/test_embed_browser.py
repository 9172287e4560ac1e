"""A partner's page on another origin frames the petition embed: it loads and signs there, while
the petition page itself refuses to be framed."""

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def partner_site():
    """A partner's web server on another origin of this machine: a real loopback server, since
    Chromium lets only loopback pages frame the loopback live server (Private Network Access),
    on 127.0.0.2, since 127.0.0.1 is the host of the site's own BASE_URL. `serve(html)` sets
    the page it answers with and returns its origin."""
    body = {"html": b""}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body["html"])

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.2", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def serve(html):
        body["html"] = html.encode()
        return f"http://127.0.0.2:{server.server_address[1]}"

    yield serve
    server.shutdown()
    server.server_close()


def partner_page(site_url, embed_path, petition_path):
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
</head><body><h1>Our friends' petition</h1>
<iframe id="embed" title="Petition" src="{site_url}{embed_path}" width="100%" height="900"></iframe>
<iframe id="page" title="Whole page" src="{site_url}{petition_path}" width="100%" height="300">
</iframe></body></html>"""


def test_a_partner_frames_the_embed_but_not_the_petition_page(
    page, site_url, settings, partner_site
):
    from campaigns.models import PetitionPage, Signature

    settings.PETITION_MIN_FILL_SECONDS = 0
    petition = PetitionPage.objects.get(locale__language_code="en", slug="tell-the-itu")
    french = PetitionPage.objects.get(
        locale__language_code="fr", translation_key=petition.translation_key
    )
    embed_path = f"/fr/embed/petition/{petition.pk}/"
    partner = partner_site(partner_page(site_url, embed_path, petition.url))
    page.goto(f"{partner}/campaign")

    embed = page.frame_locator("#embed")
    embed.locator("form.petition-form").wait_for()
    assert embed.locator("html").get_attribute("lang") == "fr"
    assert embed.locator("[data-count]").inner_text()
    assert "confidentialité" in embed.locator(".petition-form__privacy").inner_text()

    framed_page = page.frame(url=re.compile(re.escape(petition.url) + "$"))
    # Refused by frame-ancestors 'self' / X-Frame-Options: DENY: nothing of the page renders.
    assert framed_page is None or framed_page.locator("form.petition-form").count() == 0

    form = embed.locator("form.petition-form")
    form.locator("input[name='first_name']").fill("Inès")
    form.locator("input[name='last_name']").fill("Martin")
    form.locator("input[name='email']").fill("ines.martin@example.org")
    country = form.locator("select[name='country']")
    if country.count():
        country.select_option("FR")
    form.locator("input[name='consent']").check()
    form.locator("button[type='submit']").click()

    embed.locator("h1", has_text="Merci").wait_for()
    assert page.url == f"{partner}/campaign"  # the partner's page stays where it was
    signature = Signature.objects.get(email="ines.martin@example.org")
    assert (signature.source, signature.partner_domain) == ("embed", "127.0.0.2")
    assert (signature.language, signature.page_id) == ("fr", french.pk)

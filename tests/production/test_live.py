"""The production topology, from the outside: what readers, editors and signers get through
Varnish, and what the worker does behind it (see conftest.py for the stack)."""

import json
import os
import subprocess
import sys
import time
import urllib.parse
import uuid
from http.client import HTTPConnection

import pytest
from bs4 import BeautifulSoup

from .conftest import REPO

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "pt"]


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    @property
    def cache(self):
        return self.headers.get("X-Cache")


def request(stack, method, path, body=None, headers=None, origin=None):
    parsed = urllib.parse.urlsplit(origin or stack.cache_url)
    connection = HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    headers = {"Host": f"localhost:{parsed.port}", **(headers or {})}
    if isinstance(body, dict):
        body = urllib.parse.urlencode(body)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    answer = Answer(
        response.status, {k.title(): v for k, v in response.getheaders()}, response.read()
    )
    answer.set_cookies = [v for k, v in response.getheaders() if k.lower() == "set-cookie"]
    connection.close()
    return answer


def get(stack, path, **kwargs):
    return request(stack, "GET", path, **kwargs)


def eventually(check, timeout=30):
    """Wait for the worker (purges, mail): `check` returns a true value or raises."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = check()
            if result:
                return result
        except (AssertionError, OSError):  # not yet, or the web tier is still starting
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(0.3)


def warm(stack, path):
    """Fetch until Varnish holds the page (the second fetch is a hit)."""
    get(stack, path)
    answer = get(stack, path)
    assert answer.status == 200, (path, answer.status)
    assert answer.cache == "HIT", (path, answer.headers)
    return answer


def url_path(page):
    return urllib.parse.urlsplit(page.get_url()).path if page.get_url() else None


# --- Settings ------------------------------------------------------------------------------------


def test_check_deploy_is_clean_with_the_production_environment(stack):
    environment = {
        **os.environ,
        "SECURE_PROXY_SSL_HEADER": "true",
        "SECURE_SSL_REDIRECT": "true",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
        "SECURE_HSTS_PRELOAD": "true",
        "SESSION_COOKIE_SECURE": "true",
        "CSRF_COOKIE_SECURE": "true",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


# --- Readers get cached pages --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_page_is_served_from_varnish_in_every_language(stack, language):
    answer = warm(stack, f"/{language}/")
    assert f'lang="{language}"' in answer.text
    assert "public" in answer.headers["Cache-Control"]
    assert "s-maxage=" in answer.headers["Cache-Control"]
    assert "Cookie" not in answer.headers.get("Vary", "")
    assert not answer.set_cookies
    assert answer.headers.get("X-Request-Id")


def test_the_admin_forms_and_editors_never_come_from_the_cache(stack):
    from campaigns.models import PetitionPage

    for _ in range(2):
        assert get(stack, "/admin/login/").cache == "PASS"
    petition = PetitionPage.objects.get(locale__language_code="en", slug="tell-the-itu")
    answer = request(stack, "POST", url_path(petition) + "sign/", body={"email": "x"})
    assert answer.cache != "HIT"


def test_count_json_is_absorbed_by_the_front_cache_for_two_seconds(stack):
    from campaigns.models import PetitionPage

    petition = PetitionPage.objects.get(locale__language_code="en", slug="tell-the-itu")
    count_url = urllib.parse.urlsplit(petition.get_url()).path + "count.json"
    partner = {"Origin": "https://partner.example.org"}
    first = get(stack, count_url, headers=partner)
    second = get(stack, count_url, headers=partner)
    assert first.status == second.status == 200
    assert "s-maxage=2" in first.headers["Cache-Control"]
    assert second.cache == "HIT"
    assert json.loads(second.body)["count"] == json.loads(first.body)["count"]
    # Partners' pages may read it, from the cache too (CORS, no credentials).
    assert first.headers["Access-Control-Allow-Origin"] == "*"
    assert second.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in second.headers


def test_an_editor_session_never_leaks_into_a_cached_page(stack):
    login = get(stack, "/admin/login/")
    csrf = next(c for c in login.set_cookies if c.startswith("csrftoken=")).split(";")[0]
    token = BeautifulSoup(login.body, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})
    answer = request(
        stack,
        "POST",
        "/admin/login/",
        body={
            "username": "admin",
            "password": stack.admin_password,
            "csrfmiddlewaretoken": token["value"],
        },
        headers={"Cookie": csrf, "Referer": f"{stack.cache_url}/admin/login/"},
    )
    assert answer.status == 302, answer.text[:500]
    session = next(c for c in answer.set_cookies if c.startswith("sessionid=")).split(";")[0]

    warm(stack, "/en/")
    as_editor = get(stack, "/en/", headers={"Cookie": f"{session}; {csrf}"})
    assert as_editor.cache == "PASS"
    assert "wagtail-userbar" in as_editor.text
    assert "public" not in as_editor.headers["Cache-Control"]
    for _ in range(2):
        anonymous = get(stack, "/en/")
        assert "wagtail-userbar" not in anonymous.text
        assert anonymous.cache == "HIT"


# --- Purges ---------------------------------------------------------------------------------------


@pytest.fixture
def new_page(stack):
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="en")
    slug = f"check-{uuid.uuid4().hex[:8]}"
    page = home.add_child(instance=StandardPage(title="A page to check", slug=slug))
    page.save_revision().publish()
    yield page
    StandardPage.objects.filter(slug__startswith=slug).delete()


def test_an_edited_title_is_visible_at_once_after_publish_in_every_url_that_shows_it(
    stack, new_page
):
    warm(stack, f"/en/{new_page.slug}/")
    warm(stack, "/en/")
    new_page.title = "Edited after publishing"
    new_page.save_revision().publish()
    eventually(lambda: "Edited after publishing" in get(stack, f"/en/{new_page.slug}/").text)
    # The home page (its slots and navigation) was purged too: the next fetch is fresh.
    assert get(stack, "/en/").cache == "MISS"


def test_unpublishing_moving_and_deleting_purge_the_old_urls(stack, new_page):
    from home.models import HomePage, StandardPage

    path = f"/en/{new_page.slug}/"
    warm(stack, path)
    new_page.unpublish()
    eventually(lambda: get(stack, path).status == 404)

    new_page.save_revision().publish()
    eventually(lambda: get(stack, path).status == 200)
    home = HomePage.objects.get(locale__language_code="en")
    section = home.add_child(instance=StandardPage(title="Section", slug=f"{new_page.slug}-s"))
    section.save_revision().publish()
    warm(stack, path)
    StandardPage.objects.get(pk=new_page.pk).move(section, pos="last-child")
    moved = f"/en/{section.slug}/{new_page.slug}/"
    # The old address was purged, and Wagtail's automatic redirect now sends readers on.
    eventually(lambda: get(stack, path).status == 301)
    assert get(stack, path).headers["Location"].endswith(moved)
    assert get(stack, moved).status == 200

    warm(stack, moved)
    StandardPage.objects.get(pk=new_page.pk).delete()
    eventually(lambda: get(stack, moved).status == 404)


def test_publishing_a_translation_purges_its_own_url_and_the_source_language(stack):
    from home.models import StandardPage

    french = (
        StandardPage.objects.filter(locale__language_code="fr", alias_of__isnull=True)
        .live()
        .first()
    )
    assert french is not None, "the demo has a French translation of a standard page"
    english = StandardPage.objects.get(
        locale__language_code="en", translation_key=french.translation_key
    )
    warm(stack, url_path(french))
    warm(stack, url_path(english))
    french.title = "Titre modifié à la publication"
    french.save_revision().publish()
    eventually(lambda: "Titre modifié à la publication" in get(stack, url_path(french)).text)
    assert get(stack, url_path(english)).cache == "MISS"


def test_publishing_an_event_purges_its_file_the_calendar_and_every_filtered_feed(stack):
    from events.models import EventPage

    event = (
        EventPage.objects.filter(locale__language_code="en", alias_of__isnull=True).live().first()
    )
    assert event is not None, "the demo has an English event"
    calendar = url_path(event.get_parent())
    listing = calendar if event.is_upcoming() else calendar + "past/"
    paths = [
        url_path(event) + "event.ics",
        listing,
        calendar + "calendar.ics",
        calendar + f"calendar.ics?country={event.country.code}",
        listing + f"?country={event.country.code}",
    ]
    for path in paths:
        warm(stack, path)
    event.title = "Renamed before the meeting"
    event.save_revision().publish()
    eventually(lambda: "Renamed before the meeting" in get(stack, paths[0]).text)
    # Calendar apps poll the feed through Varnish: every filtered copy was dropped with it.
    for path in paths[1:]:
        assert "Renamed before the meeting" in get(stack, path).text, path


# --- Signing, mail and the worker ----------------------------------------------------------------


@pytest.fixture
def confirming_petition(stack):
    from campaigns.models import PetitionPage

    petition = PetitionPage.objects.get(locale__language_code="en", slug="tell-the-itu")
    PetitionPage.objects.filter(translation_key=petition.translation_key).update(
        require_confirmation=True
    )
    return petition


def sign(stack, petition, email):
    page = get(stack, url_path(petition))
    form = BeautifulSoup(page.body, "html.parser").find("form", action=lambda a: a and "sign" in a)
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("name") and field.get("type") in ("hidden", "text")
    }
    data.update(first_name="Ada", last_name="Lovelace", email=email, country="FR", consent="on")
    time.sleep(1.1)  # PETITION_MIN_FILL_SECONDS
    return request(stack, "POST", form["action"], body=data)


def mail_to(stack, address, timeout=30):
    return stack.relay.wait_for(lambda message: address in message["To"], timeout=timeout)


def test_a_signature_goes_through_and_the_worker_sends_its_confirmation(stack, confirming_petition):
    from django_tasks_db.models import DBTaskResult

    from campaigns.models import Signature

    address = f"signer-{uuid.uuid4().hex[:6]}@example.org"
    answer = sign(stack, confirming_petition, address)
    assert answer.status == 303, answer.text[:500]
    assert answer.cache != "HIT"
    (message,) = mail_to(stack, address)
    signature = Signature.objects.get(email=address)
    assert signature.confirm_token in message.get_payload(decode=True).decode()
    task = DBTaskResult.objects.filter(task_path__endswith="send_signature_confirmation").latest(
        "enqueued_at"
    )
    assert task.status == "SUCCESSFUL"
    assert task.worker_ids  # run by the worker, not by the request


def test_with_the_mail_relay_down_nothing_is_lost_and_the_worker_retries(
    stack, confirming_petition
):
    from campaigns.models import Signature

    address = f"patient-{uuid.uuid4().hex[:6]}@example.org"
    stack.relay.stop()
    try:
        answer = sign(stack, confirming_petition, address)
        assert answer.status == 303  # the signer is thanked: the relay is not their problem
        assert Signature.objects.filter(email=address).exists()
        time.sleep(3)
    finally:
        stack.relay.start()
    mail_to(stack, address, timeout=60)


def test_the_worker_can_restart_mid_run_without_losing_a_task(stack, confirming_petition):
    address = f"restart-{uuid.uuid4().hex[:6]}@example.org"
    stack.worker.stop()
    try:
        assert sign(stack, confirming_petition, address).status == 303
        time.sleep(2)
        assert not [m for m in stack.relay.messages if address in m["To"]]
    finally:
        stack.worker.start()
    mail_to(stack, address)


def test_the_web_tier_can_restart_and_serves_again(stack):
    stack.web.restart()
    eventually(lambda: get(stack, "/healthz", origin=stack.web_url).status == 200, timeout=60)
    assert get(stack, "/fr/").status == 200


# --- Static files and media ----------------------------------------------------------------------


def test_static_files_are_hashed_compressed_and_kept_for_a_year(stack):
    page = BeautifulSoup(get(stack, "/en/").body, "html.parser")
    stylesheet = page.find("link", rel="stylesheet")["href"]
    assert stylesheet.startswith("/static/")
    assert len(stylesheet.rsplit(".", 2)[-2]) == 12, stylesheet  # name.<hash>.css
    for encoding in ("br", "gzip"):
        answer = get(stack, stylesheet, headers={"Accept-Encoding": encoding})
        assert answer.status == 200
        assert answer.headers.get("Content-Encoding") == encoding
        max_age = int(answer.headers["Cache-Control"].split("max-age=")[1].split(",")[0])
        assert max_age >= 365 * 24 * 3600


def upload_image():
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (400, 300), (200, 40, 40)).save(buffer, format="PNG")
    return get_image_model().objects.create(
        title="A red square", file=ImageFile(buffer, name="red-square.png")
    )


def test_images_are_served_by_the_web_tier_and_documents_only_through_wagtail(stack):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    image = get_image_model().objects.first() or upload_image()
    rendition = image.get_rendition("width-200")
    assert get(stack, rendition.url).status == 200
    document = get_document_model().objects.first()
    assert get(stack, f"/media/{document.file.name}").status == 404
    download = get(stack, document.url)
    assert download.status == 200
    assert download.body == document.file.open("rb").read()

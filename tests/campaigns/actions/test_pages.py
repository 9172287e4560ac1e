import time
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.test import Client

from campaigns.models import ActionMessage, ActionPage
from portal.forms import issue_stamp

from ..conftest import soup
from ..factories import TargetFactory

pytestmark = pytest.mark.django_db

# 18 on an empty cache with a country chosen; it must not grow with targets or messages.
ACTION_QUERY_CEILING = 25


def write(client, action, **overrides):
    data = {
        "country": "FR",
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "subject": "An open internet for France",
        "letter": "Dear Minister,\n\nPlease.\n\n{name}",
        "website": "",
        "stamp": issue_stamp(action.translation_key, issued_at=time.time() - 60),
    }
    data.update(overrides)
    return client.post(action.url + "write/", {k: v for k, v in data.items() if v is not None})


@pytest.fixture
def server_action(action):
    ActionPage.objects.filter(pk=action.pk).update(mode=ActionPage.Mode.SERVER)
    action.refresh_from_db()
    return action


def test_action_page_renders_in_english(client, action):
    page = soup(client.get(action.url))
    assert page.html["dir"] == "ltr"
    assert page.select_one("form.country-form")["method"] == "get"
    assert page.select_one("form.action-form") is None  # no country chosen yet


def test_action_page_renders_in_arabic_right_to_left(client, action, translate_page):
    translate_page(action.get_parent().specific, "ar", {})
    arabic = translate_page(
        action,
        "ar",
        {"An open internet for {country}": "إنترنت مفتوح من أجل {country}"},
    )
    page = soup(client.get(arabic.url, {"country": "FR"}))
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    # The suggested subject is in Arabic, with the country's Arabic name.
    assert page.select_one("input[name=subject]")["value"] == "إنترنت مفتوح من أجل فرنسا"


def test_choosing_a_country_shows_its_targets_and_a_prefilled_letter(client, action):
    page = soup(client.get(action.url, {"country": "FR"}))
    targets = page.select(".target-list li")
    assert len(targets) == 2
    assert page.select_one("input[name=subject]")["value"] == "An open internet for France"
    letter = page.select_one("textarea[name=letter]").get_text()
    assert "for France." in letter and "{name}" in letter
    assert page.select_one("form.action-form")["action"] == action.url + "write/"
    assert b"csrfmiddlewaretoken" not in client.get(action.url, {"country": "FR"}).content


def test_a_country_without_targets_gets_a_clear_message(client, action):
    page = soup(client.get(action.url, {"country": "TD"}))
    assert "We have no contact for Chad" in page.select_one(".notice--error").get_text()
    assert page.select_one("form.action-form") is None
    response = write(client, action, country="TD")
    assert response.status_code == 400
    assert "We have no contact for Chad" in response.content.decode()
    assert not ActionMessage.objects.exists()


def test_mailto_mode_counts_an_opening_and_fills_everything(client, action):
    response = write(client, action)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    link = soup(response).select_one("a.button[href^='mailto:']")["href"]
    parts = urlsplit(link)
    assert sorted(unquote(parts.path).split(",")) == sorted(t.email for t in action.targets.all())
    query = parse_qs(parts.query)
    assert query["subject"] == ["An open internet for France"]
    assert query["body"][0].endswith("Ada Lovelace")
    message = ActionMessage.objects.get()
    assert message.status == ActionMessage.Status.OPENED
    # mailto: the message leaves from the reader's program; nothing personal is kept.
    assert message.sender_email == "" and message.sender_name == "" and message.body == ""
    counts = soup(client.get(action.url)).select_one(".count-table").get_text()
    assert "France" in counts and "1" in counts


def test_header_injection_is_refused(client, server_action, mailoutbox):
    for field, value in (
        ("subject", "Hello\r\nBcc: everyone@example.org"),
        ("name", "Ada\nBcc: everyone@example.org"),
    ):
        response = write(client, server_action, **{field: value})
        assert response.status_code == 400
        assert soup(response).select_one(f"[name={field}]")["aria-invalid"] == "true"
    assert not ActionMessage.objects.exists()
    assert not mailoutbox


def test_server_mode_sends_nothing_before_the_sender_confirms(
    client, server_action, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = write(client, server_action)
    assert response.status_code == 303
    assert response["Location"] == server_action.url + "check-email/"
    message = ActionMessage.objects.get()
    assert message.status == ActionMessage.Status.PENDING
    # Only the confirmation, to the sender; nothing to the targets.
    assert [m.to for m in mailoutbox] == [["ada@example.org"]]
    assert message.confirm_token in mailoutbox[0].body
    # Opening the link shows the message and a button; still nothing sent.
    url = f"{server_action.url}confirm/{message.confirm_token}/"
    assert client.get(url).status_code == 200
    assert len(mailoutbox) == 1
    assert "Messages by country" not in client.get(server_action.url).content.decode()


def test_confirmed_message_goes_to_each_target_with_a_copy_to_the_sender(
    client, server_action, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        write(client, server_action)
    token = ActionMessage.objects.get().confirm_token
    # The letters leave from the task queue once the confirmation is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = Client(enforce_csrf_checks=True).post(f"{server_action.url}confirm/{token}/")
    assert response.status_code == 200
    sent = mailoutbox[1:]
    target_emails = sorted(t.email for t in server_action.targets.all())
    assert sorted(m.to[0] for m in sent[:-1]) == target_emails
    assert all(m.reply_to == ["Ada Lovelace <ada@example.org>"] for m in sent[:-1])
    assert sent[0].body.endswith("Ada Lovelace")
    assert sent[-1].to == ["Ada Lovelace <ada@example.org>"]  # the copy
    message = ActionMessage.objects.get()
    assert message.status == ActionMessage.Status.SENT and message.confirm_token is None
    # A second click sends nothing more.
    assert client.post(f"{server_action.url}confirm/{token}/").status_code == 404
    assert len(mailoutbox) == 1 + len(target_emails) + 1


def test_action_rate_limit_answers_429_per_client_address(server_action, settings):
    """ACTION_RATE_LIMIT (README): write-to-your-government forms per client IP."""
    settings.ACTION_RATE_LIMIT = "2/hour"
    first = Client(REMOTE_ADDR="192.0.2.1")
    assert write(first, server_action, email="a@example.org").status_code == 303
    assert write(first, server_action, email="b@example.org").status_code == 303
    refused = write(first, server_action, email="c@example.org")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert write(Client(REMOTE_ADDR="192.0.2.2"), server_action).status_code == 303
    assert ActionMessage.objects.count() == 3


def test_per_sender_hourly_cap(client, server_action):
    ActionPage.objects.filter(pk=server_action.pk).update(per_sender_hourly_cap=2)
    server_action.refresh_from_db()
    assert write(client, server_action).status_code == 303
    assert write(client, server_action).status_code == 303
    assert write(client, server_action).status_code == 429
    assert ActionMessage.objects.count() == 2


def test_per_target_hourly_cap_holds_messages_back(
    client, server_action, mailoutbox, django_capture_on_commit_callbacks
):
    ActionPage.objects.filter(pk=server_action.pk).update(per_target_hourly_cap=1)
    server_action.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        write(client, server_action, email="one@example.org")
        write(client, server_action, email="two@example.org")
    first, second = ActionMessage.objects.order_by("created_at")
    assert client.post(f"{server_action.url}confirm/{first.confirm_token}/").status_code == 200
    held = client.post(f"{server_action.url}confirm/{second.confirm_token}/")
    assert held.status_code == 429
    second.refresh_from_db()
    assert second.status == ActionMessage.Status.PENDING  # the link still works later


def test_honeypot_in_an_action_stores_and_sends_nothing(client, server_action, mailoutbox):
    response = write(client, server_action, website="http://spam.example")
    assert response.status_code == 303
    assert not ActionMessage.objects.exists() and not mailoutbox


def test_letters_with_braces_are_not_formatted(client, action):
    response = write(client, action, letter="{0.__class__} {name} {unknown}")
    assert response.status_code == 200
    assert "{0.__class__} Ada Lovelace {unknown}" in response.content.decode()


def test_targets_reading_another_language_get_a_link_to_it(client, action, translate_page):
    translate_page(action.get_parent().specific, "fr", {})
    french = translate_page(action, "fr", {})
    links = soup(client.get(action.url, {"country": "FR"})).select("a[hreflang=fr]")
    assert any(link["href"] == french.url + "?country=FR" for link in links)


def test_action_page_queries_do_not_grow_with_targets_messages_or_languages(
    client, action, translate_page, count_queries
):
    url = action.url + "?country=FR"
    client.get(url)
    _response, before = count_queries(url)
    assert before <= ACTION_QUERY_CEILING
    action.targets.add(*TargetFactory.create_batch(5, country="FR"))
    action.targets.add(*TargetFactory.create_batch(5, country="DE"))
    action.save_revision().publish()
    for _ in range(5):
        write(client, action)
    for code in ("es", "ar"):
        translate_page(action.get_parent().specific, code, {})
        translate_page(action, code, {})
    _response, after = count_queries(url)
    assert after <= before

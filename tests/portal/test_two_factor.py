"""Staff sign in with a second factor: a code from an authenticator app after the password."""

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def current_code(device):
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


@pytest.fixture
def staff(portal, client):
    user = get_user_model().objects.create_superuser("ada", "ada@example.org", "a long password")
    assert client.login(username="ada", password="a long password")
    return user


def test_with_codes_required_staff_without_an_app_must_set_one_up_first(staff, client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    for url in ["/admin/", "/admin/pages/", "/admin/documents/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/2fa/setup/?next=")

    page = client.get("/admin/2fa/setup/?next=/admin/pages/")
    assert page.status_code == 200
    assert b"<svg" in page.content  # the image to scan
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert page.context["key"].replace(" ", "")  # the key to type instead

    wrong = client.post("/admin/2fa/setup/", {"code": "000000", "next": "/admin/pages/"})
    assert "This code is not right" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()

    device.throttle_reset()
    done = client.post("/admin/2fa/setup/", {"code": current_code(device), "next": "/admin/pages/"})
    assert done.status_code == 302 and done["Location"] == "/admin/pages/"
    assert TOTPDevice.objects.filter(user=staff, confirmed=True).count() == 1
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert b"Dashboard" in dashboard.content


def test_reloading_the_setup_page_keeps_the_key_already_scanned(staff, client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    first = client.get("/admin/2fa/setup/").context["key"]
    second = client.get("/admin/2fa/setup/").context["key"]
    assert first == second
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_staff_with_an_app_are_asked_for_its_code_after_the_password(staff, client):
    # Even with codes not required site-wide: whoever set an app up is protected by it.
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F"

    wrong = client.post("/admin/2fa/verify/", {"code": "123", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert "This code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    device.throttle_reset()
    right = client.post(
        "/admin/2fa/verify/", {"code": current_code(device), "next": "/admin/pages/"}
    )
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_guessing_codes_is_slowed_down(staff, client):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.post("/admin/2fa/verify/", {"code": "000000"})
    # Right after a wrong code, even the right one is refused for a while.
    response = client.post("/admin/2fa/verify/", {"code": current_code(device)})
    assert "Too many wrong codes" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_the_code_page_sends_nobody_to_another_site(staff, client):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    response = client.post(
        "/admin/2fa/verify/", {"code": current_code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_without_codes_required_the_admin_opens_with_the_password(staff, client, settings):
    settings.ADMIN_2FA_REQUIRED = False
    assert client.get("/admin/").status_code == 200


def test_public_pages_never_ask_for_a_code(staff, client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    assert client.get("/en/").status_code == 200


def test_a_lost_phone_is_reset_by_an_administrator(staff, client):
    from io import StringIO

    from django.core.management import call_command

    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    assert client.get("/admin/").status_code == 302
    call_command("reset_two_factor", "ada", stdout=StringIO())
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert client.get("/admin/").status_code == 200

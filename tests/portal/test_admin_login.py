"""Admin login is throttled per client IP and per username, with one message for everyone."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-1"
REFUSED = "Too many login attempts"


@pytest.fixture
def staff(portal):
    return get_user_model().objects.create_superuser("staff", "staff@example.org", PASSWORD)


def login(client, username, password, ip="203.0.113.7"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def test_login_under_the_limit_works(client, staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = "10/hour"
    login(client, "staff", "wrong")
    response = login(client, "staff", PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_eleventh_attempt_is_refused_even_with_the_right_password(client, staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = "10/hour"
    for _ in range(10):
        response = login(client, "staff", "wrong")
        assert REFUSED not in response.content.decode()
    response = login(client, "staff", PASSWORD)
    assert REFUSED in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_per_username_across_addresses_same_answer_for_unknown_names(client, staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = "3/hour"
    for n in range(3):
        login(client, "staff", "wrong", ip=f"198.51.100.{n}")
        login(client, "nobody", "wrong", ip=f"192.0.2.{n}")
    known = login(client, "staff", PASSWORD, ip="198.51.100.200").content.decode()
    unknown = login(client, "nobody", "wrong", ip="192.0.2.200").content.decode()
    assert REFUSED in known and REFUSED in unknown
    assert "_auth_user_id" not in client.session

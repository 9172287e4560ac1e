"""The demo superuser of `make run` (README): a generated password printed once, or the one
DEMO_ADMIN_PASSWORD gives, which also resets it later. The whole `load_demo` is run with it in
tests/campaigns/test_demo.py; here only its last step, on a database without the demo."""

import io
import re

import pytest
from django.contrib.auth import authenticate, get_user_model

from home.management.commands.load_demo import Command

pytestmark = pytest.mark.django_db


def ensure_admin():
    out = io.StringIO()
    Command(stdout=out).ensure_admin()
    return out.getvalue()


def test_a_generated_password_is_printed_once_and_works(monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    printed = ensure_admin()
    (password,) = re.findall(r"Password: (\S+)\s+\(shown once", printed)
    assert len(password) >= 16
    user = authenticate(username="admin", password=password)
    assert user is not None and user.is_superuser

    again = ensure_admin()
    assert password not in again and "exists" in again
    assert authenticate(username="admin", password=password) is not None  # unchanged
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_demo_admin_password_sets_it_and_resets_it(monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "first-Chosen-password")
    printed = ensure_admin()
    assert "first-Chosen-password" not in printed
    assert authenticate(username="admin", password="first-Chosen-password") is not None

    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "second-Chosen-password")
    assert "password set from DEMO_ADMIN_PASSWORD" in ensure_admin()
    assert authenticate(username="admin", password="first-Chosen-password") is None
    assert authenticate(username="admin", password="second-Chosen-password") is not None

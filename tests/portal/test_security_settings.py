"""Settings that must hold in production: a secret key from the environment, a mail timeout, no
Gravatar from the admin."""

import os
import smtplib
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend

BASE_DIR = Path(__file__).resolve().parents[2]


def settings_in_subprocess(expression, **env):
    """Import portal.settings in a fresh interpreter with only the given variables set."""
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "EMAIL_URL"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", f"import portal.settings as s; print({expression})"],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_without_secret_key_refuses_to_start():
    result = settings_in_subprocess("s.SECRET_KEY")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "set the SECRET_KEY environment variable" in result.stderr


def test_secret_key_from_the_environment():
    result = settings_in_subprocess("s.SECRET_KEY", SECRET_KEY="from-the-environment")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "from-the-environment"


def test_email_timeout_defaults_to_ten_seconds_and_follows_the_environment():
    url = "smtp://user:pw@mail.example.org:587"
    result = settings_in_subprocess(
        "repr((s.EMAIL_BACKEND, s.EMAIL_TIMEOUT))", SECRET_KEY="k", EMAIL_URL=url
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "('django.core.mail.backends.smtp.EmailBackend', 10)"
    result = settings_in_subprocess(
        "s.EMAIL_TIMEOUT", SECRET_KEY="k", EMAIL_URL=url, EMAIL_TIMEOUT="3"
    )
    assert result.stdout.strip() == "3"
    assert EmailBackend().timeout == settings.EMAIL_TIMEOUT


def test_a_silent_smtp_server_times_out_instead_of_hanging():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    accepted = []
    threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True).start()
    backend = EmailBackend(host="127.0.0.1", port=server.getsockname()[1], timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises((TimeoutError, smtplib.SMTPServerDisconnected)):
            backend.open()
    finally:
        server.close()
    assert time.monotonic() - started < 5


def test_admin_sends_no_email_hash_to_gravatar(client, portal):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser(
        "staff", "staff@example.org", "a-long-password-1"
    )
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()

"""The production topology, live on this machine: `make production-check`.

Varnish with docker/varnish/default.vcl in front of gunicorn with docker/gunicorn.conf.py, the
task worker (`manage.py db_worker`), PostgreSQL and Redis, DEBUG off and every setting from the
environment, as docker/compose.yaml runs them. An SMTP server in this process stands in for the
mail relay, so the tests can read what the worker sent and stop the relay.

This process shares the stack's environment and database: it publishes pages through Wagtail's
API as an editor would, and the worker purges Varnish exactly as in production.

Outside `make production-check` (PRODUCTION_CHECK unset) nothing here is collected.
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

if os.environ.get("PRODUCTION_CHECK") != "1":
    collect_ignore_glob = ["test_*.py"]
else:
    import django

    def free_port():
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return probe.getsockname()[1]

    WEB_PORT, CACHE_PORT, SMTP_PORT = free_port(), free_port(), free_port()
    FILES = Path(tempfile.mkdtemp(prefix="production-files-"))
    DATABASE = os.environ.get("PRODUCTION_CHECK_DATABASE", "portal_production_check")
    PG = os.environ.get("PRODUCTION_CHECK_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    ENVIRONMENT = {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": f"http://localhost:{CACHE_PORT}",
        "DATABASE_URL": f"{PG}/{DATABASE}",
        "REDIS_URL": os.environ.get("PRODUCTION_CHECK_REDIS", "redis://127.0.0.1:6379/14"),
        "TASKS_BACKEND": "database",
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{CACHE_PORT}",
        "EMAIL_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "EMAIL_TIMEOUT": "5",
        "MAIL_RETRY_SECONDS": "1",
        "STATICFILES_HASHED": "true",
        "SERVE_MEDIA": "true",
        "MEDIA_ROOT": str(FILES / "media"),
        "DOCUMENTS_ROOT": str(FILES / "documents"),
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
        "CAMPAIGNS_TRUSTED_PROXIES": "1",
        "PETITION_MIN_FILL_SECONDS": "1",
        "DEMO_ADMIN_PASSWORD": secrets.token_urlsafe(16),
        "GUNICORN_BIND": f"127.0.0.1:{WEB_PORT}",
        "WEB_CONCURRENCY": "2",
    }
    os.environ.update(ENVIRONMENT)
    django.setup()


def manage(*args, timeout=600, **environment):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        check=True,
        timeout=timeout,
        env={**os.environ, **environment},
    )


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer within {timeout} s")
        time.sleep(0.5)


def fresh_database():
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


class Process:
    """One long-running process of the stack, which a test may stop and start again."""

    def __init__(self, name, command, log_dir):
        self.name, self.command, self.log_dir = name, command, log_dir
        self.popen = None
        self.starts = 0

    def start(self):
        self.starts += 1
        log = open(self.log_dir / f"{self.name}.{self.starts}.log", "wb")  # noqa: SIM115
        self.popen = subprocess.Popen(self.command, cwd=REPO, stdout=log, stderr=subprocess.STDOUT)

    def stop(self):
        if self.popen is not None and self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self.popen = None

    def restart(self):
        self.stop()
        self.start()


class Relay:
    """The mail relay: an SMTP server in this process, which a test can take down."""

    def __init__(self, port):
        from aiosmtpd.controller import Controller
        from aiosmtpd.handlers import Message

        self.messages = []
        relay = self

        class Keep(Message):
            def handle_message(self, message):
                relay.messages.append(message)

        self.make = lambda: Controller(Keep(), hostname="127.0.0.1", port=port)
        self.controller = None

    def start(self):
        # A stopped controller cannot start again (its event loop is closed): a new one.
        self.controller = self.make()
        self.controller.start()

    def stop(self):
        self.controller.stop()

    def wait_for(self, predicate, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [message for message in self.messages if predicate(message)]
            if found:
                return found
            time.sleep(0.25)
        raise AssertionError(f"no such mail within {timeout} s ({len(self.messages)} in all)")


class Stack:
    def __init__(self, log_dir):
        self.log_dir = log_dir
        self.cache_url = f"http://127.0.0.1:{CACHE_PORT}"
        self.web_url = f"http://127.0.0.1:{WEB_PORT}"
        self.admin_password = ENVIRONMENT["DEMO_ADMIN_PASSWORD"]
        self.relay = Relay(SMTP_PORT)
        vcl_dir = log_dir / "vcl"
        vcl_dir.mkdir()
        (vcl_dir / "backend.vcl").write_text(
            f'backend web {{ .host = "127.0.0.1"; .port = "{WEB_PORT}"; '
            ".first_byte_timeout = 30s; }\n"
        )
        # The same default.vcl, next to this backend.vcl: Varnish resolves `include` beside the
        # including file first, so the copy picks up the local backend.
        shutil.copy(REPO / "docker" / "varnish" / "default.vcl", vcl_dir / "default.vcl")
        bin_dir = Path(sys.executable).parent
        self.web = Process(
            "web",
            [str(bin_dir / "gunicorn"), "--config", "docker/gunicorn.conf.py", "portal.wsgi"],
            log_dir,
        )
        self.worker = Process(
            "worker",
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
            log_dir,
        )
        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        self.cache = Process(
            "cache",
            [
                varnishd, "-F", "-n", str(log_dir / "varnish"),
                "-a", f"127.0.0.1:{CACHE_PORT}",
                "-p", f"vcl_path={vcl_dir}",
                "-f", str(vcl_dir / "default.vcl"),
                "-s", "malloc,128m",
            ],
            log_dir,
        )  # fmt: skip

    def start(self):
        self.relay.start()
        for process in (self.web, self.worker, self.cache):
            process.start()
        wait_for(f"{self.web_url}/healthz")
        wait_for(f"{self.cache_url}/healthz")

    def stop(self):
        for process in (self.cache, self.worker, self.web):
            process.stop()
        self.relay.stop()


@pytest.fixture(scope="session")
def stack():
    if not shutil.which("varnishd") and not Path("/usr/sbin/varnishd").exists():
        pytest.fail("varnishd is not installed: run `make system-packages` (Debian's varnish)")
    log_dir = Path(tempfile.mkdtemp(prefix="production-check-"))
    log_dir.chmod(0o755)  # varnishd reads its VCL as its own unprivileged user
    fresh_database()
    manage("compile_translations")
    manage("migrate", "--noinput", "-v0")
    # As on a first deploy: the content is loaded before the site goes live, so its tasks run at
    # once and there is no cache to purge yet (the worker starts with an empty queue).
    manage("load_demo", TASKS_BACKEND="immediate", FRONTEND_CACHE_URL="")
    manage("collectstatic", "--noinput", "-v0")
    running = Stack(log_dir)
    running.start()
    print(f"\nproduction check: Varnish {running.cache_url}, logs in {log_dir}")
    yield running
    running.stop()


@pytest.fixture(scope="session", autouse=True)
def _media_root():
    """Replaces the unit suite's fixture: uploads go where the stack serves them from."""
    yield


@pytest.fixture(autouse=True)
def _isolation():
    """Replaces the unit suite's fixture of the same name: the stack's cache is not ours to
    clear between tests (its rate limits are reset by the tests that need it)."""
    yield

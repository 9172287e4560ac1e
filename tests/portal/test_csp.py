"""Content-Security-Policy on public pages (strict) and the admin (its own, documented policy)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.test.utils import WagtailTestUtils

pytestmark = pytest.mark.django_db

TEMPLATE_DIRS = ["campaigns", "events", "home", "portal", "search"]


def directives(response):
    header = response["Content-Security-Policy"]
    policy = {}
    for part in header.split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


@pytest.mark.parametrize("path", ["/en/", "/fr/", "/en/search/?q=internet", "/en/privacy/"])
def test_public_pages_forbid_inline_script(portal, client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy.get("default-src", [])
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    # Style attributes only (the world map colours), never <style> elements from content.
    assert policy["style-src"] == ["'self'"]


def test_error_pages_carry_the_policy(portal, client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "'unsafe-inline'" not in directives(response)["script-src"]


def test_admin_has_its_own_policy(portal, client):
    client.force_login(WagtailTestUtils.create_superuser("admin-csp", password="x"))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'self'" in policy["script-src"]


def test_admin_previews_keep_the_public_policy():
    from portal.csp import uses_admin_policy

    assert uses_admin_policy("/admin/pages/3/edit/")
    assert not uses_admin_policy("/admin/pages/3/edit/preview/")
    assert not uses_admin_policy("/en/")


def test_portal_templates_have_no_inline_script():
    """Every script is a static file: no inline <script>, no on…= handlers, no javascript: URLs.
    (JSON data blocks such as application/ld+json are data, not script, and are allowed.)"""
    problems = []
    base = Path(settings.BASE_DIR)
    for app in TEMPLATE_DIRS:
        for path in (base / app).rglob("templates/**/*.html"):
            text = path.read_text()
            for tag in re.findall(r"<script\b[^>]*>", text, re.I):
                if "src=" not in tag and not re.search(r'type="application/(ld\+)?json"', tag):
                    problems.append((str(path), tag))
            for handler in re.findall(r"<[^>]*\son[a-z]+\s*=", text, re.I):
                problems.append((str(path), handler[:60]))
            if re.search(r"javascript:", text, re.I):
                problems.append((str(path), "javascript:"))
    assert not problems


@pytest.fixture
def report_only(settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None


def test_report_only_mode_reports_instead_of_blocking(portal, client, report_only):
    response = client.get("/en/")
    assert "Content-Security-Policy" not in response
    policy = response["Content-Security-Policy-Report-Only"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]


def test_report_only_mode_keeps_the_admin_policy_for_the_admin(portal, client, report_only):
    client.force_login(WagtailTestUtils.create_superuser("admin-csp-ro", password="x"))
    response = client.get("/admin/")
    assert "Content-Security-Policy" not in response
    script_src = response["Content-Security-Policy-Report-Only"].split("script-src", 1)[1]
    assert "'unsafe-inline'" in script_src.split(";", 1)[0]

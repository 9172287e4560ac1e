"""The strict Content-Security-Policy breaks nothing: the public pages run without a violation."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/en/",
    "/ar/wcit/tell-the-itu/",
    "/en/wcit/tell-the-itu/",
    "/ar/analysis/dubai-treaty-good-bad-ugly/",
    "/en/search/?q=itu",
]


@pytest.mark.parametrize("path", PAGES)
def test_public_page_runs_without_csp_violations(page, path):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "(window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    response = page.goto(path)
    assert response.status == 200
    assert "script-src 'self';" in response.headers["content-security-policy"] + ";"
    page.wait_for_load_state("networkidle")
    reported = page.evaluate("() => window.__csp || []")
    assert not violations and not reported, violations + reported


def test_admin_editor_runs_under_the_admin_policy(page, site_url):
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from campaigns.models import PetitionPage

    get_user_model().objects.create_superuser("csp-admin", "csp@example.org", "csp-password")
    petition = PetitionPage.objects.filter(locale__language_code="en").first()
    violations = []
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "(window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto("/admin/login/")
    page.fill("input[name=username]", "csp-admin")
    page.fill("input[name=password]", "csp-password")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    for path in [
        f"/admin/pages/{petition.pk}/edit/",
        f"/admin/pages/{Page.get_first_root_node().pk}/",
    ]:
        response = page.goto(path)
        assert response.status == 200
        assert "'unsafe-inline'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
        violations += page.evaluate("() => window.__csp || []")
    assert not violations, violations

"""Content-Security-Policy (django-csp): one policy for the public site, one for the admin.

The public policy (settings.CONTENT_SECURITY_POLICY) allows scripts from our own origin only: no
inline script, no event-handler attributes, no `javascript:` URLs. The Wagtail admin still writes
inline scripts (date pickers, inline panels, wagtail-localize's editor), so paths under /admin/
get settings.PORTAL_ADMIN_CSP_DIRECTIVES instead, except page previews, which render public
templates and keep the public policy. With CSP_REPORT_ONLY the same two policies are sent as
Content-Security-Policy-Report-Only instead.
"""

import re

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"
PREVIEW = re.compile(r"/preview/")


def uses_admin_policy(path):
    return path.startswith(ADMIN_PREFIX) and not PREVIEW.search(path)


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        name = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
        enforced_here = getattr(settings, name, None)
        if enforced_here and parts.config is None and uses_admin_policy(request.path_info):
            parts.config = settings.PORTAL_ADMIN_CSP_DIRECTIVES
        return parts

"""The Wagtail admin's login form, throttled: staff accounts are targets.

Every login attempt counts against the client IP and against the username typed
(ADMIN_LOGIN_RATE_LIMIT each, e.g. "10/hour"); past either limit the form is refused before the
password is checked, with the same message whether or not the username exists.
"""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

from portal import ratelimit


class ThrottledLoginForm(LoginForm):
    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip().lower()
        if self.request is not None:
            rate = settings.ADMIN_LOGIN_RATE_LIMIT
            verdicts = [ratelimit.hit("admin-login-ip", ratelimit.client_ip(self.request), rate)]
            if username:
                key = hashlib.sha256(username.encode()).hexdigest()[:32]
                verdicts.append(ratelimit.hit("admin-login-user", key, rate))
            refused = [v for v in verdicts if not v.allowed]
            if refused:
                minutes = max(1, -(-max(int(v.retry_after or 0) for v in refused) // 60))
                raise ValidationError(
                    ngettext(
                        "Too many login attempts. Please wait %(minutes)s minute and try again.",
                        "Too many login attempts. Please wait %(minutes)s minutes and try again.",
                        minutes,
                    )
                    % {"minutes": minutes},
                    code="rate_limited",
                )
        return super().clean()

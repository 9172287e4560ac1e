"""The public-form toolkit: a honeypot and a signed "form stamp" for every public form.

Petitions, write-to-your-government actions and the newsletter are rendered into pages a CDN may
cache, so they carry no per-visitor token: a honeypot field, a signed form stamp (the time the
form was issued) and the rate limits in portal/ratelimit.py keep robots out instead. The markup
lives in components/form_trap.html, included by every public form.
"""

import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .emails import canonical_email

# The salt predates the move out of campaigns: changing it would refuse every cached form.
STAMP_SALT = "campaigns.form-stamp"


def min_fill_seconds():
    return settings.PETITION_MIN_FILL_SECONDS


def stamp_max_age():
    # Must be longer than any cache (CDN) keeps a page, or cached forms would all be refused.
    return settings.PETITION_FORM_MAX_AGE


def issue_stamp(scope, issued_at=None):
    """A signed, tamper-proof note of when a form was rendered, for `scope` (a petition's or an
    action's translation key, "newsletter").

    It is the same for every visitor who gets the same cached copy of the page, so it can sit in
    HTML that a CDN serves. A cached copy only makes the stamp older, never younger, so caching
    never makes a person fail the minimum fill time; a robot that posts the instant it fetched a
    fresh page does.
    """
    issued_at = int(time.time() if issued_at is None else issued_at)
    return signing.dumps({"s": str(scope), "t": issued_at}, salt=STAMP_SALT, compress=True)


def check_stamp(value, scope):
    """None when the stamp is fine, otherwise the message to show next to the form."""
    try:
        data = signing.loads(value or "", salt=STAMP_SALT)
        issued_at = int(data["t"])
        valid = data["s"] == str(scope)
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        valid = False
    if not valid:
        return _("The form could not be checked. Please send it again.")
    age = time.time() - issued_at
    if age < min_fill_seconds():
        return _("That was quick! Please check your details and send the form again.")
    if age > stamp_max_age():
        return _("This form has expired. Please check your details and send it again.")
    return None


class CanonicalEmailField(forms.EmailField):
    """An email field whose value is the canonical address (portal.emails.canonical_email).

    Canonicalised before validation, so that an invisible character or a quoted local part is
    neither refused nor stored as a second person; what is left must still be a valid address.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return canonical_email(value) if value else value


class PublicForm(forms.Form):
    """What every public form shares: the honeypot, the stamp, and ids unique on the page."""

    # The honeypot: hidden from people (CSS and aria-hidden), filled in by naive robots.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)
    stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, scope, id_prefix, **kwargs):
        kwargs.setdefault("auto_id", f"{id_prefix}-%s")
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.form_id = id_prefix
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    @property
    def is_trapped(self):
        """True when a robot filled the honeypot (checked before any validation)."""
        return bool(self.is_bound and (self.data.get("website") or "").strip())

    def fresh_stamp(self):
        return issue_stamp(self.scope)

    def clean(self):
        cleaned = super().clean()
        problem = check_stamp(self.data.get("stamp"), self.scope)
        if problem:
            raise ValidationError(problem, code="stamp")
        return cleaned


NAME_MAX_LENGTH = 100


def no_control_characters(value):
    """Refuse line breaks and other control characters (and so header injection in emails).

    Only category Cc is refused: format characters (Cf) such as the zero-width joiner inside
    emoji and the bidirectional marks used in Arabic and Hebrew names are kept.
    """
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise ValidationError(
            _("Please remove line breaks and control characters."), code="control_characters"
        )


def no_nul(value):
    if "\x00" in value:
        raise ValidationError(_("Please remove control characters."), code="control_characters")

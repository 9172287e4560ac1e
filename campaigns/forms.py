"""Public forms of the campaigns app: signing a petition, writing to one's government.

Both are rendered into pages a CDN may cache, so they carry no per-visitor token: a honeypot
field, a signed "form stamp" (the time the form was issued) and the rate limits in
portal/ratelimit.py keep robots out instead.
"""

import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.choices import BlankChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField

STAMP_SALT = "campaigns.form-stamp"
NAME_MAX_LENGTH = 100


def min_fill_seconds():
    return int(getattr(settings, "PETITION_MIN_FILL_SECONDS", 3))


def stamp_max_age():
    # Must be longer than any cache (CDN) keeps a page, or cached forms would all be refused.
    return int(getattr(settings, "PETITION_FORM_MAX_AGE", 2 * 24 * 3600))


def issue_stamp(scope, issued_at=None):
    """A signed, tamper-proof note of when a form was rendered, for `scope` (a petition's or an
    action's translation key).

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


def no_control_characters(value):
    """Refuse line breaks and other control characters (and so header injection in emails).

    Only category Cc is refused: format characters (Cf) such as the zero-width joiner inside
    emoji and the bidirectional marks used in Arabic and Hebrew names are kept.
    """
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise ValidationError(
            _("Please remove line breaks and control characters."), code="control_characters"
        )


def normalise_email(value):
    """One spelling per address: trimmed, NFC, lower case.

    Lower case rather than casefold: casefold turns "ß" into "ss", which is another mailbox.
    """
    return unicodedata.normalize("NFC", (value or "").strip()).lower()


class PublicForm(forms.Form):
    """What both public forms share: the honeypot, the stamp, and ids unique on the page."""

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


class PetitionForm(PublicForm):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("Never shown to anyone."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # No empty_label here: django-countries would then build the list once, in English.
    country = CountryField(blank=True).formfield(label=_("Country"))
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my signature is stored."),
        error_messages={"required": _("Please agree to the privacy notice to sign.")},
    )
    newsletter = forms.BooleanField(
        label=_("Send me news about this campaign (you will get an email to confirm)."),
        required=False,
    )
    from_page = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    field_order = ["first_name", "last_name", "email", "country", "consent", "newsletter"]

    def __init__(self, *args, petition, **kwargs):
        super().__init__(
            *args, scope=petition.translation_key, id_prefix=f"sign-{petition.pk}", **kwargs
        )
        if petition.country_field == petition.CountryChoice.HIDDEN:
            del self.fields["country"]
        else:
            self.fields["country"].required = (
                petition.country_field == petition.CountryChoice.REQUIRED
            )
            self.fields["country"].widget.attrs["autocomplete"] = "country"
            # Lazy: country names are translated and sorted in the reader's language at render.
            self.fields["country"].choices = BlankChoiceIterator(
                countries, [("", _("Choose your country"))]
            )

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


def no_nul(value):
    if "\x00" in value:
        raise ValidationError(_("Please remove control characters."), code="control_characters")


class ActionForm(PublicForm):
    """The message of a write-to-your-government action, as the reader edited it."""

    country = forms.CharField(widget=forms.HiddenInput, max_length=2)
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        help_text=_("Replaces {name} in the letter."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_(
            "We send you a link to confirm it is you; your message leaves only after you click "
            "it. You also get a copy, and the office can reply to you."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # Subject and name end up in email headers: line breaks there are header injection.
    subject = forms.CharField(
        label=_("Subject"), max_length=200, validators=[no_control_characters]
    )
    letter = forms.CharField(
        label=_("Your letter"),
        max_length=5000,
        validators=[no_nul],
        widget=forms.Textarea(attrs={"rows": 14}),
    )

    def __init__(self, *args, action, **kwargs):
        super().__init__(
            *args, scope=action.translation_key, id_prefix=f"write-{action.pk}", **kwargs
        )
        if action.mode != action.Mode.SERVER:
            # mailto: the message leaves from the reader's own program; we need no address.
            del self.fields["email"]

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

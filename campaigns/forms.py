"""Public forms of the campaigns app: signing a petition, writing to one's government.

Both are rendered into pages a CDN may cache, so they carry no per-visitor token: a honeypot
field, a signed "form stamp" (the time the form was issued) and the rate limits in
portal/ratelimit.py keep robots out instead (the toolkit is in portal/forms.py).
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.choices import BlankChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField

from portal.forms import CanonicalEmailField, PublicForm, check_stamp, issue_stamp

__all__ = [
    "ActionForm",
    "PetitionForm",
    "PublicForm",
    "check_stamp",
    "issue_stamp",
]

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
    email = CanonicalEmailField(
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
    email = CanonicalEmailField(
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

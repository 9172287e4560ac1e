"""Signing a petition: the form (rendered into cacheable pages, so honeypot and stamp, see
portal/forms.py)."""

from django import forms
from django.utils.choices import BlankChoiceIterator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from portal.countries import CountrySelect
from portal.forms import NAME_MAX_LENGTH, CanonicalEmailField, PublicForm, no_control_characters
from portal.text import collated_countries


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
    country = CountryField(blank=True).formfield(label=_("Country"), widget=CountrySelect)
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

    # Languages that write the family name first (姓名: 王 小明): their readers expect the form
    # to ask for it first too.
    FAMILY_NAME_FIRST = ("zh",)

    @property
    def name_fields(self):
        """The two name fields in the order the reader's language writes a name."""
        fields = [self["first_name"], self["last_name"]]
        if (get_language() or "").startswith(self.FAMILY_NAME_FIRST):
            fields.reverse()
        return fields

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
                collated_countries, [("", _("Choose your country"))]
            )

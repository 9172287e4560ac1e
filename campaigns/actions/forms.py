"""Writing to one's government: the form (rendered into cacheable pages, so honeypot and
stamp, see portal/forms.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import (
    NAME_MAX_LENGTH,
    CanonicalEmailField,
    PublicForm,
    no_control_characters,
    no_nul,
)


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

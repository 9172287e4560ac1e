from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.forms import CanonicalEmailField, PublicForm

from .services import EMAIL_MAX_LENGTH, supported_language

STAMP_SCOPE = "newsletter"


class FallbackChoiceField(forms.ChoiceField):
    """A choice that never fails: a missing or unknown value becomes `fallback`.

    The hidden fields are filled in by our own templates; a value we do not know is a stale page
    or a tampered form, not something the reader could correct.
    """

    def __init__(self, *, fallback="", **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.fallback = fallback

    def clean(self, value):
        value = self.to_python(value)
        return value if value and self.valid_value(value) else self.fallback


class SourceField(forms.CharField):
    """Where the form was (footer, home, page): a short slug, anything else becomes `fallback`."""

    def __init__(self, *, fallback="website", **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.fallback = fallback

    def clean(self, value):
        value = self.to_python(value)
        valid = value and len(value) <= 50 and value.replace("-", "").isalnum() and value.isascii()
        return value if valid else self.fallback


class SubscribeForm(PublicForm):
    """The newsletter form: the honeypot and the signed stamp of every public form (PublicForm),
    the address in its canonical spelling."""

    email = CanonicalEmailField(
        label=_("Email address"),
        max_length=EMAIL_MAX_LENGTH,
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, like name@example.org."),
            "max_length": _("This email address is too long."),
        },
    )
    language = FallbackChoiceField(choices=settings.LANGUAGES)
    consent = forms.BooleanField(
        label=_("I agree to receive the newsletter and accept the privacy notice."),
        error_messages={
            "required": _("Please tick the box to agree to receive the newsletter."),
        },
    )
    source = SourceField()

    def __init__(self, *args, id_prefix="page-newsletter-form", **kwargs):
        super().__init__(*args, scope=STAMP_SCOPE, id_prefix=id_prefix, **kwargs)
        self.fields["language"].fallback = supported_language(get_language())

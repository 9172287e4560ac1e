"""The staff view of a supporter's data export (a subject access request), in Settings.

It needs `campaigns.export_supporter` (Settings → Groups; superusers have it) and gives the same
JSON as `manage.py export_supporter`, as a download. Each export is written to Wagtail's audit
log (Reports → Site history): who exported, when, and whose data, the address masked and keyed
(an HMAC with SECRET_KEY, so that one address can be looked for without the log holding it).
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.log_actions import log

from portal.emails import mask_email

from . import supporters

PERMISSION = "campaigns.export_supporter"
LOG_ACTION = "campaigns.export_supporter"


class SupporterExportForm(forms.Form):
    email = forms.CharField(
        label=_("Email address"),
        max_length=320,
        help_text=_("Any spelling of the address: rows stored under every spelling are found."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def clean_email(self):
        try:
            return supporters.validated(self.cleaned_data["email"])
        except ValueError:
            raise forms.ValidationError(
                _("Please enter a valid email address, like name@example.org.")
            ) from None


def can_export(user):
    return user.has_perm(PERMISSION)


def address_digest(email):
    return salted_hmac("campaigns.export_supporter", email, algorithm="sha256").hexdigest()


@never_cache
def export_view(request):
    if not can_export(request.user):
        raise PermissionDenied
    form = SupporterExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        document = supporters.export(email)
        counts = {key: len(document[key]) for key in supporters.SECTIONS}
        # The user row itself: django-otp wraps request.user in a second lazy object, which
        # Wagtail's log registry does not unwrap (it would log nothing).
        staff = get_user_model().objects.get(pk=request.user.pk)
        log(
            staff,
            LOG_ACTION,
            user=staff,
            data={"supporter": mask_email(email), "digest": address_digest(email), "found": counts},
        )
        response = HttpResponse(
            supporters.to_json(document), content_type="application/json; charset=utf-8"
        )
        filename = f"supporter-data-{timezone.now():%Y%m%d-%H%M%S}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        return response
    return TemplateResponse(
        request,
        "campaigns/admin/supporter_export.html",
        {"page_title": gettext("Supporter data export"), "header_icon": "download", "form": form},
        status=400 if form.is_bound else 200,
    )

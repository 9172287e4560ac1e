"""A second factor for staff: one-time codes from an authenticator app (TOTP, on django-otp).

A digital-rights organisation's editors are targets, and a password alone is phished or reused.
Staff who have set up an authenticator app are always asked for a code after their password;
with ADMIN_2FA_REQUIRED on (production), staff who have none are sent to set one up before
anything else in the admin opens. Codes are checked by django-otp, which also slows down guessing
(each failure doubles the wait before the next try).

django-otp's OTPMiddleware marks `request.user.is_verified()`; the gate below decides which admin
URLs need it. wagtail-2fa did this for older Wagtail releases but does not start on Wagtail 8.
"""

import base64
from io import BytesIO
from urllib.parse import urlencode

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

# Admin URLs that stay open to a signed-in user who has not given a code yet.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "portal_2fa_verify",
    "portal_2fa_setup",
}


def has_admin_access(user):
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


class SecondFactorMiddleware:
    """Sends staff to the code page (or the set-up page) before any other admin page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # In process_view the URL is resolved, so open pages are known by name, not by path.
        user = getattr(request, "user", None)
        match = request.resolver_match
        if (
            user is None
            or not request.path_info.startswith("/admin/")
            or (match and match.url_name in OPEN_URL_NAMES)
            or not has_admin_access(user)
            or user.is_verified()
        ):
            return None
        target = self.target(request)
        if target is None:
            return None
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")

    @staticmethod
    def target(request):
        if confirmed_device(request.user):
            return "portal_2fa_verify"
        if settings.ADMIN_2FA_REQUIRED:
            return "portal_2fa_setup"
        return None


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                gettext("Too many wrong codes. Wait a minute, then try again."), code="throttled"
            )
        if not code.isdigit() or not self.device.verify_token(code):
            raise forms.ValidationError(
                gettext("This code is not right. Codes change every 30 seconds: try the new one."),
                code="invalid",
            )
        return code


def safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


def verify(request):
    """After the password: the code from the staff member's app."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = confirmed_device(request.user)
    if device is None:
        return redirect(safe_next(request))
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, device)
        return redirect(safe_next(request))
    return TemplateResponse(
        request, "portal/admin/two_factor_verify.html", {"form": form, "next": safe_next(request)}
    )


def qr_code_svg(url):
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    return buffer.getvalue().decode()


def setup(request):
    """Add an authenticator app: scan the code (or type the key), then confirm with one code."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = confirmed_device(request.user)
    if device is not None and request.user.is_verified():
        return TemplateResponse(request, "portal/admin/two_factor_setup.html", {"done": True})
    if device is not None:
        return redirect(f"{reverse('portal_2fa_verify')}?{urlencode({'next': safe_next(request)})}")
    # One pending device per person: reloading the page keeps the key already scanned.
    pending, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": gettext("Authenticator app")}
    )
    form = CodeForm(request.POST or None, device=pending)
    if request.method == "POST" and form.is_valid():
        pending.confirmed = True
        pending.save(update_fields=["confirmed"])
        django_otp.login(request, pending)
        messages.success(request, gettext("Two-step sign-in is on for your account."))
        return redirect(safe_next(request))
    key = base64.b32encode(pending.bin_key).decode()
    return TemplateResponse(
        request,
        "portal/admin/two_factor_setup.html",
        {
            "form": form,
            "qr_code": qr_code_svg(pending.config_url),
            "key": " ".join(key[i : i + 4] for i in range(0, len(key), 4)),
            "next": safe_next(request),
            "required": settings.ADMIN_2FA_REQUIRED,
        },
    )


urlpatterns = [
    path("2fa/verify/", verify, name="portal_2fa_verify"),
    path("2fa/setup/", setup, name="portal_2fa_setup"),
]

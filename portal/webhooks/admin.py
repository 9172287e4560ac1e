"""The admin of webhooks, under Settings: endpoints (editable by whoever holds the webhook endpoint
permissions, superusers) and the read-only delivery log."""

from django import forms
from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from ..permissions import ReadOnlyPermissionPolicy
from .models import Event, WebhookDelivery, WebhookEndpoint, new_secret

SECRET_MIN_LENGTH = 16


class EndpointForm(forms.ModelForm):
    # The model's validator (http and https only) still runs when the form cleans the instance.
    url = forms.URLField(
        label=_("URL"),
        max_length=500,
        assume_scheme="https",
        help_text=WebhookEndpoint._meta.get_field("url").help_text,
    )
    events = forms.MultipleChoiceField(
        label=_("Events"),
        choices=Event.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Which events this endpoint receives."),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["name", "url", "secret", "events", "active"]

    def clean_secret(self):
        secret = self.cleaned_data.get("secret") or ""
        if not secret and self.instance.pk:
            return self.instance.secret  # left empty on edit: the secret does not change
        if len(secret) < SECRET_MIN_LENGTH:
            raise forms.ValidationError(
                ngettext(
                    "Use at least %(count)d character.",
                    "Use at least %(count)d characters.",
                    SECRET_MIN_LENGTH,
                )
                % {"count": SECRET_MIN_LENGTH}
            )
        return secret


class EndpointCreateForm(EndpointForm):
    """The only time the secret is shown: a new random one, to copy into the CRM before saving
    (or replace with the CRM's own)."""

    secret = forms.CharField(
        label=_("Secret"),
        max_length=200,
        help_text=_("Copy it into the CRM now: it is not shown again."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["secret"].initial = new_secret()


class EndpointEditForm(EndpointForm):
    secret = forms.CharField(
        label=_("New secret"),
        max_length=200,
        required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Leave empty to keep the current secret; it is never shown again."),
    )


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    add_to_reference_index = False  # nothing here is referenced by content
    icon = "link-external"
    menu_label = _("Webhook endpoints")
    add_to_settings_menu = True
    menu_order = 900
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    list_display = [
        "name",
        "url",
        Column("event_labels", label=_("events")),
        Column("masked_secret", label=_("secret")),
        "active",
    ]
    list_filter = ["active"]

    def get_form_class(self, for_update=False):
        return EndpointEditForm if for_update else EndpointCreateForm


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery))


class DeliveryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("endpoint")


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    add_to_reference_index = False  # nothing here is referenced by content
    index_view_class = DeliveryIndexView
    icon = "list-ul"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    menu_order = 901
    form_fields = []  # the add and edit views exist but the policy lets nobody in
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None
    list_display = [
        "delivery_id",
        "endpoint",
        "event",
        "state",
        "attempts",
        "last_status",
        "last_error",
        DateColumn("occurred_at", label=_("occurred at")),
        DateColumn("next_attempt_at", label=_("next attempt")),
        DateColumn("delivered_at", label=_("delivered at")),
    ]
    list_filter = ["endpoint", "event", "state"]
    # Not the address nor the body: the log says what happened, not about whom.
    inspect_view_fields = [
        "delivery_id",
        "endpoint",
        "event",
        "state",
        "attempts",
        "last_status",
        "last_error",
        "occurred_at",
        "next_attempt_at",
        "delivered_at",
    ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="portal", codename="view_webhookdelivery"
        )

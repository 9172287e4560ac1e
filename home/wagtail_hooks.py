from django.conf import settings
from django.contrib.auth.models import Permission
from django.http import HttpResponseForbidden
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale, TranslatableMixin
from wagtail.permissions import register_permission_policy

from portal.permissions import ReadOnlyPermissionPolicy

from .newsletter import admin_views
from .newsletter.models import Subscriber
from .setup import translators_group_name


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    # Wagtail wraps these in its admin login check; the view checks the export permission.
    return [
        path(
            "newsletter/subscribers.csv",
            admin_views.export_subscribers_csv,
            name="newsletter_subscribers_csv",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_newsletter_export_menu_item():
    return PermissionMenuItem(
        _("Newsletter subscribers (CSV)"),
        reverse("newsletter_subscribers_csv"),
        name="newsletter-subscribers-csv",
        icon_name="download",
        order=900,
        permission=admin_views.EXPORT_PERMISSION,
    )


# --- A read-only list of subscribers ------------------------------------------------------------


# Subscriptions change only through their owners' own links (consent is theirs to give or
# withdraw): read only in the admin, superusers included.
register_permission_policy(Subscriber, ReadOnlyPermissionPolicy(Subscriber))


class SubscriberIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm(admin_views.EXPORT_PERMISSION):
            buttons.append(
                HeaderButton(
                    _("Download CSV"),
                    url=reverse("newsletter_subscribers_csv"),
                    icon_name="download",
                )
            )
        return buttons


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    menu_order = 890
    add_to_admin_menu = True
    inspect_view_enabled = True
    form_fields = []  # the add and edit views exist but the policy lets nobody in
    copy_view_enabled = False
    list_display = [
        "email",
        "language",
        "status",
        "source",
        DateColumn("created_at", label=_("created at")),
        DateColumn("confirmed_at", label=_("confirmed at")),
    ]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    search_backend_name = None  # not in the search index: a plain database lookup
    inspect_view_fields = [
        "email",
        "language",
        "status",
        "source",
        "consent_at",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
    ]

    def get_permissions_to_register(self):
        # Only what means something here: looking at the list, and exporting it.
        return Permission.objects.filter(
            content_type__app_label="home",
            codename__in=["view_subscriber", "export_subscriber"],
        )


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("newsletter_subscribers", url_prefix="newsletter/subscribers")


# Snippets in a translator's own locale only. Translator groups are confined to their locale's
# page tree by page permissions; snippet permissions are per model, whatever the locale, so the
# snippet views of every translatable model (TranslatableMixin) are confined here, at once.


def snippet_locales(user):
    """The language codes of the translatable snippets `user` may create, edit or delete, or None
    for all: a user whose only groups are translator groups works in those groups' locales;
    superusers, editors, moderators (any other group) keep every locale."""
    if user.is_superuser:
        return None
    codes = set()
    for name in user.groups.values_list("name", flat=True):
        code = next(
            (code for code, _name in settings.LANGUAGES if translators_group_name(code) == name),
            None,
        )
        if code is None:
            return None
        codes.add(code)
    return codes or None


def refuse_other_locale(request, language_code):
    allowed = snippet_locales(request.user)
    if allowed is not None and language_code not in allowed:
        return HttpResponseForbidden(
            gettext("Sorry, you do not have permission to access this area.")
        )
    return None


@hooks.register("before_create_snippet")
def confine_snippet_creation_to_own_locale(request, model):
    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale") or Locale.get_default().language_code
    return refuse_other_locale(request, code)


@hooks.register("before_edit_snippet")
@hooks.register("before_delete_snippet")
def confine_snippet_changes_to_own_locale(request, instance):
    instances = instance if isinstance(instance, list | tuple) else [instance]
    for obj in instances:
        if isinstance(obj, TranslatableMixin):
            response = refuse_other_locale(request, obj.locale.language_code)
            if response is not None:
                return response
    return None

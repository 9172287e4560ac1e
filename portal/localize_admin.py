"""wagtail-localize's admin views, limited to the locales a user may write in.

wagtail-localize checks only the global `submit_translation` permission in two views, whatever the
target language: with it, a French translator could turn the Arabic alias of a page into a live
Arabic page ("Translate this page"), and an editor without publish rights could publish every
translation at once ("Sync translated pages" with "Publish immediately"). These subclasses keep
the views and their URL names and add the page-permission check per target locale. They are
registered at the same admin paths, ahead of wagtail-localize's (portal's hooks run first).

The buttons that lead there are offered only to whom they can serve: "Translate this page" when
there is a language the user may still translate the page into (an editor, who writes in the
source tree only, used to get an empty list and "This field is required"), "Sync translated
pages" to whom may edit the source page (a translator translates; the tree's shape and what is
sent for translation follow the source).
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def writable_locales(user, page):
    """Locales into which `user` may put a translation of `page`: where its version (usually an
    alias) is editable by them, or, where it has none yet, where they may add under its parent."""
    locales = Locale.objects.exclude(pk=page.locale_id)
    if user.is_superuser:
        return locales
    versions = {
        version.locale_id: version
        for version in Page.objects.filter(translation_key=page.translation_key)
    }
    parent = page.get_parent()
    parents = {
        version.locale_id: version
        for version in Page.objects.filter(translation_key=parent.translation_key)
    }
    allowed = []
    for locale in locales:
        if locale.pk in versions:
            if versions[locale.pk].permissions_for_user(user).can_edit():
                allowed.append(locale.pk)
        elif (
            locale.pk in parents and parents[locale.pk].permissions_for_user(user).can_add_subpage()
        ):
            allowed.append(locale.pk)
    return locales.filter(pk__in=allowed)


def untranslated_writable_locales(user, page):
    """The locales "Translate this page" would offer `user` for `page` (its source when an
    alias): writable ones where the page is not translated yet (an alias or nothing)."""
    source = page.alias_of if page.alias_of_id else page
    translated = Page.objects.filter(
        translation_key=source.translation_key, alias_of__isnull=True
    ).values("locale_id")
    return writable_locales(user, source).exclude(pk__in=translated)


def can_sync(user, source_object):
    """Who may edit the source page sends its changes to the translations: its author in the
    source language (the editors' job), or someone who may edit every translation. A translator
    whose own page was translated onward would otherwise rewrite other languages' pages."""
    if user.is_superuser or not isinstance(source_object, Page):
        return True
    if not source_object.permissions_for_user(user).can_edit():
        return False
    if source_object.locale.language_code == settings.LANGUAGE_CODE:
        return True
    targets = Page.objects.filter(translation_key=source_object.translation_key).exclude(
        pk=source_object.pk
    )
    return all(target.permissions_for_user(user).can_edit() for target in targets)


def scoped_buttons(buttons, page, user):
    """wagtail-localize's page buttons, less those that would not serve this user."""
    translate_url = reverse(
        "wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.pk]
    )
    sync_prefix = reverse("wagtail_localize:update_translations", args=[0]).removesuffix("0/")
    for button in buttons:
        url = getattr(button, "url", "") or ""
        if url == translate_url and not untranslated_writable_locales(user, page).exists():
            continue
        if url.startswith(sync_prefix) and not can_sync(user, page):
            continue
        yield button


class LocaleScopedSubmitPageTranslationView(SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        page = Page.objects.filter(pk=kwargs.get("page_id")).first()
        if page is not None and not writable_locales(request.user, page).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(
            pk__in=writable_locales(self.request.user, self.object).values("pk")
        )
        return form


class LocaleScopedUpdateTranslationsView(UpdateTranslationsView):
    def dispatch(self, request, *args, **kwargs):
        source = TranslationSource.objects.filter(pk=kwargs.get("translation_source_id")).first()
        if source is not None and not can_sync(request.user, source.get_source_instance()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"] and not self.can_publish_all():
            messages.error(
                self.request,
                _(
                    "You may not publish in every language this page is translated into. "
                    "Update the translations without publishing, or ask a moderator."
                ),
            )
            return redirect(self.request.get_full_path())
        return super().form_valid(form)

    def can_publish_all(self):
        user = self.request.user
        if user.is_superuser:
            return True
        instance = self.object.get_source_instance()
        if not isinstance(instance, Page):
            return True
        targets = Page.objects.filter(
            translation_key=instance.translation_key,
            locale_id__in=self.object.translations.filter(enabled=True).values("target_locale"),
        )
        return all(target.permissions_for_user(user).can_publish() for target in targets)

"""wagtail-localize's admin views, limited to the locales a user may write in.

wagtail-localize checks only the global `submit_translation` permission in two views, whatever the
target language: with it, a French translator could turn the Arabic alias of a page into a live
Arabic page ("Translate this page"), and an editor without publish rights could publish every
translation at once ("Sync translated pages" with "Publish immediately"). These subclasses keep
the views and their URL names and add the page-permission check per target locale. They are
registered at the same admin paths, ahead of wagtail-localize's (portal's hooks run first).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
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


class LocaleScopedSubmitPageTranslationView(SubmitPageTranslationView):
    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(
            pk__in=writable_locales(self.request.user, self.object).values("pk")
        )
        return form


class LocaleScopedUpdateTranslationsView(UpdateTranslationsView):
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

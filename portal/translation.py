"""django-modeltranslation registrations: per-language columns for non-page reference data."""

from modeltranslation.translator import TranslationOptions, register

from .models import SiteSettings, Topic


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = (
        "organisation_name",
        "footer_text",
        "privacy_notice",
        "newsletter_cta",
        "donate_label",
        "donate_url",
    )


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)

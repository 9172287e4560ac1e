"""django-modeltranslation registrations: per-language columns for event categories.

Event pages themselves are translated with wagtail-localize; never register a model with both.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import EventCategory


@register(EventCategory)
class EventCategoryTranslationOptions(TranslationOptions):
    fields = ("name",)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home.slots import register_slot


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .listing import upcoming_for_home

        register_slot(
            "events",
            heading=_("Upcoming events"),
            items=upcoming_for_home,
            order=20,
            template="events/components/event_card.html",
        )

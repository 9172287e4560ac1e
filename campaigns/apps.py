from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home.slots import register_slot


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (checks registers the system check)
        from .documents import signals
        from .homepage import active_petitions, latest_briefs

        signals.connect()

        register_slot(
            "petitions",
            heading=_("Sign a petition"),
            items=active_petitions,
            order=10,
            template="campaigns/components/petition_card.html",
        )
        register_slot(
            "briefs",
            heading=_("Latest briefs"),
            items=latest_briefs,
            order=30,
            template="campaigns/components/brief_card.html",
        )

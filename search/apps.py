from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.register()
        post_migrate.connect(ensure_schema_after_migrate, sender=self)


def ensure_schema_after_migrate(using="default", **kwargs):
    from django.db import connections

    from .schema import ensure_full_text_schema

    ensure_full_text_schema(connections[using])

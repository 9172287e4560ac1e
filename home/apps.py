from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and newsletter")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # A deploy runs only `migrate` (docker/compose.yaml): the default Site would keep the
        # "localhost:80" of Wagtail's first migration, or the origin of an earlier BASE_URL, and
        # the API's html_url and every full_url with it.
        post_migrate.connect(site_from_base_url_after_migrate, sender=self)


def site_from_base_url_after_migrate(**kwargs):
    from .setup import ensure_site_matches_base_url

    ensure_site_matches_base_url()

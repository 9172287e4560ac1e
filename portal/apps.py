from django.apps import AppConfig, apps
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Model modules: importable only once every app's models are loaded.
        from wagtail.signals import page_published
        from wagtail_localize.models import SegmentOverride

        from . import checks  # noqa: F401  (registers the deployment check)
        from .cache import connect_signals
        from .chrome import connect_signals as connect_frame_signals
        from .links import attach_link_validators, guard_segment_override
        from .progress import on_page_published

        attach_link_validators(apps.get_models(include_auto_created=True))
        pre_save.connect(guard_segment_override, sender=SegmentOverride, dispatch_uid="links")
        connect_signals()
        connect_frame_signals()
        page_published.connect(on_page_published, dispatch_uid="portal.progress")

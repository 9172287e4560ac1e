"""Language pickers for what is written in a language other than the page's (a resource's file,
a press article): the portal's own languages first, then every other language Django knows.

Sorted by name alone, Django's ~100 languages put "Afrikaans" and "Algerian Arabic" on top and
English somewhere in the middle; editors nearly always want one of the site's languages.
"""

from django.conf import global_settings, settings
from django.utils.translation import gettext_lazy as _


def _by_name(pairs):
    return sorted(pairs, key=lambda item: str(item[1]))


def language_choices():
    """Grouped choices (Django's optgroups): this site's languages, then the others."""
    names = dict(global_settings.LANGUAGES)
    own = [code for code, _name in settings.LANGUAGES]
    return [
        (_("Languages of this site"), _by_name((code, names.get(code, code)) for code in own)),
        (
            _("Other languages"),
            _by_name((code, name) for code, name in global_settings.LANGUAGES if code not in own),
        ),
    ]

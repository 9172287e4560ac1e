"""The demo content, as data: English texts in content/<tree>.toml, translations in
locale/<language>/<tree>.po (imported through wagtail-localize as real translations, editable in
its editor), the advocacy tools' documents as committed files in documents/.

`load(stdout)` loads every tree in ORDER. One policy for all of them: create what is missing,
never overwrite what an editor changed, and a second run writes nothing (no new rows, revisions
or saves). Models of other apps come from `django.apps.apps.get_model`: home imports only portal.
"""

from . import briefs, campaigns, events, shell

# home creates the locales, the home pages, the groups and the topics the others rely on; the
# campaign page shows key dates from an events calendar and lists the library's tools (the
# library tree is loaded with the campaign it belongs to); the briefs link to the campaign.
ORDER = (
    ("home", shell.load),
    ("events", events.load),
    ("campaigns and library", campaigns.load),
    ("briefs", briefs.load),
)


def load(stdout):
    for name, load_tree in ORDER:
        stdout.write(f"Loading demo content: {name}")
        load_tree(stdout)

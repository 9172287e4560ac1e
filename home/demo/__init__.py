"""The demo content, as data: English texts in content/<tree>.toml, translations in
locale/<language>/<tree>.po (imported through wagtail-localize as real translations, editable in
its editor), the advocacy tools' documents as committed files in documents/.

`loader.load(stdout)` loads every tree in `loader.ORDER`. One policy for all of them: create
what is missing, never overwrite what an editor changed, and a second run writes nothing (no new
rows, revisions or saves). Models of other apps come from `django.apps.apps.get_model`: home
imports only portal.
"""

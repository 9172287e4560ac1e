"""The shipped groups get the model permissions their jobs need.

Editors manage promoted search results (which also opens the search log, "Popular searches");
Moderators see who signed the petitions they publish (not the CSV export: grant
`campaigns.export_signature` to a group of its own for that).

The permissions are created here when this runs before post_migrate has (a fresh database,
`migrate` in one go); running it again adds nothing. `home.setup.ensure_groups` gives the same
permissions on every `load_demo`, so a group an admin emptied is set again by that only.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_PERMISSIONS = {
    "Editors": [
        ("wagtailsearchpromotions", "add_searchpromotion"),
        ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
    ],
    "Moderators": [("campaigns", "view_signature")],
}


def ensure_permissions(apps):
    for label in {app for perms in GROUP_PERMISSIONS.values() for app, _codename in perms}:
        # The installed app's config (historical ones have no models module, which
        # create_permissions takes for "no models"); it reads the models from `apps`.
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)


def grant(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *[
                Permission.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in perms
            ]
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUP_PERMISSIONS.items():
        for group in Group.objects.filter(name=name):
            for app, codename in perms:
                group.permissions.remove(
                    *Permission.objects.filter(content_type__app_label=app, codename=codename)
                )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("campaigns", "0006_signature_source"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

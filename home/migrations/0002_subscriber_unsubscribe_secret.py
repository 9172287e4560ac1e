"""Every subscriber gets a random unsubscribe secret of its own, and stored addresses their
canonical spelling (portal.emails.canonical_email) where that spelling is not already taken."""

import secrets

from django.db import migrations, models

import home.newsletter.models


def fill_secrets_and_canonicalise(apps, schema_editor):
    from portal.emails import canonical_email

    Subscriber = apps.get_model("home", "Subscriber")
    taken = set(Subscriber.objects.values_list("email", flat=True))
    for subscriber in Subscriber.objects.only("pk", "email").iterator(chunk_size=2000):
        subscriber.unsubscribe_secret = secrets.token_urlsafe(32)
        fields = ["unsubscribe_secret"]
        canonical = canonical_email(subscriber.email)
        if canonical != subscriber.email and canonical not in taken:
            # A colliding row keeps its spelling: erase_supporter still finds it, by comparing
            # canonical forms.
            taken.discard(subscriber.email)
            taken.add(canonical)
            subscriber.email = canonical
            fields.append("email")
        subscriber.save(update_fields=fields)


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="subscriber",
            name="unsubscribe_secret",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(fill_secrets_and_canonicalise, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="subscriber",
            name="unsubscribe_secret",
            field=models.CharField(
                default=home.newsletter.models.new_token, editable=False, max_length=64
            ),
        ),
    ]

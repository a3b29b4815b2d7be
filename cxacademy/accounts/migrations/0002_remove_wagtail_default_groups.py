"""Wagtail creates "Moderators" and "Editors" groups with page-editing rights.

The academy's roles are Learner, Trainer and HR (see accounts/roles.py); leaving
Wagtail's groups around would let anyone who manages accounts hand out content
editing through a back door, so they are removed once, on install.
"""

from django.db import migrations


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]

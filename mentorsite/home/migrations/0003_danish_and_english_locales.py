"""Both languages of the platform exist as Wagtail locales, so pages can be translated from the first day."""

from django.db import migrations


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code in ("da", "en"):
        Locale.objects.get_or_create(language_code=language_code)


def keep_locales(apps, schema_editor):
    """Going back keeps the locales: pages may already stand in them."""


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_replace_welcome_page"),
    ]

    operations = [migrations.RunPython(add_locales, keep_locales)]

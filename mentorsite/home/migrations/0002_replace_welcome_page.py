"""Put our HomePage where Wagtail's "Welcome to your new Wagtail site!" page stands, and point the site at it."""

from django.db import migrations


def replace_welcome_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")

    generic_page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    welcome = Page.objects.filter(content_type=generic_page_type, depth=2, slug="home").first()
    if welcome is None:
        return  # Someone has already built their own tree; leave it alone.
    path = welcome.path
    welcome.delete()  # Its Site goes with it (cascade).

    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    home = HomePage.objects.create(
        title="Mentor training",
        draft_title="Mentor training",
        slug="home",
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.order_by("pk").first(),
        live=True,
    )
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Mentor training")


def restore_nothing(apps, schema_editor):
    """Going back leaves the home page in place: deleting content is never done by a migration."""


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(replace_welcome_page, restore_nothing)]

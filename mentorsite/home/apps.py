from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "mentorsite.home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_migrate

        from mentorsite.demo import register_demo_step

        from .demo import translate_demo_pages, write_demo_site_in_english
        from .site_address import sync_default_site_address

        post_migrate.connect(sync_default_site_address, sender=self, dispatch_uid="home.sync_default_site_address")

        register_demo_step(1, write_demo_site_in_english)
        # After every app has built its English demo pages.
        register_demo_step(80, translate_demo_pages, translation=True)

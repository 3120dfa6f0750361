from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "mentorsite.home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        from mentorsite.demo import register_demo_step

        from .demo import translate_demo_pages, write_demo_site_in_english

        register_demo_step(1, write_demo_site_in_english)
        # After every app has built its English demo pages.
        register_demo_step(80, translate_demo_pages)

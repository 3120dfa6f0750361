"""The default Wagtail Site takes the public address after migrate, unless someone has set its address."""

import pytest
from wagtail.models import Site

from mentorsite.home.site_address import sync_default_site_address

pytestmark = pytest.mark.django_db


def test_a_placeholder_site_takes_the_public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://mentors.example.org"
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)

    sync_default_site_address()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("mentors.example.org", 443, "https://mentors.example.org")


def test_a_port_in_the_public_address_is_kept(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)

    sync_default_site_address()

    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


def test_an_address_set_by_hand_is_left_alone(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://mentors.example.org"
    Site.objects.filter(is_default_site=True).update(hostname="training.kriminalforsorgen.example", port=443)

    sync_default_site_address()

    assert Site.objects.get(is_default_site=True).hostname == "training.kriminalforsorgen.example"

"""Keep the default Wagtail Site's address in step with the platform's public address.

Wagtail builds absolute page links (``page.full_url``) from the Site record, not from
``WAGTAILADMIN_BASE_URL``; its own moderation e-mails ("submitted for review", "approved") use them. A site
created by a migration says ``localhost:80``, so those mails would link to ``http://localhost/...`` on every
installation. While the default site still carries a local placeholder address, we write the public
address into it after each migrate. An address someone has set by hand in Settings → Sites is theirs and is
left alone. Routing does not change: with one site, Wagtail serves it whatever the request's host.
"""

from urllib.parse import urlsplit

from django.conf import settings

#: Hostnames a Site only has when nobody has told it the real one.
PLACEHOLDER_HOSTNAMES = {"localhost", "127.0.0.1"}


def public_host_and_port():
    """The hostname and port of ``WAGTAILADMIN_BASE_URL`` (443 or 80 when the URL names none)."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def sync_default_site_address(**kwargs):
    """post_migrate: give a placeholder default site the public hostname and port."""
    from wagtail.models import Site

    hostname, port = public_host_and_port()
    if not hostname:
        return
    updated = Site.objects.filter(is_default_site=True, hostname__in=PLACEHOLDER_HOSTNAMES).exclude(
        hostname=hostname, port=port
    )
    if updated.update(hostname=hostname, port=port):
        # Wagtail caches site root paths for routing and URL building.
        Site.clear_site_root_paths_cache()

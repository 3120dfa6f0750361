"""Each person's language: the one the platform speaks to them in, on pages, in e-mails, PDFs and calendars.

The choice lives in Wagtail's user profile (``preferred_language``), so the Wagtail admin follows the same
choice; an empty choice means the programme's default language (settings.LANGUAGE_CODE).
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils import translation
from wagtail.users.models import UserProfile


def supported(code):
    """`code` if the platform speaks it, else None."""
    return code if code in dict(settings.LANGUAGES) else None


def language_of(user):
    """The language code to use for `user`; the programme's default for anonymous people and empty choices.

    Load many people with ``select_related("wagtail_userprofile")`` before asking for each of them.
    """
    if user is None or not getattr(user, "is_authenticated", False):
        return settings.LANGUAGE_CODE
    try:
        chosen = user.wagtail_userprofile.preferred_language
    except ObjectDoesNotExist:
        chosen = ""
    return supported(chosen) or settings.LANGUAGE_CODE


def set_language_of(user, code):
    """Record `code` as `user`'s language, for the front end and the admin alike."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save(update_fields=["preferred_language"])
    user.wagtail_userprofile = profile


def in_language_of(user):
    """A context manager that renders what it wraps (an e-mail, a PDF) in `user`'s language."""
    return translation.override(language_of(user))


def addresses_by_language(role):
    """The e-mail addresses of the active holders of `role`, grouped by their language: [(language, [address])],
    so that one e-mail per language reaches everyone who reads it (notices to all programme managers)."""
    from django.contrib.auth import get_user_model

    people = (
        get_user_model()
        .objects.filter(groups__name=role, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )
    grouped = {}
    for person in people:
        grouped.setdefault(language_of(person), set()).add(person.email)
    return [(language, sorted(addresses)) for language, addresses in sorted(grouped.items())]

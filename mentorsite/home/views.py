"""Admin views of the site layer: which translations are out of date."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from mentorsite.translations import out_of_date_translations
from mentorsite.users.roles import is_staff_member


def translations_out_of_date(request):
    """Reports > Translations out of date: each translation whose source page changed since its last sync,
    with the way to sync it and to translate what is new."""
    if not is_staff_member(request.user):
        raise PermissionDenied
    return render(request, "home/translations_out_of_date.html", {"rows": out_of_date_translations()})

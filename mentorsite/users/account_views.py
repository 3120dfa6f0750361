"""The person's own account page: their language, their second factor, their data and their password."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from .languages import language_of, set_language_of
from .two_factor import has_confirmed_device, role_requires_second_factor


def _languages_in_their_own_words():
    """("da", "Dansk"), ("en", "English"): each language named as its readers name it, so anyone finds theirs."""
    return [(code, capfirst(get_language_info(code)["name_local"])) for code, _name in settings.LANGUAGES]


class LanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"),
        choices=_languages_in_their_own_words,
        widget=forms.RadioSelect,
        help_text=_("Pages, the admin, e-mails, PDFs and calendar entries use this language."),
    )


def _render(request, language_form, status=200):
    recovery = StaticDevice.objects.filter(user=request.user).first()
    return render(
        request,
        "registration/account.html",
        {
            "language_form": language_form,
            "two_factor_enabled": has_confirmed_device(request.user),
            "two_factor_required": role_requires_second_factor(request.user),
            "codes_left": recovery.token_set.count() if recovery else 0,
        },
        status=status,
    )


@login_required
def account(request):
    return _render(request, LanguageForm(initial={"language": language_of(request.user)}))


@require_POST
@login_required
def change_language(request):
    form = LanguageForm(request.POST)
    if not form.is_valid():
        return _render(request, form, status=400)
    language = form.cleaned_data["language"]
    set_language_of(request.user, language)
    translation.activate(language)
    messages.success(request, _("From now on the platform speaks to you in this language."))
    response = redirect("account")
    # The login page then greets this browser in the same language after logging out.
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response

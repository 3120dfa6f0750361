"""Two-factor authentication: who needs it, and the pages to set it up and to give the code.

Coaches, facilitators, programme managers and superusers must give a code from an authenticator app (TOTP)
or a one-time recovery code before any protected page, the Wagtail admin included. Mentors may turn it on
from their account page; once on, it is asked of them too. SecondFactorRequiredMiddleware enforces this.
"""

import base64
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from mentorsite.qr import qr_svg

from .roles import has_role

RECOVERY_CODE_COUNT = 10


def has_confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def role_requires_second_factor(user):
    return user.is_superuser or has_role(user, *settings.SECOND_FACTOR_REQUIRED_ROLES)


def second_factor_required(user):
    """Asked of everyone whose role needs it, and of mentors who turned it on themselves."""
    if not user.is_authenticated:
        return False
    return role_requires_second_factor(user) or has_confirmed_device(user)


def _next_url(request, default="courses:dashboard"):
    # A URL: redirect to it with HttpResponseRedirect, not redirect(), which first tries it as a view name.
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return resolve_url(default)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _new_recovery_codes(user):
    """Replaces the person's recovery codes with ten fresh ones and returns them, to be shown once."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@login_required
def setup(request):
    """Connect an authenticator app: scan the QR code, type one code, receive the recovery codes."""
    if has_confirmed_device(request.user) and not request.user.is_verified():
        return redirect(f"{resolve_url('two_factor_verify')}?{urlencode({'next': _next_url(request)})}")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="Authenticator app", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            TOTPDevice.objects.filter(user=request.user, confirmed=True).exclude(pk=device.pk).delete()
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = _new_recovery_codes(request.user)
            messages.success(request, _("Two-factor authentication is on."))
            return render(request, "registration/two_factor_codes.html", {"codes": codes, "next": _next_url(request)})
        form.add_error("code", _("That code is not right. Check the time on your phone and try the newest code."))
    return render(
        request,
        "registration/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": qr_svg(device.config_url, scale=4),
            "secret": _base32(device),
            "next": _next_url(request),
            "required": role_requires_second_factor(request.user),
        },
        status=400 if form.errors else 200,
    )


def _base32(device):
    """The key as authenticator apps accept it typed in, for phones that cannot scan."""
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


@login_required
def verify(request):
    """The second step of logging in: a code from the authenticator app or one recovery code."""
    if request.user.is_verified():
        return HttpResponseRedirect(_next_url(request))
    if not has_confirmed_device(request.user):
        return redirect(f"{resolve_url('two_factor_setup')}?{urlencode({'next': _next_url(request)})}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(request, _("You used a recovery code. %(left)s are left.") % {"left": left})
            return HttpResponseRedirect(_next_url(request))
        form.add_error("code", _("That code is not right."))
    return render(
        request,
        "registration/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.errors else 200,
    )


@login_required
def overview(request):
    """The person's own two-factor page: on or off, recovery codes left, and how to change it."""
    recovery = StaticDevice.objects.filter(user=request.user).first()
    return render(
        request,
        "registration/two_factor.html",
        {
            "enabled": has_confirmed_device(request.user),
            "required": role_requires_second_factor(request.user),
            "codes_left": recovery.token_set.count() if recovery else 0,
        },
    )


@require_POST
@login_required
def new_recovery_codes(request):
    if not request.user.is_verified():
        return redirect(f"{resolve_url('two_factor_verify')}?{urlencode({'next': resolve_url('two_factor')})}")
    codes = _new_recovery_codes(request.user)
    return render(request, "registration/two_factor_codes.html", {"codes": codes, "next": resolve_url("two_factor")})

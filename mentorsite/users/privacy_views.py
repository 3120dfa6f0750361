"""Pages for a person's data rights: download a copy (JSON), and erasure by the programme manager."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from mentorsite.audit.trail import record_export, record_view

from .account_protection import may_manage_account
from .decorators import role_required
from .privacy import JSONEncoder, NotLeft, erase, personal_data
from .roles import MANAGER


def _json_download(request, person):
    record_export(request, "export:personal_data.json", person.pk)
    content = json.dumps(personal_data(person), cls=JSONEncoder, indent=2, ensure_ascii=False)
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="personal-data-{person.pk}-{stamp}.json"'
    return response


@login_required
def my_data(request):
    """The signed-in person's own copy of everything stored about them."""
    return _json_download(request, request.user)


@role_required(MANAGER)
def person_data(request, user_id):
    """The manager downloads a person's data when the person asks for it (a subject access request)."""
    # The very file the person would download themself: what the site shows them about themself, plus what
    # they wrote. Never what the manager may see about them (concerns, coaches' private notes): releasing
    # that is for the data protection officer to decide, case by case.
    return _json_download(request, get_object_or_404(get_user_model(), pk=user_id))


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand: the name, contact details, login and reflections go for good; the figures stay."),
    )


@role_required(MANAGER)
def person_privacy(request, user_id):
    person = get_object_or_404(get_user_model(), pk=user_id)
    record_view(request, person)
    return render(request, "users/person_privacy.html", {"person": person, "form": EraseForm()})


@require_POST
@role_required(MANAGER)
def erase_person(request, user_id):
    person = get_object_or_404(get_user_model(), pk=user_id)
    form = EraseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tick the box to confirm the erasure. Nothing was changed."))
        return render(request, "users/person_privacy.html", {"person": person, "form": form}, status=400)
    if person.pk == request.user.pk:
        messages.error(request, _("You cannot erase your own account. Nothing was changed."))
        return render(request, "users/person_privacy.html", {"person": person, "form": form}, status=400)
    if not may_manage_account(request.user, person):
        # Erasing ends an account: only a superuser does it to a superuser's or a programme manager's.
        raise PermissionDenied
    try:
        erase(person)
    except NotLeft:
        messages.error(
            request,
            _('Only a person who has left the programme can be erased: set "left the programme on" first.'),
        )
        return render(request, "users/person_privacy.html", {"person": person, "form": form}, status=400)
    messages.success(request, _("The person's data has been erased; the programme's figures are kept."))
    return redirect("person_privacy", user_id=person.pk)

"""Certificates: the holder downloads a PDF; anyone can verify a code; the programme manager revokes."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses.access import user_may_study_page
from courses.certificates import TrackNotComplete, issue, training_hours, verification_url
from courses.forms import RevocationForm
from courses.models import Certificate, TrackPage
from courses.refreshers import status_of
from mentorsite.audit.trail import record_export, record_update
from mentorsite.pdf import render_pdf
from mentorsite.qr import qr_svg
from mentorsite.rate_limits import over_limit
from mentorsite.request_context import client_address
from mentorsite.translations import in_language, original_of
from mentorsite.users.decorators import role_required
from mentorsite.users.languages import in_language_of
from mentorsite.users.roles import MANAGER


def certificate_document(certificate, progress):
    """The certificate's PDF (bytes), in its holder's language, whoever downloads it."""
    url = verification_url(certificate)
    with in_language_of(certificate.user):
        track, programme = certificate.track, certificate.track.get_parent()
        [shown_track] = in_language([track])
        [shown_programme] = in_language([programme])
        translated = shown_programme.pk != programme.pk
        return render_pdf(
            "pdf/certificate.html",
            {
                "certificate": certificate,
                # The titles of the holder's language where the track is translated; the record keeps the
                # titles it was issued with.
                "track_title": shown_track.title if shown_track.pk != track.pk else certificate.track_title,
                "programme_title": shown_programme.title if translated else certificate.programme_title,
                "issuing_organisation": (
                    shown_programme.specific.issuing_organisation if translated else certificate.issuing_organisation
                ),
                "progress": progress,
                "hours": training_hours(progress),
                "verification_url": url,
                "qr": qr_svg(url),
            },
            name=f"certificate-{certificate.code}",
        )


@login_required
def certificate_pdf(request, track_id):
    track = get_object_or_404(TrackPage.objects.live(), pk=track_id)
    if not user_may_study_page(request.user, track):
        raise Http404
    track = original_of(track)  # one certificate for a track and its translations
    revoked = Certificate.objects.filter(user=request.user, track=track, revoked_at__isnull=False).first()
    if revoked is not None:
        # Gone: a revoked certificate is never handed out again, not even to its holder.
        return render(request, "courses/certificate_revoked.html", {"certificate": revoked, "track": track}, status=410)
    try:
        certificate, progress = issue(request.user, track)
    except TrackNotComplete:
        messages.error(request, _("The certificate is ready when every module is complete and every seminar attended."))
        return render(request, "courses/certificate_not_ready.html", {"track": track}, status=400)
    response = HttpResponse(certificate_document(certificate, progress), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.pdf"'
    record_export(request, "export:certificate.pdf", certificate.pk)
    return response


def _too_many_lookups(request):
    # While Redis is down every lookup counts as the first: the page keeps working, and guessing stays hopeless
    # anyway, as a code is 12 random characters (about 60 bits).
    key = f"certificate-verify:{client_address(request)}"
    return over_limit(key, settings.CERTIFICATE_VERIFY_RATE, 60)


@never_cache
def verify(request, code):
    """Public: valid, expired or revoked, name, track, dates of completion, issue, expiry and renewals. Nothing
    else, and "not found" for unknown codes."""
    if _too_many_lookups(request):
        return render(request, "courses/certificate_verify.html", {"throttled": True}, status=429)
    certificate = Certificate.objects.filter(code=code.upper()).first()
    context = {"certificate": certificate}
    if certificate is not None:
        context.update(status=status_of(certificate), renewals=list(certificate.renewals.all()))
    return render(request, "courses/certificate_verify.html", context, status=200 if certificate else 404)


@role_required(MANAGER)
def certificate_list(request):
    certificates = Certificate.objects.select_related("user", "revoked_by")[:500]
    return render(request, "courses/certificate_list.html", {"certificates": certificates})


@role_required(MANAGER)
@require_POST
def revoke(request, certificate_id):
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    form = RevocationForm(request.POST)
    if not form.is_valid():
        problems = " ".join(error for errors in form.errors.values() for error in errors)
        messages.error(
            request, _("Give the reason for revoking: %(problems)s Nothing was changed.") % {"problems": problems}
        )
        return redirect("courses:certificates")
    revocation = {
        "revoked_at": timezone.now(),
        "revoked_by": request.user,
        "revocation_reason": form.cleaned_data["reason"],
        "reason_shown_to_holder": form.cleaned_data["tell_holder"],
    }
    # One conditional UPDATE, so two managers revoking at once cannot both succeed.
    updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(**revocation)
    if updated:
        record_update(Certificate, certificate.pk, revocation)
        messages.success(request, _("Certificate %(code)s revoked.") % {"code": certificate.code})
    else:
        messages.info(request, _("That certificate was already revoked."))
    return redirect("courses:certificates")

"""The rules of recruitment: receiving an application, moving an applicant on one stage at a time, accepting.

Every change checks its rule and raises RuleBroken with the message for the person; the views run each change
in a transaction of its own (mentoring/views.py, `attempt`), so a refused change writes nothing.
"""

import re
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_tasks import task

from courses.models import Enrolment
from mentoring.models import MentorProfile
from mentoring.services import RuleBroken
from mentorsite.rate_limits import over_limit
from mentorsite.users.languages import in_language_of, set_language_of, supported
from mentorsite.users.roles import MENTOR

from .models import Applicant, RecruitmentStage, StageRecord

Outcome = StageRecord.Outcome


def stages():
    """The stages in use, in order. The first receives applications; the last is the decision."""
    return list(RecruitmentStage.objects.filter(active=True).order_by("position", "pk"))


def stages_by_pk():
    return {stage.pk: stage for stage in stages()}


def is_decision(stage, in_order=None):
    in_order = stages() if in_order is None else in_order
    return bool(in_order) and stage.pk == in_order[-1].pk


def outcomes_at(stage, in_order=None):
    """The outcomes a stage may end with: continue until the decision, accept only there."""
    forward = Outcome.ACCEPT if is_decision(stage, in_order) else Outcome.CONTINUE
    return [forward, Outcome.STOP, Outcome.WITHDREW]


def first_stage():
    in_order = stages()
    if not in_order:
        raise RuleBroken(_("No recruitment stage is in use. The manager sets them up under Mentoring in the admin."))
    return in_order[0]


# Receiving applications ----------------------------------------------------------------------------------


def _address(email):
    return email.strip().casefold()


def applied_within_a_day(email):
    since = timezone.now() - timedelta(days=1)
    return Applicant.objects.filter(email__iexact=_address(email), received_at__gte=since).exists()


def over_application_limit(client):
    """Counts one more application from this client address in this hour, across app servers; True once there
    were more than APPLICATIONS_PER_CLIENT_PER_HOUR. An unknown address is not counted: one bucket for all of
    them would let one client use up everyone's allowance."""
    if not client:
        return False
    return over_limit(f"recruitment:applications:{client}", settings.APPLICATIONS_PER_CLIENT_PER_HOUR, 3600)


def receive(applicant, added_by=None):
    """Save a new application at the first stage. Refused for an address that applied within a day."""
    if applied_within_a_day(applicant.email):
        raise RuleBroken(
            _("An application from this e-mail address arrived within the last day. It is being looked at.")
        )
    applicant.email = applicant.email.strip()
    applicant.stage = first_stage()
    applicant.stage_since = timezone.localdate()
    applicant.added_by = added_by
    applicant.save()
    return applicant


# Moving on -----------------------------------------------------------------------------------------------


def record_stage(applicant, stage, by, outcome, held_on=None, notes="", competencies="", stop_reason=None,
                 done_by_others="", cohort=None, track=None):  # fmt: skip
    """Record what happened at the applicant's current stage and move them on, stop or accept them."""
    applicant = Applicant.objects.select_for_update().get(pk=applicant.pk)
    in_order = stages()
    if applicant.status != Applicant.Status.ACTIVE:
        raise RuleBroken(_("This application is closed: %(status)s.") % {"status": applicant.get_status_display()})
    if stage.pk != applicant.stage_id:
        raise RuleBroken(
            _("%(name)s is at the stage “%(current)s”; record that stage first, stages are not skipped.")
            % {"name": applicant.full_name, "current": applicant.stage}
        )
    if not outcome:
        raise RuleBroken(_("Choose the outcome of this stage."))
    if outcome not in outcomes_at(stage, in_order):
        raise RuleBroken(
            _("Only the decision accepts an applicant.")
            if outcome == Outcome.ACCEPT
            else _("The decision is the last stage: accept, stop or record that the applicant withdrew.")
        )
    if outcome == Outcome.STOP and stop_reason is None:
        raise RuleBroken(_("Say why the application stops."))
    if outcome == Outcome.ACCEPT and (cohort is None or track is None):
        raise RuleBroken(_("Choose the cohort and the track the new mentor starts in."))
    held_on = held_on or timezone.localdate()
    if held_on > timezone.localdate():
        raise RuleBroken(_("A stage is recorded once it has happened: the date cannot be in the future."))
    if held_on < applicant.received_on:
        raise RuleBroken(_("The date is before the application arrived."))

    record = StageRecord.objects.create(
        applicant=applicant,
        stage=stage,
        held_on=held_on,
        done_by=by,
        done_by_others=done_by_others,
        notes=notes,
        competencies=competencies,
        outcome=outcome,
        stop_reason=stop_reason if outcome == Outcome.STOP else None,
    )
    today = timezone.localdate()
    if outcome == Outcome.CONTINUE:
        position = [s.pk for s in in_order].index(stage.pk)
        applicant.stage = in_order[position + 1]
        applicant.stage_since = today
    else:
        applicant.status = {
            Outcome.ACCEPT: Applicant.Status.ACCEPTED,
            Outcome.STOP: Applicant.Status.STOPPED,
            Outcome.WITHDREW: Applicant.Status.WITHDREW,
        }[outcome]
        applicant.decided_on = held_on
    if outcome == Outcome.ACCEPT:
        applicant.account = make_mentor(applicant, cohort, track)
    applicant.save()
    return record


# Becoming a mentor ---------------------------------------------------------------------------------------


def _free_username(applicant):
    User = get_user_model()
    base = re.sub(r"[^a-z0-9]", "", f"{applicant.first_name}{applicant.last_name[:1]}".casefold())[:20] or "mentor"
    taken = set(User.objects.filter(username__startswith=base).values_list("username", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}{number}"
    return candidate


def make_mentor(applicant, cohort, track):
    """The account of an accepted applicant: in the cohort, a mentor, enrolled in the track, with the mentor
    profile from the application and the interviews; the invitation goes out after the commit."""
    User = get_user_model()
    if User.objects.filter(email__iexact=applicant.email).exists():
        raise RuleBroken(
            _(
                "An account with the address %(email)s exists already; it may be the same person. Change that "
                "account's address first (Admin > Users)."
            )
            % {"email": applicant.email}
        )
    user = User(
        username=_free_username(applicant),
        first_name=applicant.first_name,
        last_name=applicant.last_name,
        email=applicant.email,
        cohort=cohort,
    )
    user.set_unusable_password()  # until they choose one through the invitation
    user.save()
    user.groups.add(Group.objects.get(name=MENTOR))
    Enrolment.objects.create(user=user, track=track)
    noted = [
        item.strip()
        for record in applicant.stage_records.all()
        for item in record.competencies.split(",")
        if item.strip()
    ]
    MentorProfile.objects.create(
        user=user,
        experience=applicant.experience,
        languages=applicant.languages,
        competencies=", ".join(dict.fromkeys(noted))[:300],
    )
    if supported(applicant.language):
        set_language_of(user, applicant.language)
    transaction.on_commit(lambda: send_invitation.enqueue(user.pk))
    return user


def invitation_link(user):
    """A link to choose a password: Django's reset link, so it works once and expires after
    PASSWORD_RESET_TIMEOUT; a new one comes from "Forgotten your password?"."""
    path = reverse(
        "password_reset_confirm",
        args=[urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)],
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@task()
def send_invitation(user_id):
    """The new mentor's invitation, with the link made when the message is written (never stored in the
    queue). Nothing for an account that has since chosen a password or been closed."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).exclude(email="").first()
    if user is None or user.has_usable_password():
        return False
    with in_language_of(user):
        context = {
            "user": user,
            "link": invitation_link(user),
            "days": settings.PASSWORD_RESET_TIMEOUT // 86400,
            "login": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("login"),
        }
        subject = _("Welcome to the mentor programme: choose your password")
        body = render_to_string("mentoring/recruitment/email/invitation.txt", context)
    EmailMessage(subject, body, to=[user.email]).send()
    return True

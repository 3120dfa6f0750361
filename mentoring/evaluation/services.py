"""Sending a questionnaire to a group, answering it, and the e-mails that ask and remind.

The rules: a round asks the questionnaire as it stands when it is sent (its latest revision) and is open
from its first to its last day; the people asked are fixed when it is sent. A named answer can be saved as a
draft and is submitted once; an anonymous answer is only ever written on submission, with nothing that
leads back to its author (models.Response). Bad input is refused with RuleBroken (its text is the message)
and writes nothing.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from mentoring.services import RuleBroken
from mentorsite.audit.models import AuditEvent
from mentorsite.audit.trail import record
from mentorsite.users.languages import in_language_of
from mentorsite.users.roles import COACH, MENTOR

from .models import Invitation, Response, Round


def recipients(group, *, cohort=None, track=None, seminar=None, ended_from=None, ended_to=None):
    """The active people a round to `group` asks."""
    people = get_user_model().objects.filter(is_active=True, left_programme_on__isnull=True)
    mentors = people.filter(groups__name__in=[MENTOR, COACH])
    if group == Round.Group.COHORT:
        return mentors.filter(cohort=cohort).distinct()
    if group == Round.Group.TRACK:
        return mentors.filter(enrolments__track=track).distinct()
    if group == Round.Group.ENDED:
        return mentors.filter(relationships__ended_on__gte=ended_from, relationships__ended_on__lte=ended_to).distinct()
    if group == Round.Group.SEMINAR:
        from mentorsite.scheduling.models import Booking

        return people.filter(
            bookings__session__seminarsession__seminar=seminar, bookings__attendance=Booking.Attendance.PRESENT
        ).distinct()
    return people.none()


@transaction.atomic
def send_round(questionnaire, sent_by, **fields):
    """A new round of `questionnaire` with its invitations; the e-mails go out from the scheduler's job
    (send_questionnaire_mail) on the opening day, within the hour."""
    today = timezone.localdate()
    if fields["closes_on"] < fields["opens_on"]:
        raise RuleBroken(_("A round cannot close before it opens."))
    if fields["closes_on"] < today:
        raise RuleBroken(_("The closing day has passed: choose a day from today on."))
    group_fields = {name: fields.get(name) for name in ("cohort", "track", "seminar", "ended_from", "ended_to")}
    people = list(recipients(fields["group"], **group_fields).values_list("pk", flat=True))
    if not people:
        raise RuleBroken(_("Nobody is in this group, so nothing was sent."))
    revision = questionnaire.latest_revision or questionnaire.save_revision(user=sent_by)
    round_ = Round.objects.create(
        questionnaire=questionnaire,
        revision=revision,
        anonymous=revision.as_object().anonymous,
        sent_by=sent_by,
        **fields,
    )
    Invitation.objects.bulk_create(Invitation(round=round_, person_id=pk) for pk in people)
    if round_.is_open():
        # A round open today is mailed now, by a task worker (a cohort can be hundreds of people); a later
        # one by the scheduler's hourly job on its opening day.
        transaction.on_commit(mail_open_rounds.enqueue)
    return round_


def open_invitations(person, today=None):
    """The rounds `person` is asked in that are open and not yet answered, soonest closing first."""
    today = today or timezone.localdate()
    return (
        Invitation.objects.filter(
            person=person, answered=False, round__opens_on__lte=today, round__closes_on__gte=today
        )
        .select_related("round__questionnaire")
        .order_by("round__closes_on")
    )


def draft_of(round_, person):
    if round_.anonymous:
        return None
    return Response.objects.filter(round=round_, respondent=person).first()


@transaction.atomic
def answer(round_, person, answers, submit):
    """Saves `person`'s answers to `round_` (a dict question id -> value, empty answers left out); `submit`
    hands them in for good. Returns the response (None for an anonymous round: there is nothing of theirs)."""
    invitation = Invitation.objects.select_for_update().filter(round=round_, person=person).first()
    if invitation is None:
        raise RuleBroken(_("You were not asked in this round."))
    if invitation.answered:
        raise RuleBroken(_("You have answered this questionnaire already; an answer is handed in once."))
    if not round_.is_open():
        raise RuleBroken(_("This questionnaire is closed."))
    if submit and not answers:
        raise RuleBroken(_("Answer at least one question before you hand in."))
    if round_.anonymous:
        if not submit:
            raise RuleBroken(_("Anonymous answers cannot be kept as a draft: they are handed in once, in full."))
        Response.objects.create(round=round_, answers=answers, submitted=True)
        Invitation.objects.filter(pk=invitation.pk).update(answered=True)
        return None
    now = timezone.now()
    response = Response.objects.filter(round=round_, respondent=person).first() or Response(
        round=round_, respondent=person
    )
    created = response._state.adding
    response.answers = answers
    response.saved_at = now
    response.cohort_id = person.cohort_id
    if submit:
        response.submitted = True
        response.submitted_at = now
        Invitation.objects.filter(pk=invitation.pk).update(answered=True)
    response.save()
    # Named answers are audited here, not by the model signals, which would also see anonymous ones.
    record(
        AuditEvent.Action.CREATE if created else AuditEvent.Action.CHANGE,
        "mentoring.Response",
        response.pk,
        changed_fields=["answers", "submitted"] if submit else ["answers"],
    )
    return response


# E-mails -------------------------------------------------------------------------------------------


def _link(round_):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("evaluation:answer", args=[round_.pk])


def _mail(invitation, reminder, title):
    person = invitation.person
    round_ = invitation.round
    with in_language_of(person):
        context = {
            "person": person,
            "round": round_,
            "title": title,
            "link": _link(round_),
            "reminder": reminder,
        }
        subject = render_to_string("mentoring/evaluation/email/invitation_subject.txt", context).strip()
        body = render_to_string("mentoring/evaluation/email/invitation.txt", context)
    return EmailMessage(subject, body, to=[person.email])


def send_questionnaire_mail(now=None):
    """The first e-mail of every open round to the people not yet mailed, and a reminder to those who have not
    answered once `remind_every_days` have passed since the last one. Idempotent: each e-mail is marked in the
    same transaction; a second run sends nothing until a reminder falls due. Returns (asked, reminded)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    waiting = (
        Invitation.objects.filter(
            answered=False, round__opens_on__lte=today, round__closes_on__gte=today, person__is_active=True
        )
        .exclude(person__email="")
        .select_related("round__revision", "person__wagtail_userprofile")
    )
    asked = reminded = 0
    titles = {}  # the title each round asked, read from its version once however many it mails
    for invitation in waiting:
        last = invitation.reminded_at or invitation.mailed_at
        if last is not None and last > now - timedelta(days=invitation.round.remind_every_days):
            continue
        reminder = invitation.mailed_at is not None
        with transaction.atomic():
            changed = Invitation.objects.filter(
                pk=invitation.pk, mailed_at=invitation.mailed_at, reminded_at=invitation.reminded_at
            )
            if reminder:
                updated = changed.update(reminded_at=now, reminders=invitation.reminders + 1)
            else:
                updated = changed.update(mailed_at=now)
            if not updated:
                continue  # another run sent it a moment ago
            if invitation.round_id not in titles:
                titles[invitation.round_id] = invitation.round.asked_version().title
            message = _mail(invitation, reminder, titles[invitation.round_id])
            transaction.on_commit(message.send)
        if reminder:
            reminded += 1
        else:
            asked += 1
    return asked, reminded


@task()
def mail_open_rounds():
    """send_questionnaire_mail, as a task (a round sent today is mailed at once)."""
    send_questionnaire_mail()

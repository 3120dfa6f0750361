"""Certificate validity, refreshers and renewal (the models are in courses.models.refreshers).

Decisions, written down here because nobody was there to ask:
- A certificate's validity runs from the day its track was completed, not from its first download: the
  skills age from the training.
- The refresher is assigned, and its holder reminded by e-mail once, REFRESHER_NOTICE_DAYS before expiry (the
  daily job assign_refreshers). A track with a validity but no refresher content assigns nothing: its
  certificates lapse, and the track's editor says so.
- Each lesson of the refresher's modules is worked through again: a lesson with a knowledge check by passing
  it again, one without by "Done for my refresher" on the lesson. What was completed before the refresher
  was assigned does not count. A refresher seminar counts when its holder was present at one of its days
  after the refresher was assigned.
- Renewed before expiry, the new validity runs on from the old expiry (nobody loses months by refreshing
  early); renewed after it lapsed, from the day of renewal. A revoked certificate is never renewed.
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate, LessonPage, ModulePage, TrackPage
from courses.models.refreshers import CertificateRenewal, Refresher, RefresherStep
from mentorsite.scheduling.models import Booking, Session
from mentorsite.translations import in_language, original_ids, original_of, show_in_language
from mentorsite.users.languages import in_language_of

VALID = "valid"
EXPIRED = "expired"
REVOKED = "revoked"


def add_months(day, months):
    """The same day `months` later; the month's last day where it is shorter (31 January + 1 = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_for(track, completed_on):
    """When a certificate of `track` for a track completed on `completed_on` lapses, or None if it never does."""
    months = original_of(track).certificate_valid_months
    return add_months(completed_on, months) if months else None


def status_of(certificate, today=None):
    if certificate.is_revoked:
        return REVOKED
    today = today or timezone.localdate()
    if certificate.expires_on and certificate.expires_on < today:
        return EXPIRED
    return VALID


def refresher_modules(track):
    """The live modules the track's refresher asks for, as pages of record, in the editor's order."""
    track = original_of(track)
    ids = [link.module_id for link in track.refresher_modules.all()]
    # A module chosen in a translation's editor may be a translation: its page of record counts (one query).
    records = original_ids(ModulePage.objects.filter(pk__in=ids))
    modules = {module.pk: module for module in ModulePage.objects.live().filter(pk__in=set(records.values()))}
    return list({records[pk]: modules[records[pk]] for pk in ids if records.get(pk) in modules}.values())


def refresher_seminar(track):
    seminar = original_of(track).refresher_seminar
    return original_of(seminar) if seminar is not None and seminar.live else None


def has_refresher_content(track):
    return bool(refresher_modules(track)) or refresher_seminar(track) is not None


@dataclass
class RefresherLesson:
    lesson: LessonPage
    done: bool
    # True where the lesson is worked through again by passing its knowledge check.
    by_check: bool


@dataclass
class RefresherState:
    refresher: Refresher
    modules: list  # [(module, [RefresherLesson])]
    seminar: object
    seminar_attended: bool

    @property
    def lessons_left(self):
        return sum(1 for _module, lessons in self.modules for item in lessons if not item.done)

    @property
    def is_complete(self):
        return self.lessons_left == 0 and (self.seminar is None or self.seminar_attended)


def refresher_state(refresher):
    """What the refresher asks for and what of it is done, in the reader's language."""
    track = refresher.certificate.track
    done = set(refresher.steps.values_list("lesson_id", flat=True))
    modules = refresher_modules(track)
    lessons_by_module = {module.pk: [] for module in modules}
    paths = {module.path: module.pk for module in modules}
    # The modules' lessons are their children: one more step of path below a module's path.
    below = Q(pk__in=[])
    for module in modules:
        below |= Q(path__startswith=module.path, depth=module.depth + 1)
    for lesson in LessonPage.objects.live().filter(below).order_by("path"):
        lessons_by_module[paths[lesson.path[: -LessonPage.steplen]]].append(lesson)
    shown = [*modules, *(lesson for lessons in lessons_by_module.values() for lesson in lessons)]
    show_in_language(shown)
    seminar = refresher_seminar(track)
    return RefresherState(
        refresher=refresher,
        modules=[
            (
                module,
                [
                    RefresherLesson(lesson, lesson.pk in done, lesson.knowledge_check is not None)
                    for lesson in lessons_by_module[module.pk]
                ],
            )
            for module in modules
        ],
        seminar=in_language([seminar])[0] if seminar is not None else None,
        seminar_attended=seminar is not None and _attended_since(refresher, seminar),
    )


def _attended_since(refresher, seminar):
    return Booking.objects.filter(
        user=refresher.certificate.user,
        attendance=Booking.Attendance.PRESENT,
        session__status=Session.Status.SCHEDULED,
        session__seminarsession__seminar=seminar,
        session__starts_at__gte=refresher.assigned_at,
    ).exists()


def open_refreshers_of(user):
    return Refresher.objects.filter(certificate__user=user, completed_at=None, certificate__revoked_at=None)


def open_refresher_for_lesson(user, lesson):
    """The user's open refresher that asks for this lesson (a lesson of one of its modules), or None."""
    refreshers = list(open_refreshers_of(user).select_related("certificate__track"))
    if not refreshers:  # most people, most of the time: one query
        return None
    module = original_of(original_of(lesson).get_parent().specific)
    return next((r for r in refreshers if module in refresher_modules(r.certificate.track)), None)


def record_step(user, lesson):
    """The lesson counts as worked through again for the user's open refresher that asks for it; the
    certificate is renewed if that completes the refresher. Returns the renewal, or None."""
    refresher = open_refresher_for_lesson(user, lesson)
    if refresher is None:
        return None
    RefresherStep.objects.get_or_create(refresher=refresher, lesson=original_of(lesson))
    return renew_if_complete(refresher)


def renew_if_complete(refresher, today=None):
    """Renew the refresher's certificate if everything it asks for is done. Returns the renewal, or None."""
    state = refresher_state(refresher) if refresher.is_open else None
    # A refresher that asks for nothing (its modules were unpublished or emptied since) renews nothing either.
    asks_for_something = state is not None and (any(lessons for _module, lessons in state.modules) or state.seminar)
    if not asks_for_something or not state.is_complete:
        return None
    today = today or timezone.localdate()
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=refresher.certificate_id)
        if certificate.is_revoked or not Refresher.objects.filter(pk=refresher.pk, completed_at=None).exists():
            return None
        previous = certificate.expires_on or today
        months = original_of(certificate.track).certificate_valid_months
        if not months:
            return None
        expires_on = add_months(max(previous, today), months)
        certificate.expires_on = expires_on
        certificate.save(update_fields=["expires_on"])
        Refresher.objects.filter(pk=refresher.pk).update(completed_at=timezone.now())
        refresher.completed_at = timezone.now()
        return CertificateRenewal.objects.create(
            certificate=certificate, refresher=refresher, previous_expires_on=previous, expires_on=expires_on
        )


def certificates_due(track=None, today=None):
    """Valid (not revoked) certificates, of `track` where given, that lapse within the notice period or have
    lapsed."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=settings.REFRESHER_NOTICE_DAYS)
    due = Certificate.objects.filter(revoked_at=None, expires_on__lte=horizon)
    return due.filter(track=original_of(track)) if track is not None else due


def assign_refreshers(today=None):
    """Assign a refresher to every valid certificate that lapses within REFRESHER_NOTICE_DAYS and has none
    open, and remind each holder once by e-mail. Also renews open refreshers completed by a seminar day
    recorded since. Returns (assigned, renewed)."""
    today = today or timezone.localdate()
    _date_certificates_issued_before_the_validity()
    open_refresher = Refresher.objects.filter(certificate=OuterRef("pk"), completed_at=None)
    due = certificates_due(today=today).exclude(Exists(open_refresher)).select_related("user", "track")
    assigned = 0
    for certificate in due:
        if not has_refresher_content(certificate.track):
            continue
        try:
            with transaction.atomic():
                refresher = Refresher.objects.create(certificate=certificate, due_on=certificate.expires_on)
        except IntegrityError:
            continue  # assigned meanwhile by another run
        remind(refresher)
        assigned += 1
    renewed = sum(
        1
        for refresher in Refresher.objects.filter(completed_at=None, certificate__revoked_at=None)
        if renew_if_complete(refresher, today)
    )
    return assigned, renewed


def _date_certificates_issued_before_the_validity():
    """Certificates issued before their track was given a validity lapse like the others: from completion."""
    for track in TrackPage.objects.filter(certificate_valid_months__isnull=False):
        undated = list(Certificate.objects.filter(track=track, expires_on=None, revoked_at=None))
        for certificate in undated:
            certificate.expires_on = add_months(certificate.completed_on, track.certificate_valid_months)
        Certificate.objects.bulk_update(undated, ["expires_on"])


def remind(refresher):
    """The one reminder of a refresher, in its holder's language; a second call sends nothing."""
    if not Refresher.objects.filter(pk=refresher.pk, reminded_at=None).update(reminded_at=timezone.now()):
        return False
    person = refresher.certificate.user
    if not person.email or not person.is_active:
        return False
    with in_language_of(person):
        state = refresher_state(refresher)
        [track] = in_language([refresher.certificate.track])
        context = {
            "person": person,
            "refresher": refresher,
            "state": state,
            "track": track,
            "dashboard_url": f"{settings.WAGTAILADMIN_BASE_URL}{reverse('courses:dashboard')}",
        }
        send_mail(
            subject=render_to_string("courses/email/refresher_subject.txt", context).strip(),
            message=render_to_string("courses/email/refresher.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[person.email],
        )
    return True


def refresher_panel(request):
    """The holder's dashboard panel: each open refresher, what it asks for and what is done, at the top."""
    refreshers = list(open_refreshers_of(request.user).select_related("certificate__track"))
    if not refreshers:
        return None
    states = [refresher_state(refresher) for refresher in refreshers]
    for state in states:
        state.track = in_language([state.refresher.certificate.track])[0]
        state.expired = status_of(state.refresher.certificate) == EXPIRED
    return {"template": "courses/includes/refresher_panel.html", "position": "top", "states": states}

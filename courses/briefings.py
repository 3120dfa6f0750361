"""Read-and-understood confirmations of briefings, who is missing, and the e-mails that tell people.

The audience of a briefing is every active mentor and coach. Publishing an important or urgent briefing
e-mails them (once per person and version, through the Tasks API); publishing it again with "significant
change" ticked raises its version, so everyone is asked to confirm again.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from courses.models import BriefingConfirmation, BriefingNotice, BriefingPage, BriefingReminder
from mentorsite.translations import in_language, original_of, originals
from mentorsite.users.languages import in_language_of
from mentorsite.users.roles import COACH, MENTOR, has_role


def audience():
    """Active mentors and coaches: the people who must read important and urgent briefings."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[MENTOR, COACH])
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def current(briefings):
    """The briefings no live briefing supersedes: a superseded one asks nobody to confirm it and is not listed
    beside its successor (its page points to the successor)."""
    newer = BriefingPage.objects.live().filter(supersedes=OuterRef("pk"))
    return briefings.exclude(Exists(newer))


def is_superseded(briefing):
    return BriefingPage.objects.live().filter(supersedes=original_of(briefing)).exists()


def has_confirmed(user, briefing):
    if not user.is_authenticated:
        return False
    briefing = original_of(briefing)
    return BriefingConfirmation.objects.filter(user=user, briefing=briefing, version=briefing.version).exists()


def confirm(user, briefing):
    """Record "read and understood" for the current version, in whichever language it was read. Idempotent, also
    under a double submit."""
    briefing = original_of(briefing)
    try:
        with transaction.atomic():
            return BriefingConfirmation.objects.get_or_create(
                user=user, briefing=briefing, version=briefing.version, defaults={"briefing_title": briefing.title}
            )
    except IntegrityError:
        return BriefingConfirmation.objects.get(user=user, briefing=briefing, version=briefing.version), False


def unconfirmed_for(user):
    """Live important and urgent briefings whose current version `user` has not confirmed (newest first)."""
    if not has_role(user, MENTOR, COACH):
        return BriefingPage.objects.none()
    confirmed = BriefingConfirmation.objects.filter(user=user, briefing=OuterRef("pk"), version=OuterRef("version"))
    return (
        current(originals(BriefingPage.objects.live()))
        .filter(urgency__in=[BriefingPage.Urgency.IMPORTANT, BriefingPage.Urgency.URGENT])
        .exclude(Exists(confirmed))
        .order_by("-published_on", "-pk")
    )


def coverage(briefing, cohort=None):
    """(people who confirmed the current version, people missing) among the audience, optionally one cohort."""
    briefing = original_of(briefing)
    people = audience().select_related("cohort")
    if cohort is not None:
        people = people.filter(cohort=cohort)
    confirmed_ids = set(
        BriefingConfirmation.objects.filter(briefing=briefing, version=briefing.version).values_list(
            "user_id", flat=True
        )
    )
    people = list(people)
    return [p for p in people if p.pk in confirmed_ids], [p for p in people if p.pk not in confirmed_ids]


def start_new_version_if_significant(briefing):
    """Called when a briefing is published: "significant change" ticked with a new note raises the version.

    The note must differ from the current version's, so publishing a later typo fix with the box still ticked
    (the editor keeps it from the last revision) does not ask everyone to confirm again.
    """
    if original_of(briefing) != briefing:
        return  # A translation shares its source's version; publishing it asks nobody to confirm again.
    note = (briefing.what_changed or "").strip()
    current = BriefingPage.objects.filter(pk=briefing.pk).values("version", "version_note").get()
    if briefing.significant_change and note and note != current["version_note"]:
        briefing.version = current["version"] + 1
        briefing.version_note = note
        BriefingPage.objects.filter(pk=briefing.pk).update(version=briefing.version, version_note=note)


def queue_briefing_notices(briefing):
    """Create the notices for this version (each person once) and send them after the commit.

    Only for the original: each person gets one notice about a briefing, in their own language, whichever
    translations are published.
    """
    if not briefing.needs_confirmation or original_of(briefing) != briefing or is_superseded(briefing):
        return
    people = audience().exclude(
        pk__in=BriefingNotice.objects.filter(briefing=briefing, version=briefing.version).values("user_id")
    )
    created = BriefingNotice.objects.bulk_create(
        [BriefingNotice(user=person, briefing=briefing, version=briefing.version) for person in people],
        ignore_conflicts=True,
    )
    if created:
        transaction.on_commit(lambda: send_briefing_notices.enqueue(briefing.pk, briefing.version))


def _mail(briefing, person, template):
    """The e-mail in the person's language, about the briefing as it reads in that language where translated."""
    with in_language_of(person):
        [shown] = in_language([briefing])
        context = {"briefing": shown, "person": person, "base_url": settings.WAGTAILADMIN_BASE_URL}
        send_mail(
            subject=render_to_string(f"courses/email/{template}_subject.txt", context).strip(),
            message=render_to_string(f"courses/email/{template}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[person.email],
        )


@task()
def send_briefing_notices(briefing_id, version):
    """Send every unsent notice of this briefing version; a second run finds none unsent and sends nothing."""
    briefing = BriefingPage.objects.filter(pk=briefing_id).first()
    if briefing is None:
        return 0
    sent = 0
    pending = BriefingNotice.objects.filter(briefing=briefing, version=version, sent_at__isnull=True)
    for notice_id in pending.values_list("pk", flat=True):
        with transaction.atomic():
            notice = (
                # Only the notice is locked: PostgreSQL refuses to lock the optional profile of the outer join.
                BriefingNotice.objects.select_for_update(of=("self",))
                .select_related("user__wagtail_userprofile")
                .filter(pk=notice_id, sent_at__isnull=True)
                .first()
            )
            if notice is None:
                continue
            if notice.user.email:
                _mail(briefing, notice.user, "briefing")
                sent += 1
            notice.sent_at = timezone.now()
            notice.save(update_fields=["sent_at"])
    return sent


@task()
def send_briefing_reminders(briefing_id, user_ids):
    briefing = BriefingPage.objects.filter(pk=briefing_id).first()
    if briefing is None:
        return 0
    people = (
        get_user_model()
        .objects.filter(pk__in=user_ids, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
    )
    for person in people:
        _mail(briefing, person, "briefing_reminder")
    return len(people)


# Nobody is reminded of one briefing more than once in this time, however often staff click.
REMINDER_INTERVAL = timedelta(days=1)


def remind(briefing, people):
    """Reminders are about the original (the coverage page's briefing); each reads in its reader's language.

    Sends a reminder to each of `people` not reminded of `briefing` within REMINDER_INTERVAL.

    Returns (how many were reminded now, how many were left out as reminded recently). The briefing's row is
    locked first, so two clicks at once cannot both remind the same people.
    """
    BriefingPage.objects.select_for_update().filter(pk=briefing.pk).first()
    now = timezone.now()
    recent = set(
        BriefingReminder.objects.filter(
            briefing=briefing, user__in=[p.pk for p in people], sent_at__gt=now - REMINDER_INTERVAL
        ).values_list("user_id", flat=True)
    )
    due = [person for person in people if person.pk not in recent]
    # One time for the whole round, so the coverage page can say "to N people".
    BriefingReminder.objects.bulk_create(
        [BriefingReminder(user=person, briefing=briefing, sent_at=now) for person in due]
    )
    if due:
        send_briefing_reminders.enqueue(briefing.pk, [person.pk for person in due])
    return len(due), len(recent)


def last_reminder(briefing):
    """(when, to how many people) of the latest round of reminders of `briefing`, or None."""
    latest = BriefingReminder.objects.filter(briefing=briefing).order_by("-sent_at").values_list("sent_at", flat=True)
    when = latest.first()
    if when is None:
        return None
    return when, BriefingReminder.objects.filter(briefing=briefing, sent_at=when).count()

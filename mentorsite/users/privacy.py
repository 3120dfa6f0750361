"""A person's rights over their data: a copy of everything stored about them, and erasure when they leave.

Export (JSON) is for the person themself and for the programme manager acting on their request. Erasure
pseudonymises: the person's name, contact details, login and free text go; what the programme's reports
count (enrolments, completions, attendance, supervision hours, MITI levels, the reason for leaving) stays,
attached to a "former participant" with no name, so past figures do not change.

What each app holds, and how it is exported, erased and expired, is the app's own business: it registers
with mentorsite/privacy.py. This module walks that registry and adds what the ground floor itself holds
(the account, logins and second factors, Wagtail's history of edits, rendered documents).
"""

import json
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from mentorsite import privacy

logger = logging.getLogger("mentorsite.privacy")


def personal_data(person):
    """Everything the platform shows `person` about themself, plus what they wrote, as JSON-ready data.

    The sections come from the apps (see mentorsite/privacy.py). The same data answers the person's own download
    and the programme manager's on their behalf (a subject access request).
    """
    return {"exported_at": timezone.now(), **privacy.export(person)}


class JSONEncoder(DjangoJSONEncoder):
    pass


class NotLeft(ValueError):
    """Erasure is for people who have left the programme: set "left the programme on" first."""


PSEUDONYM_PREFIX = "former-participant-"


def pseudonym(person):
    return f"{PSEUDONYM_PREFIX}{person.pk}"


@transaction.atomic
def erase(person):
    """Pseudonymises a person who left the programme; returns what was removed, by kind, for the log.

    The account goes first; then every app's section removes or pseudonymises what it holds, and every copy
    of the person's name it knows of (see mentorsite/privacy.py).
    """
    if person.left_programme_on is None:
        raise NotLeft(person.pk)
    former = privacy.Former.of(person, pseudonym(person))
    person.username = former.pseudonym
    person.first_name = ""
    person.last_name = former.pseudonym
    person.email = ""
    person.is_active = False
    person.set_unusable_password()  # also ends every session: they carry a hash of the password
    person.save()
    removed = privacy.erase(person, former)
    # Logged once it is for good: a dry run of apply_retention rolls the erasure back.
    transaction.on_commit(lambda: logger.info("Pseudonymised person %s: removed %s", person.pk, removed))
    return removed


# What the ground floor itself holds ---------------------------------------------------------------


def _person(person):
    return {
        **privacy.rows(get_user_model().objects.filter(pk=person.pk))[0],
        "roles": sorted(person.groups.values_list("name", flat=True)),
        "cohort": str(person.cohort) if person.cohort else None,
    }


def _login_records():
    """django-axes' records of login attempts (its models can be imported only once the apps are loaded)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return (AccessAttempt, AccessLog, AccessFailureLog)


def _erase_logins(person, former):
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return {
        "second-factor devices": TOTPDevice.objects.filter(user=person).delete()[0]
        + StaticDevice.objects.filter(user=person).delete()[0],
        # django-axes names people by the username they typed, which the account no longer has.
        "login records": sum(model.objects.filter(username=former.username).delete()[0] for model in _login_records()),
    }


def _erase_admin_history(person, former):
    """Wagtail's history (the site history report and its CSV, each object's and each editor's history) keeps
    each object's title as it was when edited (`label`) and titles in `data`: the person's name, copied into
    the entries about their account and about everything named after them (an enrolment, a coach assignment),
    deleted objects included. Their name goes from all of them; who did what, and when, stays.
    """
    from wagtail.models import ModelLogEntry, PageLogEntry

    account_type = ContentType.objects.get_for_model(person)
    account = Q(content_type=account_type, object_id=str(person.pk))
    their_account = (account_type.pk, str(person.pk))
    mentions = Q()
    for text in former.identifiers():
        # SQLite keeps JSON with non-ASCII letters escaped (Ø as \u00d8); PostgreSQL keeps them as they are.
        mentions |= Q(label__icontains=text) | Q(data__icontains=text) | Q(data__icontains=json.dumps(text)[1:-1])
    changed = 0
    for model, candidates in (
        (ModelLogEntry, ModelLogEntry.objects.filter(mentions | account)),
        (PageLogEntry, PageLogEntry.objects.filter(mentions)),
    ):
        for entry in candidates:
            about_them = model is ModelLogEntry and (entry.content_type_id, entry.object_id) == their_account
            # An entry about the account was labelled with the name it had then (perhaps not the latest one).
            label = former.pseudonym if about_them else former.scrub(entry.label)
            data = former.scrub_data(entry.data, about_them)
            if (label, data) != (entry.label, entry.data):
                # update(): a log entry's save() checks its action against Wagtail's registry, needless here.
                model.objects.filter(pk=entry.pk).update(label=label, data=data)
                changed += 1
    return {"admin history entries": changed}


def _erase_rendered_documents(person, former):
    """Rendered PDFs are kept for reuse, named by a hash of their content, not by the people in them: any of
    them may name the person (their certificate, a supervision log, a report listing leavers). All of them go;
    each is rendered again, from the pseudonymised data, when next asked for."""
    from mentorsite import pdf  # WeasyPrint is slow to load: only when needed

    # Listed again at commit, to take along any rendered from the old data meanwhile.
    transaction.on_commit(lambda: pdf.forget_rendered_documents(pdf.rendered_documents()))
    return {"rendered documents": len(pdf.rendered_documents())}


def _expire_leavers(now):
    """Pseudonymises the people who left the programme longer ago than the retention period for leavers."""
    # The programme's calendar day, not UTC's: between midnight and 01:00 (02:00 in summer) in Copenhagen the
    # UTC date is still yesterday, and a leaver of exactly the period's length was kept a day too long.
    before = timezone.localdate(now - timedelta(days=settings.RETENTION_DAYS["leavers"]))
    leavers = (
        get_user_model().objects.filter(left_programme_on__lt=before).exclude(username__startswith=PSEUDONYM_PREFIX)
    )
    count = 0
    for person in leavers:
        erase(person)
        count += 1
    return {"people pseudonymised after leaving": count}


def _expire_logins(now):
    from django.contrib.sessions.models import Session

    before = now - timedelta(days=settings.RETENTION_DAYS["login_records"])
    return {
        "login records": sum(model.objects.filter(attempt_time__lt=before).delete()[0] for model in _login_records()),
        "expired sessions": Session.objects.filter(expire_date__lt=now).delete()[0],
    }


def register_sections():
    """The ground floor's own sections: the account, logins, Wagtail's history of edits, rendered documents."""
    privacy.register("person", export=_person, expire=_expire_leavers)
    privacy.register("logins", erase=_erase_logins, expire=_expire_logins)
    privacy.register("admin_history", erase=_erase_admin_history)
    privacy.register("rendered_documents", erase=_erase_rendered_documents)

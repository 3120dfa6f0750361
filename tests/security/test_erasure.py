"""Erasure leaves no trace of the person: not in any table, not in a stored file, not in the search index.

A person who has used every feature is erased (by the manager, or by retention a year after leaving), and then
the whole database, every file of the documents storage and Wagtail's search index are searched for their
first name, last name, username and e-mail address.
"""

import io
import json
import zipfile
from datetime import timedelta

import pypdf
import pytest
from django.apps import apps
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.models import ModelLogEntry
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from courses.models import BriefingNotice, Certificate, KnowledgeCheckAttempt, ReflectionAnswer
from mentorsite.scheduling.models import Session
from mentorsite.users.roles import COACH, MENTOR
from supervision.models import MitiCoding, SupervisionRecord, SupervisionSession
from tests.conftest import at, miti_values
from tests.factories import LessonPageFactory, ModulePageFactory, TrackPageFactory, UserFactory
from tests.figures import count
from tests.helpers import sign_in
from tests.supervision.test_records import record_form_data

FIRST, LAST, USERNAME, EMAIL = "Gustav", "Vinter", "gvinter", "gustav.vinter@example.org"
TERMS = (FIRST, LAST, USERNAME, EMAIL)
LEFT_DAYS_AGO = 400  # past the retention period for leavers (365 days by default)


def report_period():
    """A period of the programme report in which the person left (the report names them as a dropout)."""
    left_on = timezone.localdate() - timedelta(days=LEFT_DAYS_AGO)
    return {"start": (left_on - timedelta(days=10)).isoformat(), "end": timezone.localdate().isoformat()}


# Where to look -----------------------------------------------------------------------------------


def database_hits(terms):
    """(table, column, term) for every column of every table of every model holding one of the terms."""
    hits = []
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            if table not in tables:
                continue
            # Only the columns of its own table: a page type's parent columns live in the parent's table (SQLite
            # quietly reads an unknown quoted column as a string; PostgreSQL refuses it).
            columns = [field.column for field in model._meta.local_concrete_fields]
            if not columns:
                continue  # a proxy: its table is read through its concrete model
            quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
            # Names come from the models, never from input.
            cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    text = as_text(value)
                    hits += [(table, column, term) for term in terms if contains(text, term)]
    return hits


def searched_places():
    """How many table columns and stored files the search reads (for the figures CI prints)."""
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
    columns = sum(
        len(model._meta.local_concrete_fields)
        for model in apps.get_models(include_auto_created=True)
        if model._meta.db_table in tables
    )
    return columns + len(list(stored_files(storages["documents"])))


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, bytes | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def contains(text, term):
    # JSON columns keep non-ASCII letters escaped on SQLite.
    return any(form.lower() in text.lower() for form in (term, json.dumps(term)[1:-1]))


def stored_files(storage, folder=""):
    folders, files = storage.listdir(folder)
    for name in files:
        path = f"{folder}/{name}" if folder else name
        with storage.open(path) as stored:
            yield path, stored.read()
    for name in folders:
        yield from stored_files(storage, f"{folder}/{name}" if folder else name)


def readable_text(content):
    """The text a person reading the file would see: PDFs through pypdf, archives (ZIP, XLSX) member by member."""
    if content.startswith(b"%PDF"):
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)
    if content.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "\n".join(readable_text(archive.read(name)) for name in archive.namelist())
    return content.decode("utf-8", errors="replace")


def storage_hits(terms):
    texts = {path: readable_text(content).lower() for path, content in stored_files(storages["documents"])}
    return [(path, term) for path, text in texts.items() for term in terms if term.lower() in text]


def search_index_hits(terms):
    """What Wagtail's search finds for the terms in every indexed model. No model holding personal data is
    indexed today (the index tables are also read by `database_hits`): this fails the day one is, unless its
    erasure reaches the index too."""
    backend = get_search_backend()
    return [
        (model._meta.label, term, str(result))
        for model in get_indexed_models()
        for term in terms
        for result in backend.search(term, model)
    ]


# The person and everything they did --------------------------------------------------------------


def client_for(user):
    return sign_in(Client(), user)


def admin_form(client, url, data):
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:1500]


def person_form(person, **changes):
    return {
        "username": person.username,
        "email": person.email,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "cohort": person.cohort_id or "",
        "is_active": "on",
        "groups": list(person.groups.values_list("pk", flat=True)),
        **changes,
    }


@pytest.fixture
def everything_done(
    programme,
    mentor_track,
    coach_track,
    lesson,
    cohort,
    mentor,
    manager,
    manager_client,
    facilitator,
    networking_day,
    urgent_briefing,
    django_capture_on_commit_callbacks,
):
    """Gustav Vinter, mentor and coach, who used every feature; his coach Rasmus Østergaard; his supervisee Maja."""
    gustav = UserFactory(
        username=USERNAME, first_name=FIRST, last_name=LAST, email=EMAIL, cohort=cohort, roles=[MENTOR, COACH]
    )
    rasmus = UserFactory(username="rasmus", first_name="Rasmus", last_name="Østergaard", roles=[MENTOR, COACH])
    as_gustav, as_rasmus, as_maja = client_for(gustav), client_for(rasmus), client_for(mentor)

    # The manager enrols him and assigns coaches in the admin (Wagtail's history keeps each one's title).
    short_track = TrackPageFactory(parent=programme, title="Short track")
    welcome = LessonPageFactory(parent=ModulePageFactory(parent=short_track, title="Basics"), title="Welcome")
    for track in (mentor_track, short_track, coach_track):
        admin_form(
            manager_client,
            reverse("enrolments:add"),
            {"user": gustav.pk, "track": track.pk, "enrolled_on": timezone.localdate().isoformat()},
        )
    mistaken = gustav.enrolments.get(track=coach_track)
    admin_form(manager_client, reverse("enrolments:delete", args=[mistaken.pk]), {})
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    for coach, supervisee in ((rasmus, gustav), (gustav, mentor)):
        admin_form(
            manager_client,
            reverse("coach_assignments:add"),
            {"coach": coach.pk, "mentor": supervisee.pk, "starts_on": yesterday},
        )

    # He studies: a lesson completed, a knowledge check, a reflection, a briefing confirmed, a certificate.
    assert as_gustav.post(reverse("courses:mark_lesson_complete", args=[welcome.pk])).status_code == 302
    assert as_gustav.post(reverse("courses:mark_lesson_complete", args=[lesson.pk])).status_code == 302
    KnowledgeCheckAttempt.objects.create(user=gustav, lesson=lesson, answers={}, score=50, passed=False)
    ReflectionAnswer.objects.create(
        user=gustav, lesson=lesson, block_id="b1", prompt="Why?", text="Gustav Vinter's own thoughts"
    )
    assert as_gustav.post(reverse("courses:confirm_briefing", args=[urgent_briefing.pk])).status_code == 302
    BriefingNotice.objects.get_or_create(user=gustav, briefing=urgent_briefing, defaults={"version": 1})
    assert as_gustav.get(reverse("courses:certificate", args=[short_track.pk])).status_code == 200
    assert Certificate.objects.get(user=gustav).full_name == "Gustav Vinter"

    # Sessions: a networking day, a meeting his coach booked with him, a slot he offers that Maja books.
    assert as_gustav.post(reverse("scheduling:book", args=[networking_day.pk])).status_code == 302
    as_gustav.get(reverse("scheduling:calendar"))  # makes his calendar feed
    meeting = {
        "meeting-supervisee": gustav.pk,
        "meeting-starts_at": at(6, 11).strftime("%Y-%m-%dT%H:%M"),
        "meeting-ends_at": at(6, 12).strftime("%Y-%m-%dT%H:%M"),
        "meeting-description": "Gustav wants to talk about his first case.",
    }
    assert as_rasmus.post(reverse("supervision:book_supervisee"), meeting).status_code == 302
    slot = {
        "slot-starts_at": at(7, 10).strftime("%Y-%m-%dT%H:%M"),
        "slot-ends_at": at(7, 11).strftime("%Y-%m-%dT%H:%M"),
        "slot-format": "one_to_one",
        "slot-venue": "Office",
    }
    assert as_gustav.post(reverse("supervision:publish_slot"), slot).status_code == 302
    gustavs_slot = SupervisionSession.objects.get(organiser=gustav)
    assert as_maja.post(reverse("scheduling:book", args=[gustavs_slot.pk])).status_code == 302
    titles = set(Session.objects.values_list("title", flat=True))
    assert {"Supervision: Rasmus Østergaard and Gustav Vinter", "Supervision with Gustav Vinter"} <= titles

    # Supervision: a record about him (with an addendum, a concern and MITI), and one he wrote about Maja.
    for author, client, supervisee, words in (
        (rasmus, as_rasmus, gustav, "Gustav practised reflections; Vinter asked for role-play."),
        (gustav, as_gustav, mentor, "Maja practised open questions with Gustav."),
    ):
        data = record_form_data(supervisee, summary=words, private_notes=f"{FIRST} {LAST} seemed tired.")
        assert client.post(reverse("supervision:record_create"), data).status_code == 302
        record = SupervisionRecord.objects.get(coach=author)
        finalise = reverse("supervision:record_finalise", args=[record.pk])
        assert client.post(finalise, {"confirm": "yes"}).status_code == 302
        addendum = {"text": "Gustav agreed to this."}
        assert client.post(reverse("supervision:record_addendum", args=[record.pk]), addendum).status_code == 302
        concern = {"category": "wellbeing", "description": "Gustav Vinter seemed exhausted."}
        assert client.post(reverse("supervision:raise_concern", args=[record.pk]), concern).status_code == 302
        MitiCoding.objects.create(coach=author, mentor=supervisee, notes="Good work, Gustav.", **miti_values())
    # The supervision logs, rendered and kept: his own, and Maja's (which names him as her coach).
    assert as_gustav.get(reverse("supervision:supervision_log", args=[gustav.pk])).status_code == 200
    assert as_maja.get(reverse("supervision:supervision_log", args=[mentor.pk])).status_code == 200

    # A failed login under his username (django-axes keeps it).
    Client().post(reverse("login"), {"username": USERNAME, "password": "wrong-password"})

    # He leaves; the manager records it in the admin, then reports on the period (he is named as a dropout).
    left_on = timezone.localdate() - timedelta(days=LEFT_DAYS_AGO)
    admin_form(
        manager_client,
        reverse("wagtailusers_users:edit", args=[gustav.pk]),
        person_form(gustav, left_programme_on=left_on.isoformat(), leaving_reason="moved abroad"),
    )
    period = report_period()
    assert manager_client.get(reverse("courses:programme_report"), {**period, "format": "pdf"}).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("courses:start_document_run"), {"kind": "programme_report", **period})
        manager_client.post(reverse("courses:start_document_run"), {"kind": "certificates"})
    assert ModelLogEntry.objects.filter(label__contains="Gustav Vinter").count() >= 5
    return gustav


@pytest.mark.django_db
@pytest.mark.parametrize("how", ["by the manager", "by retention"])
def test_erasure_leaves_no_trace_of_the_person_in_the_database_the_stored_files_or_the_search_index(
    how, everything_done, mentor, manager_client, django_capture_on_commit_callbacks
):
    gustav = everything_done
    # The search finds what is there: every term before the erasure, the name in the rendered documents.
    found = {term for _table, _column, term in database_hits(TERMS)}
    assert found == set(TERMS)
    in_files = storage_hits(TERMS)
    assert {term for _path, term in in_files} >= {FIRST, LAST}
    paths = {path for path, term in in_files if term == LAST}
    for kind in ("rendered/certificate-", "rendered/supervision-log-", "rendered/report-", "runs/"):
        assert any(path.startswith(kind) for path in paths), kind
    assert search_index_hits(["Welcome"])  # the index is searched, and holds the curriculum

    with django_capture_on_commit_callbacks(execute=True):
        if how == "by the manager":
            response = manager_client.post(reverse("erase_person", args=[gustav.pk]), {"confirm": "on"})
            assert response.status_code == 302
        else:
            call_command("apply_retention", stdout=io.StringIO())

    hits = sorted(set(database_hits(TERMS)))
    count("erasure_places_searched", searched_places())
    count("erasure_hits", len(hits) + len(storage_hits(TERMS)) + len(search_index_hits(TERMS)))
    assert not hits, "\n".join(map(str, hits))
    assert sorted(set(storage_hits(TERMS))) == []
    assert search_index_hits(TERMS) == []
    # Documents rendered again come from the pseudonymised data.
    for url in (
        reverse("supervision:supervision_log", args=[gustav.pk]),
        reverse("supervision:supervision_log", args=[mentor.pk]),
        reverse("courses:programme_report") + "?" + urlencode({**report_period(), "format": "pdf"}),
    ):
        assert manager_client.get(url).status_code == 200
    assert sorted(set(storage_hits(TERMS))) == []
    assert {path for path, _term in storage_hits([f"former-participant-{gustav.pk}"])}
    # What reports count stays, under the pseudonym.
    gustav.refresh_from_db()
    assert gustav.full_name.startswith("former-participant-")
    assert SupervisionRecord.objects.filter(attendees=gustav, status="final").count() == 1
    assert MitiCoding.objects.filter(mentor=gustav).count() == 1
    assert {certificate.full_name for certificate in Certificate.objects.filter(user=gustav)} == {gustav.full_name}
    assert Session.objects.filter(title=f"Supervision: Rasmus Østergaard and {gustav.full_name}").exists()

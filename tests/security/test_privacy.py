"""A person's data: the JSON copy, erasure that keeps the figures, retention, and no caching of it."""

import json
from datetime import UTC, timedelta

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonCompletion, ReflectionAnswer
from courses.reports import programme_figures
from mentorsite.users.privacy import PSEUDONYM_PREFIX
from mentorsite.users.roles import COACH, MENTOR
from supervision.models import AgreedAction, RecordAccess
from tests.conftest import PRIVATE_NOTE
from tests.factories import UserFactory
from tests.figures import count


def summary_figures(figures):
    """The report's figures without names (those are what erasure removes)."""
    return [(str(section), str(label), value) for section, label, value in figures.rows() if section != "Dropouts"]


@pytest.fixture
def mentor_with_history(mentor, lesson, final_record):
    LessonCompletion.objects.create(user=mentor, lesson=lesson, lesson_title=lesson.title, method="marked")
    ReflectionAnswer.objects.create(user=mentor, lesson=lesson, block_id="b1", prompt="Why?", text="MY-OWN-THOUGHTS")
    return mentor


@pytest.mark.django_db
def test_a_person_downloads_everything_stored_about_them_but_not_the_coachs_private_notes(
    mentor_client, mentor_with_history
):
    response = mentor_client.get(reverse("my_data"))
    assert response["Content-Type"].startswith("application/json")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["person"]["username"] == "mentor" and "password" not in data["person"]
    assert data["reflection_answers"][0]["text"] == "MY-OWN-THOUGHTS"
    assert len(data["lesson_completions"]) == 1 and len(data["supervision_records_attended"]) == 1
    assert PRIVATE_NOTE not in response.content.decode()


@pytest.mark.django_db
def test_a_coach_download_holds_what_they_wrote_in_that_role_without_their_private_notes(
    coach_client, final_record, concern, coding
):
    response = coach_client.get(reverse("my_data"))
    data = json.loads(response.content)
    assert [row["id"] for row in data["supervision_records_written"]] == [final_record.pk]
    assert [row["id"] for row in data["concerns_raised"]] == [concern.pk]
    assert [row["id"] for row in data["miti_codings_made"]] == [coding.pk]
    assert PRIVATE_NOTE not in response.content.decode()


@pytest.mark.django_db
def test_erasure_needs_the_person_to_have_left(manager_client, mentor):
    response = manager_client.post(reverse("erase_person", args=[mentor.pk]), {"confirm": "on"})
    assert response.status_code == 400
    mentor.refresh_from_db()
    assert mentor.username == "mentor"


@pytest.mark.django_db
def test_erasure_removes_the_person_and_keeps_the_report_figures(manager_client, mentor_with_history, cohort):
    mentor = mentor_with_history
    mentor.left_programme_on = timezone.localdate()
    mentor.leaving_reason = "personal reasons"
    mentor.save()
    period = (timezone.localdate() - timedelta(days=30), timezone.localdate() + timedelta(days=1))
    before = programme_figures(cohort, *period)
    assert manager_client.post(reverse("erase_person", args=[mentor.pk]), {}).status_code == 400  # not confirmed

    response = manager_client.post(reverse("erase_person", args=[mentor.pk]), {"confirm": "on"})
    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.username.startswith(PSEUDONYM_PREFIX) and mentor.first_name == "" and mentor.email == ""
    assert not mentor.is_active and not mentor.has_usable_password()
    assert not ReflectionAnswer.objects.filter(user=mentor).exists()
    assert LessonCompletion.objects.filter(user=mentor).count() == 1
    after = programme_figures(cohort, *period)
    assert len(after.participants) == len(before.participants)
    assert [p.leaving_reason for p in after.dropouts] == [p.leaving_reason for p in before.dropouts]
    assert summary_figures(after) == summary_figures(before)


@pytest.mark.django_db
def test_retention_removes_what_is_old_and_logs_it(
    mentor, final_record, settings, caplog, django_capture_on_commit_callbacks
):
    old = RecordAccess.objects.create(record_id=final_record.pk, user=mentor, outcome="opened")
    RecordAccess.objects.filter(pk=old.pk).update(
        at=timezone.now() - timedelta(days=settings.RETENTION_DAYS["record_accesses"] + 1)
    )
    recent = RecordAccess.objects.create(record_id=final_record.pk, user=mentor, outcome="opened")
    mentor.left_programme_on = timezone.localdate() - timedelta(days=settings.RETENTION_DAYS["leavers"] + 1)
    mentor.save()

    with caplog.at_level("INFO", logger="mentorsite.privacy"), django_capture_on_commit_callbacks(execute=True):
        call_command("apply_retention", "--dry-run", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert RecordAccess.objects.filter(pk=old.pk).exists()
    assert "Pseudonymised" not in caplog.text  # rolled back, so not logged as done

    with caplog.at_level("INFO"), django_capture_on_commit_callbacks(execute=True):
        call_command("apply_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert f"Pseudonymised person {mentor.pk}" in caplog.text
    assert not RecordAccess.objects.filter(pk=old.pk).exists()
    assert RecordAccess.objects.filter(pk=recent.pk).exists()
    mentor.refresh_from_db()
    assert mentor.username.startswith(PSEUDONYM_PREFIX)
    assert "removed 1 record access log entries" in caplog.text
    assert "removed 1 people pseudonymised after leaving" in caplog.text


@pytest.mark.django_db
def test_retention_counts_days_in_the_programmes_calendar_not_utcs(
    mentor, settings, django_capture_on_commit_callbacks
):
    """At 00:30 in Copenhagen (23:30 UTC the day before) a leaver of one day more than the period is due; the
    UTC date made them wait a day (the landing CI ran at that hour)."""
    from datetime import datetime

    from mentorsite.privacy import expire

    now = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)  # 2 December, 00:30 in Copenhagen
    mentor.left_programme_on = timezone.localdate(now) - timedelta(days=settings.RETENTION_DAYS["leavers"] + 1)
    mentor.save()
    with django_capture_on_commit_callbacks(execute=True):
        removed = expire(now)
    assert removed["people pseudonymised after leaving"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    ["courses:dashboard", "supervision:mine", "two_factor", "my_data"],
)
def test_pages_with_personal_data_are_never_stored(mentor_client, name):
    response = mentor_client.get(reverse(name))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


# A person's export is built from the pages' own access rules ------------------------------------


@pytest.fixture
def supervision_world(mentor, coach, final_record, draft_record, concern, coding):
    """Supervision seen from every side: the coach is also supervised (by a second coach, who has another
    supervisee), each record has a concern, an addendum and actions, and a draft holds an action for the mentor."""
    from supervision.models import Addendum, AgreedAction, CoachAssignment, Concern, MitiCoding, SupervisionRecord
    from tests.conftest import miti_values

    second_coach = UserFactory(username="coach2", first_name="Sofie", roles=[MENTOR, COACH])
    other_mentor = UserFactory(username="mentor2", first_name="Jonas", roles=[MENTOR])
    for supervisee in (coach, other_mentor):
        CoachAssignment.objects.create(coach=second_coach, mentor=supervisee, starts_on=timezone.localdate())
    AgreedAction.objects.create(record=draft_record, description="DRAFT-ACTION-FOR-MENTOR", owner=mentor)
    Addendum.objects.create(record=final_record, author=coach, text="ADDENDUM-BY-COACH")
    Concern.objects.filter(pk=concern.pk).update(description="CONCERN-ABOUT-MENTOR")
    for supervisee, word in ((coach, "COACH"), (other_mentor, "OTHER-MENTOR")):
        record = SupervisionRecord.objects.create(
            coach=second_coach,
            held_on=timezone.localdate(),
            duration_minutes=50,
            format="one_to_one",
            summary=f"SUMMARY-ABOUT-{word}",
            private_notes=PRIVATE_NOTE,
            status=SupervisionRecord.Status.FINAL,
            finalised_at=timezone.now(),
        )
        record.attendees.add(supervisee)
        AgreedAction.objects.create(record=record, description=f"ACTION-FOR-{word}", owner=supervisee)
        Addendum.objects.create(record=record, author=second_coach, text=f"ADDENDUM-ABOUT-{word}")
        Concern.objects.create(
            record=record, raised_by=second_coach, category="wellbeing", description=f"CONCERN-ABOUT-{word}"
        )
        MitiCoding.objects.create(coach=second_coach, mentor=supervisee, notes=f"FEEDBACK-TO-{word}", **miti_values())
    return second_coach


def shown_on_the_pages(client):
    """Ids of the supervision data the signed-in person's pages show them: every record, concern and MITI coding
    is asked for as they would ask for it."""
    from supervision.models import Concern, MitiCoding, SupervisionRecord

    shown = {"records": set(), "concerns": set(), "codings": set(), "addenda": set(), "actions": set()}
    for record in SupervisionRecord.objects.all():
        response = client.get(reverse("supervision:record", args=[record.pk]))
        if response.status_code != 200:
            continue
        page = response.content.decode()
        shown["records"].add(record.pk)
        shown["addenda"] |= {addendum.pk for addendum in record.addenda.all() if addendum.text in page}
        shown["actions"] |= {action.pk for action in record.actions.all() if action.description in page}
        if "Concerns raised" in page:  # the author and the manager see the record's concerns listed
            shown["concerns"] |= set(record.concerns.values_list("pk", flat=True))
    mine = client.get(reverse("supervision:mine")).content.decode()
    shown["actions"] |= {action.pk for action in AgreedAction.objects.all() if action.description in mine}
    concerns_page = client.get(reverse("supervision:concerns"))
    if concerns_page.status_code == 200:
        page = concerns_page.content.decode()
        shown["concerns"] |= {concern.pk for concern in Concern.objects.all() if concern.description in page}
    for coding in MitiCoding.objects.all():
        if client.get(reverse("supervision:miti", args=[coding.pk])).status_code == 200:
            shown["codings"].add(coding.pk)
    return shown


def ids(rows):
    return sorted(row["id"] for row in rows)


def pks(queryset):
    return sorted(queryset.values_list("pk", flat=True).distinct())


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["mentor", "coach", "facilitator", "manager"])
def test_an_export_holds_what_the_pages_show_the_person_about_themself_and_what_they_wrote(
    request, role, supervision_world
):
    from supervision.models import Addendum, Concern, MitiCoding, SupervisionRecord

    person, client = request.getfixturevalue(role), request.getfixturevalue(f"{role}_client")
    shown = shown_on_the_pages(client)
    response = client.get(reverse("my_data"))
    data, text = json.loads(response.content), response.content.decode()

    records = SupervisionRecord.objects.filter(pk__in=shown["records"])
    assert ids(data["supervision_records_attended"]) == pks(records.filter(attendees=person))
    assert ids(data["supervision_records_written"]) == pks(records.filter(coach=person))
    concerns = Concern.objects.filter(pk__in=shown["concerns"])
    assert ids(data["concerns_raised"]) == pks(concerns.filter(raised_by=person))
    assert ids(data["concerns_about_records_attended"]) == pks(concerns.filter(record__attendees=person))
    codings = MitiCoding.objects.filter(pk__in=shown["codings"])
    assert ids(data["miti_codings"]) == pks(codings.filter(mentor=person))
    assert ids(data["miti_codings_made"]) == pks(codings.filter(coach=person))
    addenda = Addendum.objects.filter(pk__in=shown["addenda"])
    assert ids(data["addenda_to_records_attended"]) == pks(addenda.filter(record__attendees=person))
    assert ids(data["addenda_written"]) == pks(addenda.filter(author=person))
    actions = AgreedAction.objects.filter(pk__in=shown["actions"])
    assert ids(data["agreed_actions"]) == pks(actions.filter(Q(owner=person) | Q(record__coach=person)))

    # Nothing the pages keep from the person, nor what others wrote about other people, is in the file.
    unseen = [c.description for c in Concern.objects.exclude(pk__in=shown["concerns"])]
    unseen += [a.description for a in AgreedAction.objects.exclude(pk__in=shown["actions"])]
    unseen += [r.summary for r in SupervisionRecord.objects.exclude(pk__in=shown["records"])]
    unseen += [c.notes for c in MitiCoding.objects.exclude(pk__in=shown["codings"]) if c.notes]
    assert [words for words in unseen if words in text] == []
    assert PRIVATE_NOTE not in text
    count("export_parity_roles")


@pytest.mark.django_db
def test_a_mentors_export_holds_no_concern_at_all(mentor_client, supervision_world):
    from supervision.models import Concern

    response = mentor_client.get(reverse("my_data"))
    data, text = json.loads(response.content), response.content.decode()
    assert not [name for name, rows in data.items() if "concern" in name and rows]
    assert Concern.objects.exists()
    assert not [concern.description for concern in Concern.objects.all() if concern.description in text]


@pytest.mark.django_db
def test_the_managers_download_for_a_person_is_the_persons_own_export(
    manager_client, mentor_client, mentor, supervision_world
):
    def without_time(response):
        data = json.loads(response.content)
        data.pop("exported_at")
        return data

    assert without_time(manager_client.get(reverse("person_data", args=[mentor.pk]))) == without_time(
        mentor_client.get(reverse("my_data"))
    )

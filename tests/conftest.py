"""One user per role, a small curriculum, and logged-in clients. Tests build more with tests.factories."""

import json

import pytest
from django.conf import settings
from django.test import Client
from django.test.testcases import LiveServerThread
from wagtail.models import Site

from mentorsite.users.roles import COACH, FACILITATOR, MANAGER, MENTOR
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    SeminarPageFactory,
    TrackPageFactory,
    UserFactory,
    knowledge_check_block,
    paragraph_block,
)
from tests.helpers import sign_in
from tests.live_server import OneRequestAtATimeServer

# pytest-django's live_server builds Django's LiveServerThread, which takes its server class from here.
LiveServerThread.server_class = OneRequestAtATimeServer


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rate limits and Wagtail's site-root cache live there)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def programme_language():
    """Each test starts in the programme's language. A request activates its reader's language for the rest of
    the thread, so without this a Danish request in one test left the next test's messages in Danish."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_document_storage():
    """Rendered PDFs of one test are never served to another (both keep them in memory)."""
    from django.core.files.storage import storages

    storage = storages["documents"]
    if storage.exists("rendered"):
        for name in storage.listdir("rendered")[1]:
            storage.delete(f"rendered/{name}")


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def programme(home):
    return ProgrammePageFactory(parent=home, title="Mentor programme")


@pytest.fixture
def mentor_track(programme):
    return TrackPageFactory(parent=programme, title="Mentor track")


@pytest.fixture
def coach_track(programme, mentor_track):
    return TrackPageFactory(parent=programme, title="Coach track", builds_on=mentor_track)


@pytest.fixture
def module(mentor_track):
    return ModulePageFactory(parent=mentor_track, title="Open questions")


@pytest.fixture
def lesson(module):
    """A lesson completed by marking it done (it has no knowledge check)."""
    return LessonPageFactory(parent=module, title="Asking open questions")


@pytest.fixture
def checked_lesson(module):
    """A lesson completed by passing its knowledge check (pass mark 100%)."""
    return LessonPageFactory(
        parent=module, title="Reflections", body=json.dumps([paragraph_block(), knowledge_check_block()])
    )


@pytest.fixture
def seminar(mentor_track):
    return SeminarPageFactory(parent=mentor_track, title="Two-day seminar 1")


@pytest.fixture
def cohort(db):
    return CohortFactory(name="Spring")


@pytest.fixture
def other_cohort(db):
    return CohortFactory(name="Autumn")


@pytest.fixture
def mentor(cohort, mentor_track):
    user = UserFactory(username="mentor", first_name="Maja", cohort=cohort, roles=[MENTOR])
    EnrolmentFactory(user=user, track=mentor_track)
    return user


@pytest.fixture
def coach(cohort, mentor_track, coach_track):
    user = UserFactory(username="coach", first_name="Rasmus", cohort=cohort, roles=[MENTOR, COACH])
    EnrolmentFactory(user=user, track=coach_track)
    return user


@pytest.fixture
def outsider(other_cohort):
    """A mentor of another cohort who is enrolled in nothing."""
    return UserFactory(username="outsider", cohort=other_cohort, roles=[MENTOR])


@pytest.fixture
def facilitator(db):
    return UserFactory(username="facilitator", roles=[FACILITATOR])


@pytest.fixture
def manager(db):
    return UserFactory(username="manager", roles=[MANAGER])


def _client_for(user):
    client = Client()
    sign_in(client, user)
    return client


@pytest.fixture
def mentor_client(mentor):
    return _client_for(mentor)


@pytest.fixture
def coach_client(coach):
    return _client_for(coach)


@pytest.fixture
def outsider_client(outsider):
    return _client_for(outsider)


@pytest.fixture
def facilitator_client(facilitator):
    return _client_for(facilitator)


@pytest.fixture
def manager_client(manager):
    return _client_for(manager)


# Scheduling -------------------------------------------------------------------------------------


def at(days, hour=10, minutes=0):
    """An aware datetime `days` from today at `hour`:`minutes` programme time."""
    from datetime import datetime, time, timedelta

    from django.utils import timezone

    date = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(date, time(hour, minutes)))


@pytest.fixture
def seminar_day(seminar, cohort, facilitator):
    """Day 1 of `seminar` for the Spring cohort, in two days."""
    from courses.models import SeminarSession

    return SeminarSession.objects.create(
        seminar=seminar,
        cohort=cohort,
        day=1,
        starts_at=at(2, 9),
        ends_at=at(2, 16),
        venue="Room 2",
        organiser=facilitator,
    )


@pytest.fixture
def networking_day(facilitator):
    from networking.models import NetworkingDay

    return NetworkingDay.objects.create(
        title="Networking day", starts_at=at(5, 10), ends_at=at(5, 16), capacity=1, organiser=facilitator
    )


@pytest.fixture
def assignment(coach, mentor):
    from supervision.models import CoachAssignment

    return CoachAssignment.objects.create(coach=coach, mentor=mentor, starts_on=at(-10).date())


@pytest.fixture
def supervision_slot(coach, assignment):
    from supervision.models import SupervisionSession

    return SupervisionSession.objects.create(
        title="Supervision with Rasmus",
        starts_at=at(3, 10),
        ends_at=at(3, 11),
        organiser=coach,
        online_url="https://meet.example.org/x",
    )


# Supervision records ----------------------------------------------------------------------------

PRIVATE_NOTE = "PRIVATE-NOTE-7d1f: worries about case K-17 (no characters that HTML would escape)"


@pytest.fixture
def final_record(coach, mentor, assignment):
    from django.utils import timezone

    from supervision.models import AgreedAction, SupervisionRecord

    record = SupervisionRecord.objects.create(
        coach=coach,
        held_on=timezone.localdate(),
        duration_minutes=60,
        format="one_to_one",
        summary="We practised complex reflections around case K-17.",
        private_notes=PRIVATE_NOTE,
        status=SupervisionRecord.Status.FINAL,
        finalised_at=timezone.now(),
    )
    record.attendees.add(mentor)
    AgreedAction.objects.create(record=record, description="Try two reflections per question", owner=mentor)
    return record


@pytest.fixture
def draft_record(coach, mentor, assignment):
    from django.utils import timezone

    from supervision.models import SupervisionRecord

    record = SupervisionRecord.objects.create(
        coach=coach, held_on=timezone.localdate(), duration_minutes=45, format="one_to_one", summary="Draft."
    )
    record.attendees.add(mentor)
    return record


@pytest.fixture
def concern(final_record, coach):
    from supervision.models import Concern

    return Concern.objects.create(record=final_record, raised_by=coach, category="wellbeing", description="Tired.")


def miti_values(**overrides):
    values = {
        "cultivating_change_talk": 3,
        "softening_sustain_talk": 3,
        "partnership": 4,
        "empathy": 4,
        "giving_information": 2,
        "persuade": 1,
        "persuade_with_permission": 1,
        "question": 10,
        "simple_reflection": 6,
        "complex_reflection": 4,
        "affirm": 2,
        "seeking_collaboration": 1,
        "emphasizing_autonomy": 1,
        "confront": 0,
    }
    values.update(overrides)
    return values


@pytest.fixture
def coding(coach, mentor, assignment):
    from supervision.models import MitiCoding

    return MitiCoding.objects.create(coach=coach, mentor=mentor, **miti_values())


@pytest.fixture
def reference_transcript(db):
    """A reference transcript whose model coding is miti_values()."""
    from supervision.models import ReferenceTranscript

    return ReferenceTranscript.objects.create(
        title="The flat",
        setting="Probation office",
        transcript="Mentor: What would you like to talk about?\n\nMentee: The flat.",
        rationale="One open question.",
        **miti_values(),
    )


@pytest.fixture
def calibration_coding(coach, reference_transcript):
    """The coach's coding of the reference transcript, in agreement with its model coding."""
    from supervision.models import CalibrationCoding

    return CalibrationCoding.objects.create(coach=coach, transcript=reference_transcript, **miti_values())


# Briefings --------------------------------------------------------------------------------------


@pytest.fixture
def briefing_index(home):
    from tests.factories import BriefingIndexPageFactory

    return BriefingIndexPageFactory(parent=home, title="Briefings", slug="briefings")


@pytest.fixture
def urgent_briefing(briefing_index):
    from tests.factories import BriefingPageFactory

    return BriefingPageFactory(parent=briefing_index, title="Travel to conflict zones", urgency="urgent")


# Test modules whose tests share a module-scoped fixture too costly to set up twice (the fault tests' private
# PostgreSQL, Redis and app servers): under pytest-xdist one worker runs all of such a module.
KEPT_TOGETHER = ("tests/faults/",)


def pytest_xdist_make_scheduler(config, log):
    """`make test` (--dist loadscope): each test is its own unit of work, except in KEPT_TOGETHER modules.

    Plain loadscope sends whole modules, which left one worker alone with the form fuzzer for most of a CI run;
    xdist's own loadgroup, made for this, does not group with pytest 9 (it renames node ids in a way pytest 9
    no longer reads).
    """
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SpreadExceptKeptTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            if nodeid.startswith(KEPT_TOGETHER):
                return super()._split_scope(nodeid)
            return nodeid

    return SpreadExceptKeptTogether(config, log)


def pytest_sessionfinish(session):
    """Under pytest-xdist each worker hands its figures to the controller, which prints their sum."""
    from tests.figures import FIGURES

    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["figures"] = dict(FIGURES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    from tests.figures import FIGURES

    FIGURES.update(getattr(node, "workeroutput", {}).get("figures", {}))


def pytest_terminal_summary(terminalreporter):
    """States the security figures (tests/figures.py) at the end of every run that produced any."""
    from tests.figures import FIGURES, LABELS

    if not FIGURES:
        return
    terminalreporter.section("security figures")
    for name, label in LABELS.items():
        if name in FIGURES:
            terminalreporter.write_line(f"{label}: {FIGURES[name]}")


# Mentoring ---------------------------------------------------------------------------------------


@pytest.fixture
def mentee_case(manager):
    """A case in motivational work, ready to be matched."""
    from mentoring.models import CaseStatus, Institution, MenteeCase, TargetGroup

    institution = Institution.objects.create(name="Nordhavn Fængsel", kind=Institution.Kind.PRISON)
    return MenteeCase.objects.create(
        code="K-201",
        institution=institution,
        target_group=TargetGroup.objects.get(code="extremism"),
        suggested_by=MenteeCase.SuggestedBy.SECURITY_UNIT,
        suggested_on=at(-60).date(),
        status=CaseStatus.MOTIVATING,
        status_changed_on=at(-40).date(),
    )


@pytest.fixture
def relationship(mentee_case, mentor, manager):
    """The mentor's relationship with K-201, matched a month ago, with a first agreement."""
    from mentoring.models import CaseStatus, Relationship
    from mentoring.services import write_agreement

    relationship = Relationship.objects.create(
        case=mentee_case, mentor=mentor, matched_on=at(-30).date(), matched_by=manager, reason="Knows the field."
    )
    mentee_case.status = CaseStatus.MATCHED
    mentee_case.save()
    write_agreement(
        relationship,
        manager,
        at(-30).date(),
        "Contact officer",
        [("housing", "Has a place to live from release.", "Visits the housing office with the mentee.")],
    )
    return relationship


@pytest.fixture
def review(relationship, manager):
    """A review of the relationship's agreement in the calendar, ten days ahead; the mentor has a place."""
    from mentoring.services import schedule_review

    return schedule_review(relationship, manager, at(10), at(10, hour=11), "Nordhavn Fængsel", "Contact officer")

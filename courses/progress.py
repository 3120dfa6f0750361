"""Progress rules: what a track requires, what a person has done, and how complete they are.

Everything here reads a fixed number of queries however many modules, lessons or people there are, so the
dashboard and the progress overview stay fast as the programme grows (tests hold them to that).

Rules:
- A module's requirement is its live lessons. Unpublished or deleted lessons never count; a module with no
  live lesson is not a requirement. A module is complete when all its live lessons are.
- A seminar requirement is met when the person attended every day of the seminar, with any cohort (a missed
  day is made up by attending the same day with another cohort). A networking-day requirement is met by
  attending that many networking days. Until then it is pending.
- A track is complete when all its requirements (including those of the track it builds on) are met.
- Progress counts units: each live lesson and each seminar is one unit, so every lesson moves the bar.
"""

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Q
from wagtail.models import Page

from courses.knowledge_check import mark, next_attempt
from courses.models import LessonCompletion, LessonPage, ModulePage, SeminarPage
from mentorsite.translations import active_language, original_ids, original_of, originals, show_in_language

MODULE = "module"
SEMINAR = "seminar"

COMPLETE = "complete"
IN_PROGRESS = "in_progress"
NOT_STARTED = "not_started"
PENDING = "pending"


def _parent_path(page):
    return page.path[: -Page.steplen]


@dataclass
class Requirement:
    """One thing a track demands: a module (with its live lessons) or a seminar."""

    page: Page
    kind: str
    lessons: list = field(default_factory=list)


@dataclass
class TrackStructure:
    track: Page
    requirements: list

    @property
    def lessons(self):
        return [lesson for requirement in self.requirements for lesson in requirement.lessons]


def _originals(pages):
    """The pages of record of these pages (a translated track counts as its original), in order."""
    first = original_ids(pages)
    return [page if first[page.pk] == page.pk else original_of(page) for page in pages]


# What a track requires is the same for every mentor until the page tree changes, and reading it was a third
# of a dashboard's time. So it is kept in the shared cache under a version that any saved, deleted or moved
# page replaces (connect_structure_signals, from apps.py). Pages reach the cache pickled, so each request gets
# its own copies and nothing one request does to them (titles in another language) reaches another.
STRUCTURE_VERSION_KEY = "courses:structure-version"
STRUCTURE_SECONDS = 24 * 60 * 60


def _structure_version():
    """(version, whether it was just made): nothing can be cached yet under a version just made."""
    version = cache.get(STRUCTURE_VERSION_KEY)
    if version is not None:
        return version, False
    # Two processes may both make one; the later wins, and structures are read again once more. Harmless.
    version = uuid.uuid4().hex
    cache.set(STRUCTURE_VERSION_KEY, version, None)
    return version, True


def page_tree_changed(**kwargs):
    """Any page saved, deleted or moved: every cached track structure is out of date."""
    cache.set(STRUCTURE_VERSION_KEY, uuid.uuid4().hex, None)


def _page_saved_or_deleted(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        page_tree_changed()


def connect_structure_signals():
    """Publishing and unpublishing save the page; a move rewrites its descendants' paths without saving them."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import post_page_move

    post_save.connect(_page_saved_or_deleted, dispatch_uid="courses.structure_saved")
    post_delete.connect(_page_saved_or_deleted, dispatch_uid="courses.structure_deleted")
    post_page_move.connect(page_tree_changed, dispatch_uid="courses.structure_moved")


def load_structures(tracks):
    """The requirements of each track, in tree order, read with a handful of queries for all tracks together
    (none while the page tree is unchanged since another request read them: see STRUCTURE_VERSION_KEY).

    Read from the originals, so translations neither add nor double requirements; titles are then shown in
    the reader's language.
    """
    tracks = _originals(tracks)
    if not tracks:
        return []
    version, new = _structure_version()
    key = ":".join(["courses:structures", version, active_language(), *(str(track.pk) for track in tracks)])
    structures = None if new else cache.get(key)
    if structures is None:
        structures = _read_structures(tracks)
        cache.set(key, structures, STRUCTURE_SECONDS)
    return structures


def _read_structures(tracks):
    chains = {track.pk: track.track_chain() for track in tracks}
    chain_tracks = {t.path: t for chain in chains.values() for t in chain}
    if not chain_tracks:
        return []
    under_tracks = reduce(or_, (Q(path__startswith=path) for path in chain_tracks))
    fields = [
        "id",
        "title",
        "slug",
        "path",
        "depth",
        "url_path",
        "live",
        "first_published_at",
        "translation_key",
        "locale",
    ]
    modules = list(ModulePage.objects.live().filter(under_tracks).only(*fields).order_by("path"))
    seminars = list(SeminarPage.objects.live().filter(under_tracks).only(*fields, "kind", "days").order_by("path"))
    lessons = list(LessonPage.objects.live().filter(under_tracks).only(*fields).order_by("path"))
    show_in_language([*chain_tracks.values(), *modules, *seminars, *lessons])

    lessons_by_module_path = {}
    for lesson in lessons:
        lessons_by_module_path.setdefault(_parent_path(lesson), []).append(lesson)

    requirements_by_track_path = {}
    children = sorted(modules + seminars, key=lambda page: page.path)
    for page in children:
        if isinstance(page, ModulePage):
            module_lessons = lessons_by_module_path.get(page.path, [])
            if not module_lessons:
                continue  # Nothing to study yet: an empty module is not a requirement.
            requirement = Requirement(page, MODULE, module_lessons)
        else:
            requirement = Requirement(page, SEMINAR)
        requirements_by_track_path.setdefault(_parent_path(page), []).append(requirement)

    return [
        TrackStructure(
            track,
            [r for chain_track in chains[track.pk] for r in requirements_by_track_path.get(chain_track.path, [])],
        )
        for track in tracks
    ]


def seminar_attendance(user_ids, structures):
    """Present attendance of these people: ({(user id, seminar id): {day: ended_at}}, {user id: [ended_at]}).

    The second part lists networking days attended, which meet networking-day requirements. Two queries.
    """
    from courses.models import SeminarPage
    from mentorsite.scheduling.models import Booking, Session

    seminar_ids = [r.page.pk for s in structures for r in s.requirements if r.kind == SEMINAR]
    days = {}
    networking = {}
    if not seminar_ids:
        return days, networking
    present = Booking.objects.filter(
        user_id__in=list(user_ids), attendance=Booking.Attendance.PRESENT, session__status=Session.Status.SCHEDULED
    )
    rows = present.filter(session__seminarsession__seminar_id__in=seminar_ids).values_list(
        "user_id", "session__seminarsession__seminar_id", "session__seminarsession__day", "session__ends_at"
    )
    for user_id, seminar_id, day, ended in rows:
        attended = days.setdefault((user_id, seminar_id), {})
        attended[day] = max(ended, attended.get(day, ended))
    wants_networking = any(
        r.page.kind == SeminarPage.Kind.NETWORKING_DAY for s in structures for r in s.requirements if r.kind == SEMINAR
    )
    if wants_networking:
        for user_id, ended in present.filter(session__kind=Session.Kind.NETWORKING).values_list(
            "user_id", "session__ends_at"
        ):
            networking.setdefault(user_id, []).append(ended)
    return days, networking


def _seminar_progress(requirement, user_id, attendance):
    from courses.models import SeminarPage

    days, networking = attendance
    seminar = requirement.page
    needed = max(seminar.days, 1)
    if seminar.kind == SeminarPage.Kind.NETWORKING_DAY:
        dates = sorted(networking.get(user_id, []))[:needed]
    else:
        attended = days.get((user_id, seminar.pk), {})
        dates = [attended[day] for day in range(1, needed + 1) if day in attended]
    if len(dates) >= needed:
        return RequirementProgress(requirement, needed, needed, COMPLETE, max(dates))
    return RequirementProgress(requirement, len(dates), needed, IN_PROGRESS if dates else PENDING)


def completion_dates(user_ids, lessons):
    """{(user id, lesson id): completed_at} for these people and lessons, in one query."""
    rows = LessonCompletion.objects.filter(user_id__in=list(user_ids), lesson_id__in=[lesson.pk for lesson in lessons])
    return {
        (user_id, lesson_id): at for user_id, lesson_id, at in rows.values_list("user_id", "lesson_id", "completed_at")
    }


@dataclass
class RequirementProgress:
    requirement: Requirement
    done: int
    total: int
    state: str
    completed_on: datetime | None = None

    @property
    def page(self):
        return self.requirement.page

    @property
    def kind(self):
        return self.requirement.kind


@dataclass
class TrackProgress:
    """One person's progress in one track, as the dashboard, the track page and the overview show it."""

    track: Page
    requirements: list
    done_units: int
    total_units: int
    next_lesson: Page | None
    last_activity: datetime | None

    @property
    def percent(self):
        return round(100 * self.done_units / self.total_units) if self.total_units else 0

    @property
    def is_complete(self):
        return bool(self.requirements) and all(r.state == COMPLETE for r in self.requirements)

    @property
    def completed_on(self):
        if not self.is_complete:
            return None
        return max(r.completed_on for r in self.requirements)

    @property
    def pending_seminars(self):
        return [r for r in self.requirements if r.state == PENDING]


def _track_progress(structure, user_id, dates, attendance):
    requirements = []
    done_units = total_units = 0
    next_lesson = None
    last_activity = None
    for requirement in structure.requirements:
        if requirement.kind == SEMINAR:
            seminar_progress = _seminar_progress(requirement, user_id, attendance)
            requirements.append(seminar_progress)
            total_units += 1
            done_units += seminar_progress.state == COMPLETE
            continue
        finished = [dates[(user_id, lesson.pk)] for lesson in requirement.lessons if (user_id, lesson.pk) in dates]
        total = len(requirement.lessons)
        if next_lesson is None and len(finished) < total:
            next_lesson = next(lesson for lesson in requirement.lessons if (user_id, lesson.pk) not in dates)
        if finished:
            latest = max(finished)
            last_activity = latest if last_activity is None else max(last_activity, latest)
        if len(finished) == total:
            state, completed_on = COMPLETE, max(finished)
        else:
            state, completed_on = (IN_PROGRESS if finished else NOT_STARTED), None
        requirements.append(RequirementProgress(requirement, len(finished), total, state, completed_on))
        done_units += len(finished)
        total_units += total
    return TrackProgress(structure.track, requirements, done_units, total_units, next_lesson, last_activity)


def progress_for_tracks(user, tracks):
    """The user's progress in each of `tracks`."""
    structures = load_structures(tracks)
    all_lessons = [lesson for structure in structures for lesson in structure.lessons]
    if not user.is_authenticated:
        return [_track_progress(structure, None, {}, ({}, {})) for structure in structures]
    dates = completion_dates([user.pk], all_lessons)
    attendance = seminar_attendance([user.pk], structures)
    return [_track_progress(structure, user.pk, dates, attendance) for structure in structures]


def progress_for_people(people, track):
    """Each person's progress in `track`, in the order given: the rows of the progress overview."""
    people = list(people)
    [structure] = load_structures([track])
    user_ids = [person.pk for person in people]
    dates = completion_dates(user_ids, structure.lessons)
    attendance = seminar_attendance(user_ids, [structure])
    return structure, [(person, _track_progress(structure, person.pk, dates, attendance)) for person in people]


@dataclass
class LessonState:
    lesson: Page
    completed_at: datetime | None
    is_new: bool


def module_lesson_states(user, module):
    """The module's live lessons with this person's state: completed (when), new, or to do.

    A lesson is "new" for someone who had already started the module before it was first published:
    it is what put a finished module back in progress.
    """
    module = original_of(module)
    lessons = show_in_language(LessonPage.objects.child_of(module).live().order_by("path"))
    dates = {lesson_id: at for (_, lesson_id), at in completion_dates([user.pk], lessons).items()}
    started = min(dates.values()) if dates else None
    return [
        LessonState(
            lesson,
            dates.get(lesson.pk),
            is_new=(
                lesson.pk not in dates
                and started is not None
                and lesson.first_published_at is not None
                and lesson.first_published_at > started
            ),
        )
        for lesson in lessons
    ]


def complete_lesson(user, lesson, method):
    """Record that `user` completed `lesson` (in whichever language: the record is the original's). Idempotent,
    also when two requests race: one record, ever."""
    lesson = original_of(lesson)
    try:
        with transaction.atomic():
            return LessonCompletion.objects.get_or_create(
                user=user, lesson=lesson, defaults={"method": method, "lesson_title": lesson.title}
            )
    except IntegrityError:
        # The other request won the race between our read and our insert; its record is the one.
        return LessonCompletion.objects.get(user=user, lesson=lesson), False


def lesson_context(user, lesson, attempt_id=None):
    """What the lesson template needs besides the page: completion, neighbours, reflections, attempts.

    `attempt_id` (from "?attempt=" after a submission) shows that attempt's marked result, if it is the user's.
    """
    from courses.access import user_may_study_page
    from courses.models import KnowledgeCheckAttempt, PracticeResponse, ReflectionAnswer
    from courses.refreshers import open_refresher_for_lesson

    shown = lesson
    lesson = original_of(lesson)
    # Attempts are kept against the original lesson, whatever language it was read in.
    lesson_pk = lesson.pk
    siblings = show_in_language(
        LessonPage.objects.sibling_of(lesson)
        .live()
        .only("id", "title", "path", "url_path", "translation_key", "locale")
        .order_by("path")
    )
    position = next((i for i, sibling in enumerate(siblings) if sibling.pk == lesson.pk), None)
    previous_lesson = siblings[position - 1] if position else None
    next_lesson = siblings[position + 1] if position is not None and position + 1 < len(siblings) else None

    may_study = user_may_study_page(user, lesson)
    completion = attempts = None
    answers = {}
    practice = []
    sent = {}
    refresher = refresher_step = None
    if may_study:
        completion = LessonCompletion.objects.filter(user=user, lesson=lesson).first()
        answers = {a.block_id: a for a in ReflectionAnswer.objects.filter(user=user, lesson=lesson)}
        practice = list(
            PracticeResponse.objects.filter(mentor=user, lesson=lesson)
            .select_related("feedback_by")
            .order_by("-sent_at", "-pk")
        )
        refresher = open_refresher_for_lesson(user, lesson)
        if refresher is not None:
            refresher_step = refresher.steps.filter(lesson=lesson).first()
        for response in reversed(practice):  # oldest first, so the newest copy of each reflection stays
            if response.kind == PracticeResponse.Kind.REFLECTION:
                sent[response.block_id] = response
        attempts = list(
            KnowledgeCheckAttempt.objects.filter(user=user, lesson=lesson).only(
                "score", "passed", "submitted_at", "number", "layout", "answers"
            )
        )
    from courses.briefings import current
    from courses.models import BriefingPage, BriefingRelatedPage

    module = lesson.get_parent()
    # Each briefing once, though it may update both the lesson and its module, and its translations carry
    # the same links.
    links = (
        BriefingRelatedPage.objects.filter(
            page_id__in=[lesson.pk, module.pk],
            briefing__live=True,
            briefing__in=current(originals(BriefingPage.objects.all())),
        )
        .select_related("briefing")
        .order_by("-briefing__published_on", "-briefing_id")
    )
    latest_briefings = show_in_language(list({link.briefing_id: link.briefing for link in links}.values())[:3])
    show_in_language([module])
    # The questions and prompts are read in the language shown; their block ids are the same in every language.
    lesson = shown
    check = lesson.knowledge_check
    check_result = None
    attempt_number, layout = None, {}
    if check is not None:
        latest = max(attempts or [], key=lambda attempt: attempt.number, default=None)
        attempt_number, layout = next_attempt(check, user.pk, lesson_pk, latest)
    if check is not None and attempt_id and attempts:
        marked = next((a for a in attempts if str(a.pk) == str(attempt_id)), None)
        if marked is not None:
            written = {response.block_id: response.text for response in practice if response.attempt_id == marked.pk}
            check_result = mark(check, marked.answers, marked.layout, written)
    return {
        "latest_briefings": latest_briefings,
        "check_result": check_result,
        "may_study": may_study,
        "completion": completion,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "module": module,
        # Each block with the mentor's reflection on it and the latest copy of it they sent their coach.
        "lesson_blocks": [(block, answers.get(block.id), sent.get(block.id)) for block in lesson.body],
        # What the mentor sent their coach from this lesson, newest first, with the feedback.
        "practice_responses": practice,
        # The person's open refresher that asks for this lesson, and the lesson's step in it once done.
        "refresher": refresher,
        "refresher_step": refresher_step,
        "attempts": attempts or [],
        "has_knowledge_check": check is not None,
        # The next attempt's questions, unmarked, so the form and a marked result share one template.
        "unmarked_questions": mark(check, {}, layout).questions if check is not None else [],
        "attempt_number": attempt_number,
        "questions_asked": len(layout.get("questions", [])),
    }

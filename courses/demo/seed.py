"""Demo step of courses: the curriculum from the source report, people, progress and the seminar schedule.

Idempotent: every page, person, enrolment and session is created only when missing, and nothing that
exists is changed, so `make run` may call it every time without losing anyone's work.
"""

import json
import random
import uuid
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Site

from courses.blocks import SINGLE, WRITTEN
from courses.certificates import issue
from courses.knowledge_check import mark, next_attempt
from courses.models import (
    BriefingConfirmation,
    BriefingIndexPage,
    BriefingNotice,
    BriefingPage,
    BriefingRelatedPage,
    Certificate,
    Enrolment,
    KnowledgeCheckAttempt,
    LessonCompletion,
    LessonPage,
    ModulePage,
    PracticeResponse,
    ProgrammePage,
    ReflectionAnswer,
    Refresher,
    SeminarPage,
    SeminarSession,
    TrackPage,
    TrackRefresherModule,
)
from mentorsite.home.models import HomePage
from mentorsite.scheduling.models import Booking
from mentorsite.users.models import Cohort
from mentorsite.users.roles import COACH, FACILITATOR, MANAGER, MENTOR

DEMO_PASSWORD = "mentoring-demo"  # noqa: S105 - shown in the README; demo data only
COHORT_START = datetime(2026, 3, 2).date()
# When the demo curriculum was "published": before the cohort started, so no lesson looks new.
CURRICULUM_PUBLISHED = timezone.make_aware(datetime(2026, 2, 16, 9, 0))

STAFF = [
    ("manager", "Henriette", "Lund", MANAGER, "Programme manager of the demo programme."),
    ("facilitator", "Jonas", "Kjær", FACILITATOR, "Runs the seminars and keeps the curriculum current."),
]
# (username, first name, last name, lessons done in track order; None: every lesson). All names are invented.
MENTORS = [
    ("mentor", "Maja", "Sørensen", 6),
    ("amir.haddad", "Amir", "Haddad", None),
    ("birgitte.holm", "Birgitte", "Holm", 19),
    ("christian.dahl", "Christian", "Dahl", 14),
    ("dilan.aksoy", "Dilan", "Aksoy", 10),
    ("emil.bach", "Emil", "Bach", 5),
    ("fatima.elsayed", "Fatima", "El-Sayed", 3),
    ("gustav.vinter", "Gustav", "Vinter", 2),
    ("hanne.mortensen", "Hanne", "Mortensen", 1),
    ("ida.frost", "Ida", "Frost", 0),
]
COACH_ACCOUNT = ("coach", "Rasmus", "Østergaard", None)
# What demo mentors write where a knowledge check asks for a written response: the mix a coach meets, from a
# good complex reflection to a question that slips into the righting reflex (supervision.demo gives feedback).
WRITTEN_RESPONSES = [
    "You feel handled like a file rather than a person, and you'd like someone to ask about your own plans.",
    "Nobody asks what you want.",
    "Have you told your probation officer what you want?",
    "You're fed up with being checked on, and you want a say in what happens next.",
]


def _item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _stream_block(block_type, value):
    """Turn a block from the demo curriculum into Wagtail's raw StreamField form, ids included."""
    if block_type == "heading":
        value = {"text": value, "level": "h2"}
    elif block_type == "knowledge_check":
        value = {
            "title": value["title"],
            "pass_mark": value["pass_mark"],
            "questions": [
                _item(
                    {
                        "question": question["question"],
                        "kind": question["kind"],
                        "answers": [_item(dict(answer)) for answer in question["answers"]],
                        "model_answer": question.get("model_answer", ""),
                    }
                )
                for question in value["questions"]
            ],
            **({"questions_per_attempt": value["questions_per_attempt"]} if value.get("questions_per_attempt") else {}),
        }
    elif block_type == "dialogue":
        value = {**value, "turns": [_item(dict(turn)) for turn in value["turns"]]}
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _plan_block(block_type, value):
    """A session plan item of a demo seminar in Wagtail's raw StreamField form, ids included."""
    if block_type == "role_play":
        value = {**value, "roles": [_item(dict(role)) for role in value["roles"]]}
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def seed_courses():
    CoursesDemo().run()


def seed_refresher():
    """The graduate's certificate, issued when she finished the mentor track (networking days included, so after
    the networking step), lapses within the notice period: her refresher is assigned and its reminder counts as
    sent (the demo sends no mail)."""
    graduate = get_user_model().objects.get(username="graduate")
    track = TrackPage.objects.get(slug="mentor-track", locale__language_code="en")
    if Certificate.objects.filter(user=graduate, track=track).exists():
        return
    certificate, _progress = issue(graduate, track)
    issued_at = timezone.make_aware(datetime.combine(certificate.completed_on, time(19, 30)))
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=issued_at)
    horizon = timezone.localdate() + timedelta(days=settings.REFRESHER_NOTICE_DAYS)
    if certificate.expires_on and certificate.expires_on <= horizon:
        Refresher.objects.create(certificate=certificate, due_on=certificate.expires_on, reminded_at=timezone.now())


class CoursesDemo:
    def run(self):
        programme, mentor_track, coach_track = self.build_curriculum()
        cohort, _ = Cohort.objects.get_or_create(
            name="Spring 2026",
            defaults={
                "starts_on": COHORT_START,
                "ends_on": COHORT_START + timedelta(days=365),
                "description": "Demo cohort: ten invented mentors at different stages of the mentor track.",
            },
        )
        self.build_people(cohort, mentor_track, coach_track)
        self.build_schedule(cohort, mentor_track, coach_track)
        self.build_graduate(mentor_track)
        self.build_briefings()

    # Curriculum ---------------------------------------------------------------------------------

    def child(self, parent, model, slug, **fields):
        """The published child page with this slug, created (and published) only when missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        model.objects.filter(pk=page.pk).update(
            first_published_at=CURRICULUM_PUBLISHED, last_published_at=CURRICULUM_PUBLISHED
        )
        page.refresh_from_db()
        return page

    def build_curriculum(self):
        # Imported here: the content files are read when the demo is built, not in every process that starts
        # (courses.apps registers this step at start-up).
        from courses.demo import curriculum

        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if isinstance(home, HomePage) and not home.introduction:
            home.introduction = (
                "Training for mentors who help people in prison and on probation leave extremist "
                "and gang environments. Demo material: the people and content here are invented."
            )
            home.save_revision().publish()

        programme = self.child(
            home,
            ProgrammePage,
            "mentor-programme",
            title="Back on Track mentor programme",
            introduction=(
                "<p>A year of training for mentors: self-study in motivational interviewing, "
                "seminars, a course on extremism and radicalisation, and networking days with mentors of "
                "every intake. Mentor coaches add two days of coach training.</p>"
            ),
            issuing_organisation="Demo Prison and Probation Service",
        )
        mentor_track = self.child(
            programme,
            TrackPage,
            "mentor-track",
            title="Mentor track",
            introduction=(
                "<p>Everything a mentor completes before and while working with a mentee: eight modules that "
                "follow motivational interviewing through its four processes and apply it to leaving extremist "
                "groups and gangs and to the mentor role, and the seminars that go with them.</p>"
            ),
        )
        self.build_track_content(mentor_track, curriculum.MENTOR_MODULES, curriculum.SEMINARS)
        if not mentor_track.certificate_valid_months:
            # A yearly refresher: the report's mentors met again for follow-up seminars, and MI fades unpractised.
            mentor_track.certificate_valid_months = 12
            refresher = mentor_track.get_children().get(slug="change-talk-and-sustain-talk").specific
            mentor_track.refresher_modules = [TrackRefresherModule(module=refresher)]
            mentor_track.save_revision().publish()
            mentor_track.refresh_from_db()
        coach_track = self.child(
            programme,
            TrackPage,
            "coach-track",
            title="Mentor coach track",
            introduction=(
                "<p>For mentors who also supervise fellow mentors: the whole mentor track plus coach training.</p>"
            ),
            builds_on=mentor_track,
        )
        self.build_track_content(coach_track, curriculum.COACH_MODULES, curriculum.COACH_SEMINARS)
        return programme, mentor_track, coach_track

    def build_track_content(self, track, modules, seminars):
        # Modules first, then seminars: the order a mentor meets them in the requirements list.
        for module_data in modules:
            module = self.child(
                track,
                ModulePage,
                module_data["slug"],
                title=module_data["title"],
                introduction=module_data["intro"],
                estimated_minutes=module_data["estimated_minutes"],
            )
            for lesson_data in module_data["lessons"]:
                self.child(
                    module,
                    LessonPage,
                    lesson_data["slug"],
                    title=lesson_data["title"],
                    summary=lesson_data["summary"],
                    body=json.dumps([_stream_block(kind, value) for kind, value in lesson_data["body"]]),
                )
        for seminar in seminars:
            self.child(
                track,
                SeminarPage,
                seminar["slug"],
                title=seminar["title"],
                kind=seminar["kind"],
                days=seminar["days"],
                objectives=seminar["objectives"],
                preparation=seminar["preparation"],
                session_plan=json.dumps([_plan_block(kind, value) for kind, value in seminar["session_plan"]]),
            )

    # People -------------------------------------------------------------------------------------

    def person(self, username, first_name, last_name, role, cohort=None):
        """The demo account, created with the demo password when missing; (user, created)."""
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
                "cohort": cohort,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.add(Group.objects.get(name=role))
        return user, created

    def build_people(self, cohort, mentor_track, coach_track):
        for username, first, last, role, _ in STAFF:
            self.person(username, first, last, role)

        lessons = list(LessonPage.objects.live().descendant_of(mentor_track).order_by("path"))
        for index, (username, first, last, done) in enumerate(MENTORS):
            user, created = self.person(username, first, last, MENTOR, cohort)
            Enrolment.objects.get_or_create(user=user, track=mentor_track, defaults={"enrolled_on": COHORT_START})
            if created:
                self.record_progress(user, lessons[:done], offset_days=index)
                if username == "hanne.mortensen":
                    # Some mentors drop out (the report saw two of twelve); the programme report lists why.
                    user.left_programme_on = timezone.localdate() - timedelta(days=20)
                    user.leaving_reason = "Personal reasons"
                    user.save(update_fields=["left_programme_on", "leaving_reason"])

        username, first, last, done = COACH_ACCOUNT
        coach, created = self.person(username, first, last, COACH, cohort)
        coach.groups.add(Group.objects.get(name=MENTOR))  # A coach is a mentor too.
        for track in (mentor_track, coach_track):
            Enrolment.objects.get_or_create(user=coach, track=track, defaults={"enrolled_on": COHORT_START})
        if created:
            self.record_progress(coach, lessons[:done], offset_days=2)

    def record_progress(self, user, lessons, offset_days):
        """Back-dated completions, one lesson every few days from the cohort's start."""
        for number, lesson in enumerate(lessons):
            day = COHORT_START + timedelta(days=offset_days + 4 * number)
            at = timezone.make_aware(datetime.combine(day, time(19, 30)))
            check = lesson.knowledge_check
            method = LessonCompletion.Method.MARKED
            if check is not None:
                method = LessonCompletion.Method.KNOWLEDGE_CHECK
                self.record_attempts(user, lesson, check, at)
            LessonCompletion.objects.get_or_create(
                user=user, lesson=lesson, defaults={"lesson_title": lesson.title, "method": method, "completed_at": at}
            )
            for reflection in lesson.reflection_blocks[:1]:
                if number % 3 == 0:
                    ReflectionAnswer.objects.get_or_create(
                        user=user,
                        lesson=lesson,
                        block_id=reflection.id,
                        defaults={
                            "lesson_title": lesson.title,
                            "prompt": reflection.value["prompt"],
                            "text": "Demo reflection: I noticed I wanted to give advice straight away. "
                            "Next time I will ask an open question first and reflect what I hear.",
                        },
                    )

    def record_attempts(self, user, lesson, check, at):
        """A first attempt with the slips people make (about one answer in five), and where it failed, a second
        one the next day that passes: the item statistics then have something true to show."""
        slips = random.Random(f"{user.username}:{lesson.slug}")  # noqa: S311 - demo data, not a secret
        latest = None
        for number in (1, 2):
            number, layout = next_attempt(check, user.pk, lesson.pk, latest)
            chosen = {}
            for question in check.value["questions"].bound_blocks:
                answers = question.value["answers"].bound_blocks
                right = [a.id for a in answers if a.value["correct"]]
                wrong = [a.id for a in answers if not a.value["correct"]]
                if number == 1 and wrong and slips.random() < 0.2:
                    # A lure on a single-choice question; one right answer missed on a multiple-choice one.
                    right = [slips.choice(wrong)] if question.value["kind"] == SINGLE or len(right) == 1 else right[1:]
                chosen[question.id] = sorted(right)
            result = mark(check, chosen, layout)
            latest = KnowledgeCheckAttempt.objects.create(
                user=user,
                lesson=lesson,
                lesson_title=lesson.title,
                number=number,
                layout=layout,
                answers=chosen,
                score=result.score,
                passed=result.passed,
                submitted_at=at - timedelta(days=1) if number == 1 and not result.passed else at,
            )
            PracticeResponse.objects.bulk_create(
                PracticeResponse(
                    mentor=user,
                    kind=PracticeResponse.Kind.WRITTEN,
                    lesson=lesson,
                    lesson_title=lesson.title,
                    block_id=question.id,
                    prompt=question.question,
                    text=slips.choice(WRITTEN_RESPONSES),
                    attempt=latest,
                    sent_at=latest.submitted_at,
                )
                for question in result.questions
                if question.kind == WRITTEN
            )
            if result.passed:
                return

    # Schedule -----------------------------------------------------------------------------------

    def build_schedule(self, cohort, mentor_track, coach_track):
        """Seminar days relative to today: past ones with attendance, one recent day still to register, future ones.

        Only runs when the cohort has no seminar days yet, so a facilitator's own planning is never touched.
        """
        if SeminarSession.objects.filter(cohort=cohort).exists():
            return
        facilitator = get_user_model().objects.get(username="facilitator")
        # (seminar slug, days from today of its first day, attendance recorded?)
        plan = [
            ("seminar-1-foundations", -200, True),
            ("seminar-2-mi-skills", -140, True),
            ("seminar-3-plans-release-families", -80, True),
            ("follow-up-1", -6, False),
            ("extremism-and-radicalisation-course", 14, False),
            ("follow-up-2", 45, False),
        ]
        members = list(get_user_model().objects.filter(cohort=cohort, groups__name=MENTOR).distinct())
        for slug, offset, attended in plan:
            seminar = SeminarPage.objects.descendant_of(mentor_track).get(slug=slug)
            for day in range(1, seminar.days + 1):
                session = self.seminar_day(seminar, cohort, day, offset + day - 1, facilitator)
                if attended:
                    for member in members:
                        # Ida missed the second seminar's second day: a day to make up with another cohort.
                        missed = member.username == "ida.frost" and slug == "seminar-2-mi-skills" and day == 2
                        Booking.objects.create(
                            session=session,
                            user=member,
                            attendance=Booking.Attendance.ABSENT if missed else Booking.Attendance.PRESENT,
                            attendance_recorded_by=facilitator,
                            attendance_recorded_at=session.ends_at,
                        )
        coach = get_user_model().objects.get(username="coach")
        for slug, offset, attended in (
            ("coach-training-day-1-role-and-supervision", -60, True),
            ("coach-training-day-2-feedback-and-concerns", 21, False),
        ):
            seminar = SeminarPage.objects.descendant_of(coach_track).filter(slug=slug).first()
            if seminar is None:
                continue
            session = self.seminar_day(seminar, cohort, 1, offset, facilitator)
            if attended:
                Booking.objects.create(
                    session=session,
                    user=coach,
                    attendance=Booking.Attendance.PRESENT,
                    attendance_recorded_by=facilitator,
                )

    def seminar_day(self, seminar, cohort, day, offset_days, facilitator):
        date = timezone.localdate() + timedelta(days=offset_days)
        return SeminarSession.objects.create(
            seminar=seminar,
            cohort=cohort,
            day=day,
            starts_at=timezone.make_aware(datetime.combine(date, time(9, 30))),
            ends_at=timezone.make_aware(datetime.combine(date, time(16, 0))),
            venue="Demo training centre, room 2",
            capacity=20,
            organiser=facilitator,
        )

    # A graduate ---------------------------------------------------------------------------------

    def build_graduate(self, mentor_track):
        """A mentor of an earlier intake who finished the whole mentor track: she can download a certificate."""
        earlier, _ = Cohort.objects.get_or_create(
            name="Autumn 2025",
            defaults={
                "starts_on": timezone.localdate() - timedelta(days=420),
                "ends_on": timezone.localdate() - timedelta(days=60),
                "description": "Demo cohort that has finished its training.",
            },
        )
        graduate, created = self.person("graduate", "Søs", "Ærø-Håkansson", MENTOR, earlier)
        Enrolment.objects.get_or_create(user=graduate, track=mentor_track, defaults={"enrolled_on": earlier.starts_on})
        if not created:
            return
        facilitator = get_user_model().objects.get(username="facilitator")
        lessons = list(LessonPage.objects.live().descendant_of(mentor_track).order_by("path"))
        self.record_progress(graduate, lessons, offset_days=-400 - (COHORT_START - timezone.localdate()).days)
        seminars = SeminarPage.objects.live().child_of(mentor_track).exclude(kind=SeminarPage.Kind.NETWORKING_DAY)
        for number, seminar in enumerate(seminars.order_by("path")):
            for day in range(1, seminar.days + 1):
                session = self.seminar_day(seminar, earlier, day, -380 + 40 * number + day - 1, facilitator)
                Booking.objects.create(
                    session=session,
                    user=graduate,
                    attendance=Booking.Attendance.PRESENT,
                    attendance_recorded_by=facilitator,
                    attendance_recorded_at=session.ends_at,
                )

    # Briefings ----------------------------------------------------------------------------------

    def build_briefings(self):
        """The briefings index and the demo briefings, dated back from today; their e-mails count as sent."""
        from courses.briefings import audience
        from courses.demo import curriculum

        home = Site.objects.get(is_default_site=True).root_page.specific
        index = self.child(
            home,
            BriefingIndexPage,
            "briefings",
            title="Briefings",
            introduction="Updates on extremism and radicalisation for every active mentor and coach.",
        )
        people = list(audience())
        by_slug = {}
        for data in curriculum.BRIEFINGS:
            existing = index.get_children().filter(slug=data["slug"]).first()
            if existing is not None:
                by_slug[data["slug"]] = existing.specific
                continue
            published_on = timezone.localdate() - timedelta(days=data["published_days_ago"])
            briefing = BriefingPage(
                slug=data["slug"],
                title=data["title"],
                summary=data["summary"],
                urgency=data["urgency"],
                published_on=published_on,
                review_by=published_on + timedelta(days=data["review_in_days"]),
                supersedes=by_slug.get(data["supersedes"]),
                body=json.dumps([_stream_block(*self.briefing_block(kind, value)) for kind, value in data["body"]]),
            )
            index.add_child(instance=briefing)
            briefing.tags.add(*data["tags"])
            for module_slug in data["related_modules"]:
                module = ModulePage.objects.filter(slug=module_slug).first()
                if module is not None:
                    briefing.related_pages.add(BriefingRelatedPage(page=module))
            # The demo's e-mails went out when these were published, long before today.
            BriefingNotice.objects.bulk_create(
                [BriefingNotice(user=p, briefing=briefing, version=1, sent_at=timezone.now()) for p in people]
            )
            briefing.save_revision().publish()
            at = timezone.make_aware(datetime.combine(published_on, time(8, 0)))
            BriefingPage.objects.filter(pk=briefing.pk).update(first_published_at=at, last_published_at=at)
            if data["urgency"] != "urgent":
                # Most mentors have confirmed the older briefings; the urgent one is new to everyone.
                BriefingConfirmation.objects.bulk_create(
                    [
                        BriefingConfirmation(user=p, briefing=briefing, briefing_title=briefing.title, version=1)
                        for p in people[::2]
                    ]
                )
            by_slug[data["slug"]] = briefing

    @staticmethod
    def briefing_block(kind, value):
        if kind == "sources":
            return kind, [_item(dict(source, url=source.get("url", ""))) for source in value]
        return kind, value

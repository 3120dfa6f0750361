"""`manage.py bench_prepare`: the benchmark's larger programme, its reference page, its signed-in sessions, and
the plan the driver (mentorsite/bench/run.py) measures: every page with its address, whose session asks for
it and how many SQL queries it runs.

Run on the benchmark's own database after seed_demo. The larger programme: a track of 60 modules of three
lessons, a cohort of 1,000 mentors (--mentors) at every stage of it, a year of weekly seminar sessions for
them, and a year of briefings.
"""

import cProfile
import io
import json
import pstats
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Site

from courses.models import (
    BriefingIndexPage,
    BriefingPage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    ProgrammePage,
    SeminarPage,
    SeminarSession,
    TrackPage,
)
from mentorsite.bench.models import StockPage
from mentorsite.users.models import Cohort
from mentorsite.users.roles import MENTOR
from mentorsite.users.two_factor import second_factor_required

LARGE_TRACK_SLUG = "bench-large-track"
LARGE_COHORT = "Bench cohort"
MODULES, LESSONS_PER_MODULE = 60, 3
WEEKS = 52


class Command(BaseCommand):
    help = "Build the benchmark's larger programme and write the plan of pages to measure (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("--mentors", type=int, default=1000, help="Mentors in the large cohort.")
        parser.add_argument("--plan", required=True, help="Where to write the plan (JSON).")
        parser.add_argument("--profile", default="", help="Profile this page of the plan and print the top.")

    def handle(self, *args, mentors, plan, profile, **options):
        if "mentorsite.bench" not in settings.INSTALLED_APPS:
            raise CommandError("Run with DJANGO_SETTINGS_MODULE=mentorsite.settings.bench (make bench does).")
        with transaction.atomic():
            large_track, large_mentor = self.build_large_programme(mentors)
            stock = self.build_stock_page()
        pages = self.pages(large_track, large_mentor, stock)
        with open(plan, "w") as out:
            json.dump(pages, out, indent=1)
        if profile:
            self.profile(next(page for page in pages if page["name"] == profile))

    # The larger programme ---------------------------------------------------------------------------

    def build_large_programme(self, mentor_count):
        programme = ProgrammePage.objects.get(slug="mentor-programme", locale__language_code="en")
        existing = TrackPage.objects.filter(slug=LARGE_TRACK_SLUG).first()
        if existing is not None:
            return existing, get_user_model().objects.get(username="bench.mentor.0")
        # Real lesson content: every lesson of the large track has the body of a demo lesson with a knowledge
        # check, so pages are as heavy as the demo's.
        model_lesson = LessonPage.objects.get(slug="responding-to-change-and-sustain-talk", locale__language_code="en")
        track = TrackPage(title="Large track (benchmark)", slug=LARGE_TRACK_SLUG, introduction="<p>60 modules.</p>")
        programme.add_child(instance=track)
        lessons = []
        for number in range(1, MODULES + 1):
            module = ModulePage(
                title=f"Module {number}", slug=f"module-{number}", introduction="<p>A module.</p>", estimated_minutes=45
            )
            track.add_child(instance=module)
            for lesson_number in range(1, LESSONS_PER_MODULE + 1):
                lesson = LessonPage(
                    title=f"Lesson {number}.{lesson_number}",
                    slug=f"lesson-{number}-{lesson_number}",
                    summary=model_lesson.summary,
                    body=model_lesson.body.raw_data,
                )
                module.add_child(instance=lesson)
                lessons.append(lesson)
        seminar = SeminarPage(title="Weekly seminar", slug="weekly-seminar", kind="seminar", days=1, objectives="")
        track.add_child(instance=seminar)

        start = timezone.localdate() - timedelta(days=180)
        cohort = Cohort.objects.create(name=LARGE_COHORT, starts_on=start, ends_on=start + timedelta(days=365))
        password = make_password("mentoring-demo")
        User = get_user_model()
        User.objects.bulk_create(
            User(
                username=f"bench.mentor.{index}",
                first_name="Bench",
                last_name=f"Mentor {index}",
                email=f"bench.mentor.{index}@example.org",
                cohort=cohort,
                password=password,
            )
            for index in range(mentor_count)
        )
        people = list(User.objects.filter(cohort=cohort).order_by("pk"))
        mentor_group = Group.objects.get(name=MENTOR)
        User.groups.through.objects.bulk_create(
            User.groups.through(user_id=person.pk, group_id=mentor_group.pk) for person in people
        )
        Enrolment.objects.bulk_create(Enrolment(user=person, track=track, enrolled_on=start) for person in people)
        # Every stage of the track: person i has done i mod (all lessons + 1) lessons.
        now = timezone.now()
        completions = []
        for index, person in enumerate(people):
            done = index % (len(lessons) + 1)
            completions.extend(
                LessonCompletion(
                    user=person,
                    lesson=lesson,
                    lesson_title=lesson.title,
                    completed_at=now - timedelta(hours=done - position),
                    method=LessonCompletion.Method.MARKED,
                )
                for position, lesson in enumerate(lessons[:done])
            )
        LessonCompletion.objects.bulk_create(completions, batch_size=5000)

        organiser = User.objects.get(username="facilitator")
        first = timezone.make_aware(timezone.datetime.combine(start, timezone.datetime.min.time())) + timedelta(hours=9)
        for week in range(WEEKS):  # one by one: Django cannot bulk-create a model with a parent table
            SeminarSession.objects.create(
                title=f"Weekly seminar, week {week + 1}",
                starts_at=first + timedelta(weeks=week),
                ends_at=first + timedelta(weeks=week, hours=3),
                venue="Room 1",
                capacity=1000,
                seminar=seminar,
                cohort=cohort,
                day=1,
                organiser=organiser,
            )
        self.build_briefings(start)
        # The large mentor of the plan: halfway through the track.
        return track, people[len(lessons) // 2]

    def build_briefings(self, start):
        """A briefing a week for a year, each with the body of a demo briefing."""
        index = BriefingIndexPage.objects.filter(locale__language_code="en").first()
        model = BriefingPage.objects.filter(locale__language_code="en").first()
        for week in range(WEEKS):
            day = start + timedelta(weeks=week)
            index.add_child(
                instance=BriefingPage(
                    title=f"Weekly briefing {week + 1}",
                    slug=f"bench-briefing-{week + 1}",
                    summary=model.summary,
                    body=model.body.raw_data,
                    published_on=day,
                    review_by=day + timedelta(days=365),
                    urgency=model.urgency,
                )
            )

    def build_stock_page(self):
        home = Site.objects.get(is_default_site=True).root_page
        existing = StockPage.objects.first()
        if existing is not None:
            return existing
        paragraph = (
            "<p>" + "A paragraph of ordinary text, as an editor writes it, with <b>bold</b> words. " * 6 + "</p>"
        )
        body = []
        for number in range(1, 6):
            body += [{"type": "heading", "value": f"Section {number}"}, {"type": "paragraph", "value": paragraph}]
        body.append({"type": "quote", "value": "A quotation to close."})
        page = StockPage(title="Stock Wagtail page", slug="bench-stock-page", body=json.dumps(body))
        home.add_child(instance=page)
        page.save_revision().publish()
        return page

    # The plan ------------------------------------------------------------------------------------------

    def session_for(self, username):
        """A signed-in client for this person, with the second factor verified where their role needs it (as a
        real login with a code leaves the session); the same session key then signs in the load generator."""
        user = get_user_model().objects.get(username=username)
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        if second_factor_required(user):
            device, _created = TOTPDevice.objects.get_or_create(user=user, confirmed=True, defaults={"name": "Bench"})
            session = client.session
            session["otp_device_id"] = device.persistent_id
            session.save()
        return client

    def pages(self, large_track, large_mentor, stock):
        clients = {name: self.session_for(name) for name in ("mentor", "coach", "manager", "graduate")}
        clients[large_mentor.username] = self.session_for(large_mentor.username)
        clients["anonymous"] = Client(HTTP_HOST="127.0.0.1")

        module = ModulePage.objects.filter(locale__language_code="en", slug="core-skills-oars").first()
        module = module or ModulePage.objects.filter(locale__language_code="en").exclude(slug__startswith="module-")[0]
        lesson = LessonPage.objects.get(slug="responding-to-change-and-sustain-talk", locale__language_code="en")
        briefings = BriefingIndexPage.objects.filter(locale__language_code="en").first()
        mentor_track = TrackPage.objects.get(slug="mentor-track", locale__language_code="en")
        large_module = ModulePage.objects.child_of(large_track).order_by("path")[MODULES // 2]

        plan = [
            ("bare template view", "anonymous", "/bench/bare/", "reference"),
            ("stock Wagtail page, anonymous", "anonymous", stock.url, "reference"),
            ("mentor dashboard", "mentor", reverse("courses:dashboard"), "page"),
            ("module page", "mentor", module.url, "page"),
            ("lesson with knowledge check", "mentor", lesson.url, "page"),
            ("calendar", "mentor", reverse("scheduling:calendar"), "page"),
            ("briefings list", "mentor", briefings.url, "page"),
            ("search", "mentor", reverse("search") + "?q=reflections", "page"),
            ("my supervision", "mentor", reverse("supervision:mine"), "page"),
            ("dashboard, track of 60 modules", large_mentor.username, reverse("courses:dashboard"), "page"),
            ("module page, track of 60 modules", large_mentor.username, large_module.url, "page"),
            ("track page, 60 modules", large_mentor.username, large_track.url, "page"),
            ("coach: supervision overview", "coach", reverse("supervision:coach_overview"), "page"),
            ("coach: records", "coach", reverse("supervision:records"), "page"),
            (
                "certificate from its stored copy",
                "graduate",
                reverse("courses:certificate", args=[mentor_track.pk]),
                "file",
            ),
            ("module handout (PDF)", "mentor", reverse("courses:module_handout", args=[module.pk]), "file"),
            (
                f"progress overview CSV, {large_track.title}",
                "manager",
                reverse("courses:progress_overview_csv") + f"?track={large_track.pk}",
                "bulk",
            ),
        ]
        found = []
        for name, who, path, kind in plan:
            client = clients[who]
            started = time.perf_counter()
            client.get(path)  # the first request in a process loads what later ones find ready (and renders PDFs)
            first_seconds = time.perf_counter() - started
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            if response.status_code != 200:
                raise CommandError(f"{name}: {path} answered {response.status_code} for {who}")
            found.append(
                {
                    "name": name,
                    "kind": kind,
                    "path": path,
                    "who": who,
                    "cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
                    if who != "anonymous"
                    else "",
                    "queries": len(queries),
                    "first_seconds": first_seconds,
                    "sql_seconds": sum(float(query["time"]) for query in queries.captured_queries),
                    "bytes": len(response.content if not response.streaming else b"".join(response.streaming_content)),
                }
            )
        return found

    def profile(self, page):
        """The top of a profile of one request for `page`, through Django's test client in this process."""
        client = Client(HTTP_HOST="127.0.0.1")
        if page["cookie"]:
            name, value = page["cookie"].split("=", 1)
            client.cookies[name] = value
        client.get(page["path"])
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(20):
            client.get(page["path"])
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
        self.stdout.write(f"Profile of 20 requests for {page['name']} ({page['path']}):\n{out.getvalue()}")

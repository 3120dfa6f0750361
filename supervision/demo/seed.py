"""Demo step of supervision: the demo coach supervises four mentors, with a past meeting and open slots."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import PracticeCode, PracticeResponse, ReflectionAnswer
from mentorsite.scheduling.models import Booking
from supervision.demo.transcripts import TRANSCRIPTS
from supervision.models import (
    AgreedAction,
    CalibrationCoding,
    CoachAssignment,
    Concern,
    MitiCoding,
    ReferenceTranscript,
    SupervisionRecord,
    SupervisionSession,
)

SUPERVISEES = ["mentor", "emil.bach", "fatima.elsayed", "gustav.vinter"]

# The coach's feedback on the demo's written responses (courses.demo.seed.WRITTEN_RESPONSES): codes, comment.
PRACTICE_FEEDBACK = {
    "You feel handled like a file rather than a person, and you'd like someone to ask about your own plans.": (
        [PracticeCode.COMPLEX_REFLECTION],
        "A complex reflection: you named the wish under the complaint. Next, follow it with a pause rather than "
        "a question, and let them tell you what those plans are.",
    ),
    "Nobody asks what you want.": (
        [PracticeCode.SIMPLE_REFLECTION],
        "A clean simple reflection, which is safe. Try adding meaning: what might it be like for them, never "
        "being asked?",
    ),
    "Have you told your probation officer what you want?": (
        [PracticeCode.CLOSED_QUESTION, PracticeCode.RIGHTING_REFLEX],
        'A closed question that already points to a fix. Reflect first, then ask openly: "What would you want '
        'them to know about your plans?"',
    ),
    "You're fed up with being checked on, and you want a say in what happens next.": (
        [PracticeCode.COMPLEX_REFLECTION],
        "A double-edged reflection that ends on the change side: the wish for a say. Well done.",
    ),
}


def _at(offset_days, hour):
    date = timezone.localdate() + timedelta(days=offset_days)
    return timezone.make_aware(datetime.combine(date, time(hour, 0)))


def seed_supervision():
    users = get_user_model().objects
    coach = users.get(username="coach")
    for username in SUPERVISEES:
        CoachAssignment.objects.get_or_create(
            coach=coach,
            mentor=users.get(username=username),
            defaults={"starts_on": timezone.localdate() - timedelta(days=200)},
        )
    if SupervisionSession.objects.filter(organiser=coach).exists():
        return
    mentor = users.get(username="mentor")
    past = SupervisionSession.objects.create(
        title=f"Supervision: {coach.full_name} and {mentor.full_name}",
        starts_at=_at(-14, 10),
        ends_at=_at(-14, 11),
        venue="Demo probation office, meeting room 1",
        organiser=coach,
        open_for_booking=False,
    )
    Booking.objects.create(
        session=past, user=mentor, attendance=Booking.Attendance.PRESENT, attendance_recorded_by=coach
    )
    for offset, hour in ((3, 10), (7, 14)):
        SupervisionSession.objects.create(
            title=f"Supervision with {coach.full_name}",
            starts_at=_at(offset, hour),
            ends_at=_at(offset, hour + 1),
            online_url="https://meet.example.org/demo-supervision",
            organiser=coach,
        )
    SupervisionSession.objects.create(
        title=f"Group supervision with {coach.full_name}",
        format=SupervisionSession.Format.GROUP,
        capacity=4,
        starts_at=_at(12, 15),
        ends_at=_at(12, 17),
        venue="Demo probation office, meeting room 2",
        organiser=coach,
    )


# Records, a concern and MITI codings that show improvement -------------------------------------

RECORDS = [
    (
        -70,
        "First supervision. We went through the mentoring agreement for case K-101 and how to open the next meeting "
        "with an open question instead of advice.",
        "K-101 seems to test whether the mentor keeps appointments. Watch for the mentor over-promising.",
        ["spirit", "open_questions"],
        "mentoring agreement, first meetings",
        ("Open the next meeting with one open question and a reflection", 14),
    ),
    (
        -42,
        "We listened to a short role-play. Good simple reflections; we practised turning two of them into complex "
        "reflections. K-101 has started to talk about his family after release.",
        "Mentor a little tired: two evening shifts this week. Check in next time.",
        ["reflections", "change_talk"],
        "reflections, family and release",
        ("Write down three reflections after each meeting with K-101", 21),
    ),
    (
        -14,
        "K-101 argued that nothing will change outside. We worked on responding to discord without defending and on "
        "emphasising his choice. Next: the three-month review of the agreement.",
        "Possible contact from old network around K-101. Raised as a concern for the programme manager.",
        ["discord", "sustain_talk"],
        "discord, old networks, agreement review",
        ("Prepare the three-month review of the mentoring agreement with K-101", 10),
    ),
]

# Three codings per supervisee, from early to recent, getting better.
CODING_STEPS = [
    {"cultivating_change_talk": 2, "softening_sustain_talk": 2, "partnership": 3, "empathy": 3,
     "giving_information": 6, "persuade": 4, "persuade_with_permission": 1, "question": 14, "simple_reflection": 6,
     "complex_reflection": 2, "affirm": 1, "seeking_collaboration": 1, "emphasizing_autonomy": 0, "confront": 2},
    {"cultivating_change_talk": 3, "softening_sustain_talk": 3, "partnership": 4, "empathy": 3,
     "giving_information": 4, "persuade": 2, "persuade_with_permission": 2, "question": 11, "simple_reflection": 7,
     "complex_reflection": 5, "affirm": 2, "seeking_collaboration": 2, "emphasizing_autonomy": 1, "confront": 1},
    {"cultivating_change_talk": 4, "softening_sustain_talk": 4, "partnership": 4, "empathy": 4,
     "giving_information": 3, "persuade": 0, "persuade_with_permission": 2, "question": 8, "simple_reflection": 7,
     "complex_reflection": 8, "affirm": 4, "seeking_collaboration": 3, "emphasizing_autonomy": 2, "confront": 0},
]  # fmt: skip


def seed_practice_feedback(coach):
    """The coach has given feedback on their supervisees' written responses; a reflection the demo mentor sent
    three days ago waits for it (the coach's dashboard shows it)."""
    for response in PracticeResponse.objects.filter(mentor__username__in=SUPERVISEES, feedback_at=None):
        codes, comment = PRACTICE_FEEDBACK.get(response.text, ([PracticeCode.SIMPLE_REFLECTION], "Thank you."))
        response.codes, response.comment = codes, comment
        response.feedback_by = coach
        response.feedback_at = min(response.sent_at + timedelta(days=2), timezone.now())
        response.save(update_fields=["codes", "comment", "feedback_by", "feedback_at"])
    reflection = ReflectionAnswer.objects.filter(user__username="mentor").order_by("-updated_at").first()
    if reflection is not None:
        PracticeResponse.objects.create(
            mentor=reflection.user,
            kind=PracticeResponse.Kind.REFLECTION,
            lesson=reflection.lesson,
            lesson_title=reflection.lesson_title,
            block_id=reflection.block_id,
            prompt=reflection.prompt,
            text=reflection.text,
            sent_at=timezone.now() - timedelta(days=3),
        )


def seed_calibration(coach):
    """The reference transcripts, and the coach's calibration: he coded both English transcripts in agreement with
    the model codings 70 and 68 days ago, so his first coding of Maja (90 days ago) predates it and is marked."""
    transcripts = {}
    for data in TRANSCRIPTS:
        codes = data["codes"]
        fields = {key: value for key, value in data.items() if key != "codes"}
        transcripts[(data["language"], data["title"])] = ReferenceTranscript.objects.create(**fields, **codes)
    english = [transcript for (language, _title), transcript in transcripts.items() if language == "en"]
    for days_ago, transcript in zip((70, 68), english, strict=True):
        scores = transcript.scores
        # Close, not identical: one question more than the model in the first, empathy a point lower in the second.
        if days_ago == 70:
            scores["question"] += 1
        else:
            scores["empathy"] = max(1, scores["empathy"] - 1)
        CalibrationCoding.objects.create(
            coach=coach, transcript=transcript, coded_at=timezone.now() - timedelta(days=days_ago), **scores
        )


def seed_supervision_records():
    users = get_user_model().objects
    coach = users.get(username="coach")
    if SupervisionRecord.objects.filter(coach=coach).exists():
        return
    seed_practice_feedback(coach)
    seed_calibration(coach)
    mentor = users.get(username="mentor")
    for offset, summary, notes, skills, topics, (action, due_in) in RECORDS:
        held_on = timezone.localdate() + timedelta(days=offset)
        record = SupervisionRecord.objects.create(
            coach=coach,
            held_on=held_on,
            duration_minutes=60,
            format=SupervisionSession.Format.ONE_TO_ONE,
            summary=summary,
            private_notes=notes,
            mi_skills=skills,
            status=SupervisionRecord.Status.FINAL,
            finalised_at=timezone.make_aware(datetime.combine(held_on, time(18, 0))),
            next_meeting=held_on + timedelta(days=28),
        )
        record.attendees.add(mentor)
        # The record of the demo's past meeting belongs to that meeting.
        meeting = SupervisionSession.objects.filter(
            organiser=coach, open_for_booking=False, starts_at__date=held_on, record__isnull=True
        ).first()
        if meeting is not None:
            record.session = meeting
            record.save(update_fields=["session"])
        record.topics.add(*[topic.strip() for topic in topics.split(",")])
        AgreedAction.objects.create(
            record=record, description=action, owner=mentor, due_on=held_on + timedelta(days=due_in)
        )
    first = SupervisionRecord.objects.filter(coach=coach).order_by("held_on").first()
    first.actions.update(done_at=timezone.now() - timedelta(days=60))
    first.addenda.create(author=coach, text="Correction: the agreement review is with the prison's contact person too.")
    latest = SupervisionRecord.objects.filter(coach=coach).order_by("-held_on").first()
    raised_at = timezone.make_aware(datetime.combine(latest.held_on, time(19, 0)))
    Concern.objects.create(
        record=latest,
        raised_by=coach,
        category=Concern.Category.SECURITY,
        description="K-101 mentioned that people from his old network have been asking about his release date.",
        raised_at=raised_at,
        notified_at=raised_at,
    )
    group_day = timezone.localdate() - timedelta(days=30)
    group = SupervisionRecord.objects.create(
        coach=coach,
        held_on=group_day,
        duration_minutes=120,
        format=SupervisionSession.Format.GROUP,
        summary="Group supervision on keeping boundaries when a mentee asks for favours (cases K-204 and K-311).",
        private_notes="Both mentors handled the requests well; Fatima wants more practice with summaries.",
        mi_skills=["summaries", "spirit"],
        status=SupervisionRecord.Status.FINAL,
        finalised_at=timezone.make_aware(datetime.combine(group_day, time(18, 0))),
    )
    group.attendees.add(*users.filter(username__in=["emil.bach", "fatima.elsayed"]))
    group.topics.add("boundaries", "favours")
    for username in SUPERVISEES:
        supervisee = users.get(username=username)
        for step, values in enumerate(CODING_STEPS):
            MitiCoding.objects.create(
                coach=coach,
                mentor=supervisee,
                coded_on=timezone.localdate() - timedelta(days=90 - 35 * step),
                context=MitiCoding.Context.ROLE_PLAY if step != 1 else MitiCoding.Context.RECORDING,
                notes="Demo feedback: more complex reflections, fewer questions in a row." if step < 2 else "",
                **values,
            )

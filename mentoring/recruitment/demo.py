"""Demo step of recruitment: applicants at every stage, three stopped with their reasons, one who withdrew,
and the application of a mentor of the Spring 2026 cohort who was accepted last year. A coming cohort
(Spring 2027) for the mentors accepted next. Every person here is invented.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from mentoring.demo.seed import say
from mentorsite.users.models import Cohort

from .models import Applicant, ApplicantSource, StageRecord, StopReason
from .services import stages

CONTINUE, ACCEPT, STOP, WITHDREW = (
    StageRecord.Outcome.CONTINUE,
    StageRecord.Outcome.ACCEPT,
    StageRecord.Outcome.STOP,
    StageRecord.Outcome.WITHDREW,
)

# first name, last name, source code, days since the application, how far they came: the outcomes of the stages
# they finished (the last of them closes the application when it is not "continue"), the stop reason's code.
APPLICANTS = [
    ("Line", "Bech", "prison_mentor_scheme", 3, [], None),
    ("Yusuf", "Demir", "prevention_project", 9, [], None),
    ("Bodil", "Juhl", "social_services", 20, [CONTINUE], None),
    ("Kasper", "Vang", "police", 26, [CONTINUE], None),
    ("Sara", "El-Amin", "prevention_project", 40, [CONTINUE, CONTINUE], None),
    ("Tobias", "Lind", "prison_service", 47, [CONTINUE, CONTINUE], None),
    ("Ida", "Mortensen", "prison_mentor_scheme", 61, [CONTINUE, CONTINUE, CONTINUE], None),
    ("Omar", "Said", "prison_mentor_scheme", 75, [CONTINUE, CONTINUE, CONTINUE, CONTINUE], None),
    ("Jens", "Krogh", "other", 70, [CONTINUE, STOP], "motivation"),
    ("Mikkel", "Brandt", "police", 95, [CONTINUE, CONTINUE, STOP], "suitability"),
    ("Nadia", "Rahimi", "prevention_project", 110, [CONTINUE, CONTINUE, CONTINUE, STOP], "vetting"),
    ("Pernille", "Dam", "social_services", 50, [CONTINUE, WITHDREW], None),
]


def seed_recruitment():
    if Applicant.objects.exists():
        return
    with translation.override(settings.LANGUAGE_CODE):
        _seed()


def _seed():
    users = get_user_model().objects
    manager, coach = users.get(username="manager"), users.get(username="coach")
    today = timezone.localdate()
    Cohort.objects.get_or_create(
        name="Spring 2027",
        defaults={
            "starts_on": today + timedelta(days=60),
            "ends_on": today + timedelta(days=425),
            "description": say(
                "The next intake: mentors accepted from recruitment start here.",
                "Næste hold: mentorer, der optages fra rekrutteringen, starter her.",
            ),
        },
    )
    in_order = stages()
    sources = {source.code: source for source in ApplicantSource.objects.exclude(code="")}
    reasons = {reason.code: reason for reason in StopReason.objects.exclude(code="")}
    for number, (first, last, source, days_ago, outcomes, reason) in enumerate(APPLICANTS):
        received = today - timedelta(days=days_ago)
        applicant = Applicant.objects.create(
            first_name=first,
            last_name=last,
            email=f"{first}.{last}@example.org".casefold().replace("-", ""),
            phone=f"+45 20 00 {number:02d} {days_ago:02d}",
            source=sources[source],
            motivation=say(
                "I have seen friends get out of a gang and want to help others do the same.",
                "Jeg har set venner komme ud af en bande og vil hjælpe andre med det samme.",
            ),
            experience=say(
                "Eight years as a youth worker; volunteer at a homework café.",
                "Otte år som ungdomsarbejder; frivillig i en lektiecafé.",
            ),
            languages=say("Danish, English", "dansk, engelsk"),
            language=settings.LANGUAGE_CODE,
            received_on=received,
            consented_at=timezone.now() - timedelta(days=days_ago) if number % 3 else None,
            added_by=None if number % 3 else manager,
            stage=in_order[0],
            stage_since=received,
        )
        if number % 4 == 2:
            applicant.interviewers.add(coach)
        _walk(applicant, in_order, outcomes, reasons.get(reason), manager, received)
    _accepted_last_year(users.get(username="amir.haddad"), in_order, sources, manager, today)


def _walk(applicant, in_order, outcomes, reason, manager, received):
    """The records of the stages the applicant finished, a week or two apart, and where that left them."""
    held_on = received
    for position, outcome in enumerate(outcomes):
        held_on = min(held_on + timedelta(days=7 + position * 3), timezone.localdate())
        stage = in_order[position]
        StageRecord.objects.create(
            applicant=applicant,
            stage=stage,
            held_on=held_on,
            done_by=manager,
            done_by_others=say("Assessment consultancy", "Testkonsulenterne") if stage.code == "assessment" else "",
            notes=_note(stage.code, outcome),
            competencies=say("listening, conflict handling", "lytning, konfliktløsning")
            if stage.code == "phone_interview"
            else "",
            outcome=outcome,
            stop_reason=reason if outcome == STOP else None,
        )
        if outcome == CONTINUE:
            applicant.stage, applicant.stage_since = in_order[position + 1], held_on
        else:
            applicant.status = Applicant.Status.STOPPED if outcome == STOP else Applicant.Status.WITHDREW
            applicant.decided_on = held_on
    applicant.save()


def _note(stage_code, outcome):
    if outcome == WITHDREW:
        return say("Took a full-time job; may apply again next year.", "Har fået fuldtidsarbejde; søger måske igen.")
    if outcome == STOP:
        return say("Talked it through with the applicant by phone.", "Talt igennem med ansøgeren i telefonen.")
    return {
        "application": say("Complete application; called to agree a time.", "Fuld ansøgning; ringet op for en tid."),
        "phone_interview": say(
            "Clear motivation; understands the terms of employment.", "Klar motivation; forstår ansættelsesvilkårene."
        ),
        "assessment": say("Test and interview done; suited.", "Test og samtale gennemført; egnet."),
        "security_vetting": say("Cleared by the prison service.", "Godkendt af Kriminalforsorgen."),
    }.get(stage_code, "")


def _accepted_last_year(mentor, in_order, sources, manager, today):
    received = today - timedelta(days=330)
    applicant = Applicant.objects.create(
        first_name=mentor.first_name,
        last_name=mentor.last_name,
        email=mentor.email,
        source=sources["prevention_project"],
        motivation=say("I worked in an exit programme and want to go on.", "Jeg arbejdede i et exitprogram."),
        experience=say("Social worker in a municipal exit programme.", "Socialrådgiver i et kommunalt exitprogram."),
        languages=say("Danish, Arabic, English", "dansk, arabisk, engelsk"),
        language=settings.LANGUAGE_CODE,
        received_on=received,
        added_by=manager,
        stage=in_order[0],
        stage_since=received,
        account=mentor,
    )
    _walk(applicant, in_order, [CONTINUE] * (len(in_order) - 1), None, manager, received)
    StageRecord.objects.create(
        applicant=applicant, stage=in_order[-1], held_on=applicant.stage_since, done_by=manager, outcome=ACCEPT
    )
    applicant.status, applicant.decided_on = Applicant.Status.ACCEPTED, applicant.stage_since
    applicant.save()

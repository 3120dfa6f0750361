"""Demo step of the evaluation: the evaluation unit's questionnaire on mentoring experience and a short
seminar feedback form (anonymous), each with a closed round answered by the demo mentors, and the demo
evaluator's account. Every person and answer here is invented.
"""

import uuid
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from courses.demo.seed import CoursesDemo
from courses.models import SeminarPage
from mentoring.demo.seed import say
from mentorsite.translations import originals
from mentorsite.users.models import Cohort
from mentorsite.users.roles import EVALUATOR

from .models import Invitation, Questionnaire, Response, Round
from .services import recipients


def _block(kind, **value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def experience_questions():
    return [
        _block("heading", heading=say("Matching", "Matchning")),
        _block("agreement", statement=say(
            "My mentee and I were a good match.", "Min mentee og jeg passede godt sammen."
        )),
        _block("agreement", statement=say(
            "I was told enough about my mentee before we first met.",
            "Jeg fik nok at vide om min mentee, før vi mødtes første gang.",
        )),
        _block("heading", heading=say("Methods, tools and knowledge", "Metoder, redskaber og viden")),
        _block("agreement", statement=say(
            "Motivational interviewing helped me in my conversations with my mentee.",
            "Den motiverende samtale hjalp mig i samtalerne med min mentee.",
        )),
        _block("choice", question=say("Which tool did you use most?", "Hvilket redskab brugte du mest?"), options=[
            say("Open questions and reflections", "Åbne spørgsmål og refleksioner"),
            say("The importance and confidence rulers", "Vigtigheds- og tiltroskalaerne"),
            say("The goals of the mentoring agreement", "Målene i mentoraftalen"),
            say("The briefings on extremism", "Orienteringerne om ekstremisme"),
        ]),
        _block("heading", heading=say("Training and supervision", "Uddannelse og supervision")),
        _block("agreement", statement=say(
            "The seminars prepared me for the mentoring.", "Seminarerne forberedte mig på mentorindsatsen."
        )),
        _block("agreement", statement=say(
            "Supervision helped me through difficult situations.", "Supervisionen hjalp mig gennem svære situationer."
        )),
        _block("number", question=say(
            "About how many hours a month did you spend with your mentee?",
            "Cirka hvor mange timer om måneden brugte du sammen med din mentee?",
        ), minimum=0, maximum=80),
        _block("heading", heading=say("The mentoring plan", "Mentorplanen")),
        _block("agreement", statement=say(
            "The individual mentoring plan guided our work.", "Den individuelle mentorplan styrede vores arbejde."
        )),
        _block("choice", question=say(
            "If your mentoring relationship ended early, what was the main reason?",
            "Hvis jeres mentorforløb sluttede før tid, hvad var så den vigtigste grund?",
        ), options=[
            say("It did not end early", "Det sluttede ikke før tid"),
            say("The mentee was moved or released", "Mentee blev overflyttet eller løsladt"),
            say("The mentee withdrew", "Mentee trak sig"),
            say("I withdrew", "Jeg trak mig"),
            say("Something else", "Noget andet"),
        ]),
        _block("heading", heading=say("Looking back", "Set i bakspejlet")),
        _block("text", question=say("What worked best?", "Hvad virkede bedst?"), long=True),
        _block("text", question=say("What would you do differently?", "Hvad ville du gøre anderledes?"), long=True),
    ]  # fmt: skip


def feedback_questions():
    return [
        _block("agreement", statement=say("The day's objectives were met.", "Dagens mål blev nået.")),
        _block("agreement", statement=say(
            "The exercises were useful for my work as a mentor.", "Øvelserne var nyttige for mit arbejde som mentor."
        )),
        _block("number", question=say(
            "How would you rate the day overall, from 1 to 10?", "Hvordan vil du samlet bedømme dagen fra 1 til 10?"
        ), minimum=1, maximum=10),
        _block("text", question=say(
            "What should the next seminar do differently?", "Hvad skal næste seminar gøre anderledes?"
        ), long=False),
    ]  # fmt: skip


WORKED = [
    ("Meeting every week at the same time, even when there was little to say.",
     "At mødes hver uge på samme tid, også når der ikke var meget at sige."),
    ("Reflecting back what he said about his daughter; that is where the change talk came.",
     "At spejle det, han sagde om sin datter; det var dér, forandringssnakken kom."),
    ("Asking permission before giving information about housing.",
     "At spørge om lov, før jeg gav oplysninger om bolig."),
    ("The coach's feedback on a recorded conversation.", "Coachens feedback på en optaget samtale."),
    ("Planning the first week after release together, hour by hour.",
     "At planlægge den første uge efter løsladelsen sammen, time for time."),
]  # fmt: skip
DIFFERENTLY = [
    ("Involve the probation officer earlier.", "Inddrage tilsynsførende tidligere."),
    ("Fewer goals in the first agreement.", "Færre mål i den første aftale."),
    ("Ask for supervision sooner when it got hard.", "Bede om supervision før, da det blev svært."),
    ("Prepare the family meeting better.", "Forberede familiemødet bedre."),
    ("Argue less in the first meetings.", "Argumentere mindre i de første møder."),
]  # fmt: skip


def seed_evaluation():
    if Questionnaire.objects.exists():
        return
    with translation.override(settings.LANGUAGE_CODE):
        _seed()


def _seed():
    manager = get_user_model().objects.get(username="manager")
    CoursesDemo().person("evaluator", "Signe", "Thorsen", EVALUATOR)
    today = timezone.localdate()
    experience = Questionnaire.objects.create(
        title=say("Mentoring experience", "Erfaringer med mentorindsatsen"),
        introduction=say(
            "The evaluation unit asks every mentor about matching, methods, training, supervision and the mentoring "
            "plan. It takes about ten minutes.",
            "Evalueringsenheden spørger alle mentorer om matchning, metoder, uddannelse, supervision og mentorplanen. "
            "Det tager cirka ti minutter.",
        ),
        questions=experience_questions(),
    )
    feedback = Questionnaire.objects.create(
        title=say("Seminar feedback", "Evaluering af seminaret"),
        introduction=say("Four short questions about the seminar.", "Fire korte spørgsmål om seminaret."),
        anonymous=True,
        questions=feedback_questions(),
    )
    for questionnaire in (experience, feedback):
        questionnaire.save_revision(user=manager)

    cohort = Cohort.objects.filter(name="Spring 2026").first()
    if cohort is not None:
        group = {"group": Round.Group.COHORT, "cohort": cohort}
        _answered_round(experience, manager, today - timedelta(days=75), group)
    seminar = originals(SeminarPage.objects.filter(slug="seminar-3-plans-release-families")).first()
    if seminar is not None:
        group = {"group": Round.Group.SEMINAR, "seminar": seminar}
        _answered_round(feedback, manager, today - timedelta(days=78), group)


def _answered_round(questionnaire, manager, opens_on, group):
    round_ = Round.objects.create(
        questionnaire=questionnaire,
        revision=questionnaire.latest_revision,
        anonymous=questionnaire.anonymous,
        opens_on=opens_on,
        closes_on=opens_on + timedelta(days=21),
        sent_by=manager,
        **group,
    )
    mailed = timezone.make_aware(datetime.combine(opens_on, time(9)))
    asked = list(recipients(**group).order_by("username"))
    Invitation.objects.bulk_create(Invitation(round=round_, person=person, mailed_at=mailed) for person in asked)
    # The demo mentor ("mentor") is among those who did not answer; most others did.
    answering = [person for person in asked if person.username not in {"mentor", "ida.frost"}]
    questions = [child for child in questionnaire.questions if child.block_type != "heading"]
    for number, person in enumerate(answering):
        answers = {child.id: _answer(child, number) for child in questions}
        answers = {key: value for key, value in answers.items() if value is not None}
        handed_in = mailed + timedelta(days=1 + number % 9, hours=number)
        if round_.anonymous:
            Response.objects.create(round=round_, answers=answers, submitted=True)
        else:
            Response.objects.create(
                round=round_,
                respondent=person,
                cohort=person.cohort,
                answers=answers,
                submitted=True,
                saved_at=handed_in,
                submitted_at=handed_in,
            )
        Invitation.objects.filter(round=round_, person=person).update(answered=True)


def _answer(child, number):
    """Invented answers that vary from person to person but not from run to run."""
    value = child.value
    if child.block_type == "agreement":
        return [4, 5, 3, 4, 2, 5, 4, 3, 4, 5][number % 10]
    if child.block_type == "choice":
        options = list(value["options"])
        return options[[0, 0, 1, 2, 0, 3, 1, 0][number % 8] % len(options)]
    if child.block_type == "number":
        low, high = value["minimum"], value["maximum"]
        return min(
            high, max(low, [12, 8, 16, 10, 6, 20, 9, 14][number % 8] if high > 10 else [8, 9, 7, 8, 6, 9][number % 6])
        )
    if child.block_type == "text":
        if number % 3 == 2:
            return None  # some leave the words out
        texts = (
            WORKED if "worked" in value["question"].lower() or "virkede" in value["question"].lower() else DIFFERENTLY
        )
        english, danish = texts[number % len(texts)]
        return say(english, danish)
    return None

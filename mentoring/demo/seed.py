"""Demo step of the mentoring: a pipeline of twenty suggested cases at every status, a dozen relationships
(some from the gang-exit group) with agreements, revisions and reviews, one review due this week and one
overdue, two early endings. The demo mentor (Maja) has one mentee, K-101. All of it is invented.

The pilot matched mentors while their training ran, so the demo profiles allow matching before the mentor
track is complete; a real programme leaves that box empty until a mentor is ready.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from mentorsite.scheduling.models import Booking

from ..models import (
    AgreementArea,
    CaseStatus,
    CaseStatusChange,
    EndingReason,
    GoalRating,
    Institution,
    MenteeCase,
    MentorProfile,
    Relationship,
    Review,
    TargetGroup,
)
from ..services import add_months, write_agreement

INSTITUTIONS = [
    ("Nordhavn Fængsel", Institution.Kind.PRISON),
    ("Vestby Arresthus", Institution.Kind.REMAND),
    ("Kriminalforsorgen Østerlund", Institution.Kind.PROBATION),
    ("Sønderå Fængsel", Institution.Kind.PRISON),
]


def say(english, danish):
    """Demo texts are written in the programme's language (what a manager there would type)."""
    return danish if settings.LANGUAGE_CODE == "da" else english


def profiles():
    return {
        "mentor": (
            say(
                "Youth worker for eight years; knows the housing offices well.",
                "Ungdomsarbejder i otte år; kender boligkontorerne godt.",
            ),
            say("Danish, English", "dansk, engelsk"),
            say("housing, youth work", "bolig, ungdomsarbejde"),
        ),
        "amir.haddad": (
            say(
                "Former social worker in a municipal exit programme.",
                "Tidligere socialrådgiver i et kommunalt exitprogram.",
            ),
            say("Danish, Arabic, English", "dansk, arabisk, engelsk"),
            say("exit work, family dialogue", "exitarbejde, familiedialog"),
        ),
        "birgitte.holm": (
            say("Job consultant at a job centre.", "Jobkonsulent i et jobcenter."),
            say("Danish, German", "dansk, tysk"),
            say("employment, education guidance", "beskæftigelse, uddannelsesvejledning"),
        ),
        "christian.dahl": (
            say("Ran a boxing club for young men for ten years.", "Har drevet en bokseklub for unge mænd i ti år."),
            say("Danish", "dansk"),
            say("sport, gang exit, networks", "idræt, bandeexit, netværk"),
        ),
        "dilan.aksoy": (
            say("Teacher in adult education.", "Lærer i voksenuddannelsen."),
            say("Danish, Turkish, Kurdish", "dansk, tyrkisk, kurdisk"),
            say("education, family dialogue", "uddannelse, familiedialog"),
        ),
        "coach": (
            say("Mentor since the first intake; prison officer.", "Mentor siden første hold; fængselsbetjent."),
            say("Danish, English", "dansk, engelsk"),
            say("prison life, gang exit", "fængselsliv, bandeexit"),
        ),
    }


def goals():
    """Goals by area, as a manager writes them with the mentee and the institution."""
    return {
        AgreementArea.EMPLOYMENT: (
            say(
                "Has a job or an internship lined up before release.",
                "Har et job eller en praktikplads på plads før løsladelsen.",
            ),
            say(
                "Goes with the mentee to the job centre twice; practises the interview.",
                "Tager med mentee'en i jobcenteret to gange; øver jobsamtalen.",
            ),
        ),
        AgreementArea.HOUSING: (
            say("Has a place to live from the day of release.", "Har et sted at bo fra løsladelsesdagen."),
            say(
                "Helps with the housing application; visits the housing office together.",
                "Hjælper med boligansøgningen; besøger boligkontoret sammen med mentee'en.",
            ),
        ),
        AgreementArea.NETWORKS: (
            say(
                "Spends free time with people outside the old environment.",
                "Bruger fritiden sammen med mennesker uden for det gamle miljø.",
            ),
            say(
                "Introduces the mentee to the football club; meets weekly after release.",
                "Introducerer mentee'en til fodboldklubben; mødes hver uge efter løsladelsen.",
            ),
        ),
        AgreementArea.FAMILY: (
            say(
                "Has regular, calm contact with his mother and sister.",
                "Har jævnlig og rolig kontakt med sin mor og søster.",
            ),
            say(
                "Prepares family visits with the mentee; joins the first one if asked.",
                "Forbereder familiebesøg med mentee'en; deltager i det første, hvis han ønsker det.",
            ),
        ),
        AgreementArea.EDUCATION: (
            say("Completes the ninth-grade exam in Danish and maths.", "Tager 9.-klasseprøven i dansk og matematik."),
            say(
                "Keeps to a weekly study hour with the mentee; talks with the teacher monthly.",
                "Holder en ugentlig læsetime med mentee'en; taler med læreren en gang om måneden.",
            ),
        ),
    }


def reasons():
    return {
        CaseStatus.ASSESSING: say(
            "Meeting with the security unit and the contact officer booked.",
            "Møde med sikkerhedsafdelingen og kontaktpersonen er aftalt.",
        ),
        CaseStatus.MOTIVATING: say(
            "Assessment done: suited, and open to a mentor.", "Vurderingen er færdig: egnet og åben over for en mentor."
        ),
        CaseStatus.DECLINED: say(
            "Did not want a mentor after two conversations.", "Ønskede ikke en mentor efter to samtaler."
        ),
        CaseStatus.NOT_IN_TARGET_GROUP: say(
            "No link to an extremist or gang environment was found.",
            "Der blev ikke fundet nogen tilknytning til et ekstremistisk miljø eller et bandemiljø.",
        ),
        CaseStatus.WITHDRAWN: say(
            "Transferred to another institution before the assessment.",
            "Overflyttet til en anden institution før vurderingen.",
        ),
    }


def debriefs():
    return {
        "goals_met": say(
            "The mentee has a flat and an apprenticeship; contact ends by agreement.",
            "Mentee'en har en lejlighed og en læreplads; kontakten slutter efter aftale.",
        ),
        "contact_lost": say(
            "Released early; the mentee stopped answering after two weeks. Plan the first weeks "
            "after release before the release date next time.",
            "Løsladt før tid; mentee'en holdt op med at svare efter to uger. Planlæg de første "
            "uger efter løsladelsen inden løsladelsesdatoen næste gang.",
        ),
        "mentee_transferred": say(
            "Transferred to a prison too far away for weekly visits.",
            "Overflyttet til et fængsel for langt væk til ugentlige besøg.",
        ),
    }


# (code, institution, target group code, suggested by, days ago suggested, status path, release in months)
CASES = [
    ("K-101", 0, "extremism", "security_unit", 150, "matched", 5),
    ("K-102", 0, "gang_exit", "institution_staff", 170, "matched", 3),
    ("K-103", 1, "extremism", "police", 420, "matched", 2),
    ("K-104", 2, "gang_exit", "municipality", 400, "matched", None),
    ("K-105", 3, "gang_exit", "institution_staff", 380, "matched", 8),
    ("K-106", 0, "extremism", "security_unit", 330, "matched", 6),
    ("K-107", 3, "gang_exit", "police", 300, "matched", 4),
    ("K-108", 2, "extremism", "municipality", 260, "matched", None),
    ("K-109", 0, "gang_exit", "institution_staff", 240, "matched", 9),
    ("K-110", 1, "other", "police", 220, "ended", None),
    ("K-111", 3, "gang_exit", "security_unit", 350, "ended", None),
    ("K-112", 0, "extremism", "institution_staff", 310, "ended", None),
    ("K-113", 2, "extremism", "municipality", 45, "motivating", 7),
    ("K-114", 0, "gang_exit", "institution_staff", 30, "assessing", 10),
    ("K-115", 1, "extremism", "police", 20, "assessing", 4),
    ("K-116", 3, "gang_exit", "security_unit", 12, "suggested", 12),
    ("K-117", 0, "extremism", "security_unit", 120, "suggested", 6),
    ("K-118", 2, "gang_exit", "municipality", 90, "declined", None),
    ("K-119", 1, "other", "institution_staff", 80, "not_in_target_group", None),
    ("K-120", 0, "extremism", "police", 120, "withdrawn", None),
]

# (case, mentor, reviews held, areas, first review revised, ending)
RELATIONSHIPS = [
    ("K-101", "mentor", 0, ["housing", "networks"], False, None),
    ("K-102", "amir.haddad", 0, ["employment", "family"], False, None),
    ("K-103", "amir.haddad", 3, ["employment", "housing", "networks"], True, None),
    ("K-104", "christian.dahl", 3, ["networks", "employment"], True, None),
    ("K-105", "christian.dahl", 2, ["networks", "family"], False, None),
    ("K-106", "birgitte.holm", 2, ["employment", "education"], True, None),
    ("K-107", "coach", 2, ["networks", "housing"], False, None),
    ("K-108", "dilan.aksoy", 1, ["education", "family"], False, None),
    ("K-109", "birgitte.holm", 1, ["employment"], False, None),
    ("K-110", "dilan.aksoy", 1, ["family", "education"], False, ("planned", "goals_met", "")),
    ("K-111", "christian.dahl", 1, ["networks"], False, ("early", "contact_lost", "")),
    ("K-112", "amir.haddad", 0, ["family", "networks"], False, ("early", "mentee_transferred", "")),
]

PATH = [CaseStatus.SUGGESTED, CaseStatus.ASSESSING, CaseStatus.MOTIVATING, CaseStatus.MATCHED]


def _at(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def seed_mentoring():
    if MenteeCase.objects.exists():
        return
    with translation.override(settings.LANGUAGE_CODE):
        _seed()


def _seed():
    users = get_user_model().objects
    manager = users.get(username="manager")
    for username, (experience, languages, competencies) in profiles().items():
        MentorProfile.objects.get_or_create(
            user=users.get(username=username),
            defaults={
                "experience": experience,
                "languages": languages,
                "competencies": competencies,
                "capacity": 3 if username in ("amir.haddad", "christian.dahl") else 2,
                "may_be_matched_in_training": True,
            },
        )
    institutions = [Institution.objects.get_or_create(name=name, kind=kind)[0] for name, kind in INSTITUTIONS]
    groups = {group.code: group for group in TargetGroup.objects.exclude(code="")}
    today = timezone.localdate()
    cases = {}
    for code, institution, group, suggested_by, days_ago, status, release in CASES:
        suggested_on = today - timedelta(days=days_ago)
        cases[code] = case = MenteeCase.objects.create(
            code=code,
            institution=institutions[institution],
            target_group=groups[group],
            suggested_by=suggested_by,
            suggested_on=suggested_on,
            expected_release=add_months(today, release).replace(day=1) if release else None,
            family_involvement=days_ago % 2 == 0,
            status=CaseStatus.SUGGESTED,
            status_changed_on=suggested_on,
        )
        _history(case, status, manager)
    for code, username, reviews, areas, revised, ending in RELATIONSHIPS:
        _relationship(cases[code], users.get(username=username), reviews, areas, revised, ending, manager, today)


def _history(case, final_status, manager):
    """The case's steps from its suggestion, a week or two apart; matched cases stop before the match."""
    day = case.suggested_on
    CaseStatusChange.objects.create(
        case=case, to_status=CaseStatus.SUGGESTED, changed_on=day, changed_by=manager,
        reason=_("Suggested by: %(who)s") % {"who": case.get_suggested_by_display()},
    )  # fmt: skip
    steps = {
        CaseStatus.SUGGESTED: [],
        CaseStatus.ASSESSING: PATH[1:2],
        CaseStatus.MOTIVATING: PATH[1:3],
        CaseStatus.MATCHED: PATH[1:3],
        CaseStatus.ENDED: PATH[1:3],
        CaseStatus.DECLINED: [*PATH[1:3], CaseStatus.DECLINED],
        CaseStatus.NOT_IN_TARGET_GROUP: [PATH[1], CaseStatus.NOT_IN_TARGET_GROUP],
        CaseStatus.WITHDRAWN: [CaseStatus.WITHDRAWN],
    }[final_status]
    previous = CaseStatus.SUGGESTED
    for step in steps:
        day += timedelta(days=9)
        CaseStatusChange.objects.create(
            case=case, from_status=previous, to_status=step, changed_on=day, changed_by=manager, reason=reasons()[step]
        )
        previous = step
    case.status, case.status_changed_on = previous, day
    case.save(update_fields=["status", "status_changed_on"])


def _relationship(case, mentor, reviews_held, areas, revised, ending, manager, today):
    """Matched so that the last review lies one to two months back, or, without reviews, so that K-101's first
    review falls due this week and K-102's is overdue."""
    if reviews_held:
        last_review = today - timedelta(days=25 + 10 * reviews_held)
        matched_on = add_months(last_review, -3 * reviews_held)
    elif case.code == "K-101":
        matched_on = add_months(today + timedelta(days=4), -3)
    else:
        matched_on = add_months(today - timedelta(days=30), -3)
    matched_on = max(matched_on, case.status_changed_on + timedelta(days=5))
    relationship = Relationship.objects.create(
        case=case,
        mentor=mentor,
        matched_on=matched_on,
        matched_by=manager,
        reason=say(
            f"{mentor.first_name} knows the field ({case.target_group}) and has room.",
            f"{mentor.first_name} kender feltet ({case.target_group}) og har plads.",
        ),
        fit=mentor.mentor_profile.listed("competencies")[:2],
    )
    CaseStatusChange.objects.create(
        case=case, from_status=case.status, to_status=CaseStatus.MATCHED, changed_on=matched_on, changed_by=manager,
        reason=_("Matched with %(name)s.") % {"name": mentor.full_name},
    )  # fmt: skip
    case.status, case.status_changed_on = CaseStatus.MATCHED, matched_on
    case.save(update_fields=["status", "status_changed_on"])
    participants = say("Contact officer, case worker", "Kontaktperson, sagsbehandler")
    agreement = write_agreement(
        relationship, manager, matched_on + timedelta(days=7), participants,
        [(area, *goals()[area]) for area in areas],
    )  # fmt: skip
    for number in range(1, reviews_held + 1):
        held_on = add_months(matched_on, 3 * number)
        review = Review.objects.create(
            relationship=relationship,
            agreement=agreement,
            title=_("Agreement review, %(code)s") % {"code": case.code},
            starts_at=_at(held_on, 10),
            ends_at=_at(held_on, 11),
            venue=str(case.institution),
            organiser=manager,
            institution_participants=participants,
            held_on=held_on,
            outcome=say("Next steps agreed with the contact officer.", "Næste skridt aftalt med kontaktpersonen."),
            revised=revised and number == 1,
            recorded_by=manager,
            recorded_at=_at(held_on, 12),
        )
        Booking.objects.create(
            session=review, user=mentor, attendance=Booking.Attendance.PRESENT, attendance_recorded_by=manager
        )
        GoalRating.objects.bulk_create(
            [
                GoalRating(review=review, goal=goal, attainment=(number + position) % 3 - 1, comment="")
                for position, goal in enumerate(agreement.goals.all())
            ]
        )
        if review.revised:
            revised_goals = [(goal.area, goal.goal, goal.tasks) for goal in agreement.goals.all()]
            revised_goals.append((AgreementArea.FAMILY, *goals()[AgreementArea.FAMILY]))
            revised_goals = list({area: (area, goal, tasks) for area, goal, tasks in revised_goals}.values())
            agreement = write_agreement(
                relationship, manager, held_on,
                say("Contact officer, case worker, family therapist", "Kontaktperson, sagsbehandler, familieterapeut"),
                revised_goals,
                change_note=say("The family asked to take part; contact with the family became a goal.",
                                "Familien bad om at være med; kontakten med familien blev et mål."),
            )  # fmt: skip
    if case.code == "K-101":
        # Maja's first review is in the calendar for next week.
        review = Review.objects.create(
            relationship=relationship, agreement=agreement, title=_("Agreement review, %(code)s") % {"code": "K-101"},
            starts_at=_at(today + timedelta(days=6), 13), ends_at=_at(today + timedelta(days=6), 14),
            venue=str(case.institution), organiser=manager,
            institution_participants=say("Contact officer", "Kontaktperson"),
        )  # fmt: skip
        Booking.objects.create(session=review, user=mentor)
    if ending:
        kind, reason_code, text = ending
        ended_on = min(today - timedelta(days=10), add_months(matched_on, 3 * reviews_held + 2))
        relationship.ended_on = ended_on
        relationship.ending = kind
        relationship.ending_reason = EndingReason.objects.get(code=reason_code)
        relationship.ending_text = text
        relationship.debrief = debriefs()[reason_code]
        relationship.ended_by = manager
        relationship.save()
        CaseStatusChange.objects.create(
            case=case, from_status=CaseStatus.MATCHED, to_status=CaseStatus.ENDED, changed_on=ended_on,
            changed_by=manager, reason=str(relationship.ending_reason),
        )  # fmt: skip
        case.status, case.status_changed_on = CaseStatus.ENDED, ended_on
        case.save(update_fields=["status", "status_changed_on"])

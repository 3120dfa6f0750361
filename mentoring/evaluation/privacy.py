"""What the evaluation holds about people. A person's download holds their named answers and the rounds they
were asked in; anonymous answers are nobody's, so they are in nobody's download and survive every erasure.
Erasure removes the person's named answers and invitations; research exports already made stand (they hold
pseudonyms only)."""

from mentorsite import privacy

from .models import Invitation, Response


def _answers(person):
    return [
        {
            "questionnaire": response.round.questionnaire.title,
            "round_opened_on": response.round.opens_on.isoformat(),
            "handed_in": response.submitted,
            "answers": response.answers,
        }
        for response in Response.objects.filter(respondent=person).select_related("round__questionnaire")
    ]


def _erase(person, former):
    answers = Response.objects.filter(respondent=person).delete()[1].get("mentoring.Response", 0)
    invitations = Invitation.objects.filter(person=person).delete()[1].get("mentoring.Invitation", 0)
    return {"questionnaire answers": answers, "questionnaire invitations": invitations}


def register_sections():
    privacy.register("questionnaire_answers", export=_answers)
    privacy.register(
        "questionnaire_invitations",
        export=lambda person: [
            {
                "questionnaire": i.round.questionnaire.title,
                "round_opened_on": i.round.opens_on.isoformat(),
                "answered": i.answered,
            }
            for i in Invitation.objects.filter(person=person).select_related("round__questionnaire")
        ],  # fmt: skip
    )
    privacy.register("questionnaires_erased", erase=_erase)

"""The coach's side of practice with feedback (courses.models.practice): what waits, and giving feedback.

A coach sees the practice of the mentors they supervise now (an active coach assignment), whenever it was
sent: a coach who takes over a mentor finds what is still waiting. Anyone else asking for a response gets
404, as for any record that is not theirs.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import PracticeResponse
from mentorsite.translations import show_in_language
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import COACH, has_role
from supervision.forms import PracticeFeedbackForm
from supervision.models import CoachAssignment

#: How many responses with feedback the coach's page lists under "Feedback you gave".
RECENT_FEEDBACK = 20


def practice_for(coach):
    """The practice of the coach's current supervisees."""
    supervisees = CoachAssignment.objects.active().filter(coach=coach).values("mentor_id")
    return PracticeResponse.objects.filter(mentor__in=supervisees)


def waiting_for(coach):
    """What waits for the coach's feedback, the longest waiting first."""
    return practice_for(coach).filter(feedback_at=None).select_related("mentor").order_by("sent_at", "pk")


def _lessons_in_language(responses):
    """The responses, their lessons titled in the reader's language (the stored title is the one written in)."""
    show_in_language({response.lesson for response in responses if response.lesson})
    return responses


@role_required(COACH)
def practice_list(request):
    given = practice_for(request.user).filter(feedback_by=request.user).order_by("-feedback_at")
    waiting = list(waiting_for(request.user).select_related("lesson"))
    given = list(given.select_related("mentor", "lesson")[:RECENT_FEEDBACK])
    _lessons_in_language(waiting + given)
    return render(request, "supervision/practice_list.html", {"waiting": waiting, "given": given})


@role_required(COACH)
def practice_feedback(request, response_id):
    """One response beside the feedback form; feedback can be corrected later, and the mentor sees the latest."""
    response = get_object_or_404(
        practice_for(request.user).select_related("mentor", "feedback_by", "lesson"), pk=response_id
    )
    _lessons_in_language([response])
    form = PracticeFeedbackForm(request.POST if request.method == "POST" else None, instance=response)
    if request.method == "POST":
        if form.is_valid():
            feedback = form.save(commit=False)
            feedback.feedback_by = request.user
            feedback.feedback_at = timezone.now()
            feedback.save(update_fields=["codes", "comment", "feedback_by", "feedback_at"])
            saved = _("Feedback saved: %(mentor)s sees it beside their answer.")
            messages.success(request, saved % {"mentor": response.mentor.full_name})
            return redirect("supervision:practice")
        messages.error(request, _("The feedback was not saved. See the messages by the form."))
    return render(
        request,
        "supervision/practice_feedback.html",
        {"response": response, "form": form},
        status=400 if form.errors else 200,
    )


def waiting_practice_panel(request):
    """The coach's dashboard panel: how much practice waits for their feedback, and since when."""
    if not has_role(request.user, COACH):
        return None
    waiting = list(
        waiting_for(request.user).only("sent_at", "mentor__first_name", "mentor__last_name", "mentor__username")[:5]
    )
    count = waiting_for(request.user).count() if len(waiting) == 5 else len(waiting)
    return {"template": "supervision/includes/practice_panel.html", "waiting": waiting, "count": count}

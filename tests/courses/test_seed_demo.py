import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from courses.models import Enrolment, LessonCompletion, LessonPage, ModulePage, SeminarPage, TrackPage
from courses.progress import progress_for_tracks
from mentorsite.users.models import User
from tests.helpers import seed_demo_programme

pytestmark = pytest.mark.django_db


def _counts():
    return [
        m.objects.count() for m in (User, TrackPage, ModulePage, LessonPage, SeminarPage, Enrolment, LessonCompletion)
    ]


# The first build of each test is the command's own or the copy of it (tests/helpers.py); the second run is
# the command's, over what the first wrote.


def test_seed_demo_builds_the_programme_and_is_idempotent():
    seed_demo_programme()
    first = _counts()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _counts() == first

    mentor_track = TrackPage.objects.get(slug="mentor-track", locale__language_code="en")
    coach_track = TrackPage.objects.get(slug="coach-track", locale__language_code="en")
    assert coach_track.builds_on == mentor_track
    mentor_modules = ModulePage.objects.child_of(mentor_track)
    assert mentor_modules.count() >= 5
    for module in mentor_modules:
        lessons = [lesson.specific for lesson in module.get_children()]
        assert any(lesson.knowledge_check for lesson in lessons), module.title
        assert any(lesson.reflection_blocks for lesson in lessons), module.title
    kinds = list(SeminarPage.objects.child_of(mentor_track).values_list("kind", "days"))
    assert kinds.count(("seminar", 2)) == 3
    assert kinds.count(("follow_up", 1)) == 2
    assert ("extremism_course", 2) in kinds and ("networking_day", 1) in kinds
    assert list(SeminarPage.objects.child_of(coach_track).values_list("kind", flat=True)) == ["coach_training"] * 2

    for username in ("mentor", "coach", "facilitator", "manager"):
        assert get_user_model().objects.get(username=username).check_password("mentoring-demo")
    cohort_mentors = User.objects.filter(cohort__name="Spring 2026", groups__name="Mentor").exclude(username="coach")
    assert cohort_mentors.count() == 10
    stages = {progress_for_tracks(user, [mentor_track])[0].done_units for user in cohort_mentors}
    assert len(stages) >= 8  # at different stages

    # Every applicant still in the pipeline can be accepted: no account has their address already.
    from mentoring.models import Applicant

    waiting = Applicant.objects.filter(status=Applicant.Status.ACTIVE).values_list("email", flat=True)
    assert not User.objects.filter(email__in=list(waiting)).exists()
    # The demo evaluator, and the questionnaires with answers.
    from mentoring.evaluation.models import Response

    assert User.objects.get(username="evaluator").check_password("mentoring-demo")
    assert Response.objects.filter(round__anonymous=False, submitted=True).count() >= 5
    assert Response.objects.filter(round__anonymous=True, respondent__isnull=True).count() >= 5


def test_seed_demo_keeps_what_people_changed():
    seed_demo_programme()
    mentor = User.objects.get(username="mentor")
    mentor.set_password("changed-by-maja-42")
    mentor.save()
    done = LessonCompletion.objects.filter(user=mentor).count()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert get_user_model().objects.get(username="mentor").check_password("changed-by-maja-42")
    assert LessonCompletion.objects.filter(user=mentor).count() == done


def test_seed_demo_refuses_production_settings(settings):
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_seed_demo_without_translations_writes_the_people_and_pages_in_one_language():
    call_command("seed_demo", "--without-translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert get_user_model().objects.filter(username="mentor").exists()
    assert LessonPage.objects.filter(locale__language_code="en").exists()
    assert not LessonPage.objects.filter(locale__language_code="da").exists()

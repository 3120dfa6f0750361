"""One scheduler runs the periodic work: scheduled publishing within the minute, reminders, retention; a
briefing set to go live later sends its e-mails when it goes live, never before."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.utils import timezone

from courses.models import BriefingNotice
from mentorsite.scheduler.jobs import jobs
from mentorsite.scheduler.management.commands.run_scheduler import LOCK, Command, trigger_for

pytestmark = pytest.mark.django_db


def test_every_periodic_job_is_registered_and_publishing_runs_every_minute():
    by_name = {job.name: job for job in jobs()}
    assert {"publish_scheduled", "send_session_reminders", "send_review_reminders", "apply_retention"} <= set(by_name)
    assert by_name["publish_scheduled"].minutes == 1
    assert "interval[0:01:00]" in str(trigger_for(by_name["publish_scheduled"]))


def test_a_briefing_scheduled_ahead_goes_live_on_time_and_mails_only_then(
    briefing_index, mentor, coach, django_capture_on_commit_callbacks
):
    from tests.factories import BriefingPageFactory

    briefing = BriefingPageFactory(parent=briefing_index, title="New recruitment online", urgency="urgent", live=False)
    # Two seconds ahead rather than two minutes: the test waits for the time to come.
    briefing.go_live_at = timezone.now() + timedelta(seconds=2)
    with django_capture_on_commit_callbacks(execute=True):
        briefing.save_revision().publish()
    briefing.refresh_from_db()
    assert not briefing.live
    assert mail.outbox == [] and not BriefingNotice.objects.exists()

    call_command("run_scheduler", "--once", stdout=open("/dev/null", "w"))  # noqa: SIM115
    briefing.refresh_from_db()
    assert not briefing.live  # not yet

    time.sleep(max(0, (briefing.go_live_at - timezone.now()).total_seconds()) + 0.1)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once", stdout=open("/dev/null", "w"))  # noqa: SIM115
    briefing.refresh_from_db()
    assert briefing.live
    assert sorted(message.to[0] for message in mail.outbox if "New recruitment online" in message.subject) == sorted(
        [mentor.email, coach.email]
    )


def test_a_second_scheduler_refuses_to_start():
    cache.add(LOCK, "other-host:1", 60)
    with pytest.raises(CommandError, match="Another scheduler is running"):
        Command().handle(once=False)

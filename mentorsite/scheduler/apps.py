from django.apps import AppConfig


class SchedulerConfig(AppConfig):
    """The one scheduler of the periodic work (see jobs.py)."""

    name = "mentorsite.scheduler"
    label = "scheduler"

    def ready(self):
        from .jobs import command, register_job

        # Pages (briefings above all) set to go live at a time: published within the minute.
        register_job("publish_scheduled", command("publish_scheduled"), minutes=1)
        # The day-before reminders of sessions; hourly, so a scheduler that was down at night still sends them.
        register_job("send_session_reminders", command("send_session_reminders"), minutes=60)
        register_job("apply_retention", command("apply_retention"), hour=3, minute=15)

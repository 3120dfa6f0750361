"""The platform's periodic work, in one registry, run by one scheduler process (`manage.py run_scheduler`).

Each app registers its jobs from its AppConfig.ready() with `register_job`; the ground floor registers its own
(scheduled publishing, the day-before session reminders, retention) in apps.py. The scheduler never does the
work itself: at each job's time it hands `run_job` to the Tasks API, so in production a `db_worker` does it
and in development (the immediate backend) it runs at once.

Every job is idempotent (publishing what is due, a notice once per version, a reminder once per due date), so
running one again, or late, does no harm: the scheduler runs every job once when it starts, which catches up
whatever was missed while it was down, and a missed minute of publishing is caught up by the next.
"""

from dataclasses import dataclass

from django.core.management import call_command
from django_tasks import task

_jobs = {}


@dataclass(frozen=True)
class Job:
    """A job: what it runs, and when (every `minutes` minutes, or daily at `hour`:`minute` programme time)."""

    name: str
    function: object
    minutes: int | None = None
    hour: int | None = None
    minute: int = 0


def register_job(name, function, *, minutes=None, hour=None, minute=0):
    if (minutes is None) == (hour is None):
        raise ValueError("A job runs every `minutes` or daily at `hour`, not both.")
    _jobs[name] = Job(name, function, minutes, hour, minute)


def jobs():
    return list(_jobs.values())


def command(name, *args):
    """A job that runs a management command (quietly: the worker's log keeps what matters)."""
    from io import StringIO

    return lambda: call_command(name, *args, stdout=StringIO())


@task()
def run_job(name):
    """The job, run by a task worker. Unknown names (a job removed since it was queued) do nothing."""
    job = _jobs.get(name)
    if job is None:
        return False
    job.function()
    return True

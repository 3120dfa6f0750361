"""Runs the platform's one scheduler: every registered job (mentorsite/scheduler/jobs.py) at its time.

Run exactly one: it holds a lock in the shared cache (Redis in production) and a second one, on any machine,
refuses to start while the first runs. `--once` queues every job once and exits (for a cron line, or to catch
up by hand).
"""

import logging
import os
import signal
import socket

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError

from mentorsite.scheduler.jobs import jobs, run_job

logger = logging.getLogger(__name__)

LOCK = "scheduler:running"
LOCK_SECONDS = 90


def trigger_for(job):
    if job.minutes is not None:
        return IntervalTrigger(minutes=job.minutes, timezone=settings.TIME_ZONE)
    return CronTrigger(hour=job.hour, minute=job.minute, timezone=settings.TIME_ZONE)


def queue(name):
    try:
        run_job.enqueue(name)
    except Exception:  # one failed job must not stop the scheduler; the next run tries again
        logger.exception("Scheduled job %s failed", name)


class Command(BaseCommand):
    help = "Run the scheduler of the periodic work (one process for the whole platform)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Queue every job once and exit.")

    def handle(self, *args, once=False, **options):
        if once:
            for job in jobs():
                queue(job.name)
            self.stdout.write(f"Queued {len(jobs())} job(s) once.")
            return
        holder = f"{socket.gethostname()}:{os.getpid()}"
        if not cache.add(LOCK, holder, LOCK_SECONDS):
            raise CommandError(f"Another scheduler is running ({cache.get(LOCK)}); run only one.")
        scheduler = BlockingScheduler(timezone=settings.TIME_ZONE, job_defaults={"coalesce": True, "max_instances": 1})
        for job in jobs():
            scheduler.add_job(queue, trigger_for(job), args=[job.name], id=job.name, misfire_grace_time=None)
        scheduler.add_job(cache.set, IntervalTrigger(seconds=30), args=[LOCK, holder, LOCK_SECONDS], id="lock")
        signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=False))
        self.stdout.write(f"Scheduler running {len(jobs())} job(s): " + ", ".join(job.name for job in jobs()))
        # Catch up whatever came due while no scheduler ran.
        for job in jobs():
            queue(job.name)
        try:
            scheduler.start()
        except KeyboardInterrupt:
            pass
        finally:
            if cache.get(LOCK) == holder:
                cache.delete(LOCK)

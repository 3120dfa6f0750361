"""Test helpers: signing in (force_login plus the second factor, as a real login with a code would leave it), and
a small real PNG for image uploads."""

import contextlib
import io

from django_otp.plugins.otp_totp.models import TOTPDevice

from mentorsite.users.two_factor import second_factor_required


def sign_in(client, user):
    """Logs `user` in on `client`; for roles that need a second factor, with a confirmed TOTP device verified.

    Tests of the second factor itself go through the login and code pages instead (tests/security).
    """
    client.force_login(user)
    if second_factor_required(user):
        device, _created = TOTPDevice.objects.get_or_create(user=user, confirmed=True, defaults={"name": "Test app"})
        session = client.session
        session["otp_device_id"] = device.persistent_id
        session.save()
    return client


def png_bytes(size=(2, 2)):
    """A real PNG file's bytes, as an image upload would carry."""
    from PIL import Image as PillowImage

    out = io.BytesIO()
    PillowImage.new("RGB", size, (11, 93, 107)).save(out, "PNG")
    return out.getvalue()


def translate_into_danish(*pages):
    """Publish a Danish translation of each page (parents first) through wagtail-localize, every text marked
    "[da] " so a test can tell the languages apart; slugs stay the same. Returns the translations."""
    from mentorsite.translations import publish_translation, same_slug

    return [publish_translation(page, "da", same_slug(lambda text, _context: f"[da] {text}")) for page in pages]


def prefer_language(user, language):
    """Set `user`'s language as their account page does."""
    from mentorsite.users.languages import set_language_of

    set_language_of(user, language)
    return user


def client_in_language(user, language):
    """A client signed in as `user`, who has chosen `language` on their account page."""
    from django.test import Client

    prefer_language(user, language)
    return sign_in(Client(), user)


def finish_the_track(mentor, cohort, lesson, seminar):
    """`mentor` completed `lesson` and attended both days of `seminar` with `cohort`: the whole test track."""
    from courses.models import LessonCompletion, SeminarSession
    from courses.progress import complete_lesson
    from mentorsite.scheduling.models import Booking
    from tests.conftest import at

    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    for day in (1, 2):
        session = SeminarSession.objects.create(
            seminar=seminar, cohort=cohort, day=day, starts_at=at(-10 + day, 9), ends_at=at(-10 + day, 16)
        )
        Booking.objects.create(session=session, user=mentor, attendance=Booking.Attendance.PRESENT)
    return mentor


def queries_of(client, url):
    """How many queries a second visit to `url` runs (the first refills per-session and page-tree caches)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def pdf_text(content):
    """The text of a PDF (bytes), page after page, as pypdf reads it."""
    import io

    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)


_demo_snapshots = {}


@contextlib.contextmanager
def _relations_unaudited():
    """Loading a copy sets many-to-many relations (people's groups, a record's attendees) again, which the audit
    trail would record a second time; the events the command recorded are in the copy already."""
    from django.db.models.signals import m2m_changed

    from mentorsite.audit import trail

    for through, uid in trail.relation_senders():
        m2m_changed.disconnect(sender=through, dispatch_uid=uid)
    try:
        yield
    finally:
        trail.connect_signals()


def seed_demo_programme():
    """The demo programme in the test database, as `manage.py seed_demo` writes it.

    The first call in a test process runs the command (about ten seconds, most of it wagtail-localize
    translating every page); later calls load a copy of what it wrote through Django's own serialisation, the
    one `serialized_rollback` uses, in a fraction of that. The copy is made in this process, against this
    database, on this day, from the same starting point (the migrated database), so it holds what the
    command would write again. Tests of seed_demo itself run the command every time.
    """
    from django.core.management import call_command
    from django.db import connection

    snapshot = _demo_snapshots.get(connection.alias)
    if snapshot is None:
        call_command("seed_demo", stdout=io.StringIO())
        _demo_snapshots[connection.alias] = _Snapshot(connection)
    elif not snapshot.restore_whole_database(connection):
        with _relations_unaudited():
            connection.creation.deserialize_db_from_string(snapshot.serialized)
        snapshot.copy_whole_database(connection)


class _Snapshot:
    """What seed_demo wrote: as Django's serialisation, and on SQLite's in-memory test database also as a
    copy of the whole database, which SQLite's backup API puts back in a fraction of a second (loading the
    serialisation takes seconds: most of the browser tests' setup)."""

    def __init__(self, connection):
        self.serialized = connection.creation.serialize_db_to_string()
        self.copy = None
        self.copy_whole_database(connection)

    @staticmethod
    def _copyable(connection):
        # Only outside a transaction (transactional tests): the other tests run inside one, which a copy
        # would overwrite, and whose open writes a backup would wait for forever (the shared cache's lock).
        return connection.vendor == "sqlite" and connection.is_in_memory_db() and not connection.in_atomic_block

    def copy_whole_database(self, connection):
        if self.copy is None and self._copyable(connection):
            import sqlite3

            connection.ensure_connection()
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)

    def restore_whole_database(self, connection):
        if self.copy is None or not self._copyable(connection):
            return False
        connection.ensure_connection()
        self.copy.backup(connection.connection)
        return True


# A demo lesson that is completed by marking it done (it has no knowledge check) and that has a reflection, which
# the demo mentor has not reached yet (courses.demo.seed.MENTORS): her next lesson ends in a knowledge check.
DEMO_MARKED_LESSON = "/mentor-programme/mentor-track/planning-and-commitment/knowing-when-to-plan/"

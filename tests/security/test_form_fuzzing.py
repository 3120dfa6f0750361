"""Every form the project serves, fuzzed: bad input gets the form again (200/4xx) or a redirect, never a 500.

FORMS below lists each form: who fills it in, where it is sent, and its fields with values a browser would
send. Hypothesis then sends at least FUZZ_EXAMPLES submissions per form: each field well-formed, spoilt
(any unicode including NUL, very long text, numbers as text, dates in odd formats, several values where one
is expected) or left out, sometimes with fields nobody asked for, posted as multipart or urlencoded.
Rich text also comes as JSON no editor sends (not JSON, another shape, spoilt blocks and entities, deep
nesting), a StreamField's numbered fields changed, left out or given another block's type, and the image and
document uploads as files cut short, with bytes changed, random bytes under an image extension, empty or
misnamed. Nothing in the answer may be a server error (status >= 500), nor on the listing opened after an
upload (which makes the thumbnails); a form that fails here has a real bug.

The examples of one form share its test's fixtures and transaction, so what one example saves, the next
sees (as on a live server). Set FUZZ_EXAMPLES to run more (or fewer) examples per form.
"""

import io
import itertools
import json
import os
import random
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, urlencode

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from courses.models import Certificate, DocumentRun
from mentoring.models import CaseStatus, EndingReason, MenteeCase
from mentorsite.users.roles import MENTOR
from supervision import miti
from supervision.forms import DirectMeetingForm, RecordForm, SlotForm
from supervision.models import MiSkill, MitiCoding, SupervisionRecord, SupervisionSession
from tests.factories import PASSWORD, UserFactory
from tests.figures import count
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db

# A newcomer's `make test` sends 6 inputs per form; CI sets FUZZ_EXAMPLES=200 (SQLite) and 20 (PostgreSQL).
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", 6))
FUZZ_SETTINGS = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values --------------------------------------------------------------------------------------------

ANY_CHARACTER = st.characters(exclude_categories=["Cs"])  # lone surrogates cannot be encoded at all
TEXT = st.text(ANY_CHARACTER, max_size=30)
WORDS = st.text(st.characters(categories=["L", "N", "P", "Zs"]), min_size=1, max_size=40)
TRICKY = st.sampled_from(
    [
        "\x00",
        "a\x00b",
        "\x00" * 20,
        "%00",
        "\r\n",
        " ",
        "\u200b",
        "\ufeff",
        "\u202e",
        "\uffff",
        "\U0010ffff",
        "<script>alert(1)</script>",
        "\"'><img src=x onerror=alert(1)>",
        "{{ 7*7 }}",
        "{% debug %}",
        "'; DROP TABLE users_user; --",
        "' OR '1'='1",
        "../../../../etc/passwd",
        "javascript:alert(1)",
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "İ",
        "ﬃ",
        "010203-1234",
        "someone@example.org",
        "True",
        "on",
        "None",
        "null",
        "[]",
        "{}",
        '{"a": 1}',
        '{"blocks": [{"text": "x"}]}',
    ]
)
NUMBERS = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats().map(repr),
    st.sampled_from(
        ["0", "-0", "-1", "1.0", "1e309", "NaN", "inf", "0x1F", "1_000", " 7 ", "+5", "٣", "²", "½", "Ⅻ", "１２", "𝟙"]
        + ["9" * 19, "9" * 40, "9223372036854775808", "-9223372036854775809", "32768", "65536", "2147483648"]
    ),
)
DATE_FORMATS = [
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%Y%m%d",
    "%d %B %Y",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
]
DATES = st.one_of(
    st.builds(lambda moment, fmt: moment.strftime(fmt), st.datetimes(), st.sampled_from(DATE_FORMATS)),
    st.sampled_from(
        ["2026-02-30", "2026-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "10000-01-01", "-2026-01-01"]
        + ["0001-01-01T00:00", "0001-01-01 00:30", "9999-12-31T23:59", "9999-12-31 23:59:59", "2026-06-01T25:61"]
        + ["2026-03-29T02:30", "2026-10-25 02:30", "1970-01-01T00:00:00Z", "2026-06-01T10:00+14:00", "2026-W01"]
    ),
)
LONG = st.builds(
    lambda unit, length: (unit * (length // len(unit) + 1))[:length],
    st.one_of(TEXT.filter(bool), TRICKY),
    st.sampled_from([101, 201, 256, 301, 1001, 4097, 10_001, 100_001]),  # just over the limits the forms set
)
# PostgreSQL refuses NUL in text (SQLite stores it): a branch of its own, so every form gets some.
WITH_NUL = st.builds(lambda before, after: f"{before}\x00{after}", TEXT, TEXT)
SCALAR = st.one_of(st.just(""), TEXT, WITH_NUL, TRICKY, NUMBERS, DATES, LONG)
JUNK = st.one_of(SCALAR, st.lists(SCALAR, min_size=2, max_size=4))


def one(*values):
    return st.sampled_from([str(v) for v in values])


def pks(*objects):
    return st.sampled_from([str(o.pk) for o in objects])


def pk_lists(*objects):
    return st.lists(pks(*objects), max_size=len(objects), unique=True)


def formatted(moment, fmt):
    return moment.strftime(fmt.replace("%Y", f"{moment.year:04d}"))  # strftime writes year 1 as "1"


def days_from_today(fmt="%Y-%m-%d", days=(-400, 400)):
    """Dates near today, and now and then any date of the calendar (years 1 to 9999, well-formed all the same)."""
    today = timezone.localdate()
    near = st.integers(*days).map(lambda n: formatted(today + timedelta(days=n), fmt))
    anywhere = st.one_of(st.dates(), st.sampled_from([date.min, date.max])).map(lambda day: formatted(day, fmt))
    return st.one_of(near, near, near, anywhere)


def local_times(fmt="%Y-%m-%dT%H:%M", days=(1, 400)):
    """Times as a browser's datetime-local input sends them (Wagtail's admin widget: fmt="%Y-%m-%d %H:%M"), near
    now, and now and then any time of the calendar."""
    start = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    near = st.builds(
        lambda d, h, m: formatted(start + timedelta(days=d, hours=h, minutes=m), fmt),
        st.integers(*days),
        st.integers(0, 23),
        st.sampled_from([0, 15, 30, 45]),
    )
    edges = [datetime.min, datetime.min + timedelta(minutes=30), datetime.max]
    anywhere = st.one_of(st.datetimes(), st.sampled_from(edges)).map(lambda moment: formatted(moment, fmt))
    return st.one_of(near, near, near, anywhere)


NEXT_URLS = one("", "/dashboard/", "/calendar/", "https://evil.example/", "//evil.example", "/\\evil.example")
URLS = one("https://meet.example.org/abc", "meet.example.org/x", "http://example.org", "javascript:alert(1)", "")
STRONG_PASSWORD = one("Orange-kettle-1984", "a much longer pass phrase for tests")
CHECKBOX = one("on", "")


@dataclass(frozen=True)
class Shaped:
    """A field whose bad values keep a shape: `good` and `bad` strategies instead of good values and JUNK."""

    good: st.SearchStrategy
    bad: st.SearchStrategy


def contentstate(text):
    block = {"key": "fuzz1", "type": "unstyled", "depth": 0, "text": text, "inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [block], "entityMap": {}})


def draftail(text_strategy=WORDS):
    """Rich text as the Draftail editor sends it: content-state JSON, with the text fuzzed inside."""
    return text_strategy.map(contentstate)


# Rich text as no editor sends it: not JSON, JSON of another shape, content states whose blocks, ranges and
# entities are spoilt, deep nesting. Wagtail's Draftail widget raised on these (a server error); the admin's
# rich-text fields answer them with a message (mentorsite/form_fields.py).
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(10**20), 10**20), TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)),
    max_leaves=8,
)
GOOD_BLOCK = {"key": "fuzz1", "type": "unstyled", "depth": 0, "text": "x", "inlineStyleRanges": [], "entityRanges": []}
RANGES = st.lists(
    st.dictionaries(
        st.sampled_from(["offset", "length", "key", "style"]),
        st.one_of(st.integers(-3, 50), st.sampled_from(["BOLD", "ITALIC", "0", "7", ""]), JSON_VALUES),
    ),
    max_size=3,
)
BLOCK_FIELDS = st.dictionaries(
    st.sampled_from(list(GOOD_BLOCK) + ["data"]),
    st.one_of(
        st.sampled_from(["unstyled", "header-three", "ordered-list-item", "unordered-list-item", "blockquote"]),
        st.sampled_from(["atomic", "code-block", "nonsense", ""]),
        RANGES,
        JSON_VALUES,
    ),
    max_size=3,
)
ENTITIES = st.dictionaries(
    st.sampled_from(["0", "1", "7"]),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["LINK", "IMAGE", "DOCUMENT", "EMBED", "X"]), "mutability": st.just("MUTABLE")},
        optional={"data": st.dictionaries(st.sampled_from(["url", "id", "alt", "format"]), JSON_VALUES, max_size=2)},
    ),
    max_size=2,
)
SPOILT_CONTENT_STATE = st.one_of(
    st.sampled_from(["{not json", "[]", "null", "5", '"text"', '{"blocks": 5}', '{"blocks": [5]}', "{}"]),
    st.sampled_from(["[" * 100_000 + "]" * 100_000, '{"blocks": ' * 50_000 + "1" + "}" * 50_000]),
    st.builds(json.dumps, JSON_VALUES),
    st.builds(
        lambda blocks, entities: json.dumps(
            {"blocks": [{**GOOD_BLOCK, **changes} for changes in blocks], "entityMap": entities}
        ),
        st.lists(BLOCK_FIELDS, min_size=1, max_size=3),
        ENTITIES,
    ),
    TEXT,
)
RICH_TEXT = Shaped(
    draftail(), st.one_of(draftail(st.one_of(TEXT, WITH_NUL, TRICKY, NUMBERS, LONG)), SPOILT_CONTENT_STATE)
)

# A StreamField's blocks as no editor sends them: the numbered form fields (`body-count`, `body-0-type`,
# `body-0-order`, `body-0-deleted`, `body-0-value-...`) changed, left out or given the type of another block.
# Applied by `spoil_stream` to what the page editor forms build (`stream` below).
BLOCK_TYPES = ["paragraph", "heading", "image", "video", "document", "key_point", "reflection", "knowledge_check"]
STREAM_SPOILAGE = st.lists(
    st.tuples(
        st.sampled_from(["set", "delete", "retype"]),
        st.sampled_from(["-count", "-type", "-order", "-deleted", "-id", "-value"]),
        st.integers(0, 40),
        st.one_of(SCALAR, st.sampled_from([*BLOCK_TYPES, "sources", "item", "nonsense", "1000000", "9" * 30])),
    ),
    min_size=1,
    max_size=3,
)
STREAM = Shaped(st.just([]), STREAM_SPOILAGE)


def spoil_stream(data, spoilage, prefix="body-"):
    """The page editor's form data with the StreamField's own fields changed as `spoilage` says."""
    for action, kind, index, value in spoilage or ():
        keys = sorted(key for key in data if key.startswith(prefix) and (key.endswith(kind) or f"{kind}-" in key))
        if not keys:
            continue
        key = keys[index % len(keys)]
        if action == "delete":
            del data[key]
        elif action == "retype" and key.endswith("-type"):
            data[key] = BLOCK_TYPES[index % len(BLOCK_TYPES)]
        else:
            data[key] = value
    return data


# Uploads: real pictures and documents, and spoilt ones (cut short, bytes changed, random bytes under an image
# extension, empty, a name with another or no extension, a very long name). Built fresh for every example.
PICTURE_FORMATS = {"GIF": "gif", "PNG": "png", "JPEG": "jpg", "WEBP": "webp"}


def picture_bytes(kind, width, height, seed):
    from PIL import Image as PillowImage

    out = io.BytesIO()
    noise = random.Random(seed).randbytes(width * height * 3)  # noqa: S311 - test data, not secrets
    PillowImage.frombytes("RGB", (width, height), noise).save(out, kind)
    return out.getvalue()


@st.composite
def uploads(draw, spoilt, extensions, make_content):
    """A file to upload: well-formed, or (`spoilt`) spoilt in one of several ways."""
    extension, content = make_content(draw)
    name = f"{draw(st.sampled_from(['upload', 'Seminar room', 'æøå', '..']))}.{extension}"
    if spoilt:
        how = draw(st.sampled_from(["cut", "changed", "random", "empty", "renamed", "no extension", "long name"]))
        if how == "cut":
            content = content[: draw(st.integers(0, max(len(content) - 1, 0)))]
        elif how == "changed":
            content = bytearray(content)
            for index, byte in draw(st.lists(st.tuples(st.integers(0, len(content) - 1), st.integers(0, 255)))):
                content[index] = byte
            content = bytes(content)
        elif how == "random":
            content = draw(st.binary(max_size=3000))
        elif how == "empty":
            content = b""
        elif how == "renamed":
            name = f"upload.{draw(st.sampled_from([*extensions, 'svg', 'html', 'exe', 'PNG', 'jpg.exe']))}"
        elif how == "no extension":
            name = "upload"
        else:
            name = "x" * draw(st.sampled_from([101, 256, 1001])) + f".{extension}"
    return SimpleUploadedFile(name, content)


def _picture(draw):
    kind = draw(st.sampled_from(list(PICTURE_FORMATS)))
    width, height = draw(st.integers(1, 40)), draw(st.integers(1, 40))
    return PICTURE_FORMATS[kind], picture_bytes(kind, width, height, draw(st.integers(0, 3)))


def _document(draw):
    extension = draw(st.sampled_from(["pdf", "txt", "csv", "docx", "odt"]))
    return extension, draw(st.binary(min_size=1, max_size=2000))


def _cut(kind, length=None):
    content = picture_bytes(kind, 40, 30, 0)
    return content[: length or len(content) // 2]


# Spoilt pictures known to have failed (a truncated GIF was a server error), drawn as often as the others.
TRICKY_PICTURES = st.sampled_from(
    [
        ("truncated.gif", lambda: _cut("GIF", 200)),
        ("header-only.gif", lambda: b"GIF89a"),
        ("noise.gif", lambda: b"GIF89a" + bytes(range(256)) * 4),
        ("truncated.png", lambda: _cut("PNG")),
        ("truncated.jpg", lambda: _cut("JPEG")),
        ("truncated.webp", lambda: _cut("WEBP")),
        ("png-named.gif", lambda: picture_bytes("PNG", 8, 8, 0)),
    ]
).map(lambda entry: SimpleUploadedFile(entry[0], entry[1]()))
IMAGES = list(PICTURE_FORMATS.values()) + ["jpeg"]
IMAGE_FILE = Shaped(uploads(False, IMAGES, _picture), st.one_of(uploads(True, IMAGES, _picture), TRICKY_PICTURES))
DOCUMENTS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
DOCUMENT_FILE = Shaped(uploads(False, DOCUMENTS, _document), uploads(True, DOCUMENTS, _document))


@st.composite
def form_data(draw, fields):
    """POST or GET data for a form with `fields` ({name: strategy of well-formed values, or None})."""
    names = sorted(fields)
    mode = draw(st.sampled_from(["mostly well-formed", "mixed", "junk"]))
    spoilt = set(draw(st.lists(st.sampled_from(names), max_size=2))) if names else set()
    data = {}
    for name in names:
        good, junk = fields[name], JUNK
        if isinstance(good, Shaped):
            good, junk = good.good, good.bad
        good = good if good is not None else junk
        if mode == "mostly well-formed" and name not in spoilt:
            data[name] = draw(good)
            continue
        choices = ["junk", "missing"] if mode != "mixed" else ["well-formed", "junk", "missing"]
        choice = draw(st.sampled_from(choices))
        if choice != "missing":
            data[name] = draw(good if choice == "well-formed" else junk)
    if draw(st.integers(0, 9)) == 0:
        for name, value in draw(st.dictionaries(TEXT, JUNK, max_size=3)).items():
            data.setdefault(name, value)
    return data


# Forms ---------------------------------------------------------------------------------------------


class World:
    """The fixtures a form needs, built when first asked for (`w.mentor`, `w.final_record`, ...)."""

    def __init__(self, request):
        self._request = request

    def __getattr__(self, name):
        return self._request.getfixturevalue(name)


PATH_VALUE = "PATH-VALUE"


@dataclass(frozen=True)
class Form:
    """One form: who fills it in (a fixture name, or None for anonymous), where it goes, and its fields."""

    user: str | None
    url: Callable[[World], str]
    fields: Callable[[World], dict] = lambda w: {}
    method: str = "post"
    # Page editor forms: turns the fuzzed values into the editor's nested form data.
    build: Callable[[World, dict], dict] | None = None
    # Puts the world back between examples, e.g. so a revoked certificate can be revoked again.
    before_each: Callable[[World, Client], None] | None = None
    # Redirects to the login or two-factor pages are the form's own answer, not a lost session.
    may_redirect_to_login: bool = False
    # A field sent in the URL's path instead (the URL then holds the placeholder PATH_VALUE).
    path_field: str | None = None
    # A page opened after every example, which shows what the form saved (the image listing makes thumbnails of
    # the uploads): no server error there either.
    then: Callable[[World], str] | None = None


def admin_add(viewset):
    return lambda w: reverse(f"{viewset}:add")


def admin_edit(viewset, fixture):
    return lambda w: reverse(f"{viewset}:edit", args=[getattr(w, fixture).pk])


def reset_axes(w, client):
    from axes.utils import reset

    reset()


def new_reset_link(w, client):
    """A fresh password-reset link opened in the client, as the e-mailed link does (its token is in the session)."""
    user = w.mentor
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    client.get(reverse("password_reset_confirm", args=[uid, token]))


def restore_password(w, client):
    """After a successful change, the old password again (and a new sign-in: the change ends other sessions)."""
    user = w.mentor
    user.refresh_from_db()
    if not user.check_password(PASSWORD):
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
        sign_in(client, user)


def unverified_session(w, client):
    """Signed in with the password only: a recovery code used by the last example must not carry over."""
    client.logout()
    client.force_login(w.mentor_with_authenticator)


def unrevoke(w, client):
    Certificate.objects.filter(pk=w.certificate.pk).update(revoked_at=None, revoked_by=None, revocation_reason="")


def back_to_draft(w, client):
    SupervisionRecord.objects.filter(pk=w.draft_record.pk).update(status="draft", finalised_at=None)


def knowledge_check_fields(w, lesson=None):
    check = (lesson or w.checked_lesson).knowledge_check
    fields = {
        f"question-{question.id}": (
            WORDS
            if question.value["kind"] == "written"
            else st.lists(st.sampled_from([answer.id for answer in question.value["answers"].bound_blocks]), max_size=3)
        )
        for question in check.value["questions"].bound_blocks
    }
    return {**fields, "attempt": one("1", "2", "0", "x", "")}


@pytest.fixture
def written_lesson(module):
    """A lesson whose check asks for a choice and a written response."""
    from tests.factories import LessonPageFactory, knowledge_check_block

    questions = [
        ("Which reflects?", "single", [("It sounds like you feel stuck.", True), ("Why?", False)]),
        ("A mentee says: “Nobody asks me.” Write a complex reflection.", "written", []),
    ]
    return LessonPageFactory(parent=module, body=json.dumps([knowledge_check_block(questions)]))


@pytest.fixture
def sent_practice(mentor, assignment, lesson):
    from courses.models import PracticeResponse

    return PracticeResponse.objects.create(
        mentor=mentor, kind="reflection", lesson=lesson, block_id="b", prompt="What did you notice?", text="That."
    )


def register_fields(w):
    from mentorsite.scheduling.services import participants

    make_up = w.outsider  # a mentor of another cohort, who may make up the day
    marks = one("present", "absent", "excused", "")
    fields = {f"person-{person.pk}": marks for person in participants(w.seminar_day)}
    return {**fields, "make_up": st.one_of(st.just(""), pks(make_up))}


def session_fields(w, prefix, form_class, **more):
    fields = {
        "starts_at": local_times(),
        "ends_at": local_times(),
        "format": one(*SupervisionSession.Format.values),
        "capacity": one(1, 2, 5, ""),
        "venue": WORDS,
        "online_url": URLS,
        "description": WORDS,
        **more,
    }
    return {f"{prefix}-{name}": fields.get(name) for name in form_class.base_fields}


def record_fields(w):
    people = (w.mentor, w.coach)
    fields = {
        "held_on": days_from_today(days=(-60, 0)),
        "duration_minutes": one(5, 60, 90, 600),
        "format": one(*SupervisionSession.Format.values),
        "attendees": pk_lists(w.mentor),
        "topics": one("reflections", "open questions, summaries", '"quoted, tag"'),
        "mi_skills": st.lists(st.sampled_from(MiSkill.values), max_size=3, unique=True),
        "summary": WORDS,
        "private_notes": WORDS,
        "next_meeting": days_from_today(days=(0, 60)),
    }
    assert set(fields) == set(RecordForm.base_fields), "the fuzzed fields follow the record form"
    actions = {
        "actions-TOTAL_FORMS": one(2, 0, 1, 3, 21, 1001),
        "actions-INITIAL_FORMS": one(0, 1),
        "actions-MIN_NUM_FORMS": one(0),
        "actions-MAX_NUM_FORMS": one(20),
    }
    for index in (0, 1):
        actions |= {
            f"actions-{index}-description": WORDS,
            f"actions-{index}-owner": pks(*people),
            f"actions-{index}-due_on": days_from_today(days=(0, 60)),
            f"actions-{index}-DELETE": CHECKBOX,
            f"actions-{index}-id": st.just(""),
        }
    return fields | actions


def miti_fields(w):
    fields = {
        "mentor": pks(w.mentor),
        "coded_on": days_from_today(days=(-60, 0)),
        "context": one(*MitiCoding.Context.values),
        "minutes_coded": one(1, 20, 120),
        "notes": WORDS,
    }
    fields |= {name: st.integers(1, 5).map(str) for name in miti.GLOBAL_SCORES}
    fields |= {name: st.integers(0, 60).map(str) for name in miti.BEHAVIOUR_COUNTS}
    return fields


def case_fields(w):
    from mentoring.models import Institution, TargetGroup

    w.mentee_case  # noqa: B018 (its institution is the one to choose)
    return {
        "code": one("K-901", "K-201", "k-77", "Karl Jensen", ""),
        "institution": st.one_of(pks(*Institution.objects.all()), st.just("")),
        "target_group": st.one_of(pks(*TargetGroup.objects.all()), st.just("")),
        "suggested_by": one(*MenteeCase.SuggestedBy.values, "neighbour"),
        "suggested_on": days_from_today(),
        "expected_release": one("2027-03", "2027-13", "03/2027", ""),
        "family_involvement": CHECKBOX,
        "notes": WORDS,
    }


def agreement_fields(w):
    fields = {"valid_from": days_from_today(days=(-60, 30)), "institution_participants": WORDS, "change_note": WORDS}
    for area in ("employment", "housing", "family"):
        fields[f"goal_{area}"] = st.one_of(WORDS, st.just(""))
        fields[f"tasks_{area}"] = st.one_of(WORDS, st.just(""))
    return fields


def review_fields(w):
    fields = {"held_on": days_from_today(days=(-60, 10)), "outcome": WORDS, "revised": CHECKBOX}
    for goal in w.review.agreement.goals.all():
        fields[f"attainment_{goal.pk}"] = one(-2, -1, 0, 1, 2, 3, "much")
        fields[f"comment_{goal.pk}"] = WORDS
    return fields


def application_fields(w):
    from mentoring.models import ApplicantSource

    return {
        "first_name": WORDS,
        "last_name": WORDS,
        "email": one("line.bech@example.org", "LINE.BECH@example.org", "not-an-address", ""),
        "phone": one("+45 20 11 22 33", "", "call me"),
        "source": st.one_of(pks(*ApplicantSource.objects.all()), st.just("")),
        "source_detail": WORDS,
        "motivation": WORDS,
        "experience": WORDS,
        "languages": WORDS,
        "consent": CHECKBOX,
        "website": one("", "http://spam.example"),
    }


def forget_counts(w, client):
    cache.clear()  # the per-address limit would otherwise refuse every example after the fifth


def stage_fields(w):
    from mentoring.models import RecruitmentStage, StopReason

    return {
        "stage": st.one_of(pks(*RecruitmentStage.objects.all()), one(0, "x")),
        "outcome": one("continue", "accept", "stop", "withdrew", "hire"),
        "stop_reason": st.one_of(pks(*StopReason.objects.all()), st.just("")),
        "held_on": days_from_today(days=(-30, 5)),
        "done_by_others": WORDS,
        "notes": WORDS,
        "competencies": WORDS,
        "cohort": st.one_of(pks(w.cohort), st.just("")),
        "track": st.one_of(pks(w.mentor_track, w.coach_track), st.just("")),
    }


def reopen_invitation(w, client):
    """Each example meets the questionnaire not yet answered, so a hand-in can go through again."""
    from mentoring.evaluation.models import Invitation, Response

    Response.objects.filter(round=w.questionnaire_round).delete()
    Invitation.objects.filter(round=w.questionnaire_round).update(answered=False)


_REOPENINGS = itertools.count()


def reopen_application(w, client):
    """Each example meets the applicant open, at the next stage in turn (the decision too), without an account
    and with an address no account has, so an acceptance can go through."""
    from mentoring.models import Applicant, RecruitmentStage

    turn = next(_REOPENINGS)
    stages = list(RecruitmentStage.objects.filter(active=True).order_by("position"))
    Applicant.objects.filter(pk=w.job_applicant.pk).update(
        status=Applicant.Status.ACTIVE,
        stage=stages[turn % len(stages)],
        decided_on=None,
        account=None,
        email=f"applicant-{turn}@example.org",
    )


def report_fields(w):
    return {
        "cohort": st.one_of(st.just(""), pks(w.cohort)),
        "start": days_from_today(days=(-400, 0)),
        "end": days_from_today(days=(-30, 30)),
    }


def audit_filter_fields(w):
    return {
        "actor": pks(w.manager, w.mentor),
        "action": one("create", "change", "delete", "view", "export"),
        "model_label": WORDS,
        "object_id": one(1, 2),
        "request_id": WORDS,
        "occurred_from": days_from_today(),
        "occurred_to": days_from_today(),
        "page": one(1, 2),
    }


def seminar_day_fields(w):
    return {
        "seminar": pks(w.seminar),
        "cohort": pks(w.cohort, w.other_cohort),
        "day": one(1, 2),
        "starts_at": local_times("%Y-%m-%d %H:%M"),
        "ends_at": local_times("%Y-%m-%d %H:%M"),
        "venue": WORDS,
        "online_url": URLS,
        "capacity": one("", 1, 30),
        "organiser": st.one_of(st.just(""), pks(w.facilitator)),
        "description": WORDS,
        "status": one("scheduled", "cancelled"),
    }


def networking_day_fields(w):
    return {
        "title": WORDS,
        "starts_at": local_times("%Y-%m-%d %H:%M"),
        "ends_at": local_times("%Y-%m-%d %H:%M"),
        "venue": WORDS,
        "online_url": URLS,
        "capacity": one("", 1, 30),
        "organiser": st.one_of(st.just(""), pks(w.facilitator)),
        "description": WORDS,
        "agenda": RICH_TEXT,
        "documents": st.just([]),
        "status": one("scheduled", "cancelled"),
    }


def person_fields(w, edit=False):
    fields = {
        "username": WORDS,
        "email": one("someone@example.org", "another.person@example.org", "not-an-address"),
        "first_name": WORDS,
        "last_name": WORDS,
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "groups": pk_lists(*w.role_groups),
        "cohort": st.one_of(st.just(""), pks(w.cohort, w.other_cohort)),
        "is_superuser": CHECKBOX,  # only a superuser may grant it; the manager's form leaves it out
    }
    if edit:
        fields |= {
            "is_active": CHECKBOX,
            "left_programme_on": days_from_today(),
            "leaving_reason": WORDS,
        }
    return fields


def listing_fields(w):
    """The search box, the ordering and the page of an admin listing."""
    return {"q": WORDS, "ordering": one("title", "-starts_at", "name", "user"), "p": one(1, 2)}


# Page editor forms (the structure stays valid; the values inside are fuzzed) -----------------------

LESSON_VALUES = {
    "title": WORDS,
    "slug": one("a-lesson", "another-lesson", ""),
    "summary": WORDS,
    "seo_title": WORDS,
    "search_description": WORDS,
    "go_live_at": local_times("%Y-%m-%d %H:%M", days=(-10, 10)),
    "expire_at": local_times("%Y-%m-%d %H:%M", days=(-10, 30)),
    "paragraph": RICH_TEXT,
    "heading": WORDS,
    "heading_level": one("h2", "h3"),
    "key_point_title": WORDS,
    "key_point_text": WORDS,
    "reflection_prompt": WORDS,
    "reflection_guidance": WORDS,
    "check_title": WORDS,
    "pass_mark": one(1, 80, 100),
    "questions_per_attempt": one("", 1, 2, 0, -1),
    "question": WORDS,
    "kind": one("single", "multiple", "written"),
    "model_answer": WORDS,
    "answer_1": WORDS,
    "answer_1_correct": CHECKBOX,
    "answer_1_feedback": WORDS,
    "answer_2": WORDS,
    "answer_2_correct": CHECKBOX,
    "answer_2_feedback": WORDS,
    "action": one("publish", "submit", "save"),
    "stream": STREAM,
}


def _present(values, **names):
    """The entries of `names` (form key: fuzzed value name) whose value was sent."""
    return {key: values[name] for key, name in names.items() if name in values}


def _page(values, *names):
    page = _present(values, **{name: name for name in names})
    action = values.get("action")
    if isinstance(action, str) and action in {"publish", "submit"}:
        page[f"action-{action}"] = action
    elif action is not None and not isinstance(action, str):
        page["action-publish"] = action  # several values for the button
    return page


def lesson_post_data(w, values):
    answers = [
        ("item", _present(values, text="answer_1", correct="answer_1_correct", feedback="answer_1_feedback")),
        ("item", _present(values, text="answer_2", correct="answer_2_correct", feedback="answer_2_feedback")),
    ]
    question = {
        **_present(values, question="question", kind="kind", model_answer="model_answer"),
        "answers": streamfield(answers),
    }
    check = {
        **_present(values, title="check_title", pass_mark="pass_mark", questions_per_attempt="questions_per_attempt"),
        "questions": streamfield([("item", question)]),
    }
    body = [
        ("heading", _present(values, text="heading", level="heading_level")),
        ("key_point", _present(values, title="key_point_title", text="key_point_text")),
        ("reflection", _present(values, prompt="reflection_prompt", guidance="reflection_guidance")),
        ("knowledge_check", check),
    ]
    if "paragraph" in values:
        body.insert(0, ("paragraph", values["paragraph"]))
    page = _page(values, "title", "slug", "summary", "seo_title", "search_description", "go_live_at", "expire_at")
    return spoil_stream(nested_form_data({**page, "body": streamfield(body)}), values.get("stream"))


QUESTIONNAIRE_VALUES = {
    "title": WORDS,
    "introduction": WORDS,
    "anonymous": CHECKBOX,
    "heading": WORDS,
    "statement": WORDS,
    "question": WORDS,
    "option": WORDS,
    "minimum": one(0, 5, -3, "x", ""),
    "maximum": one(10, 2, 80, ""),
    "long": CHECKBOX,
    "stream": STREAM,
}


def questionnaire_post_data(w, values):
    options = {"count": 2, **{str(n): {"value": values.get("option", ""), "deleted": "", "order": n} for n in (0, 1)}}
    questions = [
        ("heading", _present(values, heading="heading")),
        ("agreement", _present(values, statement="statement")),
        ("choice", {**_present(values, question="question"), "options": options}),
        ("number", _present(values, question="question", minimum="minimum", maximum="maximum")),
        ("text", _present(values, question="question", long="long")),
    ]
    data = {**_present(values, title="title", introduction="introduction", anonymous="anonymous")}
    data["questions"] = streamfield(questions)
    return spoil_stream(nested_form_data(data), values.get("stream"), prefix="questions-")


BRIEFING_VALUES = {
    "title": WORDS,
    "slug": one("a-briefing", "another-briefing", ""),
    "summary": WORDS,
    "urgency": one("routine", "important", "urgent"),
    "published_on": days_from_today(days=(-30, 0)),
    "review_by": days_from_today(days=(-30, 400)),
    "tags": one("foreign fighters", "gang crossover, travel", '"a, b", c', "x" * 51),
    "significant_change": CHECKBOX,
    "what_changed": WORDS,
    "paragraph": RICH_TEXT,
    "source_title": WORDS,
    "source_publisher": WORDS,
    "source_url": one("https://example.org/report", "example.org", "javascript:alert(1)", ""),
    "action": one("publish", "submit", "save"),
    "stream": STREAM,
}


def briefing_values(w):
    """BRIEFING_VALUES, with the briefing it supersedes and a lesson it updates."""
    return {**BRIEFING_VALUES, "supersedes": st.one_of(st.just(""), pks(w.urgent_briefing)), "updates": pks(w.lesson)}


def briefing_post_data(w, values):
    source = _present(values, title="source_title", publisher="source_publisher", url="source_url")
    body = [("sources", streamfield([("item", source)]))]
    if "paragraph" in values:
        body.insert(0, ("paragraph", values["paragraph"]))
    page = _page(
        values, "title", "slug", "summary", "urgency", "published_on", "review_by", "tags", "supersedes"
    ) | _present(values, significant_change="significant_change", what_changed="what_changed")
    updates = [_present(values, page="updates")] if "updates" in values else []
    data = nested_form_data({**page, "body": streamfield(body), "related_pages": inline_formset(updates)})
    return spoil_stream(data, values.get("stream"))


# The other page types' rich text (the editor of an existing page: title, slug and their own fields).
PAGE_ACTION = one("publish", "submit", "save")
PROGRAMME_VALUES = {
    "title": WORDS,
    "slug": one("mentor-programme", ""),
    "introduction": RICH_TEXT,
    "issuing_organisation": WORDS,
    "action": PAGE_ACTION,
}
TRACK_VALUES = {"title": WORDS, "slug": one("mentor-track", ""), "introduction": RICH_TEXT, "action": PAGE_ACTION}
SEMINAR_VALUES = {
    "title": WORDS,
    "slug": one("two-day-seminar-1", ""),
    "kind": one("seminar", "follow_up", "networking_day"),
    "days": one(1, 2, 10),
    "objectives": RICH_TEXT,
    "preparation": RICH_TEXT,
    "day_label": WORDS,
    "day_starts_at": one("09:00", "23:59", "25:00", "nine", ""),
    "activity_title": WORDS,
    "activity_kind": one("input", "exercise", "break", "juggling"),
    "activity_minutes": one(5, 45, 480, 0, 481, -1),
    "activity_description": RICH_TEXT,
    "role_play_title": WORDS,
    "role_play_minutes": one(60, 0),
    "role_play_scenario": WORDS,
    "role": WORDS,
    "brief": WORDS,
    "stream": STREAM,
    "action": PAGE_ACTION,
}


def seminar_post_data(w, values):
    """The seminar editor's data, its session plan a day, an activity and a role play of one role."""
    plan = [
        ("day", _present(values, label="day_label", starts_at="day_starts_at")),
        (
            "activity",
            _present(
                values,
                title="activity_title",
                kind="activity_kind",
                minutes="activity_minutes",
                description="activity_description",
            ),
        ),
        (
            "role_play",
            {
                **_present(values, title="role_play_title", minutes="role_play_minutes", scenario="role_play_scenario"),
                "roles": streamfield([("item", _present(values, role="role", brief="brief"))]),
            },
        ),
    ]
    page = _page(values, "title", "slug", "kind", "days", "objectives", "preparation")
    data = nested_form_data({**page, "session_plan": streamfield(plan)})
    return spoil_stream(data, values.get("stream"), prefix="session_plan-")


HOME_VALUES = {"title": WORDS, "slug": one("home", ""), "introduction": WORDS, "body": RICH_TEXT, "action": PAGE_ACTION}


def page_post_data(w, values):
    return nested_form_data(_page(values, *(name for name in values if name != "action")))


def page_edit(fixture):
    return lambda w: reverse("wagtailadmin_pages:edit", args=[getattr(w, fixture).pk])


# Every RichTextField and StreamField the platform adds, and the fuzzed form that sends it: a new one fails
# test_every_rich_text_and_stream_field_is_fuzzed until it has a form here.
RICH_FIELDS_FUZZED = {
    "courses.LessonPage.body": "add LessonPage",
    "courses.BriefingPage.body": "add BriefingPage",
    "courses.ProgrammePage.introduction": "edit ProgrammePage",
    "courses.TrackPage.introduction": "edit TrackPage",
    "courses.SeminarPage.objectives": "edit SeminarPage",
    "courses.SeminarPage.preparation": "edit SeminarPage",
    "courses.SeminarPage.session_plan": "edit SeminarPage",
    "home.HomePage.body": "edit HomePage",
    "networking.NetworkingDay.agenda": "networking_days:add",
    "mentoring.Questionnaire.questions": "add Questionnaire",
}


def root_collection(w):
    from wagtail.models import Collection

    return one(Collection.get_first_root_node().pk)


def image_fields(w):
    return {
        "title": WORDS,
        "file": IMAGE_FILE,
        "description": WORDS,
        "collection": root_collection(w),
        "tags": one("seminar", "room, people", '"a, b"', "x" * 101),
    }


def image_edit_fields(w):
    focal = one(0, 1, 10, 40, -1, "")
    return {
        **image_fields(w),
        "focal_point_x": focal,
        "focal_point_y": focal,
        "focal_point_width": focal,
        "focal_point_height": focal,
    }


def document_fields(w):
    return {"title": WORDS, "file": DOCUMENT_FILE, "collection": root_collection(w), "tags": one("handout", "")}


def prefixed(prefix, fields):
    """The multiple upload's edit form for one object: its fields but the file, named `<prefix>-<id>-<field>`."""
    return lambda w: {f"{prefix(w)}-{name}": value for name, value in fields(w).items() if name != "file"}


def multiple_upload_fields(file):
    return lambda w: {"files[]": file, "title": WORDS, "collection": root_collection(w)}


FORMS = {
    # Signing in and accounts ---------------------------------------------------------------------
    "login": Form(
        None,
        lambda w: reverse("login"),
        lambda w: {"username": one(w.mentor.username, "nobody"), "password": one(PASSWORD, "wrong"), "next": NEXT_URLS},
        before_each=reset_axes,
    ),
    "wagtailadmin_login": Form(
        None,
        lambda w: reverse("wagtailadmin_login"),
        lambda w: {
            "username": one(w.facilitator.username, "nobody"),
            "password": one(PASSWORD, "wrong"),
            "remember": CHECKBOX,
            "next": NEXT_URLS,
        },
        before_each=reset_axes,
        may_redirect_to_login=True,
    ),
    "password_reset": Form(
        None, lambda w: reverse("password_reset"), lambda w: {"email": one(w.mentor.email, "nobody@example.org")}
    ),
    "password_reset_confirm": Form(
        None,
        lambda w: reverse(
            "password_reset_confirm", args=[urlsafe_base64_encode(force_bytes(w.mentor.pk)), "set-password"]
        ),
        lambda w: {"new_password1": STRONG_PASSWORD, "new_password2": STRONG_PASSWORD},
        before_each=new_reset_link,
    ),
    "password_change": Form(
        "mentor",
        lambda w: reverse("password_change"),
        lambda w: {
            "old_password": one(PASSWORD, "wrong"),
            "new_password1": STRONG_PASSWORD,
            "new_password2": STRONG_PASSWORD,
        },
        before_each=restore_password,
    ),
    "two_factor_setup": Form(
        "mentor",
        lambda w: reverse("two_factor_setup"),
        lambda w: {"code": one("123456", "000000", "12 34 56"), "next": NEXT_URLS},
        may_redirect_to_login=True,
    ),
    "two_factor_verify": Form(
        "mentor_with_authenticator",
        lambda w: reverse("two_factor_verify"),
        lambda w: {"code": one("123456", *w.recovery_codes), "next": NEXT_URLS},
        before_each=unverified_session,
        may_redirect_to_login=True,
    ),
    "two_factor_recovery_codes": Form("coach", lambda w: reverse("two_factor_recovery_codes")),
    # Learning ------------------------------------------------------------------------------------
    "courses:mark_lesson_complete": Form(
        "mentor", lambda w: reverse("courses:mark_lesson_complete", args=[w.lesson.pk])
    ),
    "courses:submit_knowledge_check": Form(
        "mentor",
        lambda w: reverse("courses:submit_knowledge_check", args=[w.checked_lesson.pk]),
        knowledge_check_fields,
    ),
    "courses:refresh_lesson": Form("mentor", lambda w: reverse("courses:refresh_lesson", args=[w.lesson.pk])),
    "courses:submit_knowledge_check (with a written response)": Form(
        "mentor",
        lambda w: reverse("courses:submit_knowledge_check", args=[w.written_lesson.pk]),
        lambda w: knowledge_check_fields(w, w.written_lesson),
    ),
    "courses:save_reflection": Form(
        "mentor",
        lambda w: reverse("courses:save_reflection", args=[w.lesson.pk, w.lesson.reflection_blocks[0].id]),
        lambda w: {"text": WORDS, "send_to_coach": CHECKBOX},
    ),
    "courses:confirm_briefing": Form(
        "mentor", lambda w: reverse("courses:confirm_briefing", args=[w.urgent_briefing.pk])
    ),
    "search": Form("mentor", lambda w: reverse("search"), lambda w: {"q": WORDS, "page": one(1, 2)}, method="get"),
    "briefing_index": Form(
        "mentor",
        lambda w: w.briefing_index.url,
        lambda w: {"urgency": one("routine", "important", "urgent"), "page": one(1, 2)},
        method="get",
    ),
    # Progress, briefings coverage, certificates and reports --------------------------------------
    "courses:progress_overview": Form(
        "facilitator",
        lambda w: reverse("courses:progress_overview"),
        lambda w: {
            "track": pks(w.mentor_track, w.coach_track),
            "cohort": pks(w.cohort),
            "show": one("", "refresher_due"),
            "page": one(1, 2),
        },
        method="get",
    ),
    "courses:progress_overview_csv": Form(
        "facilitator",
        lambda w: reverse("courses:progress_overview_csv"),
        lambda w: {
            "track": pks(w.mentor_track, w.coach_track),
            "cohort": pks(w.cohort),
            "show": one("", "refresher_due"),
        },
        method="get",
    ),
    "courses:briefing_coverage": Form(
        "facilitator",
        lambda w: reverse("courses:briefing_coverage", args=[w.urgent_briefing.pk]),
        lambda w: {"cohort": pks(w.cohort, w.other_cohort)},
        method="get",
    ),
    "courses:briefing_coverage_csv": Form(
        "facilitator",
        lambda w: reverse("courses:briefing_coverage_csv", args=[w.urgent_briefing.pk]),
        lambda w: {"cohort": pks(w.cohort, w.other_cohort)},
        method="get",
    ),
    "courses:remind_briefing": Form(
        "facilitator",
        lambda w: reverse("courses:remind_briefing", args=[w.urgent_briefing.pk]),
        lambda w: {"cohort": pks(w.cohort, w.other_cohort)},
    ),
    "courses:revoke_certificate": Form(
        "manager",
        lambda w: reverse("courses:revoke_certificate", args=[w.certificate.pk]),
        lambda w: {"reason": WORDS},
        before_each=unrevoke,
    ),
    "certificate_verify": Form(
        None,
        lambda w: reverse("certificate_verify", args=[PATH_VALUE]),
        lambda w: {"code": one(w.certificate.code, w.certificate.code.lower(), "NOT-A-CODE")},
        method="get",
        path_field="code",
    ),
    "courses:programme_report": Form(
        "manager",
        lambda w: reverse("courses:programme_report"),
        lambda w: {**report_fields(w), "format": one("", "csv", "xlsx", "html")},
        method="get",
    ),
    "courses:start_document_run": Form(
        "manager",
        lambda w: reverse("courses:start_document_run"),
        lambda w: {**report_fields(w), "kind": one(*DocumentRun.Kind.values)},
    ),
    # Calendar ------------------------------------------------------------------------------------
    "scheduling:register": Form(
        "facilitator", lambda w: reverse("scheduling:register", args=[w.seminar_day.pk]), register_fields
    ),
    "scheduling:book": Form("mentor", lambda w: reverse("scheduling:book", args=[w.networking_day.pk])),
    "scheduling:cancel": Form("mentor", lambda w: reverse("scheduling:cancel", args=[w.networking_day.pk])),
    "scheduling:regenerate_feed": Form("mentor", lambda w: reverse("scheduling:regenerate_feed")),
    # Supervision ---------------------------------------------------------------------------------
    "supervision:publish_slot": Form(
        "coach",
        lambda w: reverse("supervision:publish_slot"),
        lambda w: session_fields(w, "slot", SlotForm),
    ),
    "supervision:book_supervisee": Form(
        "coach",
        lambda w: reverse("supervision:book_supervisee"),
        lambda w: session_fields(w, "meeting", DirectMeetingForm, supervisee=pks(w.mentor)),
    ),
    "supervision:record_create": Form("coach", lambda w: reverse("supervision:record_create"), record_fields),
    "supervision:record_create (from a session)": Form(
        "coach",
        lambda w: reverse("supervision:record_create"),
        lambda w: {"session": pks(w.supervision_slot)},
        method="get",
    ),
    "supervision:record_edit": Form(
        "coach", lambda w: reverse("supervision:record_edit", args=[w.draft_record.pk]), record_fields
    ),
    "supervision:record_finalise": Form(
        "coach",
        lambda w: reverse("supervision:record_finalise", args=[w.draft_record.pk]),
        lambda w: {"confirm": one("yes", "no", "")},
        before_each=back_to_draft,
    ),
    "supervision:record_addendum": Form(
        "coach", lambda w: reverse("supervision:record_addendum", args=[w.final_record.pk]), lambda w: {"text": WORDS}
    ),
    "supervision:raise_concern": Form(
        "coach",
        lambda w: reverse("supervision:raise_concern", args=[w.final_record.pk]),
        lambda w: {"category": one("security", "safeguarding", "wellbeing"), "description": WORDS},
    ),
    "supervision:action_done": Form(
        "mentor",
        lambda w: reverse("supervision:action_done", args=[w.final_record.actions.get().pk]),
        lambda w: {"next": NEXT_URLS},
    ),
    "supervision:acknowledge_concern": Form(
        "manager", lambda w: reverse("supervision:acknowledge_concern", args=[w.concern.pk])
    ),
    "supervision:miti_create": Form("coach", lambda w: reverse("supervision:miti_create"), miti_fields),
    "supervision:code_transcript": Form(
        "coach",
        lambda w: reverse("supervision:code_transcript", args=[w.reference_transcript.pk]),
        lambda w: {name: one(0, 1, 3, 5, 6, -1, 501) for name in (*miti.GLOBAL_SCORES, *miti.BEHAVIOUR_COUNTS)},
    ),
    "supervision:practice_feedback": Form(
        "coach",
        lambda w: reverse("supervision:practice_feedback", args=[w.sent_practice.pk]),
        lambda w: {
            "codes": st.lists(
                one("simple_reflection", "complex_reflection", "righting_reflex", "nonsense"), max_size=3
            ),
            "comment": WORDS,
        },
    ),
    # Mentoring -----------------------------------------------------------------------------------
    "mentoring:case_create": Form("manager", lambda w: reverse("mentoring:case_create"), case_fields),
    "mentoring:case_edit": Form(
        "manager", lambda w: reverse("mentoring:case_edit", args=[w.mentee_case.pk]), case_fields
    ),
    "mentoring:case_status": Form(
        "manager",
        lambda w: reverse("mentoring:case_status", args=[w.mentee_case.pk]),
        lambda w: {
            "to_status": one(*CaseStatus.values),
            "changed_on": days_from_today(days=(-100, 10)),
            "reason": WORDS,
        },
    ),
    "mentoring:match": Form(
        "manager",
        lambda w: reverse("mentoring:match", args=[w.mentee_case.pk]) + f"?mentor={w.matchable_mentor.pk}",
        lambda w: {
            "matched_on": days_from_today(days=(-100, 10)),
            "fit": st.lists(one("Danish", "housing", "not offered"), max_size=3),
            "reason": WORDS,
            "over_capacity": CHECKBOX,
        },
    ),
    "mentoring:agreement": Form(
        "manager", lambda w: reverse("mentoring:agreement", args=[w.relationship.pk]), agreement_fields
    ),
    "mentoring:review_schedule": Form(
        "manager",
        lambda w: reverse("mentoring:review_schedule", args=[w.relationship.pk]),
        lambda w: {
            "starts_at": local_times(days=(-60, 60)),
            "ends_at": local_times(days=(-60, 60)),
            "venue": WORDS,
            "institution_participants": WORDS,
        },
    ),
    "mentoring:review": Form("manager", lambda w: reverse("mentoring:review", args=[w.review.pk]), review_fields),
    "mentoring:end": Form(
        "manager",
        lambda w: reverse("mentoring:end", args=[w.relationship.pk]),
        lambda w: {
            "ended_on": days_from_today(days=(-60, 10)),
            "ending": one("early", "planned", "sideways"),
            "reason": st.one_of(pks(*EndingReason.objects.all()), st.just("")),
            "text": WORDS,
            "debrief": WORDS,
        },
    ),
    # Recruitment -----------------------------------------------------------------------------------
    "recruitment:apply": Form(
        None, lambda w: reverse("recruitment:apply"), application_fields, before_each=forget_counts
    ),
    "recruitment:applicant_create": Form(
        "manager",
        lambda w: reverse("recruitment:applicant_create"),
        lambda w: {**application_fields(w), "received_on": days_from_today()},
    ),
    "recruitment:record_stage": Form(
        "manager",
        lambda w: reverse("recruitment:record_stage", args=[w.job_applicant.pk]),
        stage_fields,
        before_each=reopen_application,
    ),
    "recruitment:interviewers": Form(
        "manager",
        lambda w: reverse("recruitment:interviewers", args=[w.job_applicant.pk]),
        lambda w: {"interviewers": st.one_of(pk_lists(w.coach, w.facilitator, w.mentor), WORDS)},
    ),
    "recruitment:applicant_erase": Form(
        "manager",
        lambda w: reverse("recruitment:applicant_erase", args=[w.job_applicant.pk]),
        lambda w: {"confirm": one("", "off", "yes")},
    ),
    # Evaluation ----------------------------------------------------------------------------------
    "evaluation:send": Form(
        "manager",
        lambda w: reverse("evaluation:send"),
        lambda w: {
            "questionnaire": st.one_of(pks(w.questionnaire_round.questionnaire), one("", "x")),
            "group": one("cohort", "track", "ended", "seminar", "everyone"),
            "cohort": st.one_of(pks(w.cohort), st.just("")),
            "track": st.one_of(pks(w.mentor_track), st.just("")),
            "seminar": st.one_of(pks(w.seminar), st.just("")),
            "ended_from": days_from_today(days=(-400, 30)),
            "ended_to": days_from_today(days=(-400, 30)),
            "opens_on": days_from_today(days=(-10, 30)),
            "closes_on": days_from_today(days=(-10, 60)),
            "remind_every_days": one(0, 1, 7, 60, 61, -3, 70000, "weekly"),
        },
    ),
    "evaluation:answer": Form(
        "mentor",
        lambda w: reverse("evaluation:answer", args=[w.questionnaire_round.pk]),
        lambda w: {
            "q_a1": one(1, 5, 0, 6, "agree", ""),
            "q_c1": one("Reflections", "Rulers", "Neither", ""),
            "q_n1": one(0, 80, 81, -1, 1.5, "many", ""),
            "q_t1": WORDS,
            "save": one("", "1"),
            "submit": one("", "1"),
        },
        before_each=reopen_invitation,
    ),
    "evaluation:results": Form(
        "evaluator",
        lambda w: reverse("evaluation:results", args=[w.questionnaire_round.questionnaire_id]),
        lambda w: {
            "cohort": st.one_of(pks(w.cohort), WORDS),
            "start": days_from_today(days=(-400, 30)),
            "end": days_from_today(days=(-400, 30)),
        },
        method="get",
    ),
    "evaluation:export": Form(
        "evaluator",
        lambda w: reverse("evaluation:export"),
        lambda w: {
            "first_month": one("2025-01", "2026-06", "2019-01", "2026-13", "May", ""),
            "last_month": one("2025-12", "2026-06", "2030-01", "2026-00", ""),
            "key": one("a key the evaluation unit keeps", "short", "", "x" * 201),
            "purpose": WORDS,
            "free_text": CHECKBOX,
            "file_format": one("csv", "xlsx", "pdf", ""),
        },
    ),
    # The audit trail's filters, and erasure -----------------------------------------------------
    "audit:events": Form("manager", lambda w: reverse("audit:events"), audit_filter_fields, method="get"),
    "audit:export_csv": Form("manager", lambda w: reverse("audit:export_csv"), audit_filter_fields, method="get"),
    "erase_person": Form(
        "manager", lambda w: reverse("erase_person", args=[w.leaver.pk]), lambda w: {"confirm": CHECKBOX}
    ),
    # Wagtail admin: the project's own models -----------------------------------------------------
    "cohorts:add": Form(
        "manager",
        admin_add("cohorts"),
        lambda w: {
            "name": WORDS,
            "starts_on": days_from_today(),
            "ends_on": days_from_today(),
            "description": WORDS,
        },
    ),
    "cohorts:edit": Form(
        "manager",
        admin_edit("cohorts", "other_cohort"),
        lambda w: {"name": WORDS, "starts_on": days_from_today(), "ends_on": days_from_today(), "description": WORDS},
    ),
    "enrolments:add": Form(
        "manager",
        admin_add("enrolments"),
        lambda w: {
            "user": pks(w.outsider, w.mentor),
            "track": pks(w.mentor_track, w.coach_track),
            "enrolled_on": days_from_today(),
        },
    ),
    "enrolments:edit": Form(
        "manager",
        lambda w: reverse("enrolments:edit", args=[w.mentor.enrolments.get().pk]),
        lambda w: {
            "user": pks(w.outsider, w.mentor),
            "track": pks(w.mentor_track, w.coach_track),
            "enrolled_on": days_from_today(),
        },
    ),
    "seminar_days:add": Form("facilitator", admin_add("seminar_days"), seminar_day_fields),
    "seminar_days:edit": Form("facilitator", admin_edit("seminar_days", "seminar_day"), seminar_day_fields),
    "networking_days:add": Form("facilitator", admin_add("networking_days"), networking_day_fields),
    "networking_days:edit": Form("facilitator", admin_edit("networking_days", "networking_day"), networking_day_fields),
    "coach_assignments:add": Form(
        "manager",
        admin_add("coach_assignments"),
        lambda w: {
            "coach": pks(w.coach),
            "mentor": pks(w.mentor, w.outsider, w.coach),
            "starts_on": days_from_today(),
            "ended_on": days_from_today(),
        },
    ),
    "coach_assignments:edit": Form(
        "manager",
        admin_edit("coach_assignments", "assignment"),
        lambda w: {
            "coach": pks(w.coach),
            "mentor": pks(w.mentor, w.outsider),
            "starts_on": days_from_today(),
            "ended_on": days_from_today(),
        },
    ),
    "wagtailusers_users:add": Form("manager", admin_add("wagtailusers_users"), person_fields),
    "wagtailusers_users:edit": Form(
        "manager", admin_edit("wagtailusers_users", "fuzzed_person"), lambda w: person_fields(w, edit=True)
    ),
    # The admin listings' search and filters
    "cohorts:index": Form("manager", lambda w: reverse("cohorts:index"), listing_fields, method="get"),
    "enrolments:index": Form(
        "manager",
        lambda w: reverse("enrolments:index"),
        lambda w: {**listing_fields(w), "track": pks(w.mentor_track), "user__cohort": pks(w.cohort)},
        method="get",
    ),
    "seminar_days:index": Form(
        "facilitator",
        lambda w: reverse("seminar_days:index"),
        lambda w: {
            **listing_fields(w),
            "cohort": pks(w.cohort),
            "seminar": pks(w.seminar),
            "starts_at__date__gte": days_from_today(days=(-30, 0)),
            "starts_at__date__lte": days_from_today(days=(0, 60)),
            "status": one("scheduled", "cancelled"),
        },
        method="get",
    ),
    "networking_days:index": Form(
        "facilitator",
        lambda w: reverse("networking_days:index"),
        lambda w: {
            **listing_fields(w),
            "starts_at__date__gte": days_from_today(days=(-30, 0)),
            "starts_at__date__lte": days_from_today(days=(0, 60)),
            "status": one("scheduled", "cancelled"),
        },
        method="get",
    ),
    "coach_assignments:index": Form(
        "manager",
        lambda w: reverse("coach_assignments:index"),
        lambda w: {**listing_fields(w), "coach": pks(w.coach)},
        method="get",
    ),
    "wagtailusers_users:index": Form(
        "manager", lambda w: reverse("wagtailusers_users:index"), listing_fields, method="get"
    ),
    # Wagtail admin: the page editor ---------------------------------------------------------------
    "add LessonPage": Form(
        "facilitator",
        lambda w: reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", w.module.pk]),
        lambda w: LESSON_VALUES,
        build=lesson_post_data,
    ),
    "add Questionnaire": Form(
        "facilitator",
        lambda w: reverse("wagtailsnippets_mentoring_questionnaire:add"),
        lambda w: QUESTIONNAIRE_VALUES,
        build=questionnaire_post_data,
    ),
    "add BriefingPage": Form(
        "facilitator",
        lambda w: reverse("wagtailadmin_pages:add", args=["courses", "briefingpage", w.briefing_index.pk]),
        briefing_values,
        build=briefing_post_data,
    ),
    "edit ProgrammePage": Form("facilitator", page_edit("programme"), lambda w: PROGRAMME_VALUES, build=page_post_data),
    "edit TrackPage": Form(
        "facilitator",
        page_edit("mentor_track"),
        # Ids only: text that is no number ("x") fails when Wagtail's page chooser shows the refused form again
        # (AdminPageChooser.get_instance, ValueError), a bug of its own, reported with issue 12; the briefings'
        # choosers have courses.models.briefings.TolerantPageChooser for it, builds_on does not yet.
        lambda w: {**TRACK_VALUES, "builds_on": Shaped(pks(w.coach_track), one("", "0", "-1", "999999", "9" * 30))},
        build=page_post_data,
    ),
    "edit SeminarPage": Form("facilitator", page_edit("seminar"), lambda w: SEMINAR_VALUES, build=seminar_post_data),
    "edit HomePage": Form("manager", page_edit("home"), lambda w: HOME_VALUES, build=page_post_data),
    # Wagtail admin: uploads -----------------------------------------------------------------------
    "wagtailimages:add": Form(
        "facilitator",
        lambda w: reverse("wagtailimages:add"),
        image_fields,
        then=lambda w: reverse("wagtailimages:index"),
    ),
    "wagtailimages:edit": Form(
        "facilitator",
        lambda w: reverse("wagtailimages:edit", args=[w.fuzzed_image.pk]),
        image_edit_fields,
        then=lambda w: reverse("wagtailimages:index"),
    ),
    "wagtailimages:add_multiple": Form(
        "facilitator",
        lambda w: reverse("wagtailimages:add_multiple"),
        multiple_upload_fields(IMAGE_FILE),
        then=lambda w: reverse("wagtailimages:index"),
    ),
    "wagtailimages:edit_multiple": Form(
        "facilitator",
        lambda w: reverse("wagtailimages:edit_multiple", args=[w.fuzzed_image.pk]),
        prefixed(lambda w: f"image-{w.fuzzed_image.pk}", image_fields),
    ),
    "wagtailimages_chooser:create": Form(
        "facilitator",
        lambda w: reverse("wagtailimages_chooser:create"),
        lambda w: {f"image-chooser-upload-{name}": value for name, value in image_fields(w).items()},
    ),
    "wagtaildocs:add": Form(
        "facilitator",
        lambda w: reverse("wagtaildocs:add"),
        document_fields,
        then=lambda w: reverse("wagtaildocs:index"),
    ),
    "wagtaildocs:edit": Form(
        "facilitator",
        lambda w: reverse("wagtaildocs:edit", args=[w.fuzzed_document.pk]),
        document_fields,
        then=lambda w: reverse("wagtaildocs:index"),
    ),
    "wagtaildocs:add_multiple": Form(
        "facilitator",
        lambda w: reverse("wagtaildocs:add_multiple"),
        multiple_upload_fields(DOCUMENT_FILE),
        then=lambda w: reverse("wagtaildocs:index"),
    ),
    "wagtaildocs:edit_multiple": Form(
        "facilitator",
        lambda w: reverse("wagtaildocs:edit_multiple", args=[w.fuzzed_document.pk]),
        prefixed(lambda w: f"doc-{w.fuzzed_document.pk}", document_fields),
    ),
    "wagtaildocs_chooser:create": Form(
        "facilitator",
        lambda w: reverse("wagtaildocs_chooser:create"),
        lambda w: {f"document-chooser-upload-{name}": value for name, value in document_fields(w).items()},
    ),
}


# Fixtures the forms need beyond tests/conftest.py ---------------------------------------------------


@pytest.fixture
def world(request):
    return World(request)


@pytest.fixture
def certificate(mentor, mentor_track, programme):
    return Certificate.objects.create(
        user=mentor,
        track=mentor_track,
        full_name=mentor.full_name,
        track_title=mentor_track.title,
        programme_title=programme.title,
        completed_on=timezone.localdate(),
    )


@pytest.fixture
def job_applicant(coach):
    from mentoring.models import Applicant, ApplicantSource, RecruitmentStage

    return Applicant.objects.create(
        first_name="Line",
        last_name="Bech",
        email="line.bech@example.org",
        source=ApplicantSource.objects.first(),
        motivation="To help.",
        experience="Youth work.",
        stage=RecruitmentStage.objects.order_by("position").first(),
    )


@pytest.fixture
def evaluator(db):
    from mentorsite.users.roles import EVALUATOR

    return UserFactory(username="evaluator", roles=[EVALUATOR])


@pytest.fixture
def questionnaire_round(mentor, cohort, manager):
    """A named questionnaire of each kind of question, sent to the mentor's cohort and open today."""
    from mentoring.evaluation.models import Invitation, Questionnaire, Round

    questionnaire = Questionnaire.objects.create(
        title="Mentoring experience",
        questions=[
            {"type": "heading", "value": {"heading": "Matching"}, "id": "h1"},
            {"type": "agreement", "value": {"statement": "A good match."}, "id": "a1"},
            {"type": "choice", "value": {"question": "Tool?", "options": ["Reflections", "Rulers"]}, "id": "c1"},
            {"type": "number", "value": {"question": "Hours?", "minimum": 0, "maximum": 80}, "id": "n1"},
            {"type": "text", "value": {"question": "What worked?", "long": True}, "id": "t1"},
        ],
    )
    today = timezone.localdate()
    round_ = Round.objects.create(
        questionnaire=questionnaire,
        revision=questionnaire.save_revision(),
        group=Round.Group.COHORT,
        cohort=cohort,
        opens_on=today,
        closes_on=today,
        sent_by=manager,
    )
    Invitation.objects.create(round=round_, person=mentor)
    return round_


@pytest.fixture
def matchable_mentor(mentor):
    from mentoring.models import MentorProfile

    MentorProfile.objects.create(user=mentor, capacity=1, may_be_matched_in_training=True, languages="Danish")
    return mentor


@pytest.fixture
def fuzzed_person(cohort):
    """The person whose admin record the manager's fuzzed edits land on (never the manager themself)."""
    return UserFactory(username="fuzzed", cohort=cohort, roles=[MENTOR])


@pytest.fixture
def leaver(other_cohort):
    """A mentor who left the programme: the manager may erase them."""
    return UserFactory(username="leaver", cohort=other_cohort, roles=[MENTOR], left_programme_on=timezone.localdate())


@pytest.fixture
def fuzzed_image(db):
    """The image whose admin record the fuzzed edits and replacement files land on."""
    from wagtail.images.models import Image

    return Image.objects.create(
        title="Seminar room", file=SimpleUploadedFile("room.png", picture_bytes("PNG", 8, 8, 0))
    )


@pytest.fixture
def fuzzed_document(db):
    from wagtail.documents.models import Document

    return Document.objects.create(title="Handout", file=SimpleUploadedFile("handout.txt", b"Open questions"))


@pytest.fixture
def role_groups(db):
    from django.contrib.auth.models import Group

    return list(Group.objects.all())


@pytest.fixture
def mentor_with_authenticator(mentor):
    """The mentor with two-factor turned on: an authenticator app and recovery codes."""
    TOTPDevice.objects.create(user=mentor, name="Authenticator app", confirmed=True)
    return mentor


@pytest.fixture
def recovery_codes(mentor_with_authenticator):
    device = StaticDevice.objects.create(user=mentor_with_authenticator, name="Recovery codes")
    codes = [StaticToken.random_token() for _ in range(20)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


# The test ------------------------------------------------------------------------------------------

AUTH_PAGES = ("/accounts/login/", "/accounts/two-factor/", "/admin/login/")


# gunicorn refuses a request line longer than 4094 bytes (limit_request_line) before Django sees it.
REQUEST_LINE_LIMIT = 4094 - len("GET  HTTP/1.1")


def _fit_request_line(url, data):
    """GET data shortened (longest value first) to what fits in a request line the app server accepts."""
    data = {name: list(value) if isinstance(value, list) else value for name, value in data.items()}
    while len(url) + 1 + len(urlencode(data, doseq=True)) > REQUEST_LINE_LIMIT:
        values = [(name, None, value) for name, value in data.items() if isinstance(value, str)]
        values += [(name, i, v) for name, value in data.items() if isinstance(value, list) for i, v in enumerate(value)]
        name, index, longest = max(values, key=lambda entry: len(quote(entry[2])), default=(None, None, ""))
        if not longest:
            break
        shorter = longest[: len(longest) // 2]
        if index is None:
            data[name] = shorter
        else:
            data[name][index] = shorter
    return data


def _has_files(data):
    values = [v for value in data.values() for v in (value if isinstance(value, list) else [value])]
    return any(isinstance(value, UploadedFile) for value in values)


def _send(client, form, url, data, urlencoded):
    if form.method == "get":
        return client.get(url, data)
    if urlencoded and not _has_files(data):
        return client.post(url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded")
    return client.post(url, data)


def _failure(name, form, url, data, response):
    shown = repr(data)
    if len(shown) > 3000:
        shown = shown[:3000] + "…"
    error = ""
    if getattr(response, "exc_info", None):
        error = "".join(traceback.format_exception(*response.exc_info)[-6:])
    return f"{name}: {form.method.upper()} {url[:300]} answered {response.status_code}\ninput: {shown}\n{error}"


@pytest.mark.parametrize("name", list(FORMS))
def test_form_never_answers_with_a_server_error(name, world):
    form = FORMS[name]
    url = form.url(world)
    fields = form.fields(world)
    client = Client(raise_request_exception=False)
    if form.user is not None:
        sign_in(client, getattr(world, form.user))
    statuses = Counter()

    @FUZZ_SETTINGS
    @given(values=form_data(fields), urlencoded=st.booleans())
    def submit(values, urlencoded):
        nonlocal client
        cache.clear()  # rate limits (certificate lookups) would otherwise answer 429 after a few examples
        if form.user is None:
            client = Client(raise_request_exception=False)
        if form.before_each is not None:
            form.before_each(world, client)
        target = url
        data = form.build(world, values) if form.build else dict(values)
        if form.path_field:
            value = data.pop(form.path_field, "")
            text = value if isinstance(value, str) else "/".join(value)
            while len(quote(text, safe="")) > REQUEST_LINE_LIMIT // 2:
                text = text[: len(text) // 2]
            target = url.replace(PATH_VALUE, quote(text, safe=""))
        if form.method == "get":
            data = _fit_request_line(target, data)
        response = _send(client, form, target, data, urlencoded)
        count("fuzz_examples")
        statuses[response.status_code] += 1
        assert response.status_code < 500, _failure(name, form, target, data, response)
        if response.status_code == 302 and not form.may_redirect_to_login:
            assert not response.url.startswith(AUTH_PAGES), f"{name}: the session was lost ({response.url})"
        if form.then is not None:
            shown = client.get(form.then(world))
            assert shown.status_code < 500, _failure(f"{name}, then", form, form.then(world), data, shown)

    submit()
    count("forms_fuzzed")
    # The examples reached the form itself, not only a refusal.
    assert set(statuses) - {403, 404, 405}, f"{name}: only refusals {dict(statuses)}"


def test_every_rich_text_and_stream_field_is_fuzzed():
    """Every RichTextField and StreamField of the project's models is sent, spoilt, by a form above."""
    from pathlib import Path

    from django.apps import apps
    from wagtail.fields import RichTextField, StreamField

    project = Path(__file__).resolve().parents[2]
    fields = {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        if Path(apps.get_app_config(model._meta.app_label).path).is_relative_to(project)
        for field in model._meta.local_fields
        if isinstance(field, RichTextField | StreamField)
    }
    assert fields == set(RICH_FIELDS_FUZZED), "list each field in RICH_FIELDS_FUZZED with the form that fuzzes it"
    assert set(RICH_FIELDS_FUZZED.values()) <= set(FORMS)

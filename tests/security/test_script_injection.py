"""Stored and reflected script injection, proven in a real browser: Debian's Chromium driven by Playwright.

A corpus of payloads goes into every field editors and users write (page titles, rich text and its links,
every StreamField block of lessons and briefings, tags, documents, images, reflections, knowledge checks,
supervision records, concerns, cohorts, people's names, session venues and titles, certificates) and into
the inputs pages echo (search queries, filters, the login's next address). Then every page that shows them
is rendered, as the role who sees it, and checked two ways:

- Execution: every payload calls `__xss(n)` (defined by an init script, which no page policy blocks) or
  `alert(n)` (dialogs are counted). The pages are loaded once with the site's Content-Security-Policy and
  once more with the policy bypassed, so a payload the policy happens to block still counts. CI's PostgreSQL
  pass does both on every page; `make test` the first on a fixed quarter of the pages.
- Escaping: the DOM must hold no executable <script> or <style> containing a payload, no on* attribute with
  one, no javascript:/vbscript:/data: address in a link, frame, form or object, and no iframe, object,
  embed, base, meta or link element a payload made. This catches a failure even where the policy blocked it.

Requests for addresses a payload names, CSP violations, page errors and server errors are collected too.
CSP violations are reported (printed with -s) and fail the test only when a payload caused them.

Rich text is written the way the editor writes it: Draftail's contentstate, converted by Wagtail's own
widget (which is where Wagtail cleans rich text; its database format is trusted HTML). URL fields keep only
what their form validation accepts. Every other field is written straight through the ORM, which is more
than any form lets through. One lesson also makes the round trip through the Wagtail editor in the browser:
opened with its payloads, published with the Publish button, and read again by the mentor.
"""

import base64
import contextlib
import json
import os
import re
import shutil
import time
import uuid
import zlib
from collections import Counter
from datetime import timedelta
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from tests.figures import count
from tests.helpers import png_bytes

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# CI (SWEEP_EVERY_PAGE=1, the PostgreSQL pass) visits every page, and then again with the page policy
# bypassed. `make test` visits a fixed quarter of the pages, chosen by address so every run takes the same ones
# (every field's payloads show on several pages), and no second pass: the first pass's DOM check already
# fails for a payload left unescaped where the policy blocked it; the second only shows it running.
EVERY_PAGE = os.environ.get("SWEEP_EVERY_PAGE") == "1"
BYPASSED_PASS = EVERY_PAGE


def in_this_sweep(role, path):
    return EVERY_PAGE or zlib.crc32(f"{role} {path}".encode()) % 4 == 0


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM), reason=f"Debian's chromium is not installed at {CHROMIUM} (CI installs it)"
    ),
]

# The corpus ---------------------------------------------------------------------------------------------
# Each payload names its own number, so a finding says which one got through. All fit in 100 characters (the
# shortest field they go into, a cohort name; PostgreSQL enforces lengths).

PAYLOADS = [
    "<script>__xss(1)</script>",
    "<img src=x onerror=__xss(2)>",
    "<svg onload=__xss(3)>",
    '"><img src=x onerror=__xss(4)>',
    "'><svg/onload=__xss(5)>",
    "'-alert(6)-'",
    '";__xss(7);//',
    "javascript:__xss(8)",
    "JaVaScRiPt:alert(9)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=",
    '<iframe srcdoc="<script>parent.__xss(11)</script>"></iframe>',
    "{{ 31337|add:11111 }}{% templatetag openblock %} __xss(12)",
    "{{constructor.constructor('__xss(13)')()}} ${__xss(13)}",
    '[click me](javascript:__xss(14)) ![x](x" onerror="__xss(14))',
    "</textarea><script>__xss(15)</script>",
    "</title><script>__xss(16)</script>",
    "<style>@import '//127.0.0.1:9/__xss17.css';</style>",
    "\\u003cscript\\u003e__xss(18)\\u003c/script\\u003e",
    '<a href="jav&#x09;ascript:__xss(19)">tab link</a>',
    '<a href="&#106;avascript:__xss(20)">entity link</a>',
    "&lt;script&gt;__xss(21)&lt;/script&gt; &amp;lt;b&amp;gt;",
    "<body onload=__xss(22)>",
    "<details open ontoggle=__xss(23)>",
    "<input autofocus onfocus=__xss(24)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=__xss(25)>",
    '<object data="javascript:__xss(26)"></object>',
    '<embed src="data:text/html,<script>parent.__xss(27)</script>">',
    '<meta http-equiv="refresh" content="0;url=javascript:__xss(28)">',
    '<base href="javascript:__xss(29)//">',
    "<form><button formaction=javascript:__xss(30)>go</button></form>",
    "--><script>__xss(31)</script><!--",
    '<noscript><p title="</noscript><img src=x onerror=__xss(32)>">',
    "\uff1cscript\uff1e__xss(33)\uff1c/script\uff1e",
    "%3Cscript%3E__xss(34)%3C%2Fscript%3E",
    "<scr<script>ipt>__xss(35)</scr</script>ipt>",
    '<svg><a xlink:href="javascript:__xss(36)"><text y="9">svg link</text></a></svg>',
    "` onmouseover=__xss(37) x=`",
    "\\x3cscript\\x3e__xss(38)\\x3c/script\\x3e",
    "<marquee onstart=__xss(39)>",
    "<video><source onerror=__xss(40)></video>",
    "<audio src=x onerror=__xss(41)>",
    " onfocus=__xss(42) autofocus x=",
    '<a href="javascript&colon;__xss(43)">colon link</a>',
    "<img src=x:x onerror=alert(44)>",
    '<!--<img src="--><img src=x onerror=__xss(45)//">',
    "<![CDATA[<script>__xss(46)</script>]]>",
    "\u202e<script>__xss(47)</script>\u202c",
    "<SCRIPT SRC=//127.0.0.1:9/__xss48.js></SCRIPT>",
    "<link rel=stylesheet href=javascript:__xss(49)>",
    "<svg><animate onbegin=__xss(50) attributeName=x dur=1s>",
    "'\"><img src=x onerror=__xss(51)>\u0007",
    "</script><script>__xss(52)</script>",
    "Ærø på nettet <img src=x onerror=__xss(53)>",  # Danish letters: every field must take them too
]

# Addresses for link and URL fields: only what the field's validation (or Wagtail's link cleaning) lets
# through is stored, as an editor could.
URL_PAYLOADS = [
    "javascript:__xss(101)",
    "JaVaScRiPt:__xss(102)",
    " javascript:__xss(103)",
    "java\tscript:__xss(104)",
    "java\nscript:__xss(105)",
    "jav&#x09;ascript:__xss(106)",
    "&#106;avascript:__xss(107)",
    "javascript&colon;__xss(108)",
    "\x01javascript:__xss(109)",
    "vbscript:__xss(110)",
    "data:text/html,<script>parent.__xss(111)</script>",
    "data:text/html;base64," + base64.b64encode(b"<script>parent.__xss(112)</script>").decode(),
    'https://example.org/"><script>__xss(113)</script>',
    "https://example.org/?q=<img src=x onerror=__xss(114)>",
    "https://example.org/' onmouseover='__xss(115)",
    "//example.org/%22%3E%3Cscript%3E__xss(116)%3C/script%3E",
    "javascript://example.org/%0A__xss(117)",
    "https://example.org/handout",  # harmless: it must get through, and the checks must not mind it
]
HARMLESS_URL = URL_PAYLOADS[-1]

CORPUS = [entry for entry in dict.fromkeys(PAYLOADS + URL_PAYLOADS) if entry != HARMLESS_URL]
# What a server-side template would make of payload 12: it must never appear.
TEMPLATE_RESULT = "42448"
EMBED_URL = "https://example.org/videos/injection-stub"  # cached below: no embed provider is ever asked

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "blockquote"]
SIMPLE_FEATURES = ["bold", "italic", "link", "ol", "ul"]

ROLES = ("mentor", "coach", "facilitator", "manager")


def payload(i):
    return PAYLOADS[i % len(PAYLOADS)]


def joined(limit=None, start=0, sep="\n"):
    """Payloads from `start` joined by `sep`, as many as fit in `limit` characters."""
    text = ""
    for i in range(start, start + len(PAYLOADS)):
        piece = payload(i) if not text else sep + payload(i)
        if limit is not None and len(text) + len(piece) > limit:
            break
        text += piece
    return text


class Writes:
    """Counts field × payload writes, per field."""

    def __init__(self):
        self.fields = Counter()

    def add(self, field, value):
        """`value` (a text or a list of texts) was written to `field`: counts the corpus entries in it."""
        texts = value if isinstance(value, list | tuple) else [value]
        self.fields[field] += sum(1 for text in texts for entry in CORPUS if entry in str(text))
        return value

    @property
    def total(self):
        return sum(self.fields.values())


# Writing like the editors do ------------------------------------------------------------------------------


def _block(key, text, kind="unstyled", entity=None, bold=False):
    return {
        "key": key,
        "type": kind,
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [{"offset": 0, "length": min(6, len(text)), "style": "BOLD"}] if bold else [],
        "entityRanges": [{"offset": 0, "length": len(text), "key": entity}] if entity is not None else [],
        "data": {},
    }


def rich_text(features, texts, urls=()):
    """Database HTML for `texts` and links to `urls`, as Wagtail's Draftail widget writes it from the editor.

    The contentstate is what a hostile editor could post by hand: payloads as text, as block keys, in list
    items, quotes and headings, and as link addresses. Each text is also read as HTML by Wagtail's converter
    to contentstate (the way stored or imported HTML reaches the editor) and saved again.
    """
    from wagtail.admin.rich_text import get_rich_text_editor_widget

    widget = get_rich_text_editor_widget(features=features)
    kinds = ["unstyled", "unordered-list-item", "ordered-list-item"]
    kinds += [kind for feature, kind in (("h3", "header-three"), ("blockquote", "blockquote")) if feature in features]
    blocks, entities = [], {}
    for number, text in enumerate(texts):
        blocks.append(_block(f"k{number}", text, kinds[number % len(kinds)], bold=True))
    for number, url in enumerate(urls):
        entities[str(number)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
        key = f"{texts[number % len(texts)][:40]}{number}" if number % 3 == 0 else f"l{number}"
        blocks.append(_block(key, f"link {number}"))
        blocks[-1]["entityRanges"] = [{"offset": 0, "length": len(blocks[-1]["text"]), "key": number}]
    typed = widget.value_from_datadict({"f": json.dumps({"blocks": blocks, "entityMap": entities})}, {}, "f")
    pasted = []
    for text in texts:
        try:
            contentstate = widget.converter.from_database_format(text)
        except AssertionError:
            continue  # Wagtail's reader of its own (well-formed) database HTML gives up on unmatched tags
        pasted.append(widget.value_from_datadict({"f": contentstate}, {}, "f"))
    return typed + "".join(pasted)


def accepted_urls(clean):
    """The URL payloads `clean` accepts (it raises ValidationError for the others)."""
    from django.core.exceptions import ValidationError

    accepted = []
    for url in URL_PAYLOADS:
        try:
            clean(url)
        except ValidationError:
            continue
        accepted.append(url)
    return accepted


def _id():
    return str(uuid.uuid4())


def chunks(limit, start=0, sep=" "):
    """Every payload once (from `start` on), in consecutive groups whose joined text fits in `limit` characters."""
    groups, current = [], []
    for i in range(start, start + len(PAYLOADS)):
        if current and len(sep.join([*current, payload(i)])) > limit:
            groups.append(sep.join(current))
            current = []
        current.append(payload(i))
    return [*groups, sep.join(current)]


def content_blocks(writes, where, images, documents):
    """Raw StreamField data: each shared content block, carrying every payload, within the editor's limits."""
    blocks = [
        {
            "type": "paragraph",
            "id": _id(),
            "value": rich_text(RICH_TEXT_FEATURES, writes.add(f"{where}: paragraph text", PAYLOADS), URL_PAYLOADS),
        }
    ]
    writes.add(f"{where}: paragraph link address", URL_PAYLOADS)
    for number, text in enumerate(chunks(120)):
        value = {"text": writes.add(f"{where}: heading", text), "level": ("h2", "h3")[number % 2]}
        blocks.append({"type": "heading", "id": _id(), "value": value})
    for number, text in enumerate(chunks(250, start=1)):
        value = {
            "image": images[number].pk,
            "alt_text": writes.add(f"{where}: image alt text", text),
            "decorative": False,
        }
        blocks.append({"type": "image", "id": _id(), "value": value})
    for text in chunks(200, start=2):
        value = {"video": EMBED_URL, "caption": writes.add(f"{where}: video caption", text)}
        blocks.append({"type": "video", "id": _id(), "value": value})
    for number, text in enumerate(chunks(120, start=3)):
        value = {"document": documents[number].pk, "label": writes.add(f"{where}: document label", text)}
        blocks.append({"type": "document", "id": _id(), "value": value})
    for document in documents[-5:]:  # no label: the document's title is the link text
        blocks.append({"type": "document", "id": _id(), "value": {"document": document.pk, "label": ""}})
    for number, text in enumerate(chunks(100, start=4)):
        value = {"title": writes.add(f"{where}: key point title", text), "text": joined(start=number)}
        writes.add(f"{where}: key point text", value["text"])
        blocks.append({"type": "key_point", "id": _id(), "value": value})
    return blocks


def knowledge_check(writes, where):
    """A knowledge check carrying every payload in its questions, answers and feedback. Every answer is
    correct, so the mentor may tick them all and read the feedback of each."""
    texts = chunks(300)
    questions = []
    for number, text in enumerate(texts):
        answers = [
            {"text": texts[(number + k) % len(texts)], "correct": True, "feedback": joined(start=number + k)}
            for k in range(2)
        ]
        writes.add(f"{where}: question", text)
        writes.add(f"{where}: answer text", [answer["text"] for answer in answers])
        writes.add(f"{where}: answer feedback", [answer["feedback"] for answer in answers])
        value = {
            "question": text,
            "kind": "multiple",
            "answers": [{"type": "item", "id": _id(), "value": answer} for answer in answers],
        }
        questions.append({"type": "item", "id": _id(), "value": value})
    title = writes.add(f"{where}: knowledge check title", payload(3))
    return {"type": "knowledge_check", "id": _id(), "value": {"title": title, "pass_mark": 100, "questions": questions}}


def reflections(writes, where, number=3):
    blocks = []
    for k in range(number):
        value = {"prompt": joined(start=k), "guidance": joined(start=k + 1)}
        writes.add(f"{where}: reflection prompt", value["prompt"])
        writes.add(f"{where}: reflection guidance", value["guidance"])
        blocks.append({"type": "reflection", "id": _id(), "value": value})
    return blocks


def dialogue(writes, where):
    """A worked dialogue with a payload in its title, setting and every part of its turns."""
    value = {"title": writes.add(f"{where}: dialogue title", payload(2)), "setting": joined(start=3), "turns": []}
    writes.add(f"{where}: dialogue setting", value["setting"])
    for k, speaker in enumerate(("mentee", "mentor")):
        turn = {"speaker": speaker, "words": joined(start=k), "note": joined(start=k + 2)}
        writes.add(f"{where}: dialogue words", turn["words"])
        writes.add(f"{where}: dialogue note", turn["note"])
        value["turns"].append({"type": "item", "id": _id(), "value": turn})
    return {"type": "dialogue", "id": _id(), "value": value}


def at(days, hour=10):
    from datetime import datetime
    from datetime import time as clock

    date = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(date, clock(hour, 0)))


# The injected site ----------------------------------------------------------------------------------------


@pytest.fixture
def injected_site(home, programme, mentor_track, coach_track, cohort, mentor, coach, facilitator, manager, assignment):
    """Writes the corpus everywhere and returns what the browser visits. All ORM work happens here, before
    Playwright starts its event loop in this thread (Django refuses ORM calls from such a thread)."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed
    from wagtail.images.models import Image

    from courses.models import (
        BriefingPage,
        BriefingRelatedPage,
        Certificate,
        Enrolment,
        LessonPage,
        SeminarSession,
    )
    from mentorsite.scheduling.models import Booking, Session
    from mentorsite.users.models import Cohort
    from mentorsite.users.roles import MENTOR
    from networking.models import NetworkingDay
    from supervision.models import (
        Addendum,
        AgreedAction,
        CoachAssignment,
        Concern,
        MitiCoding,
        SupervisionRecord,
        SupervisionSession,
    )
    from tests.conftest import miti_values
    from tests.factories import (
        BriefingIndexPageFactory,
        BriefingPageFactory,
        LessonPageFactory,
        ModulePageFactory,
        SeminarPageFactory,
        UserFactory,
    )
    from tests.helpers import sign_in

    assert max(map(len, PAYLOADS)) <= 100, "a payload longer than a cohort name cannot go everywhere"
    writes = Writes()
    n = len(PAYLOADS)
    today = timezone.localdate()
    short = sorted(range(n), key=lambda i: (len(payload(i)), i))  # the shortest payloads first

    Embed.objects.create(
        url=EMBED_URL,
        hash=get_embed_hash(EMBED_URL),
        type="video",
        html='<p class="embed-stub">A video</p>',
        title="Stub",
        last_updated=timezone.now(),
    )

    # Cohorts, and people whose names are payloads ---------------------------------------------------------
    cohorts = [Cohort.objects.create(name=writes.add("cohort name", payload(i)), starts_on=today) for i in range(n)]
    home_cohort = cohorts[short[0]]
    # The four role users: short payloads, so titles built from their names stay within 200 characters.
    for number, user in enumerate((mentor, coach, facilitator, manager)):
        user.first_name = writes.add("person first name", payload(short[2 * number]))
        user.last_name = writes.add("person last name", payload(short[2 * number + 1]))
        user.cohort = home_cohort if user in (mentor, coach) else None
        user.save()
    people = []
    for i in range(n):
        person = UserFactory(
            username=f"injected-{i}",
            first_name=writes.add("person first name", payload(i)),
            last_name=writes.add("person last name", payload(i + 5)),
            cohort=cohorts[i] if i % 3 else home_cohort,
            roles=[MENTOR],
        )
        if i % 7 == 3:
            person.left_programme_on = today - timedelta(days=5)
            person.leaving_reason = writes.add("leaving reason", payload(i))
            person.save()
        Enrolment.objects.create(user=person, track=mentor_track)
        CoachAssignment.objects.create(coach=coach, mentor=person, starts_on=today - timedelta(days=30))
        people.append(person)

    # Documents and images -----------------------------------------------------------------------------------
    documents = [
        Document.objects.create(
            title=writes.add("document title", payload(i)), file=ContentFile(b"A handout.\n", name=f"handout-{i}.txt")
        )
        for i in range(n)
    ]
    png = png_bytes()
    images = [
        Image.objects.create(title=writes.add("image title", payload(i)), file=ContentFile(png, name=f"pic-{i}.png"))
        for i in range(n)
    ]

    # Curriculum ---------------------------------------------------------------------------------------------
    programme.title = writes.add("page title", payload(short[8]))
    programme.introduction = rich_text(SIMPLE_FEATURES, [payload(i) for i in range(n)], URL_PAYLOADS)
    writes.add("programme introduction (rich text)", PAYLOADS + URL_PAYLOADS)
    programme.issuing_organisation = writes.add("issuing organisation", payload(short[9]))
    programme.save()
    mentor_track.title = writes.add("page title", payload(short[10]))
    mentor_track.introduction = rich_text(SIMPLE_FEATURES, [payload(i) for i in range(n)], URL_PAYLOADS)
    writes.add("track introduction (rich text)", PAYLOADS + URL_PAYLOADS)
    mentor_track.save()

    main_module = ModulePageFactory(
        parent=mentor_track,
        title=writes.add("page title", payload(0)),
        slug="injected-module",
        introduction=writes.add("module introduction", joined()),
    )
    lessons = [
        LessonPageFactory(
            parent=main_module,
            title=writes.add("page title", payload(i)),
            slug=f"injected-lesson-{i}",
            summary=writes.add("lesson summary", f"xsslesson {payload(i)}"),
        )
        for i in range(n)
    ]
    # Every block a lesson has, carrying every payload. It also makes the round trip through the Wagtail editor,
    # so it holds only what the editor's validation takes.
    body = [
        *content_blocks(writes, "lesson body", images, documents),
        *reflections(writes, "lesson body"),
        dialogue(writes, "lesson body"),
        knowledge_check(writes, "lesson body"),
    ]
    every_block_lesson = LessonPageFactory(
        parent=main_module,
        title=writes.add("page title", payload(1)),
        slug="every-block",
        summary=writes.add("lesson summary", joined()),
        body=json.dumps(body),
    )
    LessonPage.body.field.stream_block.clean(every_block_lesson.body)
    assert {block.block_type for block in every_block_lesson.body} == set(
        LessonPage.body.field.stream_block.child_blocks
    ), "a new lesson block needs payloads here"

    for i in range(1, n, 3):
        module = ModulePageFactory(
            parent=mentor_track,
            title=writes.add("page title", payload(i)),
            slug=f"injected-module-{i}",
            introduction=writes.add("module introduction", payload(i)),
        )
        LessonPageFactory(parent=module, title=f"Plain lesson {i}", slug=f"plain-{i}")

    seminars = []
    for number, i in enumerate(range(0, n, 10)):
        seminar = SeminarPageFactory(
            parent=mentor_track,
            title=writes.add("page title", payload(i + 2)),
            slug=f"injected-seminar-{number}",
            days=10,
            objectives=rich_text(SIMPLE_FEATURES, [payload(j) for j in range(i, i + 10)], URL_PAYLOADS[number::3]),
            preparation=rich_text(SIMPLE_FEATURES, [payload(j) for j in range(i + 5, i + 15)]),
        )
        writes.add("seminar objectives (rich text)", [payload(j) for j in range(i, i + 10)])
        writes.add("seminar preparation (rich text)", [payload(j) for j in range(i + 5, i + 15)])
        seminars.append(seminar)
    seminar_days = []
    for i in range(n):
        seminar_days.append(
            SeminarSession.objects.create(
                seminar=seminars[i // 10 % len(seminars)],
                cohort=home_cohort,
                day=i % 10 + 1,
                starts_at=at(3 + i, 9),
                ends_at=at(3 + i, 16),
                venue=writes.add("session venue", payload(i)),
                description=writes.add("session description", payload(i + 1)),
                organiser=facilitator,
            )
        )
    past_seminar_day = SeminarSession.objects.create(
        seminar=seminars[-1],
        cohort=home_cohort,
        day=10,
        starts_at=at(-2, 9),
        ends_at=at(-2, 16),
        venue=payload(2),
        organiser=facilitator,
        status=Session.Status.SCHEDULED,
    )
    SeminarSession.objects.filter(pk=seminar_days[0].pk).update(status=Session.Status.CANCELLED)

    # Networking days: open to every mentor, so the calendar lists all their titles and venues.
    networking_urls = accepted_urls(NetworkingDay._meta.get_field("online_url").formfield().clean)
    networking_days = []
    for i in range(n):
        day = NetworkingDay.objects.create(
            title=writes.add("networking day title", payload(i)),
            starts_at=at(2 + i, 10),
            ends_at=at(2 + i, 15),
            venue=writes.add("session venue", payload(i + 3)) if i % 2 else "",
            online_url=writes.add("session meeting link", networking_urls[i % len(networking_urls)]),
            description=writes.add("session description", payload(i + 4)),
            agenda=rich_text(
                ["bold", "italic", "ol", "ul", "link"], [payload(i)], [URL_PAYLOADS[i % len(URL_PAYLOADS)]]
            ),
            organiser=facilitator,
        )
        writes.add("networking day agenda (rich text)", [payload(i), URL_PAYLOADS[i % len(URL_PAYLOADS)]])
        networking_days.append(day)
    networking_days[0].documents.set(documents)
    past_networking_day = NetworkingDay.objects.create(
        title=payload(short[3]), starts_at=at(-1, 10), ends_at=at(-1, 15), venue=payload(4), organiser=facilitator
    )
    for person in [mentor, *people]:
        Booking.objects.create(session=past_networking_day, user=person)
        Booking.objects.create(session=networking_days[0], user=person)

    # Supervision ------------------------------------------------------------------------------------------
    slot = SupervisionSession.objects.create(
        title=writes.add("supervision session title", payload(short[4])),
        starts_at=at(4, 13),
        ends_at=at(4, 14),
        organiser=coach,
        venue=writes.add("session venue", payload(short[5])),
    )
    unrecorded = SupervisionSession.objects.create(
        title=payload(short[6]), starts_at=at(-3, 13), ends_at=at(-3, 14), organiser=coach
    )
    Booking.objects.create(session=unrecorded, user=mentor)
    final = SupervisionRecord.objects.create(
        coach=coach,
        held_on=today - timedelta(days=2),
        duration_minutes=60,
        format="group",
        summary=writes.add("supervision summary", joined()),
        private_notes=writes.add("supervision private notes", joined(start=1)),
        mi_skills=writes.add("supervision MI skills", ["reflections", *PAYLOADS[:5]]),
        status=SupervisionRecord.Status.FINAL,
        finalised_at=timezone.now(),
    )
    final.attendees.add(mentor, *people[:10])
    final.topics.add(*[writes.add("supervision topic", payload(i)) for i in range(0, n, 2)])
    older = SupervisionRecord.objects.create(
        coach=coach,
        held_on=today - timedelta(days=20),
        duration_minutes=45,
        format="one_to_one",
        summary=joined(start=9),
        status=SupervisionRecord.Status.FINAL,
        finalised_at=timezone.now(),
    )
    older.attendees.add(mentor)
    draft = SupervisionRecord.objects.create(
        coach=coach,
        held_on=today,
        duration_minutes=30,
        format="one_to_one",
        summary=writes.add("supervision summary", joined(start=2)),
        private_notes=writes.add("supervision private notes", joined(start=3)),
    )
    draft.attendees.add(mentor)
    for i in range(n):
        AgreedAction.objects.create(
            record=final,
            description=writes.add("agreed action", payload(i)),
            owner=mentor if i % 2 == 0 else people[i % 10],
            due_on=today + timedelta(days=i),
            done_at=timezone.now() if i % 4 == 2 else None,
        )
        Addendum.objects.create(record=final, author=coach, text=writes.add("addendum", payload(i)))
        Concern.objects.create(
            record=final,
            raised_by=coach,
            category=("security", "safeguarding", "wellbeing")[i % 3],
            description=writes.add("concern description", payload(i)),
            acknowledged_by=manager if i % 5 == 4 else None,
            acknowledged_at=timezone.now() if i % 5 == 4 else None,
        )
    for i in range(3):
        AgreedAction.objects.create(record=draft, description=payload(i + 20), owner=mentor)
    coding = MitiCoding.objects.create(
        coach=coach, mentor=mentor, notes=writes.add("MITI feedback", joined()), **miti_values()
    )

    # Briefings ----------------------------------------------------------------------------------------------
    index = BriefingIndexPageFactory(
        parent=home,
        title=writes.add("page title", payload(short[7])),
        slug="briefings",
        introduction=writes.add("briefing index introduction", joined()),
    )
    briefings = []
    for i in range(n):
        briefing = BriefingPageFactory(
            parent=index,
            title=writes.add("page title", payload(i)),
            slug=f"injected-briefing-{i}",
            summary=writes.add("briefing summary", payload(i + 1)),
            urgency=("urgent", "important", "routine")[i % 3],
        )
        briefing.tags.add(writes.add("briefing tag", payload(i)), "injection")
        briefing.save()
        briefings.append(briefing)
    source_urls = accepted_urls(
        BriefingPage.body.field.stream_block.child_blocks["sources"].child_block.child_blocks["url"].clean
    )
    briefing_body = content_blocks(writes, "briefing body", images, documents)
    publishers = chunks(150, start=1)
    sources = [
        {
            "type": "item",
            "id": _id(),
            "value": {
                "title": writes.add("briefing source title", title),
                "publisher": writes.add("briefing source publisher", publishers[number % len(publishers)]),
                "url": writes.add("briefing source address", source_urls[number % len(source_urls)]),
            },
        }
        for number, title in enumerate(chunks(250))
    ]
    sources += [
        {"type": "item", "id": _id(), "value": {"title": "Link", "publisher": "", "url": address}}
        for address in writes.add("briefing source address", source_urls)
    ]
    briefing_body.append({"type": "sources", "id": _id(), "value": sources})
    assert {block["type"] for block in briefing_body} == set(BriefingPage.body.field.stream_block.child_blocks), (
        "a new briefing block needs payloads here"
    )
    full_briefing = BriefingPageFactory(
        parent=index,
        title=writes.add("page title", payload(short[11])),
        slug="every-block-briefing",
        summary=writes.add("briefing summary", joined()),
        urgency="urgent",
        body=json.dumps(briefing_body),
        what_changed=writes.add("briefing what changed", joined()),
        supersedes=briefings[1],
    )
    full_briefing.tags.add(*[payload(i) for i in range(n)])
    full_briefing.save()
    BriefingPage.objects.filter(pk=full_briefing.pk).update(
        version=2, version_note=writes.add("briefing version note", joined())
    )
    for page in (every_block_lesson, lessons[1], main_module):
        BriefingRelatedPage.objects.create(briefing=full_briefing, page=page)
    BriefingPage.objects.filter(pk=briefings[2].pk).update(
        published_on=today - timedelta(days=400), review_by=today - timedelta(days=30)
    )
    tag_slugs = [full_briefing.tags.get(name=text).slug for text in (payload(3), PAYLOADS[-1])]

    # Certificates: the public verification page shows the name and track kept at issue.
    certificates = []
    for number, start in enumerate(range(0, n, 6)):
        certificates.append(
            Certificate.objects.create(
                user=people[number],
                track=mentor_track,
                full_name=writes.add("certificate name", joined(300, start, sep=" ")),
                track_title=writes.add("certificate track title", joined(255, start + 3, sep=" ")),
                programme_title=joined(255, start + 1, sep=" "),
                issuing_organisation=joined(200, start + 2, sep=" "),
                completed_on=today,
            )
        )
    Certificate.objects.filter(pk=certificates[-1].pk).update(
        revoked_at=timezone.now(), revoked_by=manager, revocation_reason=writes.add("revocation reason", joined())
    )

    # What people write on the front end, through the real forms -------------------------------------------
    clients = {}
    for role, user in zip(ROLES, (mentor, coach, facilitator, manager), strict=True):
        clients[role] = sign_in(Client(), user)
    mentor_client = clients["mentor"]
    every_block_lesson.refresh_from_db()
    for number, block in enumerate(every_block_lesson.reflection_blocks):
        text = writes.add("reflection answer", joined(start=number + 7))
        response = mentor_client.post(
            reverse("courses:save_reflection", args=[every_block_lesson.pk, block.id]), {"text": text}
        )
        assert response.status_code == 302, response.content[:500]
    check = every_block_lesson.knowledge_check
    ticked = {
        f"question-{question.id}": [answer.id for answer in question.value["answers"].bound_blocks]
        for question in check.value["questions"].bound_blocks
    }
    response = mentor_client.post(reverse("courses:submit_knowledge_check", args=[every_block_lesson.pk]), ticked)
    assert response.status_code == 302, response.content[:500]
    attempt_url = response["Location"].split("#")[0]
    # A completion keeps the lesson title it had, shown on the dashboard.
    response = mentor_client.post(reverse("courses:mark_lesson_complete", args=[lessons[5].pk]))
    assert response.status_code == 302
    writes.add("completion lesson title", payload(5))

    # Where each payload shows, and who sees it -------------------------------------------------------------
    def url(name, *args):
        return reverse(name, args=args)

    mentor_pages = [
        url("courses:dashboard"),
        programme.url,
        mentor_track.url,
        main_module.url,
        every_block_lesson.url,
        attempt_url,
        lessons[1].url,
        lessons[n - 1].url,
        seminars[0].url,
        index.url,
        f"{index.url}?page=2",
        f"{index.url}?page=3",
        *[f"{index.url}tags/{quote(slug)}/" for slug in tag_slugs],
        full_briefing.url,
        briefings[1].url,
        briefings[0].url,
        url("scheduling:calendar"),
        url("scheduling:session", networking_days[0].pk),
        url("scheduling:session", networking_days[1].pk),
        url("scheduling:session", seminar_days[1].pk),
        url("scheduling:session", seminar_days[0].pk),
        url("scheduling:session", slot.pk),
        url("supervision:mine"),
        url("supervision:record", final.pk),
        url("supervision:record", older.pk),
        url("supervision:miti", coding.pk),
        url("supervision:miti_trend", mentor.pk),
        "/search/?q=xsslesson",
        "/search/?q=xsslesson&page=2",
        "/search/?q=xsslesson&page=5",
        "/search/?" + urlencode({"q": "script img onerror svg onload lt gt amp quot"}),
        *["/search/?" + urlencode({"q": text}) for text in writes.add("search query", chunks(200))],
    ]
    coach_pages = [
        url("courses:dashboard"),
        url("supervision:coach_overview"),
        url("supervision:records"),
        url("supervision:record", final.pk),
        url("supervision:record", draft.pk),
        url("supervision:record_edit", draft.pk),
        url("supervision:mentor", mentor.pk),
        url("supervision:mentor", people[3].pk),
        url("supervision:miti", coding.pk),
        url("scheduling:calendar"),
    ]
    facilitator_pages = [
        url("courses:dashboard"),
        url("scheduling:calendar"),
        url("scheduling:register", past_networking_day.pk),
        url("scheduling:register", past_seminar_day.pk),
        url("courses:briefing_coverage", full_briefing.pk),
        url("courses:briefing_coverage", full_briefing.pk) + f"?cohort={home_cohort.pk}",
        url("courses:briefings_due_for_review"),
        url("courses:progress_overview"),
    ]
    report_query = {"start": (today - timedelta(days=365)).isoformat(), "end": today.isoformat()}
    manager_pages = [
        url("courses:dashboard"),
        url("supervision:concerns"),
        url("courses:progress_overview"),
        url("courses:progress_overview") + "?page=2",
        url("courses:progress_overview") + "?page=3",
        url("courses:progress_overview") + f"?cohort={home_cohort.pk}",
        url("courses:programme_report") + "?" + urlencode(report_query),
        url("courses:programme_report") + "?" + urlencode({**report_query, "cohort": cohorts[3].pk}),
        url("courses:certificates"),
        url("supervision:record", final.pk),
        url("supervision:record_accesses", final.pk),
        url("supervision:person_accesses", mentor.pk),
        url("supervision:person_accesses", coach.pk),
        url("supervision:mentor", mentor.pk),
    ]
    for name, args in (("audit:events", ()), ("person_privacy", (people[3].pk,)), ("person_privacy", (mentor.pk,))):
        with contextlib.suppress(NoReverseMatch):  # pages not built (yet) are skipped
            manager_pages.append(url(name, *args))
    admin_pages = [
        "/admin/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{mentor_track.pk}/",
        f"/admin/pages/{main_module.pk}/",
        f"/admin/pages/{index.pk}/",
        f"/admin/pages/{full_briefing.pk}/edit/",
        f"/admin/pages/{seminars[0].pk}/edit/",
        f"/admin/pages/{mentor_track.pk}/edit/",
        "/admin/pages/search/?q=onerror",
        "/admin/documents/",
        f"/admin/documents/edit/{documents[4].pk}/",
        "/admin/images/",
        f"/admin/images/{images[4].pk}/",
        "/admin/users/",
        f"/admin/users/edit/{people[3].pk}/",
        "/admin/cohorts/",
        f"/admin/cohorts/inspect/{cohorts[4].pk}/",
        "/admin/networking_days/",
        f"/admin/networking_days/edit/{networking_days[1].pk}/",
        "/admin/seminar_days/",
        "/admin/coach_assignments/",
        "/admin/enrolments/",
    ]
    # Reflected: what a crafted link puts in the address.
    reflected = [
        ("anonymous", "/accounts/login/?" + urlencode({"next": payload(3)}), 200),
        ("anonymous", "/verify/" + quote(payload(1), safe="") + "/", 404),
        ("mentor", "/" + quote(payload(2), safe="") + "/", 404),
        ("mentor", index.url + "?" + urlencode({"urgency": payload(3), "page": payload(4)}), 200),
        (
            "manager",
            url("courses:progress_overview") + "?" + urlencode({"cohort": payload(5), "track": payload(6)}),
            400,
        ),
        ("manager", url("courses:programme_report") + "?" + urlencode({"start": payload(7), "end": payload(8)}), 400),
        ("manager", "/admin/pages/search/?" + urlencode({"q": payload(1)}), 200),
        ("manager", "/admin/documents/?" + urlencode({"q": payload(4)}), 200),
    ]
    writes.add("reflected address parameter", [payload(i) for i in range(1, 9)])
    visits = [("anonymous", f"/verify/{certificate.code}/", 200) for certificate in certificates]
    visits += [("mentor", path, 200) for path in mentor_pages]
    visits += [("coach", path, 200) for path in coach_pages]
    visits += [("facilitator", path, 200) for path in facilitator_pages]
    visits += [("manager", path, 200) for path in manager_pages + admin_pages]
    visits += reflected
    return {
        "visits": visits,
        # Pages that rightly show none of the payloads: a code that is not found, a chart of numbers.
        "quiet": {"/verify/" + quote(payload(1), safe="") + "/", url("supervision:miti_trend", mentor.pk)},
        "cookies": {role: client.cookies[settings.SESSION_COOKIE_NAME].value for role, client in clients.items()},
        "round_trip": {"lesson_id": every_block_lesson.pk, "edit": f"/admin/pages/{every_block_lesson.pk}/edit/"},
        "round_trip_url": every_block_lesson.url,
        "writes": writes,
    }


# The browser ----------------------------------------------------------------------------------------------

# Runs in every frame before the page's own scripts; page policies do not apply to it.
INIT_SCRIPT = """
(() => {
  const hits = [], violations = [];
  Object.defineProperty(window, "__xssHits", {value: hits});
  Object.defineProperty(window, "__cspViolations", {value: violations});
  window.__xss = (n) => { hits.push(String(n)); };
  document.addEventListener("securitypolicyviolation", (e) => {
    violations.push({directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample,
                     source: e.sourceFile, line: e.lineNumber});
  });
})();
"""

# Active content a payload left in the DOM, whether or not it ran.
DOM_CHECK = r"""
() => {
  const MARK = /__xss|alert\(\d+\)/;
  const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "data", "poster", "background",
    "codebase", "cite", "srcset", "ping", "manifest", "values", "to", "from", "by"]);
  const DATA_TAGS = new Set(["a", "area", "iframe", "frame", "object", "embed", "form", "button", "input", "base",
    "link", "script", "use", "image", "animate", "set"]);
  const SCRIPT_TYPES = new Set(["", "text/javascript", "application/javascript", "module", "text/ecmascript",
    "application/ecmascript", "text/jscript", "text/livescript", "javascript"]);
  const ACTIVE_TAGS = new Set(["iframe", "frame", "frameset", "object", "embed", "base", "meta", "link", "applet",
    "portal"]);
  const found = [];
  const report = (what, el) => found.push(what + ": " + el.outerHTML.slice(0, 240));
  for (const el of document.querySelectorAll("*")) {
    const tag = el.localName.toLowerCase();
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (name.startsWith("on") && MARK.test(value)) report(`event handler ${name}`, el);
      if ((name === "srcdoc" || name === "style") && MARK.test(value)) report(`${name} attribute`, el);
      if (URL_ATTRIBUTES.has(name) || name.endsWith(":href")) {
        const address = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "")
          .toLowerCase();
        if (/^(javascript|vbscript):/.test(address)) report(`${address.split(":")[0]}: address in ${name}`, el);
        else if (address.startsWith("data:") && DATA_TAGS.has(tag)) report(`data: address in ${name}`, el);
      }
      if (tag === "meta" && name === "content" && /url\s*=/i.test(value) && MARK.test(value)) {
        report("meta refresh", el);
      }
    }
    if (tag === "script") {
      const type = (el.getAttribute("type") || "").trim().toLowerCase();
      if (SCRIPT_TYPES.has(type) && (MARK.test(el.textContent) || MARK.test(el.getAttribute("src") || ""))) {
        report("script", el);
      }
    }
    if (tag === "style" && MARK.test(el.textContent)) report("style element", el);
    if (ACTIVE_TAGS.has(tag) && MARK.test(el.outerHTML)) report(`${tag} element`, el);
  }
  const shown = new Set();
  for (const match of document.documentElement.outerHTML.matchAll(/__xss\(?(\d+)|alert\((\d+)\)/g)) {
    shown.add(match[1] || match[2]);
  }
  const text = (document.body || document.documentElement).textContent;
  if (text.includes("TEMPLATE_RESULT")) found.push("server-side template evaluated a payload: TEMPLATE_RESULT");
  return {found: found, shown: shown.size};
}
""".replace("TEMPLATE_RESULT", TEMPLATE_RESULT)

# Lets handlers that fire just after load (autofocus, ontoggle, media errors) run before the page is read.
SETTLE = "() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))"
MARKER = re.compile(r"__xss|alert\(\d+\)")


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def inspect(page):
    """(payloads that ran, active content payloads left, how many payloads the page shows) for a loaded page."""
    page.evaluate(SETTLE)
    ran = []
    for frame in page.frames:
        try:
            hits = frame.evaluate("() => window.__xssHits ? Array.from(window.__xssHits) : []")
        except Exception as error:  # noqa: BLE001 - a frame that went away meanwhile
            hits = (
                [f"? (frame {frame.url[:80]} could not be read: {str(error)[:80]})"] if frame == page.main_frame else []
            )
        ran += [f"__xss({hit})" + (f" in frame {frame.url[:80]}" if frame != page.main_frame else "") for hit in hits]
    result = page.evaluate(DOM_CHECK)
    return ran, result["found"], result["shown"]


class Browser:
    """One browser context and page per role; collects executions, findings, CSP violations and page errors."""

    def __init__(self, playwright, base_url, cookies, bypass_csp):
        self.base_url = base_url
        self.browser = launch(playwright)
        self.pages = {}
        self.current = {}  # role: the address its page is on
        self.executed = []  # (where, what)
        self.findings = []  # (where, what)
        self.csp = []  # (where, text, caused by a payload)
        self.errors = []  # (where, text)
        self.shown = {}  # where: how many payloads the page shows
        for role in ("anonymous", *ROLES):
            context = self.browser.new_context(bypass_csp=bypass_csp)
            if role in cookies:
                context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookies[role], "url": base_url}])
            context.add_init_script(INIT_SCRIPT)
            page = context.new_page()
            page.set_default_timeout(20_000)
            self._listen(role, page)
            self.pages[role] = page

    def _listen(self, role, page):
        def where():
            return f"{role} {self.current.get(role, '?')}"

        def on_dialog(dialog):
            self.executed.append((where(), f"{dialog.type}({dialog.message!r})"))
            dialog.dismiss()

        def on_console(message):
            if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
                self.csp.append((where(), message.text[:300], bool(MARKER.search(message.text))))

        def on_request(request):
            main_navigation = request.is_navigation_request() and request.frame == page.main_frame
            if not main_navigation and request.resource_type not in ("fetch", "xhr") and "__xss" in request.url:
                self.findings.append((where(), f"the page requested an address a payload named: {request.url}"))

        page.on("dialog", on_dialog)
        page.on("console", on_console)
        page.on("request", on_request)
        page.on("pageerror", lambda error: self.errors.append((where(), str(error)[:300])))

    def visit(self, role, path, expected_status=200):
        page = self.pages[role]
        self.current[role] = path
        response = page.goto(self.base_url + path, wait_until="load")
        status = response.status if response else None
        if status != expected_status:
            self.findings.append((f"{role} {path}", f"answered {status}, expected {expected_status}"))
        self.check(role, page)
        return page

    def check(self, role, page):
        where = f"{role} {self.current.get(role, page.url)}"
        ran, found, shown = inspect(page)
        self.executed += [(where, what) for what in ran]
        self.findings += [(where, what) for what in found]
        self.shown[where] = shown
        try:
            violations = page.evaluate("() => window.__cspViolations ? Array.from(window.__cspViolations) : []")
        except Exception:  # noqa: BLE001 - the page navigated meanwhile
            violations = []
        for violation in violations:
            text = json.dumps(violation)
            self.csp.append((where, text, bool(MARKER.search(text))))

    def close(self):
        self.browser.close()


def publish_in_the_editor(browser, edit_path):
    """The manager opens the injected lesson in the Wagtail editor and publishes it as it stands (lessons are
    curriculum: facilitators submit them for review, the manager may publish directly)."""
    page = browser.visit("manager", edit_path)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state("load")
    messages = page.locator(".messages").inner_text() if page.locator(".messages").count() else ""
    browser.current["manager"] = f"after publishing {edit_path}"
    browser.check("manager", page)
    return messages


@pytest.fixture
def serial_live_server(transactional_db):
    """A live server that answers one request at a time.

    pytest-django's live server is threaded, and on SQLite its threads share the in-memory test database's one
    connection: the parallel requests of one admin page (icons, translations, the page) then interleave their
    transactions and fail at random. Sent one after the other, they never meet.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import WSGIServer
    from django.db import connections
    from django.test.testcases import LiveServerThread

    class SerialServer(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)  # the thread below already uses the shared connections

    class SerialServerThread(LiveServerThread):
        server_class = SerialServer

    shared = {c.alias: c for c in connections.all() if c.vendor == "sqlite" and c.is_in_memory_db()}
    thread = SerialServerThread("localhost", StaticFilesHandler, connections_override=shared)
    thread.daemon = True
    for connection in shared.values():
        connection.inc_thread_sharing()
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        yield f"http://localhost:{thread.port}"
    finally:
        thread.terminate()
        for connection in shared.values():
            connection.dec_thread_sharing()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_injected_script_runs_or_lands_in_the_page(serial_live_server, injected_site):
    from django.core.cache import cache
    from playwright.sync_api import sync_playwright

    from courses.models import LessonPage

    started = time.monotonic()
    site = injected_site
    visits = [visit for visit in site["visits"] if in_this_sweep(*visit[:2])]
    front_end = [visit for visit in visits if not visit[1].startswith("/admin/")]
    front_end.append(("mentor", site["round_trip_url"], 200))
    with sync_playwright() as playwright:
        # With the site's Content-Security-Policy, as people get it: executions, leftovers, violations.
        strict = Browser(playwright, serial_live_server, site["cookies"], bypass_csp=False)
        try:
            for role, path, status in visits:
                strict.visit(role, path, status)
            published = publish_in_the_editor(strict, site["round_trip"]["edit"])
            strict.visit("mentor", site["round_trip_url"])
        finally:
            strict.close()
        runs = [strict]
        if BYPASSED_PASS:
            # With the policy bypassed: a payload the policy happened to block runs now.
            cache.clear()  # the public verification page allows 20 lookups a minute per address
            bypassed = Browser(playwright, serial_live_server, site["cookies"], bypass_csp=True)
            runs.append(bypassed)
            try:
                for role, path, status in front_end:
                    bypassed.visit(role, path, status)
            finally:
                bypassed.close()
    elapsed = time.monotonic() - started

    executed = [entry for run in runs for entry in run.executed]
    findings = [entry for run in runs for entry in run.findings]
    errors = [entry for run in runs for entry in run.errors]
    writes = site["writes"]
    count("injection_payloads", len(CORPUS))
    count("injection_fields", writes.total)
    count("scripts_executed", len(executed))

    print(f"\nScript injection: {len(CORPUS)} payloads, {writes.total} field x payload writes in", end=" ")
    print(f"{len(writes.fields)} fields; {len(strict.shown)} pages with the site's policy and", end=" ")
    print(f"{len(runs[1].shown) if BYPASSED_PASS else 'none'} with it bypassed, in {elapsed:.0f} s.")
    for field, number in sorted(writes.fields.items()):
        print(f"  {number:4d}  {field}")
    print("Payloads shown per page (with the site's policy):")
    for where, number in strict.shown.items():
        print(f"  {number:3d}  {where[:150]}")
    platform_csp = Counter()
    for where, text, by_payload in strict.csp:
        if not by_payload:
            blocked = re.search(r"(?:Loading|blocked\W+)\W*(?:the \w+ )?'?\"?(https?://[^/'\"]+)", text)
            platform_csp[(where.split(" ")[0], blocked.group(1) if blocked else text[:120])] += 1
    if platform_csp:
        print("CSP violations of the platform's own pages (not caused by a payload):")
        for (role, what), number in sorted(platform_csp.items()):
            print(f"  {number:3d}x  {role}: {what}")
    if errors:
        print(f"Page errors ({len(errors)}):")
        for where, text in errors[:20]:
            print(f"  {where}: {text}")

    problems = [f"EXECUTED {what} on {where}" for where, what in executed]
    problems += [f"{where}: {what}" for where, what in findings]
    problems += [f"CSP violation caused by a payload on {where}: {text}" for where, text, by in strict.csp if by]
    problems += [f"page error naming a payload on {where}: {text}" for where, text in errors if MARKER.search(text)]
    quiet = site["quiet"]
    problems += [
        f"{where} shows none of the payloads: the page was not tested"
        for run in runs
        for where, number in run.shown.items()
        if not number and where.split(" ", 1)[1] not in quiet
    ]
    round_trip = LessonPage.objects.get(pk=site["round_trip"]["lesson_id"])
    if "published" not in published.lower():
        problems.append(f"the Wagtail editor did not publish the injected lesson: {published!r}")
    elif round_trip.live_revision is None or round_trip.live_revision.user is None:
        problems.append("the injected lesson was not published through the editor")
    elif not all(
        text in json.dumps(round_trip.body.get_prep_value()) for text in ("__xss(1)", "__xss(52)", "alert(44)")
    ):
        problems.append("the editor's round trip lost the payloads: the published lesson no longer tests anything")
    assert not problems, f"{len(problems)} injection problems:\n" + "\n".join(problems[:60])


# The detector itself ---------------------------------------------------------------------------------------

# Where a template could put text without escaping it; every payload must be caught in at least one of them.
CONTEXTS = [
    "<p>{}</p>",
    '<p><input value="{}"></p>',
    "<p><input value='{}'></p>",
    "<p><input value={}></p>",
    '<p><a href="{}">link</a></p>',
    "<textarea>{}</textarea>",
    "<noscript>{}</noscript>",
    "<!-- {} -->",
    "<script>var single = '{}';</script>",
    '<script>var double = "{}";</script>',
    "<script>var template = `{}`;</script>",
]


def what_a_faulty_layer_makes_of(text):
    """The payload, and what a layer that wrongly decodes or evaluates it would make of it."""
    import html
    import unicodedata
    from urllib.parse import unquote

    from django.template import Context, Template, TemplateSyntaxError

    variants = [
        text,
        html.unescape(text),
        unquote(text),
        unicodedata.normalize("NFKC", text),
        re.sub(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text),
        re.sub(r"!?\[([^\]]*)\]\(([^)]*)\)", r'<a href="\2">\1</a>', text),  # markdown
    ]
    with contextlib.suppress(TemplateSyntaxError):
        variants.append(Template(text).render(Context()))
    return list(dict.fromkeys(variants))


def test_the_detector_catches_every_payload_left_unescaped():
    """Put unescaped into the places templates fill, every payload runs or leaves something the check sees.
    So "nothing ran, nothing found" above means escaping held, not that the payloads were duds."""
    from playwright.sync_api import sync_playwright

    caught, missed = {}, []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        context = browser.new_context()
        context.add_init_script(INIT_SCRIPT)
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.route("**/*", lambda route: route.fulfill(status=204))  # nothing leaves the machine
        for entry in [*CORPUS, HARMLESS_URL]:
            ways = []
            for variant in what_a_faulty_layer_makes_of(entry):
                body = "".join(context_.format(variant) for context_ in CONTEXTS)
                dialogs.clear()
                page.goto("about:blank")  # a fresh window each time, with the init script
                page.set_content(
                    f"<!doctype html><html><head><title>{variant}</title></head><body>{body}</body></html>"
                )
                ran, found, _shown = inspect(page)
                ways += ran + [f"alert({message})" for message in dialogs] + found
                if ways:
                    break
            if ways:
                caught[entry] = ways
            elif entry != HARMLESS_URL:
                missed.append(entry)
        browser.close()
    assert not missed, f"the checks would not notice these payloads even unescaped: {missed}"
    assert HARMLESS_URL not in caught, f"the checks flag a harmless address: {caught.get(HARMLESS_URL)}"

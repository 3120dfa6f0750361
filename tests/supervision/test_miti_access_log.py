"""Every page that shows MITI figures logs a read of each coding it shows (security review, finding 7).

MITI_PAGES lists every page that shows MITI codings, with the roles that may open it. Each is requested as
each of those roles while `MitiCoding.summary` (the only way to the levels and summary scores) notes which
codings it was asked for: every one of them must be in the access log (RecordAccess) and in the audit trail,
as a read by that person. A guard fails when a template or a view comes to show MITI figures without being
in the list.
"""

import ast
import inspect
import re
import textwrap
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from mentorsite.audit.models import AuditEvent
from mentorsite.users.roles import COACH, MANAGER, MENTOR
from supervision.models import CoachAssignment, MitiCoding, RecordAccess
from tests.conftest import miti_values
from tests.factories import UserFactory
from tests.figures import count
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db

# What a page does with MITI codings:
#   "codings"    shows the figures of individual codings: each one shown is logged as a read of it;
#   "no figures" lists codings (date, kind of conversation) without any score or level;
#   "export"     a download of a person's data: recorded as an export of that person's data;
#   "report"     counts of levels over a whole cohort, no one's coding: recorded as a report.
MITI_PAGES = {
    # (URL name, URL arguments, query or form data ({"get": ...} or {"post": ...}, None for a plain GET),
    #  roles that may open it, kind)
    "coach overview": ("supervision:coach_overview", lambda w: [], None, ["coach"], "codings"),
    # A refused slot or meeting form shows the overview again, with the supervisees' latest levels.
    "coach overview after a refused slot": (
        "supervision:publish_slot",
        lambda w: [],
        {"post": {"slot-title": ""}},
        ["coach"],
        "codings",
    ),
    "coach overview after a refused meeting": (
        "supervision:book_supervisee",
        lambda w: [],
        {"post": {"meeting-supervisee": ""}},
        ["coach"],
        "codings",
    ),
    "MITI coding": ("supervision:miti", lambda w: [w["newer"].pk], None, ["mentor", "coach", "manager"], "codings"),
    "MITI trend chart": (
        "supervision:miti_trend",
        lambda w: [w["mentor"].pk],
        None,
        ["mentor", "coach", "manager"],
        "codings",
    ),
    "own supervision page": ("supervision:mine", lambda w: [], None, ["mentor"], "no figures"),
    "a mentor's supervision page": (
        "supervision:mentor",
        lambda w: [w["mentor"].pk],
        None,
        ["coach", "manager"],
        "no figures",
    ),
    "own data": ("my_data", lambda w: [], None, ["mentor"], "export"),
    "a person's data": ("person_data", lambda w: [w["mentor"].pk], None, ["manager"], "export"),
    "programme report": (
        "courses:programme_report",
        lambda w: [],
        {"get": {"start": "2000-01-01", "end": "2099-12-31"}},
        ["manager"],
        "report",
    ),
}


@pytest.fixture
def world(cohort):
    mentor = UserFactory(username="miti-mentor", cohort=cohort, roles=[MENTOR])
    second = UserFactory(username="miti-second", cohort=cohort, roles=[MENTOR])
    unsupervised = UserFactory(username="miti-unsupervised", cohort=cohort, roles=[MENTOR])
    coach = UserFactory(username="miti-coach", cohort=cohort, roles=[MENTOR, COACH])
    other_coach = UserFactory(username="miti-other-coach", cohort=cohort, roles=[MENTOR, COACH])
    manager = UserFactory(username="miti-manager", roles=[MANAGER])
    today = timezone.localdate()
    for person in (mentor, second):
        CoachAssignment.objects.create(coach=coach, mentor=person, starts_on=today - timezone.timedelta(days=30))
    CoachAssignment.objects.create(coach=other_coach, mentor=unsupervised)

    def coding(person, days_ago, by=coach):
        return MitiCoding.objects.create(
            coach=by, mentor=person, coded_on=today - timezone.timedelta(days=days_ago), **miti_values()
        )

    return {
        "mentor": mentor,
        "coach": coach,
        "manager": manager,
        "older": coding(mentor, 20),
        "newer": coding(mentor, 5),
        "second": coding(second, 3),
        "not_coachs": coding(unsupervised, 1, by=other_coach),
    }


@pytest.fixture
def shown_codings(monkeypatch):
    """The ids of the codings whose summary (scores and levels) was computed: what a page can show."""
    shown = set()
    summary = MitiCoding.summary

    def noting(coding):
        shown.add(coding.pk)
        return summary.fget(coding)

    monkeypatch.setattr(MitiCoding, "summary", property(noting))
    return shown


def _request(world, key, role):
    name, arguments, data, _roles, _kind = MITI_PAGES[key]
    user = world[role]
    client = Client()
    sign_in(client, user)
    url = reverse(name, args=arguments(world))
    method, values = next(iter((data or {"get": None}).items()))
    response = client.post(url, values) if method == "post" else client.get(url, values)
    assert response.status_code in (200, 400), f"{role} {url}: {response.status_code}"
    return user, response


CASES = [(key, role) for key, (_n, _a, _d, roles, _k) in MITI_PAGES.items() for role in roles]


@pytest.mark.parametrize(("key", "role"), CASES, ids=[f"{key} as {role}" for key, role in CASES])
def test_every_page_showing_miti_figures_logs_each_coding_it_shows(world, shown_codings, key, role):
    kind = MITI_PAGES[key][-1]
    count("miti_pages_checked")
    RecordAccess.objects.all().delete()
    user, _response = _request(world, key, role)
    if kind == "codings":
        assert shown_codings, f"{key} showed no coding: the test data does not exercise it"
        logged = set(
            RecordAccess.objects.filter(
                user=user, subject=RecordAccess.Subject.MITI_CODING, outcome=RecordAccess.Outcome.OPENED
            ).values_list("record_id", flat=True)
        )
        in_trail = {
            int(pk)
            for pk in AuditEvent.objects.filter(
                actor=user, action=AuditEvent.Action.VIEW, model_label="supervision.MitiCoding"
            ).values_list("object_id", flat=True)
        }
        assert shown_codings <= logged, f"{key}: codings shown but not in the access log: {shown_codings - logged}"
        assert shown_codings <= in_trail, f"{key}: codings shown but not in the audit trail"
        assert world["not_coachs"].pk not in shown_codings or role == "manager"
    elif kind == "no figures":
        assert not shown_codings, f"{key} now shows MITI figures: make it log them and list it as 'codings'"
    elif kind == "export":
        assert AuditEvent.objects.filter(
            actor=user, action=AuditEvent.Action.EXPORT, object_id=str(world["mentor"].pk)
        ).exists()
    else:
        assert AuditEvent.objects.filter(
            actor=user, action=AuditEvent.Action.EXPORT, model_label__startswith="report:"
        ).exists()


def test_coach_overview_shows_the_latest_coding_of_each_own_supervisee_only(world, shown_codings):
    _user, response = _request(world, "coach overview", "coach")
    assert shown_codings == {world["newer"].pk, world["second"].pk}
    assert "Latest MITI levels" in response.content.decode()


# The guard: nothing shows MITI figures without being in MITI_PAGES ---------------------------------

# Names of the MITI figures in templates (`levels.technical`, `summary.relational`, `latest_levels`, ...).
_TEMPLATE_MARKERS = re.compile(
    r"\blatest_levels\b|\blevels\.\w|\bwith levels=|\bsummary\.(levels|technical|relational|"
    r"percent_complex_reflections|reflection_to_question|total_mi_)"
)
_TEMPLATE_TAG = re.compile(r"{[{%](.*?)[%}]}", re.DOTALL)
_INCLUDE = re.compile(r"""{%\s*include\s+["']([^"']+)["']""")
# What Python code reaches MITI codings or their figures through.
_PYTHON_MARKERS = {"MitiCoding", "codings_for", "miti_trend_svg", "summarize", "latest_levels", "miti_section"}

# The templates that show MITI figures, and the page of MITI_PAGES each one is part of.
TEMPLATES_SHOWING_MITI = {
    "supervision/coach_overview.html": "coach overview",
    "supervision/includes/levels.html": "coach overview",
    "supervision/miti_detail.html": "MITI coding",
}


def _template_sources():
    root = Path(settings.BASE_DIR) / "templates"
    return {str(path.relative_to(root)): path.read_text() for path in root.rglob("*.html")}


def test_every_template_showing_miti_figures_is_in_the_list():
    sources = _template_sources()
    showing = {
        name
        for name, text in sources.items()
        if any(_TEMPLATE_MARKERS.search(tag) for tag in _TEMPLATE_TAG.findall(text))
    }
    # A template that includes one that shows figures shows them too.
    while True:
        including = {name for name, text in sources.items() if set(_INCLUDE.findall(text)) & showing} - showing
        if not including:
            break
        showing |= including
    assert showing == set(TEMPLATES_SHOWING_MITI), (
        "list each template that shows MITI figures in TEMPLATES_SHOWING_MITI (and its page in MITI_PAGES)"
    )
    assert set(TEMPLATES_SHOWING_MITI.values()) <= set(MITI_PAGES)


def _project_function(value):
    module = getattr(value, "__module__", "") or ""
    return inspect.isfunction(value) and module.split(".")[0] in {"courses", "mentorsite", "supervision"}


def _reaches_miti(function, seen):
    """Whether the function, or a project function it calls by name, names MITI codings or their figures."""
    function = inspect.unwrap(function)
    if function in seen:
        return False
    seen.add(function)
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError):
        return False
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
            if isinstance(node.value, ast.Name):
                module = function.__globals__.get(node.value.id)
                callee = getattr(module, node.attr, None) if inspect.ismodule(module) else None
                if _project_function(callee) and _reaches_miti(callee, seen):
                    return True
        elif isinstance(node, ast.alias):
            names.add(node.asname or node.name.rsplit(".", 1)[-1])
    if names & _PYTHON_MARKERS:
        return True
    return any(
        _reaches_miti(function.__globals__[name], seen)
        for name in names
        if _project_function(function.__globals__.get(name))
    )


def _views():
    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield namespace + pattern.name, pattern.callback

    return dict(walk(get_resolver().url_patterns))


def test_every_view_reaching_miti_codings_is_in_the_list():
    reaching = {
        name
        for name, view in _views().items()
        if _project_function(inspect.unwrap(view)) and _reaches_miti(view, set())
    }
    listed = {name for name, *_rest in MITI_PAGES.values()}
    assert reaching, "the guard found no view at all: it no longer reads the views"
    assert reaching <= listed, f"views that reach MITI codings but are not in MITI_PAGES: {reaching - listed}"


def test_the_admin_has_no_view_of_miti_codings():
    # Wagtail's generic admin views would show codings without logging them; codings are read on the front end.
    assert not [name for name in _views() if "miti" in name.lower() and not name.startswith("supervision:")]

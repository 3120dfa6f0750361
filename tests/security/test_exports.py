"""Every CSV the platform serves, Wagtail's own exports included, shows text as text (security review, issue 12).

A page title or a name such as `=HYPERLINK("http://evil.example/","y")` must not come out of an export as a
live formula, and neither may `x;=HYPERLINK(...)`: Excel with Danish regional settings splits cells on ";".
So every check here reads the produced CSV twice, once with "," and once with ";" as the separator (and with
the leading spaces a spreadsheet may trim), and finds no cell that starts with a formula start.
"""

import csv
import io
import os
from pathlib import Path

import openpyxl
import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from mentorsite import exports
from mentorsite.users.roles import MANAGER, MENTOR
from tests.factories import EnrolmentFactory, ProgrammePageFactory, UserFactory
from tests.figures import count
from tests.helpers import sign_in

# What Excel and LibreOffice read as the start of a formula (OWASP's list), written out here again on
# purpose: the test does not take the list from the code it checks.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SEPARATORS = (",", ";")

TITLE = '=HYPERLINK("http://evil.example/","title")'
SPLIT_TITLE = 'Notes;=HYPERLINK("http://evil.example/","split")'
FIRST_NAME = "@SUM(1+1)*cmd|calc"
USERNAME = "+editor;-cmd|calc"
LAST_NAME = "Jensen,+cmd|calc;-cmd|calc"
REDIRECT_LINK = '-2+3+cmd|calc;=HYPERLINK("http://evil.example/")'
# Every planted value holds one of these, so an export that shows none of them checked nothing.
MARKERS = ("evil.example", "cmd|calc")


def read_as_formula(cell):
    """Whether a spreadsheet could run the cell: it starts with a formula start, also once spaces are trimmed."""
    return cell.startswith(FORMULA_STARTS) or cell.lstrip().startswith(FORMULA_STARTS)


def cells_read_as_formulas(text):
    """The cells of CSV `text` that a spreadsheet could run as a formula, read with "," and with ";"."""
    found = []
    for separator in SEPARATORS:
        for skip_spaces in (False, True):
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, skipinitialspace=skip_spaces)
            found += [cell for row in reader for cell in row if read_as_formula(cell)]
    return found


def decoded(content):
    assert content.startswith("\ufeff".encode()), "the platform's CSV is UTF-8 with a byte-order mark"
    return content.decode("utf-8-sig")


# The sanitiser, over arbitrary text ------------------------------------------------------------

# Text biased towards what matters here: formula starts, separators, quotes, spaces and line breaks.
SPECIAL = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", ",", ";", '"', "'", " ", "\u00a0", "\ufeff"])
CELL = st.text(st.one_of(SPECIAL, st.characters(exclude_categories=["Cs"])), max_size=20)
ROWS = st.lists(st.lists(CELL, min_size=1, max_size=5), max_size=5)
PROPERTY_SETTINGS = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 20)) * 10, deadline=None)


@PROPERTY_SETTINGS
@given(rows=ROWS, separator=st.sampled_from(SEPARATORS))
def test_no_cell_can_be_read_as_a_formula_with_either_separator(rows, separator):
    assert not cells_read_as_formulas(decoded(exports.csv_text(rows, separator=separator).encode()))


@PROPERTY_SETTINGS
@given(rows=ROWS, separator=st.sampled_from(SEPARATORS))
def test_the_writer_adds_apostrophes_and_changes_nothing_else(rows, separator):
    text = decoded(exports.csv_text(rows, separator=separator).encode())
    read_back = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    assert [[cell.replace("'", "") for cell in row] for row in read_back] == [
        [cell.replace("'", "") for cell in row] for row in rows
    ]


@PROPERTY_SETTINGS
@given(text=st.text(st.characters(exclude_categories=["Cs"], exclude_characters="=+-@\t\r")))
def test_text_without_formula_starts_is_left_as_it_is(text):
    assert exports.spreadsheet_safe(text) == text


def test_formula_starts_after_a_separator_or_a_quote_are_neutralised():
    assert exports.spreadsheet_safe("=1+1") == "'=1+1"
    assert exports.spreadsheet_safe("x;=HYPERLINK(1)") == "x;'=HYPERLINK(1)"
    assert exports.spreadsheet_safe('a, "@SUM(1)"') == 'a, "\'@SUM(1)"'
    assert exports.spreadsheet_safe("line\n -1+2") == "line\n '-1+2"
    assert exports.spreadsheet_safe("Smith-Jensen, 2026-05-01") == "Smith-Jensen, 2026-05-01"


def test_every_csv_goes_through_the_one_writer():
    """Only mentorsite/exports.py writes CSV: a csv.writer anywhere else would skip the sanitiser."""
    root = Path(__file__).resolve().parents[2]
    apps = [folder for folder in root.iterdir() if (folder / "__init__.py").exists() and folder.name != "tests"]
    writers = [
        str(path.relative_to(root))
        for app in apps
        for path in app.rglob("*.py")
        if path != root / "mentorsite" / "exports.py"
        and ("csv.writer" in path.read_text() or "csv.DictWriter" in path.read_text())
    ]
    assert not writers, f"write CSV with mentorsite.exports instead: {writers}"


# Wagtail's own exports -------------------------------------------------------------------------


def _url_patterns(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            yield namespace + (pattern.name or ""), prefix + str(pattern.pattern), pattern.callback


def wagtail_exports():
    """(URL name, route) of every view that answers ?export=csv (and xlsx) with a spreadsheet of its list: the
    views built on Wagtail's SpreadsheetExportMixin that have columns to export."""
    for name, route, callback in _url_patterns(get_resolver().url_patterns):
        view_class = getattr(callback, "view_class", None)
        if view_class is None or not issubclass(view_class, SpreadsheetExportMixin):
            continue
        if callback.view_initkwargs.get("list_export", view_class.list_export):
            yield name, route


@pytest.fixture
def planted(home):
    """Pages, a staff member, a lock, a workflow and redirects whose titles and names look like formulas."""
    from django.contrib.auth.models import Group
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    editor = UserFactory(username=USERNAME, first_name=FIRST_NAME, last_name=LAST_NAME, is_superuser=True)
    page = ProgrammePageFactory(parent=home, title=TITLE)
    page.save_revision(user=editor, log_action=True).publish(user=editor)
    Page.objects.filter(pk=page.pk).update(locked=True, locked_by=editor, locked_at=timezone.now())
    other = ProgrammePageFactory(parent=home, title=SPLIT_TITLE)
    other.save_revision(user=editor, log_action=True).publish(user=editor)
    other.save_revision(user=editor)

    workflow = Workflow.objects.create(name=f"Review {TITLE}")
    task = GroupApprovalTask.objects.create(name=f"Check {SPLIT_TITLE}")
    task.groups.set(Group.objects.all())
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=other, defaults={"workflow": workflow})
    workflow.start(other, editor)

    Redirect.objects.create(old_path="/old-page", redirect_link=REDIRECT_LINK)
    Redirect.objects.create(old_path="/other-page", redirect_page=page)
    return editor


def test_the_walk_finds_wagtails_reports():
    names = {name for name, _route in wagtail_exports()}
    assert {"wagtailadmin_reports:site_history", "wagtailadmin_reports:aging_pages", "wagtailredirects:index"} <= names


def test_no_page_type_has_form_submissions_to_export():
    """Form pages' submissions are exported by Wagtail's SubmissionsListView, behind a URL that takes a page; the
    platform has no form pages. One that adds them adds its submissions export to the test below."""
    from django.apps import apps
    from wagtail.contrib.forms.models import FormMixin

    assert not [model for model in apps.get_models() if issubclass(model, FormMixin)]


@pytest.mark.django_db
def test_every_wagtail_export_writes_titles_and_names_as_text(planted):
    client = sign_in(Client(), planted)
    problems = []
    views = sorted(wagtail_exports())
    for name, route in views:
        if "<" in route:
            problems.append(f"{name}: the test does not know what to put in {route}")
            continue
        url = "/" + route
        csv_response = client.get(url, {"export": "csv"})
        content = b"".join(csv_response.streaming_content) if csv_response.streaming else csv_response.content
        text = content.decode("utf-8-sig")
        if csv_response.status_code != 200 or not csv_response["Content-Type"].startswith("text/csv"):
            problems.append(f"{name}: answered {csv_response.status_code} {csv_response['Content-Type']}")
            continue
        if not content.startswith("\ufeff".encode()):
            problems.append(f"{name}: the CSV has no byte-order mark")
        if not any(marker in text for marker in MARKERS):
            problems.append(f"{name}: none of the planted titles or names is in the CSV:\n{text[:500]}")
        if formulas := cells_read_as_formulas(text):
            problems.append(f"{name}: CSV cells read as formulas: {formulas[:5]}")
        count("csv_exports_checked")

        # XLSX: cells are typed, so text is safe as long as no cell is stored as a formula.
        book = openpyxl.load_workbook(io.BytesIO(b"".join(client.get(url, {"export": "xlsx"}).streaming_content)))
        cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
        if stored := [cell.value for cell in cells if cell.data_type == "f"]:
            problems.append(f"{name}: XLSX cells stored as formulas: {stored[:5]}")
        values = {str(cell.value) for cell in cells if cell.value is not None}
        if not any(marker in value for value in values for marker in MARKERS):
            problems.append(f"{name}: none of the planted titles or names is in the XLSX")
    assert len(views) >= 6
    assert not problems, "\n".join(problems)


# The platform's own exports --------------------------------------------------------------------


@pytest.mark.django_db
def test_the_platforms_own_csv_exports_write_titles_and_names_as_text(
    cohort, mentor_track, module, lesson, urgent_briefing
):
    module.title = SPLIT_TITLE
    module.save()
    person = UserFactory(username="jensen", first_name=FIRST_NAME, last_name=LAST_NAME, cohort=cohort, roles=[MENTOR])
    EnrolmentFactory(user=person, track=mentor_track)
    manager = UserFactory(username="boss", first_name=TITLE, last_name=LAST_NAME, roles=[MANAGER])
    client = sign_in(Client(), manager)
    today = timezone.localdate()
    downloads = {
        "progress overview": client.get(reverse("courses:progress_overview_csv"), {"track": mentor_track.pk}),
        "briefing coverage": client.get(reverse("courses:briefing_coverage_csv", args=[urgent_briefing.pk])),
        "programme report": client.get(
            reverse("courses:programme_report"),
            {"start": (today.replace(day=1)).isoformat(), "end": today.isoformat(), "format": "csv"},
        ),
    }
    # Read after the others: the trail holds the exports above, by a manager whose name looks like a formula.
    downloads["audit trail"] = client.get(reverse("audit:export_csv"))
    problems = []
    for name, response in downloads.items():
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert response.status_code == 200, name
        if not content.startswith("\ufeff".encode()):
            problems.append(f"{name}: the CSV has no byte-order mark")
        text = content.decode("utf-8-sig")
        if not any(marker in text for marker in MARKERS):
            problems.append(f"{name}: none of the planted titles or names is in the CSV:\n{text[:500]}")
        if formulas := cells_read_as_formulas(text):
            problems.append(f"{name}: cells read as formulas: {formulas[:5]}")
        count("csv_exports_checked")
    assert not problems, "\n".join(problems)

"""The one CSV writer of the platform, Wagtail's exports included: for files people open in spreadsheets.

UTF-8 with a byte-order mark (so Excel reads æ, ø and å), one row a line, and no cell that a spreadsheet
could read as a formula, whichever separator it splits on: the file's separator is the reader's language's
(Danish Excel splits on ";", since its decimal comma takes ","; English on ","), and a file is often opened
with the other one.

The rule, which `spreadsheet_safe` applies to every cell:

    An apostrophe goes before every formula start (= + - @ tab CR) that begins the text, or that follows a
    "," or ";" (where a spreadsheet splitting on that character starts a new cell), a double quote (where
    it may open or close a quoted cell) or a line break (where it may start a new row), with nothing but
    spaces in between (spreadsheets may trim them). Nothing else changes.

So "=1+1" becomes "'=1+1" and "x;=HYPERLINK(...)" becomes "x;'=HYPERLINK(...)"; "Smith-Jensen" stays as it
is. The writer quotes a cell that holds ",", ";", a quote or a line break, doubling its quotes, and ends
rows with LF alone: a CR of its own could begin a cell for a reader that splits the row differently, and CR
is itself a formula start. Numbers stay numbers ("-3" is the number −3 to a spreadsheet, not a formula).

XLSX needs none of this: its cells are typed, and a text cell is never calculated (see `xlsx_append`).
"""

import datetime
import itertools
import re
from decimal import Decimal

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import translation

# Spreadsheet programs run a cell that starts with one of these as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# After these a spreadsheet may begin a new cell: either separator, a quote, a line break.
CELL_BOUNDARIES = frozenset(',;"\r\n')
NEEDS_QUOTES = frozenset(',;"\r\n')

SEPARATOR = ","
# The separator a spreadsheet expects in each language; the others use SEPARATOR.
SEPARATORS = {"da": ";"}
BYTE_ORDER_MARK = "\ufeff"
# A number as Python writes it; a spreadsheet reads it as that number ("inf" and "NaN" are text like any other).
NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
CONTENT_TYPE = "text/csv; charset=utf-8"
# What an XLSX cell holds as it is; anything else (translated labels, names) is written as its text.
XLSX_VALUES = (int, float, Decimal, datetime.date, datetime.time, datetime.timedelta)


def spreadsheet_safe(value):
    """The value as text that a spreadsheet shows as text, never runs as a formula (the rule above)."""
    out = []
    at_boundary = True
    for character in str(value):
        if at_boundary and character in FORMULA_STARTS:
            out.append("'")
        out.append(character)
        if character in CELL_BOUNDARIES:
            at_boundary = True
        elif not character.isspace() or character in FORMULA_STARTS:
            at_boundary = False
    return "".join(out)


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool) and NUMBER.fullmatch(str(value)):
        return str(value)
    text = spreadsheet_safe(value)
    return '"' + text.replace('"', '""') + '"' if NEEDS_QUOTES & set(text) else text


def _line(row, separator):
    cells = [_cell(value) for value in row]
    if cells == [""]:
        return '""\n'  # as Python's csv module does: a row of one empty cell, not an empty line
    return separator.join(cells) + "\n"


def csv_lines(rows, separator=None):
    """The CSV text of `rows` (iterables of cells), line by line, the byte-order mark first; by default in the
    separator of the active language."""
    separator = separator or separator_for()
    yield BYTE_ORDER_MARK
    for row in rows:
        yield _line(row, separator)


def csv_text(rows, separator=None):
    return "".join(csv_lines(rows, separator or separator_for()))


def separator_for(language=None):
    """The CSV separator for a reader of `language` (by default the language of the request being answered)."""
    language = (language or translation.get_language() or "").split("-")[0]
    return SEPARATORS.get(language, SEPARATOR)


def csv_response(rows, filename, streaming=False):
    """A download of `rows` as CSV in the reader's separator; `streaming` writes it while the rows are read (for
    long exports)."""
    separator = separator_for()
    if streaming:
        response = StreamingHttpResponse(
            (line.encode() for line in csv_lines(rows, separator)), content_type=CONTENT_TYPE
        )
    else:
        response = HttpResponse(csv_text(rows, separator).encode(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_append(sheet, row):
    """Appends `row` to an openpyxl sheet with text as text cells: openpyxl stores any text starting with "="
    as a formula, so those cells are typed back to text (as Wagtail's own XLSX exports do)."""
    sheet.append([value if value is None or isinstance(value, XLSX_VALUES) else str(value) for value in row])
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"


# Wagtail's exports ------------------------------------------------------------------------------


def _wagtail_csv_response(view, queryset):
    """SpreadsheetExportMixin.write_csv_response, written by this module's writer: the same headings and
    values (through the view's own to_row_dict and preprocessing), safe cells, the byte-order mark."""
    headings = [view.get_heading(queryset, field) for field in view.list_export]
    rows = (
        [view.preprocess_field_value(field, value, view.FORMAT_CSV) for field, value in view.to_row_dict(item).items()]
        for item in queryset
    )
    return csv_response(itertools.chain([headings], rows), f"{view.get_filename()}.csv", streaming=True)


def register_wagtail_exports():
    """Every CSV export of Wagtail's admin (reports such as site history and aging pages, listings, form
    submissions) is written by this module. Called once, from UsersConfig.ready().

    Wagtail writes its CSV with the csv module as it is, on purpose (its security policy leaves formulas to
    the program that opens the file), and has no setting or hook for it. All its exports come from one
    method of one mixin, SpreadsheetExportMixin.write_csv_response, so that method is replaced here, once,
    for every view at once, instead of overriding each report view (its stream_csv and write_csv_row are then
    no longer called). Wagtail's XLSX exports already store text as text cells (generate_xlsx_row), so they
    stay as they are.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    SpreadsheetExportMixin.write_csv_response = _wagtail_csv_response

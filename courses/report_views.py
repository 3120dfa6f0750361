"""The programme report for the programme manager: on screen, as PDF (with charts), CSV and XLSX."""

import csv
import io
from datetime import timedelta

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook

from courses.reports import programme_figures
from mentorsite.exports import spreadsheet_safe
from mentorsite.pdf import render_pdf
from mentorsite.users.decorators import role_required
from mentorsite.users.models import Cohort
from mentorsite.users.roles import MANAGER


class ReportForm(forms.Form):
    cohort = forms.ModelChoiceField(
        label=gettext_lazy("Cohort"),
        queryset=Cohort.objects.all(),
        required=False,
        empty_label=gettext_lazy("Whole programme"),
    )
    start = forms.DateField(label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            self.add_error("end", _("The end of the period cannot be before its start."))
        return cleaned


def _filename(figures, extension):
    who = figures.cohort.name.replace(" ", "-").lower() if figures.cohort else "programme"
    return f"report-{who}-{figures.start}-{figures.end}.{extension}"


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _csv(figures):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Section"), _("Measure"), _("Value")])
    for section, measure, value in figures.rows():
        writer.writerow([spreadsheet_safe(section), spreadsheet_safe(measure), spreadsheet_safe(value)])
    return out.getvalue()


def _xlsx(figures):
    book = Workbook()
    sheet = book.active
    sheet.title = _("Figures")[:31]
    sheet.append([_("Section"), _("Measure"), _("Value")])
    for section, measure, value in figures.rows():
        sheet.append(
            [
                spreadsheet_safe(section),
                spreadsheet_safe(measure),
                value if isinstance(value, int | float) else spreadsheet_safe(value),
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@role_required(MANAGER)
def programme_report(request):
    today = timezone.localdate()
    data = request.GET if "start" in request.GET else None
    form = ReportForm(data, initial={"start": today - timedelta(days=365), "end": today})
    figures = None
    if form.is_bound and form.is_valid():
        figures = programme_figures(form.cleaned_data["cohort"], form.cleaned_data["start"], form.cleaned_data["end"])
        output = request.GET.get("format")
        if output == "csv":
            return _download(_csv(figures), "text/csv; charset=utf-8", _filename(figures, "csv"))
        if output == "xlsx":
            return _download(
                _xlsx(figures),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _filename(figures, "xlsx"),
            )
        if output == "pdf":
            pdf = render_pdf("pdf/programme_report.html", {"figures": figures, "today": today}, name="report")
            return _download(pdf, "application/pdf", _filename(figures, "pdf"))
    return render(
        request,
        "courses/programme_report.html",
        {"form": form, "figures": figures, "query": request.GET.urlencode()},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )

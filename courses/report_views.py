"""The programme report for the programme manager: on screen, as PDF (with charts), CSV and XLSX."""

import io
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.core.files.storage import storages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from openpyxl import Workbook

from courses.models import DocumentRun
from courses.reports import programme_figures
from courses.runs import build_programme_report, issue_all_certificates
from mentorsite.audit.trail import record_export
from mentorsite.exports import csv_text, xlsx_append
from mentorsite.pdf import render_pdf
from mentorsite.scheduling.models import FIRST_YEAR, LAST_YEAR
from mentorsite.users.decorators import role_required
from mentorsite.users.models import Cohort
from mentorsite.users.roles import MANAGER

YEARS = {"first": FIRST_YEAR, "last": LAST_YEAR}


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
        # Year 1 or 9999 (typos) overflowed the date arithmetic of the report: a 500 instead of this message.
        for name in ("start", "end"):
            if cleaned.get(name) and not FIRST_YEAR <= cleaned[name].year <= LAST_YEAR:
                self.add_error(name, _("Choose a date between the years %(first)s and %(last)s.") % YEARS)
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


def report_csv(figures):
    return csv_text([[_("Section"), _("Measure"), _("Value")], *figures.rows()])


def report_xlsx(figures):
    book = Workbook()
    sheet = book.active
    sheet.title = _("Figures")[:31]
    sheet.append([_("Section"), _("Measure"), _("Value")])
    for row in figures.rows():
        xlsx_append(sheet, row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def report_pdf(figures):
    return render_pdf("pdf/programme_report.html", {"figures": figures, "today": timezone.localdate()}, name="report")


@role_required(MANAGER)
def programme_report(request):
    today = timezone.localdate()
    data = request.GET if "start" in request.GET else None
    form = ReportForm(data, initial={"start": today - timedelta(days=365), "end": today})
    figures = None
    if form.is_bound and form.is_valid():
        figures = programme_figures(form.cleaned_data["cohort"], form.cleaned_data["start"], form.cleaned_data["end"])
        output = request.GET.get("format")
        what = f"report:programme.{output}" if output in {"csv", "xlsx", "pdf"} else "report:programme"
        record_export(request, what, form.cleaned_data["cohort"].pk if form.cleaned_data["cohort"] else "")
        if output == "csv":
            return _download(report_csv(figures), "text/csv; charset=utf-8", _filename(figures, "csv"))
        if output == "xlsx":
            return _download(
                report_xlsx(figures),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _filename(figures, "xlsx"),
            )
        if output == "pdf":
            return _download(report_pdf(figures), "application/pdf", _filename(figures, "pdf"))
    return render(
        request,
        "courses/programme_report.html",
        {"form": form, "figures": figures, "query": request.GET.urlencode()},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


# Runs through the Tasks API ---------------------------------------------------------------------

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


@role_required(MANAGER)
@require_POST
def start_run(request):
    """Start the programme report (for the period in the form) or a bulk certificate run in the background."""
    kind = request.POST.get("kind")
    if kind == DocumentRun.Kind.PROGRAMME_REPORT:
        form = ReportForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a valid period; nothing was started."))
            return redirect("courses:programme_report")
        cohort = form.cleaned_data["cohort"]
        parameters = {
            "cohort": cohort.pk if cohort else None,
            "start": form.cleaned_data["start"].isoformat(),
            "end": form.cleaned_data["end"].isoformat(),
        }
        job = build_programme_report
    elif kind == DocumentRun.Kind.CERTIFICATES:
        parameters, job = {}, issue_all_certificates
    else:
        raise Http404
    run = DocumentRun.objects.create(kind=kind, requested_by=request.user, parameters=parameters)
    transaction.on_commit(lambda: job.enqueue(run.pk))
    return redirect("courses:document_run", run_id=run.pk)


@role_required(MANAGER)
def document_run(request, run_id):
    run = get_object_or_404(DocumentRun, pk=run_id)
    return render(request, "courses/document_run.html", {"run": run})


@role_required(MANAGER)
def document_run_file(request, run_id, extension):
    run = get_object_or_404(DocumentRun, pk=run_id, status=DocumentRun.Status.DONE)
    name = run.files.get(extension)
    if not name:
        raise Http404
    with storages["documents"].open(name) as stored:
        content = stored.read()
    record_export(request, f"run:{run.kind}.{extension}", run.pk)
    return _download(content, CONTENT_TYPES.get(extension, "application/octet-stream"), name.rsplit("/", 1)[-1])

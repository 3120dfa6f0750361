"""The evaluation pages.

- /evaluation/ and the results and research export: the evaluation unit (Evaluator) and the programme
  manager (roles.EVALUATION_ROLES); everyone else 403.
- Sending a round: the programme manager, who runs the programme's contact with mentors.
- Answering: only the people a round asked; anyone else gets 404 for it.
Nobody reads an individual's answers on a page: results are counts over at least five people, and the
research export carries named rounds' answers under pseudonyms only.
"""

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook

from mentoring.services import RuleBroken
from mentorsite.audit.trail import record_export
from mentorsite.exports import csv_text, xlsx_append
from mentorsite.translations import show_in_language
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import EVALUATION_ROLES, MANAGER, has_role

from . import services
from .forms import AnswerForm, ResearchExportForm, ResultsFilterForm, RoundForm
from .models import SCALE, Invitation, Questionnaire, ResearchExport, Round
from .questions import questions_of
from .research import research_table
from .results import SMALLEST_GROUP, chart_title, results_of

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


evaluator_required = role_required(*EVALUATION_ROLES)


@evaluator_required
def home(request):
    """The questionnaires with their rounds: how many were asked and how many answered."""
    rounds = list(
        Round.objects.annotate(
            asked=Count("invitations"), answered=Count("invitations", filter=Q(invitations__answered=True))
        ).select_related("questionnaire", "cohort", "track", "seminar")
    )
    # The tracks and seminars rounds went to, named in the reader's language.
    show_in_language([page for round_ in rounds for page in (round_.track, round_.seminar) if page is not None])
    by_questionnaire = {}
    for round_ in rounds:
        by_questionnaire.setdefault(round_.questionnaire_id, []).append(round_)
    questionnaires = [
        (questionnaire, by_questionnaire.get(questionnaire.pk, [])) for questionnaire in Questionnaire.objects.all()
    ]
    context = {
        "questionnaires": questionnaires,
        "may_send": has_role(request.user, MANAGER),
        "exports": ResearchExport.objects.select_related("made_by")[:10],
        "today": timezone.localdate(),
        "smallest_group": SMALLEST_GROUP,
    }
    return render(request, "mentoring/evaluation/home.html", context)


@role_required(MANAGER)
def send(request):
    """Send a questionnaire to a group: the invitations are fixed now, the e-mails go on the opening day."""
    form = RoundForm(request.POST or None, initial={"questionnaire": request.GET.get("questionnaire")})
    if request.method == "POST" and form.is_valid():
        fields = dict(form.cleaned_data)
        questionnaire = fields.pop("questionnaire")
        try:
            with transaction.atomic():
                round_ = services.send_round(questionnaire, request.user, **fields)
        except RuleBroken as broken:
            form.add_error(None, str(broken))
        else:
            messages.success(
                request,
                _("“%(title)s” was sent to %(count)s people; it is open from %(opens)s to %(closes)s.")
                % {
                    "title": questionnaire.title,
                    "count": round_.invitations.count(),
                    "opens": date_format(round_.opens_on, "DATE_FORMAT"),
                    "closes": date_format(round_.closes_on, "DATE_FORMAT"),
                },
            )
            return redirect("evaluation:home")
    status = 400 if form.errors else 200
    return render(request, "mentoring/evaluation/send.html", {"form": form}, status=status)


@evaluator_required
def results(request, questionnaire_id):
    questionnaire = get_object_or_404(Questionnaire, pk=questionnaire_id)
    form = ResultsFilterForm(request.GET or None)
    outcome = None
    if not form.is_bound:
        outcome = results_of(questionnaire)
    elif form.is_valid():
        outcome = results_of(questionnaire, **form.cleaned_data)
    context = {
        "questionnaire": questionnaire,
        "form": form,
        "outcome": outcome,
        "smallest_group": SMALLEST_GROUP,
        "charts": [(result, chart_title(result)) for result in (outcome or {}).get("questions", [])],
    }
    return render(request, "mentoring/evaluation/results.html", context, status=400 if form.errors else 200)


@evaluator_required
def research_export(request):
    """The research export: pseudonymised, by quarter, small groups suppressed; logged with who and why."""
    form = ResearchExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        table = research_table(data["first_month"], data["last_month"], data["key"], data["free_text"])
        export = ResearchExport.objects.create(
            made_by=request.user,
            purpose=data["purpose"],
            file_format=data["file_format"],
            first_month=data["first_month"],
            last_month=data["last_month"],
            free_text=data["free_text"],
            rows=len(table.rows),
            rows_suppressed=table.suppressed,
        )
        record_export(request, f"export:research.{data['file_format']}", export.pk)
        name = f"research-{data['first_month']:%Y-%m}-{data['last_month']:%Y-%m}.{data['file_format']}"
        if data["file_format"] == "csv":
            response = HttpResponse(csv_text([table.headings, *table.rows]), content_type="text/csv; charset=utf-8")
        else:
            response = HttpResponse(_research_xlsx(table, export), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    context = {"form": form, "smallest_group": SMALLEST_GROUP}
    return render(request, "mentoring/evaluation/export.html", context, status=400 if form.errors else 200)


def _research_xlsx(table, export):
    book = Workbook()
    data = book.active
    data.title = _("Data")[:31]
    xlsx_append(data, table.headings)
    for row in table.rows:
        xlsx_append(data, row)
    dictionary = book.create_sheet(_("Data dictionary")[:31])
    xlsx_append(dictionary, [_("Column"), _("Meaning")])
    for heading, meaning in table.dictionary:
        xlsx_append(dictionary, [heading, meaning])
    xlsx_append(dictionary, [])
    xlsx_append(dictionary, [_("Rows"), len(table.rows)])
    xlsx_append(
        dictionary,
        [_("Rows suppressed"), table.suppressed, _("cohort, track and role shared by fewer than %(n)s people")
         % {"n": SMALLEST_GROUP}],
    )  # fmt: skip
    xlsx_append(dictionary, [_("Months"), f"{export.first_month:%Y-%m} – {export.last_month:%Y-%m}"])
    xlsx_append(dictionary, [_("Free-text answers"), _("included") if export.free_text else _("left out")])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# Answering -----------------------------------------------------------------------------------------


@login_required
def answer(request, round_id):
    """A questionnaire as the person asked sees it: the version asked, their draft, save or hand in."""
    invitation = Invitation.objects.filter(round_id=round_id, person=request.user).select_related("round").first()
    if invitation is None:
        raise Http404
    round_ = invitation.round
    asked = round_.asked_version()
    questions = questions_of(asked)
    draft = services.draft_of(round_, request.user)
    context = {"round": round_, "asked": asked, "questions": questions, "invitation": invitation, "draft": draft}
    if invitation.answered or not round_.is_open():
        if request.method == "POST":
            messages.error(request, _("This questionnaire can no longer be answered; nothing was saved."))
        context["given"] = _given(questions, draft) if draft else []
        return render(
            request, "mentoring/evaluation/answered.html", context, status=400 if request.method == "POST" else 200
        )
    initial = AnswerForm.initial_from(questions, draft.answers) if draft else None
    form = AnswerForm(questions, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        try:
            services.answer(round_, request.user, form.answers(), submit=submit)
        except RuleBroken as broken:
            form.add_error(None, str(broken))
        else:
            if submit:
                messages.success(request, _("Thank you: your answers were handed in."))
                return redirect("courses:dashboard")
            closes = date_format(round_.closes_on, "DATE_FORMAT")
            messages.success(request, _("Your draft was saved. Hand it in by %(day)s.") % {"day": closes})
            return redirect("evaluation:answer", round_id=round_.pk)
    context["form"] = form
    context["sections"] = _sections(questions, form)
    return render(request, "mentoring/evaluation/answer.html", context, status=400 if form.errors else 200)


def _sections(questions, form):
    """The fields under their section headings, as the questionnaire orders them."""
    sections = [{"heading": None, "fields": []}]
    for question in questions:
        if question.asks:
            sections[-1]["fields"].append(form[question.field_name])
        else:
            sections.append({"heading": question.text, "fields": []})
    return [section for section in sections if section["heading"] or section["fields"]]


def _given(questions, response):
    """(question, the answer as the person gave it): a step of the agreement scale by its words."""
    scale = dict(SCALE)
    given = []
    for question in questions:
        if question.asks:
            value = response.answers.get(question.id)
            given.append((question, scale.get(value, value) if question.kind == "agreement" else value))
    return given

"""The forms of the evaluation: sending a round, answering a questionnaire (built from the version asked),
the results' filter and the research export."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import SeminarPage, TrackPage
from mentoring.forms import DATE
from mentoring.models import free_text_validators
from mentorsite.translations import originals
from mentorsite.users.models import Cohort

from .models import SCALE, Questionnaire, Round

MONTH = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")
MONTH_FORMATS = ["%Y-%m"]


class RoundForm(forms.ModelForm):
    """Who is asked and when. The field the chosen group needs is required; the others are ignored."""

    questionnaire = forms.ModelChoiceField(label=_("Questionnaire"), queryset=Questionnaire.objects.all())

    class Meta:
        model = Round
        fields = [
            "questionnaire",
            "group",
            "cohort",
            "track",
            "seminar",
            "ended_from",
            "ended_to",
            "opens_on",
            "closes_on",
            "remind_every_days",
        ]
        widgets = {
            "group": forms.RadioSelect,
            "ended_from": DATE,
            "ended_to": DATE,
            "opens_on": DATE,
            "closes_on": DATE,
        }

    NEEDS = {
        Round.Group.COHORT: ("cohort",),
        Round.Group.TRACK: ("track",),
        Round.Group.SEMINAR: ("seminar",),
        Round.Group.ENDED: ("ended_from", "ended_to"),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["opens_on"].initial = today
        self.fields["closes_on"].initial = today + timedelta(days=21)
        self.fields["track"].queryset = originals(TrackPage.objects.live()).order_by("title")
        self.fields["seminar"].queryset = originals(SeminarPage.objects.live()).order_by("title")
        self.fields["cohort"].queryset = Cohort.objects.order_by("-starts_on")
        self.fields["group"].choices = Round.Group.choices  # radio buttons need no empty "---------" choice
        self.fields["remind_every_days"].widget.attrs.update(min=1, max=60)

    def clean(self):
        cleaned = super().clean()
        group = cleaned.get("group")
        for name in self.NEEDS.get(group, ()):
            if not cleaned.get(name):
                self.add_error(name, _("Needed for the group you chose."))
        for name in {"cohort", "track", "seminar", "ended_from", "ended_to"} - set(self.NEEDS.get(group, ())):
            cleaned[name] = None
        if cleaned.get("ended_from") and cleaned.get("ended_to") and cleaned["ended_to"] < cleaned["ended_from"]:
            self.add_error("ended_to", _("The end of the period cannot be before its start."))
        every = cleaned.get("remind_every_days")
        if every is not None and not 1 <= every <= 60:
            self.add_error("remind_every_days", _("Between 1 and 60 days."))
        return cleaned


class AnswerForm(forms.Form):
    """One field per question of the version asked; every question may be left out."""

    def __init__(self, questions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = [question for question in questions if question.asks]
        for question in self.questions:
            self.fields[question.field_name] = self._field(question)

    @staticmethod
    def _field(question):
        label = question.text
        if question.kind == "agreement":
            return forms.TypedChoiceField(
                label=label, choices=SCALE, coerce=int, required=False, widget=forms.RadioSelect, empty_value=None
            )
        if question.kind == "choice":
            choices = [(option, option) for option in question.options]
            return forms.ChoiceField(label=label, choices=choices, required=False, widget=forms.RadioSelect)
        if question.kind == "number":
            return forms.IntegerField(
                label=label, required=False, min_value=question.minimum, max_value=question.maximum
            )
        widget = forms.Textarea(attrs={"rows": 5}) if question.long else forms.TextInput
        return forms.CharField(
            label=label,
            required=False,
            max_length=4000 if question.long else 300,
            widget=widget,
            validators=free_text_validators(),
            help_text=_("Case codes only: never a mentee's name."),
        )

    def answers(self):
        """The answers given, by question id; questions left out are not in it."""
        given = {}
        for question in self.questions:
            value = self.cleaned_data.get(question.field_name)
            if value is None or value == "":
                continue
            given[question.id] = value.strip() if isinstance(value, str) else value
        return given

    @classmethod
    def initial_from(cls, questions, answers):
        return {question.field_name: answers[question.id] for question in questions if question.id in answers}


class ResultsFilterForm(forms.Form):
    cohort = forms.ModelChoiceField(label=_("Cohort"), required=False, queryset=Cohort.objects.order_by("-starts_on"))
    start = forms.DateField(label=_("Rounds opened from"), required=False, widget=DATE)
    end = forms.DateField(label=_("until"), required=False, widget=DATE)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            self.add_error("end", _("The end of the period cannot be before its start."))
        return cleaned


class ResearchExportForm(forms.Form):
    """What the evaluation unit asks for. The key is typed each time and never stored: the same key gives the
    same pseudonyms, so exports made with it can be joined; without it they cannot be linked to anyone."""

    first_month = forms.DateField(label=_("From month"), widget=MONTH, input_formats=MONTH_FORMATS)
    last_month = forms.DateField(label=_("To month"), widget=MONTH, input_formats=MONTH_FORMATS)
    key = forms.CharField(
        label=_("Pseudonym key"),
        min_length=12,
        max_length=200,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_(
            "At least 12 characters, kept by the evaluation unit. The same key gives the same pseudonyms; the "
            "platform never stores it."
        ),
    )
    purpose = forms.CharField(
        label=_("Purpose"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=free_text_validators(),
        help_text=_("Why the export is made; kept in the audit trail with your name."),
    )
    free_text = forms.BooleanField(
        label=_("Include free-text answers"),
        required=False,
        help_text=_("Left out unless asked for: people may name themselves or others in their own words."),
    )
    file_format = forms.ChoiceField(
        label=_("Format"), choices=[("xlsx", _("XLSX with a data dictionary")), ("csv", "CSV")], initial="xlsx"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_month = timezone.localdate().replace(day=1)
        self.fields["last_month"].initial = this_month
        self.fields["first_month"].initial = this_month.replace(year=this_month.year - 1)

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("first_month"), cleaned.get("last_month")
        if first and last:
            if last < first:
                self.add_error("last_month", _("The last month cannot be before the first."))
            elif (last.year - first.year) * 12 + last.month - first.month >= 60:
                self.add_error("last_month", _("At most five years at a time."))
        return cleaned

"""The manager's forms for cases, matches, agreements, reviews and endings. Rules that need the database
(a case's path, capacity, dates against the relationship) are checked in mentoring/services.py."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from mentorsite.validators import refuse_personal_identifiers

from .models import AgreementArea, EndingReason, GoalRating, Institution, MenteeCase, Relationship, TargetGroup

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
LOCAL_DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def free_text(label, required=True, rows=3, help_text="", max_length=None):
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    return forms.CharField(
        label=label,
        required=required,
        widget=widget,
        max_length=max_length,
        help_text=help_text,
        validators=[refuse_personal_identifiers],
    )


class NotInTheFutureMixin:
    """Date fields named in `past_dates` cannot lie after today: they record what happened."""

    past_dates = ()

    def clean(self):
        cleaned = super().clean()
        for name in self.past_dates:
            if cleaned.get(name) and cleaned[name] > timezone.localdate():
                self.add_error(name, _("The date cannot be in the future."))
        return cleaned


class MonthField(forms.DateField):
    """A month (the expected release), typed as 2027-03 and kept as its first day."""

    widget = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")

    def __init__(self, **kwargs):
        super().__init__(input_formats=["%Y-%m", "%Y-%m-%d"], **kwargs)

    def clean(self, value):
        day = super().clean(value)
        return day.replace(day=1) if day else day


class CaseForm(NotInTheFutureMixin, forms.ModelForm):
    past_dates = ("suggested_on",)

    expected_release = MonthField(label=_("Expected release"), required=False, help_text=_("Month and year."))

    class Meta:
        model = MenteeCase
        fields = [
            "code",
            "institution",
            "target_group",
            "suggested_by",
            "suggested_on",
            "expected_release",
            "family_involvement",
            "notes",
        ]
        widgets = {"suggested_on": DATE, "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.instance
        self.fields["institution"].queryset = Institution.objects.filter(active=True) | Institution.objects.filter(
            pk=getattr(current, "institution_id", None)
        )
        self.fields["target_group"].queryset = TargetGroup.objects.filter(active=True) | TargetGroup.objects.filter(
            pk=getattr(current, "target_group_id", None)
        )

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()

    def clean_suggested_on(self):
        day = self.cleaned_data["suggested_on"]
        if self.instance.pk:
            later = self.instance.status_changes.exclude(to_status="suggested").order_by("changed_on").first()
            if later and day > later.changed_on:
                self.add_error(
                    "suggested_on",
                    _("The case moved on on %(date)s; it cannot have been suggested after that.")
                    % {"date": date_format(later.changed_on, "SHORT_DATE_FORMAT")},
                )
        return day


class StatusForm(NotInTheFutureMixin, forms.Form):
    past_dates = ("changed_on",)

    to_status = forms.ChoiceField(label=_("New status"))
    changed_on = forms.DateField(label=_("Date"), widget=DATE, initial=timezone.localdate)
    reason = free_text(_("Why"), help_text=_("Case codes only."))

    def __init__(self, *args, statuses=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [(status.value, status.label) for status in statuses]
        # A status off the path (a skip, or a page left open while the case moved on) is named plainly.
        self.fields["to_status"].error_messages["invalid_choice"] = _(
            "The case cannot move to that status from where it is now; choose one of the steps offered."
        )


class MatchForm(NotInTheFutureMixin, forms.Form):
    """The match of a case with one mentor (chosen on the match screen): why, and what of their profile fits."""

    past_dates = ("matched_on",)

    matched_on = forms.DateField(label=_("Matched on"), widget=DATE, initial=timezone.localdate)
    fit = forms.MultipleChoiceField(
        label=_("What fits, from the mentor's profile"), required=False, widget=forms.CheckboxSelectMultiple
    )
    reason = free_text(_("Why this mentor"), help_text=_("A few words for the file. Case codes only."))
    over_capacity = forms.BooleanField(
        label=_("Match even though the mentor is at capacity"),
        required=False,
        help_text=_("Only where the mentor and their coach agreed to take one more."),
    )

    def __init__(self, *args, fit_items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fit"].choices = [(item, item) for item in fit_items]


class AgreementForm(forms.Form):
    """A version of the agreement: for each area it works on, a goal in plain words and the mentor's tasks."""

    valid_from = forms.DateField(label=_("Valid from"), widget=DATE, initial=timezone.localdate)
    institution_participants = free_text(
        _("Who from the institution takes part"),
        rows=0,
        max_length=300,
        help_text=_("By role, not by name: contact officer, case worker, teacher."),
    )

    def __init__(self, *args, revision=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.areas = []
        for area in AgreementArea:
            self.fields[f"goal_{area.value}"] = free_text(
                _("Goal: %(area)s") % {"area": area.label}, required=False, rows=0, max_length=300
            )
            self.fields[f"tasks_{area.value}"] = free_text(
                _("The mentor's tasks: %(area)s") % {"area": area.label}, required=False, rows=2
            )
            self.areas.append((area, self[f"goal_{area.value}"], self[f"tasks_{area.value}"]))
        if revision:
            self.fields["change_note"] = free_text(_("What changed and why"))

    def clean(self):
        cleaned = super().clean()
        for area in AgreementArea:
            goal, tasks = cleaned.get(f"goal_{area.value}"), cleaned.get(f"tasks_{area.value}")
            if goal and not tasks:
                self.add_error(f"tasks_{area.value}", _("Say what the mentor does towards this goal."))
            if tasks and not goal:
                self.add_error(f"goal_{area.value}", _("Give the goal these tasks work towards."))
        return cleaned

    def goals(self):
        return [
            (area.value, self.cleaned_data[f"goal_{area.value}"], self.cleaned_data[f"tasks_{area.value}"])
            for area in AgreementArea
            if self.cleaned_data.get(f"goal_{area.value}")
        ]

    @staticmethod
    def initial_from(version):
        initial = {"institution_participants": version.institution_participants}
        for goal in version.goals.all():
            initial[f"goal_{goal.area}"] = goal.goal
            initial[f"tasks_{goal.area}"] = goal.tasks
        return initial


class ReviewScheduleForm(forms.Form):
    """A review meeting for the calendar. It may lie in the past: reviews held before they were entered."""

    starts_at = forms.DateTimeField(label=_("Starts at"), widget=LOCAL_DATETIME)
    ends_at = forms.DateTimeField(label=_("Ends at"), widget=LOCAL_DATETIME)
    venue = forms.CharField(label=_("Venue"), max_length=200, required=False, help_text=_("Usually the institution."))
    institution_participants = free_text(
        _("Institution staff taking part"),
        rows=0,
        max_length=300,
        help_text=_("By role, not by name: contact officer, case worker."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("starts_at") and cleaned.get("ends_at") and cleaned["ends_at"] <= cleaned["starts_at"]:
            self.add_error("ends_at", _("The session must end after it starts."))
        return cleaned


class ReviewRecordForm(NotInTheFutureMixin, forms.Form):
    """What the review found: how each goal went, what was agreed, and whether the agreement is revised."""

    past_dates = ("held_on",)

    held_on = forms.DateField(label=_("Held on"), widget=DATE)
    outcome = free_text(_("What was agreed"), required=False)
    revised = forms.BooleanField(
        label=_("The agreement is revised"), required=False, help_text=_("You write the new version next.")
    )

    def __init__(self, *args, goals=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.goal_fields = []
        for goal in goals:
            self.fields[f"attainment_{goal.pk}"] = forms.TypedChoiceField(
                label=_("How it went: %(goal)s") % {"goal": goal.goal},
                choices=GoalRating.Attainment.choices,
                coerce=int,
                widget=forms.RadioSelect,
            )
            self.fields[f"comment_{goal.pk}"] = free_text(_("Comment"), required=False, rows=0, max_length=300)
            self.goal_fields.append((goal, self[f"attainment_{goal.pk}"], self[f"comment_{goal.pk}"]))

    def ratings(self):
        return {
            goal.pk: (self.cleaned_data[f"attainment_{goal.pk}"], self.cleaned_data[f"comment_{goal.pk}"])
            for goal, _field, _comment in self.goal_fields
        }


class EndForm(NotInTheFutureMixin, forms.Form):
    past_dates = ("ended_on",)

    ended_on = forms.DateField(label=_("Ended on"), widget=DATE, initial=timezone.localdate)
    ending = forms.ChoiceField(label=_("Ending"), choices=Relationship.Ending.choices, widget=forms.RadioSelect)
    reason = forms.ModelChoiceField(label=_("Reason"), queryset=EndingReason.objects.filter(active=True))
    text = free_text(_("What it was"), required=False, rows=0, max_length=200, help_text=_("For “Other”."))
    debrief = free_text(_("Debrief"), help_text=_("What worked, what did not, what to do differently."))

"""The application form (public, and the manager's by hand), the stage form of the board, and the choice of
interviewers. Rules that need the database (the applicant's current stage, duplicates) are in services.py."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import TrackPage
from mentoring.forms import DATE, NotInTheFutureMixin
from mentorsite.translations import originals
from mentorsite.users.models import Cohort
from mentorsite.users.roles import ALL_ROLES, EVALUATOR, MENTOR

from .models import Applicant, ApplicantSource, StageRecord, StopReason

APPLICATION_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "phone",
    "source",
    "source_detail",
    "motivation",
    "experience",
    "languages",
]


class ApplicationForm(forms.ModelForm):
    """What someone interested tells the programme. The `website` field is a honeypot: hidden from people
    (and from screen readers), filled in by form-filling robots; a filled one is refused."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the programme keeps my application as described above."),
        error_messages={"required": _("We can only take your application if you agree to how it is kept.")},
    )

    class Meta:
        model = Applicant
        fields = APPLICATION_FIELDS
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 4}),
            "experience": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = ApplicantSource.objects.filter(active=True)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"

    def people_fields(self):
        """The visible fields people fill in: all but the honeypot, which the template places off screen."""
        return [field for field in self.visible_fields() if field.name != "website"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            # Said as a form error: the field itself is off screen.
            raise forms.ValidationError(
                _("The hidden field “%(label)s” was filled in, as robots do. Your application was not sent.")
                % {"label": self.fields["website"].label}
            )
        return cleaned


class ManualApplicationForm(NotInTheFutureMixin, forms.ModelForm):
    """An application the manager adds by hand (a referral, a phone call): no consent box, the manager has
    told the person how their data is kept; the date it came is theirs to give."""

    past_dates = ("received_on",)

    class Meta:
        model = Applicant
        fields = [*APPLICATION_FIELDS, "received_on"]
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 3}),
            "experience": forms.Textarea(attrs={"rows": 3}),
            "received_on": DATE,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = ApplicantSource.objects.filter(active=True)
        self.fields["received_on"].initial = timezone.localdate


class StageForm(forms.Form):
    """What happened at one stage. The stage is named in the form so that a page left open while the
    applicant moved on (or a crafted request) cannot record another stage than the current one."""

    stage = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=StageRecord.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the outcome of this stage.")},
    )
    stop_reason = forms.ModelChoiceField(
        label=_("Reason for stopping"), required=False, queryset=StopReason.objects.filter(active=True)
    )
    held_on = forms.DateField(label=_("Date"), widget=DATE, initial=timezone.localdate)
    done_by_others = forms.CharField(
        label=_("Done by others"),
        required=False,
        max_length=200,
        help_text=_("An outside party, such as the consultancy that ran the assessment."),
    )
    notes = forms.CharField(label=_("Notes"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    competencies = forms.CharField(
        label=_("Competencies noted"),
        required=False,
        max_length=300,
        help_text=_("Comma-separated; they go into the mentor profile on acceptance."),
    )
    cohort = forms.ModelChoiceField(label=_("Cohort"), required=False, queryset=Cohort.objects.order_by("-starts_on"))
    track = forms.ModelChoiceField(label=_("Track"), required=False, queryset=TrackPage.objects.none())

    def __init__(self, *args, outcomes=(), decision=False, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(StageRecord.Outcome.choices)
        self.fields["outcome"].choices = [(outcome, labels[outcome]) for outcome in outcomes]
        self.fields["outcome"].error_messages["invalid_choice"] = _(
            "That outcome is not open at this stage; choose one of those offered."
        )
        if decision:
            tracks = originals(TrackPage.objects.live()).order_by("path")
            self.fields["track"].queryset = tracks
            # The mentor track is the one that builds on no other (the coach track builds on it).
            self.fields["track"].initial = tracks.filter(builds_on__isnull=True).values_list("pk", flat=True).first()
            self.fields["cohort"].initial = (
                Cohort.objects.filter(starts_on__gte=timezone.localdate())
                .order_by("starts_on")
                .values_list("pk", flat=True)
                .first()
            )
        else:
            del self.fields["cohort"], self.fields["track"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("held_on") and cleaned["held_on"] > timezone.localdate():
            self.add_error("held_on", _("The date cannot be in the future."))
        outcome = cleaned.get("outcome")
        if outcome == StageRecord.Outcome.STOP and not cleaned.get("stop_reason"):
            self.add_error("stop_reason", _("Say why the application stops."))
        if outcome == StageRecord.Outcome.ACCEPT:
            for name in ("cohort", "track"):
                if name in self.fields and not cleaned.get(name):
                    self.add_error(name, _("Needed to accept: the new mentor starts here."))
        return cleaned


class InterviewersForm(forms.Form):
    interviewers = forms.ModelMultipleChoiceField(
        label=_("Interviewers"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        queryset=get_user_model().objects.none(),
        help_text=_("Staff who may see this applicant and record their stages."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Coaches, facilitators and managers; the evaluation unit has no part in choosing mentors.
        staff_roles = [role for role in ALL_ROLES if role not in (MENTOR, EVALUATOR)]
        self.fields["interviewers"].queryset = (
            get_user_model().objects.filter(is_active=True, groups__name__in=staff_roles).distinct()
        )

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import PracticeCode, PracticeResponse
from mentorsite.validators import refuse_personal_identifiers
from supervision import miti
from supervision.models import (
    Addendum,
    AgreedAction,
    CalibrationCoding,
    Concern,
    MiSkill,
    MitiCoding,
    SupervisionRecord,
    SupervisionSession,
)

LOCAL_DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class SessionTimesMixin:
    """Start and end in the programme's local time: in the future, and ending after they start."""

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("The session must end after it starts."))
        if starts_at and starts_at <= timezone.now():
            self.add_error("starts_at", _("Choose a time in the future."))
        return cleaned


class SlotForm(SessionTimesMixin, forms.ModelForm):
    """A supervision slot the coach publishes for their supervisees to book."""

    class Meta:
        model = SupervisionSession
        fields = ["starts_at", "ends_at", "format", "capacity", "venue", "online_url", "description"]
        widgets = {
            "starts_at": LOCAL_DATETIME,
            "ends_at": LOCAL_DATETIME,
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"capacity": _("For group supervision: how many supervisees can book. One-to-one is always 1.")}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("format") == SupervisionSession.Format.GROUP and not cleaned.get("capacity"):
            self.add_error("capacity", _("Say how many supervisees can join the group (at least 1)."))
        return cleaned


class DirectMeetingForm(SessionTimesMixin, forms.ModelForm):
    """A one-to-one meeting the coach books with one of their supervisees."""

    supervisee = forms.ModelChoiceField(label=_("Supervisee"), queryset=get_user_model().objects.none())

    class Meta:
        model = SupervisionSession
        fields = ["starts_at", "ends_at", "venue", "online_url", "description"]
        widgets = {
            "starts_at": LOCAL_DATETIME,
            "ends_at": LOCAL_DATETIME,
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, supervisees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["supervisee"].queryset = supervisees
        self.order_fields(["supervisee"])


class NoIdentifiersMixin:
    """Refuse CPR numbers and e-mail addresses in the listed free-text fields (mentees by case code only)."""

    checked_text_fields = ()

    def clean(self):
        cleaned = super().clean()
        for name in self.checked_text_fields:
            value = cleaned.get(name)
            text = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else value
            try:
                refuse_personal_identifiers(text)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned


class RecordForm(NoIdentifiersMixin, forms.ModelForm):
    checked_text_fields = ("summary", "private_notes", "topics")

    mi_skills = forms.MultipleChoiceField(
        label=_("MI skills in focus"), choices=MiSkill.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = SupervisionRecord
        fields = [
            "held_on",
            "duration_minutes",
            "format",
            "attendees",
            "topics",
            "mi_skills",
            "summary",
            "private_notes",
            "next_meeting",
        ]
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "next_meeting": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "attendees": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 5}),
            "private_notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, supervisees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = supervisees


class ActionForm(NoIdentifiersMixin, forms.ModelForm):
    checked_text_fields = ("description",)

    class Meta:
        model = AgreedAction
        fields = ["description", "owner", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


# absolute_max: a posted TOTAL_FORMS of 1000 or more otherwise built and showed 1,020 forms (4 s, 1.5 MB).
ActionFormSet = forms.inlineformset_factory(
    SupervisionRecord, AgreedAction, form=ActionForm, extra=3, can_delete=True, max_num=20, absolute_max=20
)


class AddendumForm(NoIdentifiersMixin, forms.ModelForm):
    checked_text_fields = ("text",)

    class Meta:
        model = Addendum
        fields = ["text"]
        labels = {"text": _("Addendum")}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class ConcernForm(NoIdentifiersMixin, forms.ModelForm):
    checked_text_fields = ("description",)

    class Meta:
        model = Concern
        fields = ["category", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


def set_up_miti_fields(form, most_per_count=None):
    """The fourteen MITI inputs of a coding form: global scores 1 to 5, behaviour counts from 0 (at most
    `most_per_count` where given)."""
    for name in miti.GLOBAL_SCORES:
        form.fields[name].widget.attrs.update({"min": 1, "max": 5})
        form.fields[name].help_text = _("1 to 5")
    for name in miti.BEHAVIOUR_COUNTS:
        form.fields[name].widget.attrs.update({"min": 0})
        if most_per_count is not None:
            form.fields[name].widget.attrs["max"] = most_per_count
            form.fields[name].validators.append(MaxValueValidator(most_per_count))


class MitiCodingForm(NoIdentifiersMixin, forms.ModelForm):
    checked_text_fields = ("notes",)

    class Meta:
        model = MitiCoding
        fields = [
            "mentor",
            "coded_on",
            "context",
            "minutes_coded",
            *miti.GLOBAL_SCORES,
            *miti.BEHAVIOUR_COUNTS,
            "notes",
        ]
        widgets = {"coded_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, supervisees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentor"].queryset = supervisees
        self.fields["mentor"].label = _("Mentor")
        set_up_miti_fields(self)


class CalibrationCodingForm(forms.ModelForm):
    """The MITI form, for a reference transcript: the fourteen codes and nothing about a mentor."""

    class Meta:
        model = CalibrationCoding
        fields = [*miti.GLOBAL_SCORES, *miti.BEHAVIOUR_COUNTS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A reference transcript is a few minutes long: a count beyond 500 is a typing slip.
        set_up_miti_fields(self, most_per_count=500)


class PracticeFeedbackForm(NoIdentifiersMixin, forms.ModelForm):
    """A coach's feedback on a piece of a supervisee's practice: the MI codes it shows, and a comment."""

    checked_text_fields = ("comment",)
    codes = forms.MultipleChoiceField(
        label=_("What the response shows"),
        choices=PracticeCode.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every MI code you find in it. The righting reflex: advising, warning or fixing unasked."),
        error_messages={"required": _("Tick at least one code: what does the response show?")},
    )

    class Meta:
        model = PracticeResponse
        fields = ["codes", "comment"]
        labels = {"comment": _("Your comment to the mentor")}
        help_texts = {
            "comment": _("What works, and one thing to try next time. The mentor reads it beside their answer.")
        }
        widgets = {"comment": forms.Textarea(attrs={"rows": 5, "maxlength": 4000})}
        error_messages = {"comment": {"required": _("Write a comment: the codes alone do not say what to try next.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].required = True
        self.fields["comment"].max_length = 4000
        self.fields["comment"].validators.append(MaxLengthValidator(4000))

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from supervision.models import SupervisionSession

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

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import TrackPage
from mentorsite.translations import originals, show_in_language
from mentorsite.users.models import Cohort


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your reflection"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write your reflection before saving it.")},
        strip=True,
    )
    send_to_coach = forms.BooleanField(
        label=_("Also send it to my coach for feedback"),
        required=False,
        help_text=_("Your coach reads what you send and marks it with MI codes; nobody else does."),
    )


REFRESHER_DUE = "refresher_due"


class ProgressFilterForm(forms.Form):
    # Each track once (its enrolments point at the original), named in the reader's language.
    track = forms.ModelChoiceField(
        label=_("Track"), queryset=TrackPage.objects.none(), required=False, empty_label=None
    )
    cohort = forms.ModelChoiceField(
        label=_("Cohort"), queryset=Cohort.objects.all(), required=False, empty_label=_("All cohorts")
    )
    show = forms.ChoiceField(
        label=_("Show"),
        choices=[("", _("Everyone")), (REFRESHER_DUE, _("Due for a refresher"))],
        required=False,
        help_text=_("Due for a refresher: the track's certificate lapses within the notice period, or has lapsed."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tracks = originals(TrackPage.objects.live()).order_by("path")
        self.fields["track"].queryset = tracks
        titles = {track.pk: track.title for track in show_in_language(tracks)}
        self.fields["track"].label_from_instance = lambda track: titles.get(track.pk, track.title)


class RevocationForm(forms.Form):
    """The programme manager's reason for revoking a certificate (shown on the certificate list)."""

    # CharField also refuses NUL characters, which PostgreSQL cannot store.
    reason = forms.CharField(max_length=2000, strip=True)
    tell_holder = forms.BooleanField(required=False)

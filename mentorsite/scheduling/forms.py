from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Booking

ATTENDANCE_CHOICES = [
    (Booking.Attendance.PRESENT, _("Present")),
    (Booking.Attendance.ABSENT, _("Absent")),
    (Booking.Attendance.EXCUSED, _("Excused")),
]


class RegisterForm(forms.Form):
    """One radio group per person expected, plus an optional make-up attendee from another cohort."""

    def __init__(self, *args, people, current, extra_people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = list(people)
        for person in self.people:
            self.fields[f"person-{person.pk}"] = forms.ChoiceField(
                label=person.full_name,
                choices=ATTENDANCE_CHOICES,
                required=False,
                initial=current.get(person.pk) or None,
                widget=forms.RadioSelect,
            )
        if extra_people is not None:
            self.fields["make_up"] = forms.ModelChoiceField(
                label=_("Add someone making up this day (from another cohort)"),
                queryset=extra_people,
                required=False,
                help_text=_("They are recorded as present."),
            )

    def marks(self, everyone_present=False):
        """Attendance by person. With `everyone_present`, whoever has no mark in the form counts as present (the
        register's "Mark everyone present": the usual day, where only the absent need a click)."""
        marks = {
            person: self.cleaned_data.get(f"person-{person.pk}") or Booking.Attendance.PRESENT
            for person in self.people
            if everyone_present or self.cleaned_data.get(f"person-{person.pk}")
        }
        if self.cleaned_data.get("make_up"):
            marks[self.cleaned_data["make_up"]] = Booking.Attendance.PRESENT
        return marks

    def person_fields(self):
        return [self[f"person-{person.pk}"] for person in self.people]

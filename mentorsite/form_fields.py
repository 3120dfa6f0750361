"""Admin form fields that answer form data they cannot read with a message, instead of a server error.

The rich-text editor sends its text as JSON (Draftail's content state) and a StreamField sends its blocks
as numbered form fields (`body-count`, `body-0-type`, ...). Wagtail reads both in the widget
(`value_from_datadict`) and trusts them: a networking day's agenda that was not JSON raised JSONDecodeError,
a count that is not a number ValueError, a block without its type KeyError, deep nesting RecursionError, all
server errors (security review, issue 12). A widget cannot report a form error, and the data is read again
each time the form is cleaned or shown, so the guard sits where the field reads its data: the field's
BoundField (Django's `Field.bound_field_class`). Data it cannot read becomes UNREADABLE; the field refuses
that with a message, and the form shows the value as it was before (the saved one, or the empty default).

Every RichTextField and StreamField of an admin form built from panels (pages, snippets, viewsets with panels)
gets these fields through Wagtail's `register_form_field_override`, from UsersConfig.ready(). A ModelViewSet
with `form_fields` builds a plain Django model form, without those overrides: its `formfield_for_dbfield`
calls the one here (networking days do). tests/security/test_spoilt_admin_input.py finds every admin form's
rich-text and StreamField fields and fails on one that reads without this care. A rich-text block inside a
StreamField needs nothing of its own: what it cannot read stops the reading of the whole StreamField, which
is caught.
"""

import logging

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _
from draftjs_exporter.error import ExporterException
from wagtail.blocks.base import BlockField

logger = logging.getLogger(__name__)

# What Wagtail's widgets raise on data no editor sends: JSONDecodeError is a ValueError, Django's
# MultiValueDictKeyError a KeyError; the rest come from JSON of the wrong shape (the Draftail exporter's
# own, e.g. a link to an entity that is not in the content state).
READ_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError, ExporterException)

UNREADABLE_MESSAGE = _(
    "What was sent for this field could not be read, so nothing was saved. "
    "Reload the page and make the change again; if it happens again, tell the programme manager."
)


class Unreadable:
    """The value of a field whose form data could not be read."""

    def __repr__(self):
        return "UNREADABLE"


UNREADABLE = Unreadable()


class CarefulBoundField(BoundField):
    logged = False

    @property
    def data(self):
        try:
            return super().data
        except READ_ERRORS:
            # Logged (once, though the form reads its data several times): a bug of our own in a widget would
            # also end up here, and should not go unseen.
            if not self.logged:
                logger.warning("The data sent for %s could not be read", self.html_name, exc_info=True)
                self.logged = True
            return UNREADABLE


class CarefulReading:
    """For a form field: data its widget cannot read is refused with UNREADABLE_MESSAGE."""

    bound_field_class = CarefulBoundField

    def clean(self, value):
        if value is UNREADABLE:
            raise ValidationError(UNREADABLE_MESSAGE, code="unreadable")
        return super().clean(value)

    def bound_data(self, data, initial):
        return initial if data is UNREADABLE else super().bound_data(data, initial)

    def has_changed(self, initial, data):
        return data is UNREADABLE or super().has_changed(initial, data)


class RichTextFormField(CarefulReading, forms.CharField):
    pass


class StreamFormField(CarefulReading, BlockField):
    pass


def _careful_form_classes():
    from wagtail.fields import RichTextField, StreamField

    return {RichTextField: RichTextFormField, StreamField: StreamFormField}


def register():
    from wagtail.admin.forms.models import register_form_field_override

    for model_field, form_class in _careful_form_classes().items():
        register_form_field_override(model_field, override={"form_class": form_class})


def formfield_for_dbfield(db_field, **kwargs):
    """The form field of `db_field`, a careful one for rich text and StreamFields (for ModelViewSet's method of
    the same name)."""
    for model_field, form_class in _careful_form_classes().items():
        if isinstance(db_field, model_field):
            kwargs.setdefault("form_class", form_class)
    return db_field.formfield(**kwargs)

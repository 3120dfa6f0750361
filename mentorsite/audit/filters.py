import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from .models import AuditEvent


class AuditEventFilter(django_filters.FilterSet):
    """The programme manager's filters on the audit trail: who, what, which action, when, which request."""

    actor = django_filters.ModelChoiceFilter(label=_("Who"), queryset=get_user_model().objects.order_by("username"))
    action = django_filters.ChoiceFilter(label=_("Action"), choices=AuditEvent.Action.choices)
    model_label = django_filters.CharFilter(label=_("What"), lookup_expr="icontains", max_length=100)
    object_id = django_filters.CharFilter(label=_("Id"), max_length=64)
    request_id = django_filters.CharFilter(label=_("Request id"), max_length=64)
    occurred_from = django_filters.DateFilter(
        label=_("From"),
        field_name="occurred_at",
        lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    occurred_to = django_filters.DateFilter(
        label=_("To"), field_name="occurred_at", lookup_expr="date__lte", widget=forms.DateInput(attrs={"type": "date"})
    )

    class Meta:
        model = AuditEvent
        fields = []

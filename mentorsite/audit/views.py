"""The programme manager's view of the audit trail: filter it on screen, export it as CSV."""

from datetime import UTC

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from mentorsite.exports import csv_response
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import MANAGER

from .filters import AuditEventFilter
from .models import AuditEvent
from .trail import record_export, record_view

PAGE_SIZE = 50


def _filtered(request):
    return AuditEventFilter(request.GET or None, queryset=AuditEvent.objects.select_related("actor"))


@role_required(MANAGER)
def events(request):
    event_filter = _filtered(request)
    if event_filter.is_bound and not event_filter.is_valid():
        return render(request, "audit/events.html", {"filter": event_filter, "page": None}, status=400)
    page = Paginator(event_filter.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    # Reading the trail is itself recorded: the trail holds who saw what.
    record_view(request, "audit.AuditEvent")
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "audit/events.html", {"filter": event_filter, "page": page, "query": query.urlencode()})


@role_required(MANAGER)
def export_csv(request):
    event_filter = _filtered(request)
    if event_filter.is_bound and not event_filter.is_valid():
        return HttpResponse(_("The filter is not valid: nothing was exported."), status=400, content_type="text/plain")
    record_export(request, "export:audit_trail.csv")
    # ISO 8601 with the offset in every value, so no reader has to guess the zone.
    header = [_("When (UTC, ISO 8601)"), _("Who (id)"), _("Who"), _("Role"), _("Action"), _("What"), _("Id")]
    header += [_("Changed fields"), _("Request id"), _("Client address")]

    def rows():
        yield header
        for event in event_filter.qs.iterator(chunk_size=2000):
            yield [
                event.occurred_at.astimezone(UTC).isoformat(timespec="seconds"),
                event.actor_id or "",
                event.actor.full_name if event.actor else "",
                event.actor_role,
                event.action,
                event.model_label,
                event.object_id,
                " ".join(event.changed_fields),
                event.request_id,
                event.client_address or "",
            ]

    return csv_response(rows(), f"audit-trail-{timezone.localdate()}.csv", streaming=True)

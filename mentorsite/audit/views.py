"""The programme manager's view of the audit trail: filter it on screen, export it as CSV."""

import csv
from datetime import UTC

from django.core.paginator import Paginator
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from mentorsite.exports import spreadsheet_safe
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


class _Echo:
    def write(self, value):
        return value


@role_required(MANAGER)
def export_csv(request):
    event_filter = _filtered(request)
    if event_filter.is_bound and not event_filter.is_valid():
        return HttpResponse(_("The filter is not valid: nothing was exported."), status=400, content_type="text/plain")
    record_export(request, "export:audit_trail.csv")
    writer = csv.writer(_Echo())
    header = [_("When (UTC)"), _("Who (id)"), _("Who"), _("Role"), _("Action"), _("What"), _("Id")]
    header += [_("Changed fields"), _("Request id"), _("Client address")]

    def rows():
        yield writer.writerow(header)
        for event in event_filter.qs.iterator(chunk_size=2000):
            yield writer.writerow(
                [
                    event.occurred_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
                    event.actor_id or "",
                    spreadsheet_safe(event.actor.full_name if event.actor else ""),
                    spreadsheet_safe(event.actor_role),
                    event.action,
                    spreadsheet_safe(event.model_label),
                    spreadsheet_safe(event.object_id),
                    spreadsheet_safe(" ".join(event.changed_fields)),
                    spreadsheet_safe(event.request_id),
                    event.client_address or "",
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="audit-trail-{timezone.localdate()}.csv"'
    return response

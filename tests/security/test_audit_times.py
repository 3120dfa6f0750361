"""The audit trail says which time it shows. Regression: the screen said "Times are UTC" over Copenhagen time."""

import csv
import io
from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from mentorsite.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_the_screen_shows_programme_time_with_its_offset_and_the_csv_utc_in_iso_8601(manager_client, final_record):
    manager_client.get(reverse("supervision:record", args=[final_record.pk]))
    event = AuditEvent.objects.order_by("-pk").first()
    local = timezone.localtime(event.occurred_at)
    page = manager_client.get(reverse("audit:events")).content.decode()
    assert "Times are UTC" not in page
    assert local.strftime("%Y-%m-%d %H:%M:%S %z") in page  # e.g. 2026-12-01 17:03:04 +0100
    export = manager_client.get(reverse("audit:export_csv"))
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[0][0] == "When (UTC, ISO 8601)"
    stamps = [datetime.fromisoformat(row[0]) for row in rows[1:]]
    assert stamps and all(stamp.utcoffset().total_seconds() == 0 for stamp in stamps)
    assert event.occurred_at.replace(microsecond=0) in stamps

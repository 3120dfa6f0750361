"""The markup of the front end's forms, checked as the Nu HTML checker and a screen reader would: every label
points at a visible input, every aria-describedby at an element that exists, and a group of checkboxes or radio
buttons is a fieldset with a legend (the supervision record form had labels with for="" on its checkbox
groups, visible "Id" and "Record" labels on hidden inputs, and error ids that did not exist)."""

from collections import Counter
from html.parser import HTMLParser

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


class FormMarkup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.labels, self.described, self.stack = set(), [], [], []
        self.hidden, self.grouped, self.ungrouped = set(), Counter(), Counter()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "label":
            self.labels.append(attrs.get("for"))
        if attrs.get("aria-describedby"):
            self.described.extend(attrs["aria-describedby"].split())
        if tag == "input" and attrs.get("type") == "hidden" and "id" in attrs:
            self.hidden.add(attrs["id"])
        if tag == "input" and attrs.get("type") in ("checkbox", "radio"):
            in_fieldset = "fieldset" in self.stack
            (self.grouped if in_fieldset else self.ungrouped)[attrs.get("name")] += 1
        if tag not in ("input", "br", "img", "meta", "link", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass


def check(html):
    markup = FormMarkup()
    markup.feed(html)
    assert None not in markup.labels and "" not in markup.labels, "a label without for"
    assert not [target for target in markup.labels if target not in markup.ids], "a label for nothing"
    assert not [target for target in markup.labels if target in markup.hidden], "a label on a hidden input"
    assert not [target for target in markup.described if target not in markup.ids], "aria-describedby to nothing"
    groups_outside = [name for name, count in markup.ungrouped.items() if count > 1]
    assert not groups_outside, f"checkbox or radio groups outside a fieldset: {groups_outside}"


def test_the_supervision_record_form_before_and_after_a_refusal(coach_client, mentor, assignment):
    url = reverse("supervision:record_create")
    check(coach_client.get(url).content.decode())
    refused = coach_client.post(url, {"actions-TOTAL_FORMS": "3", "actions-INITIAL_FORMS": "0", "summary": ""})
    assert refused.status_code == 400
    check(refused.content.decode())


def test_the_mentoring_forms(manager_client, review, relationship):
    from tests.conftest import at

    pages = [
        manager_client.get(reverse("mentoring:case_create")),
        manager_client.post(reverse("mentoring:case_create"), {"code": "nope"}),
        manager_client.get(reverse("mentoring:agreement", args=[relationship.pk])),
        manager_client.post(reverse("mentoring:end", args=[relationship.pk]), {}),
        manager_client.get(reverse("mentoring:relationship", args=[relationship.pk])),
    ]
    from mentoring.models import Review

    Review.objects.filter(pk=review.pk).update(starts_at=at(-1), ends_at=at(-1, hour=11))
    pages.append(manager_client.post(reverse("mentoring:review", args=[review.pk]), {"held_on": "x"}))
    for page in pages:
        check(page.content.decode())


def test_the_staff_filters_and_the_register(manager_client, facilitator_client, seminar_day):
    pages = [
        manager_client.get(reverse("courses:programme_report"), {"start": "never", "end": "2026-13-01"}),
        manager_client.get(reverse("audit:events"), {"since": "yesterday-ish"}),
        manager_client.get(reverse("courses:progress_overview"), {"track": "x"}),
        facilitator_client.get(reverse("scheduling:register", args=[seminar_day.pk])),
    ]
    for page in pages:
        assert page.status_code in (200, 400)
        check(page.content.decode())

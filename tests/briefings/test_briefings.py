"""Briefings: confirmations by version, e-mails once per person and version, coverage, freshness, search."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.briefings import send_briefing_notices, unconfirmed_for
from courses.models import BriefingConfirmation, BriefingNotice, BriefingPage, BriefingRelatedPage
from mentorsite.users.roles import MENTOR
from tests.factories import BriefingPageFactory, UserFactory, paragraph_block

pytestmark = pytest.mark.django_db


def publish(briefing, **changes):
    """Publish a revision of `briefing` with `changes`, as the admin's Publish button does."""
    briefing = BriefingPage.objects.get(pk=briefing.pk)
    for name, value in changes.items():
        setattr(briefing, name, value)
    briefing.save_revision().publish()
    return BriefingPage.objects.get(pk=briefing.pk)


def admin_form(title, urgency="urgent", **overrides):
    data = {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "summary": "Summary.",
        "urgency": urgency,
        "published_on": timezone.localdate().isoformat(),
        "review_by": (timezone.localdate() + timedelta(days=90)).isoformat(),
        "tags": "foreign fighters",
        "body": streamfield([("paragraph", rich_text("<p>Body about travel.</p>"))]),
        "related_pages": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_publishing_an_urgent_briefing_in_the_admin_emails_each_mentor_once(
    facilitator_client, mentor, coach, outsider, facilitator, briefing_index, django_capture_on_commit_callbacks
):
    url = reverse("wagtailadmin_pages:add", args=["courses", "briefingpage", briefing_index.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = facilitator_client.post(url, admin_form("Travel update"))
    assert response.status_code == 302, response.content.decode()[:3000]
    briefing = BriefingPage.objects.get(slug="travel-update")
    assert sorted(m.to[0] for m in mail.outbox) == sorted([mentor.email, coach.email, outsider.email])
    assert send_briefing_notices.call(briefing.pk, briefing.version) == 0  # the job again: nothing more
    with django_capture_on_commit_callbacks(execute=True):
        publish(briefing, summary="Typo fixed.")  # republished, not a significant change
    assert len(mail.outbox) == 3


def test_routine_briefings_send_nothing_and_ask_no_confirmation(
    mentor, briefing_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        briefing = publish(BriefingPageFactory(parent=briefing_index, urgency="routine"))
    assert mail.outbox == []
    assert briefing not in unconfirmed_for(mentor)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"review_by": "2000-01-01"}, "cannot be before the published date"),
        ({"summary": ""}, "This field is required"),
        ({"tags": "x" * 51}, "at most 50 characters"),
        ({"significant_change": "on", "what_changed": ""}, "Say in a sentence what changed"),
    ],
)
def test_admin_refuses_bad_briefings(facilitator_client, briefing_index, overrides, message):
    url = reverse("wagtailadmin_pages:add", args=["courses", "briefingpage", briefing_index.pk])
    response = facilitator_client.post(url, admin_form("Bad one", **overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not BriefingPage.objects.filter(slug="bad-one").exists()


def test_confirmation_stays_on_the_dashboard_until_confirmed_and_counts_once(mentor_client, mentor, urgent_briefing):
    dashboard = mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert "Briefings to read and confirm" in dashboard and urgent_briefing.title in dashboard
    assert dashboard.index("briefings-heading") < dashboard.index("Upcoming sessions")
    url = reverse("courses:confirm_briefing", args=[urgent_briefing.pk])
    mentor_client.post(url)
    mentor_client.post(url)
    assert BriefingConfirmation.objects.filter(user=mentor).count() == 1
    assert urgent_briefing.title not in mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert "You have confirmed this briefing." in mentor_client.get(urgent_briefing.url).content.decode()


def test_unpublished_or_unknown_briefings_cannot_be_confirmed(mentor_client, urgent_briefing):
    urgent_briefing.unpublish()
    assert mentor_client.post(reverse("courses:confirm_briefing", args=[urgent_briefing.pk])).status_code == 404
    assert mentor_client.post(reverse("courses:confirm_briefing", args=[999999])).status_code == 404
    assert not BriefingConfirmation.objects.exists()


def test_significant_change_asks_again_and_shows_the_note(
    mentor_client, mentor, urgent_briefing, django_capture_on_commit_callbacks
):
    mentor_client.post(reverse("courses:confirm_briefing", args=[urgent_briefing.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        changed = publish(urgent_briefing, significant_change=True, what_changed="New travel routes added.")
    assert changed.version == 2
    assert urgent_briefing.pk in [b.pk for b in unconfirmed_for(mentor)]
    page = mentor_client.get(changed.url).content.decode()
    assert "What changed:" in page and "New travel routes added." in page
    assert [m.subject for m in mail.outbox if mentor.email in m.to][-1].startswith("Updated briefing")
    # Publishing again with the box still ticked and the same note is not a new version.
    with django_capture_on_commit_callbacks(execute=True):
        assert publish(changed, summary="Typo.").version == 2
    mentor_client.post(reverse("courses:confirm_briefing", args=[urgent_briefing.pk]))
    assert set(BriefingConfirmation.objects.filter(user=mentor).values_list("version", flat=True)) == {1, 2}
    assert BriefingNotice.objects.filter(user=mentor, briefing=urgent_briefing).count() == 1  # v2; v1 predates


def test_coverage_share_missing_cohort_filter_csv_and_reminder(
    facilitator_client, mentor, coach, outsider, other_cohort, urgent_briefing, mentor_client
):
    url = reverse("courses:briefing_coverage", args=[urgent_briefing.pk])
    assert "0 of 3 confirmed (0%)" in facilitator_client.get(url).content.decode()
    mentor_client.post(reverse("courses:confirm_briefing", args=[urgent_briefing.pk]))
    page = facilitator_client.get(url).content.decode()
    assert "1 of 3 confirmed (33%)" in page
    cohort_page = facilitator_client.get(url, {"cohort": other_cohort.pk}).content.decode()
    assert "0 of 1 confirmed" in cohort_page and outsider.full_name in cohort_page
    rows = list(csv.reader(io.StringIO(facilitator_client.get(
        reverse("courses:briefing_coverage_csv", args=[urgent_briefing.pk])).content.decode())))  # fmt: skip
    assert {row[1]: row[3] for row in rows[1:]} == {"mentor": "yes", "coach": "no", "outsider": "no"}
    mail.outbox.clear()
    facilitator_client.post(reverse("courses:remind_briefing", args=[urgent_briefing.pk]))
    assert sorted(m.to[0] for m in mail.outbox) == sorted([coach.email, outsider.email])


def test_superseded_briefing_links_to_the_newer(mentor_client, briefing_index, urgent_briefing):
    newer = BriefingPageFactory(parent=briefing_index, title="Newer travel update", supersedes=urgent_briefing)
    page = mentor_client.get(urgent_briefing.url).content.decode()
    assert "This briefing has been superseded." in page and newer.url in page


def test_past_review_date_is_flagged_for_readers_and_listed_for_facilitators(
    mentor_client, facilitator_client, briefing_index
):
    old = BriefingPageFactory(
        parent=briefing_index,
        title="Old briefing",
        published_on=timezone.localdate() - timedelta(days=400),
        review_by=timezone.localdate() - timedelta(days=30),
        last_published_at=timezone.now() - timedelta(days=400),
    )
    assert "may be out of date" in mentor_client.get(old.url).content.decode()
    listing = facilitator_client.get(reverse("courses:briefings_due_for_review")).content.decode()
    assert "Old briefing" in listing


def test_index_filters_by_tag_and_urgency_and_pages(mentor_client, briefing_index):
    for number in range(12):
        briefing = BriefingPageFactory(
            parent=briefing_index, title=f"Briefing number {number}", urgency="urgent" if number % 3 == 0 else "routine"
        )
        briefing.tags.add("gang crossover" if number % 2 else "online radicalisation")
        briefing.save()
    first = mentor_client.get(briefing_index.url).content.decode()
    assert "Page 1 of 2" in first
    urgent = mentor_client.get(briefing_index.url, {"urgency": "urgent"}).content.decode()
    assert urgent.count("briefing-card--urgent") == 4 and "briefing-card--routine" not in urgent
    tag_page = mentor_client.get(f"{briefing_index.url}tags/gang-crossover/").content.decode()
    assert "Briefings tagged “gang crossover”" in tag_page and "Briefing number 1<" in tag_page
    assert "Briefing number 2<" not in tag_page
    assert mentor_client.get(f"{briefing_index.url}tags/no-such-tag/").status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, briefing_index, urgent_briefing, lesson):
    for url in (briefing_index.url, urgent_briefing.url, f"{briefing_index.url}tags/x/", lesson.url):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response.url


def test_lesson_shows_the_latest_briefing(mentor_client, lesson, module, urgent_briefing):
    BriefingRelatedPage.objects.create(briefing=urgent_briefing, page=module)
    page = mentor_client.get(lesson.url).content.decode()
    assert "see the latest briefing: Travel to conflict zones" in page


def test_index_queries_do_not_grow_with_briefings(mentor_client, briefing_index):
    def add(count):
        for _ in range(count):
            BriefingPageFactory(parent=briefing_index).tags.add("release and families")

    def count():
        mentor_client.get(briefing_index.url)  # warm the caches; measure the steady state
        with CaptureQueriesContext(connection) as queries:
            assert mentor_client.get(briefing_index.url).status_code == 200
        return len(queries)

    add(20)
    twenty = count()
    add(180)
    assert count() == twenty


# Search -------------------------------------------------------------------------------------------


def test_search_finds_a_briefing_by_a_word_of_its_body_and_marks_it(mentor_client, urgent_briefing):
    body = mentor_client.get(reverse("search"), {"q": "conflict"}).content.decode()
    assert urgent_briefing.title in body and "<mark>conflict</mark>" in body


def test_search_shows_only_what_the_user_may_see(outsider_client, mentor_client, lesson, module):
    lesson.body = json.dumps([paragraph_block("<p>Reflective listening with zebras.</p>")])
    lesson.save_revision().publish()
    assert lesson.title in mentor_client.get(reverse("search"), {"q": "zebras"}).content.decode()
    assert lesson.title not in outsider_client.get(reverse("search"), {"q": "zebras"}).content.decode()
    lesson.unpublish()
    assert lesson.title not in mentor_client.get(reverse("search"), {"q": "zebras"}).content.decode()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=600))
def test_search_answers_any_input(mentor_client, urgent_briefing, query):
    response = mentor_client.get(reverse("search"), {"q": query})
    assert response.status_code == 200


def test_search_with_a_nul_character_and_a_long_query(mentor_client, urgent_briefing):
    assert mentor_client.get(reverse("search"), {"q": "con\x00flict" + "x" * 5000}).status_code == 200


def test_new_audience_member_sees_existing_urgent_briefings(urgent_briefing, cohort):
    newcomer = UserFactory(roles=[MENTOR], cohort=cohort)
    assert list(unconfirmed_for(newcomer)) == [urgent_briefing]


def test_supervision_topics_are_not_briefing_tags(mentor_client, briefing_index, final_record):
    final_record.topics.add("favours")
    assert mentor_client.get(f"{briefing_index.url}tags/favours/").status_code == 404


def test_routine_briefings_have_no_coverage_and_reminders_respect_the_cohort(
    facilitator_client, briefing_index, urgent_briefing, mentor, outsider, other_cohort
):
    routine = BriefingPageFactory(parent=briefing_index, urgency="routine")
    assert facilitator_client.get(reverse("courses:briefing_coverage", args=[routine.pk])).status_code == 404
    assert facilitator_client.post(reverse("courses:remind_briefing", args=[routine.pk])).status_code == 404
    mail.outbox.clear()
    facilitator_client.post(reverse("courses:remind_briefing", args=[urgent_briefing.pk]), {"cohort": other_cohort.pk})
    assert [m.to[0] for m in mail.outbox] == [outsider.email]


def test_highlighting_never_breaks_entities():
    from mentorsite.search.highlight import excerpt

    assert str(excerpt("Tom & Jerry <b>", "amp lt")) == "Tom &amp; Jerry &lt;b&gt;"
    assert str(excerpt("Say <no> to & travel", "travel")) == "Say &lt;no&gt; to &amp; <mark>travel</mark>"

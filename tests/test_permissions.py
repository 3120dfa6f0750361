"""Deny by default: every URL the project serves, with the answer each kind of visitor gets.

A URL pattern (outside the Wagtail admin, whose entry point has one row here) or a page type without a
row in TABLE fails test_every_url_has_a_row. Expected answers: 200 shown, 302 redirected (to the login
page for anonymous visitors), 400 refused input, 403 refused, 404 not found, 405 wrong method.
"""

import json

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from courses.models import Certificate, PracticeResponse
from mentorsite.scheduling.models import CalendarFeed
from mentorsite.users.roles import EVALUATOR, MENTOR
from tests.factories import LessonPageFactory, SeminarPageFactory, UserFactory, knowledge_check_block
from tests.figures import count
from tests.helpers import png_bytes, sign_in

ROLES = ["anonymous", "inactive", "mentor", "coach", "facilitator", "manager", "outsider", "evaluator"]


def row(anonymous, mentor, coach, facilitator, manager, outsider, evaluator=None):
    """Expected answers per role. A deactivated account is logged out on its next request, so it gets
    exactly what an anonymous visitor gets (the test checks that, it does not assume it). The evaluator (the
    evaluation unit, no other role) gets what the outsider gets, a signed-in person with no claim on the
    page, unless the row says otherwise."""
    evaluator = outsider if evaluator is None else evaluator
    answers = (anonymous, anonymous, mentor, coach, facilitator, manager, outsider, evaluator)
    return dict(zip(ROLES, answers, strict=True))


# key: (method, how to build the URL from the fixtures in `world`, POST data, expected answers)
TABLE = {
    "login": ("get", lambda w: reverse("login"), None, row(200, 302, 302, 302, 302, 302)),
    "logout": ("get", lambda w: reverse("logout"), None, row(405, 405, 405, 405, 405, 405)),
    # For load balancers: answers every visitor, shows nothing but "ok"/"failing" per dependency.
    "health": ("get", lambda w: reverse("health"), None, row(200, 200, 200, 200, 200, 200)),
    # Privacy: a person's own data; the manager's page for anyone's data and for erasure.
    "my_data": ("get", lambda w: reverse("my_data"), None, row(302, 200, 200, 200, 200, 200)),
    "person_privacy": (
        "get",
        lambda w: reverse("person_privacy", args=[w["people"]["mentor"].pk]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "person_data": (
        "get",
        lambda w: reverse("person_data", args=[w["people"]["mentor"].pk]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    # The mentor has not left the programme: the manager's erasure is refused with a message.
    "erase_person": (
        "post",
        lambda w: reverse("erase_person", args=[w["people"]["mentor"].pk]),
        {"confirm": "on"},
        row(302, 403, 403, 403, 400, 403),
    ),
    "audit:events": ("get", lambda w: reverse("audit:events"), None, row(302, 403, 403, 403, 200, 403)),
    "audit:export_csv": ("get", lambda w: reverse("audit:export_csv"), None, row(302, 403, 403, 403, 200, 403)),
    # The person's own account page and its language form (an unknown language is refused with a message).
    "account": ("get", lambda w: reverse("account"), None, row(302, 200, 200, 200, 200, 200)),
    "account_language": (
        "post",
        lambda w: reverse("account_language"),
        {"language": "klingon"},
        row(302, 400, 400, 400, 400, 400),
    ),
    # The language switch before login: anyone may set the language cookie of their own browser.
    "set_language": (
        "post",
        lambda w: reverse("set_language"),
        {"language": "da", "next": "/accounts/login/"},
        row(302, 302, 302, 302, 302, 302),
    ),
    "two_factor": ("get", lambda w: reverse("two_factor"), None, row(302, 200, 200, 200, 200, 200)),
    "two_factor_setup": ("get", lambda w: reverse("two_factor_setup"), None, row(302, 200, 200, 200, 200, 200)),
    # Already verified (staff) or without a device (mentors): sent on to where they were going, or to set-up.
    "two_factor_verify": ("get", lambda w: reverse("two_factor_verify"), None, row(302, 302, 302, 302, 302, 302)),
    "two_factor_recovery_codes": (
        "post",
        lambda w: reverse("two_factor_recovery_codes"),
        {},
        row(302, 302, 200, 200, 200, 302, 200),
    ),
    "password_change": ("get", lambda w: reverse("password_change"), None, row(302, 200, 200, 200, 200, 200)),
    "password_change_done": (
        "get",
        lambda w: reverse("password_change_done"),
        None,
        row(302, 200, 200, 200, 200, 200),
    ),
    "password_reset": ("get", lambda w: reverse("password_reset"), None, row(200, 200, 200, 200, 200, 200)),
    "password_reset_done": ("get", lambda w: reverse("password_reset_done"), None, row(200, 200, 200, 200, 200, 200)),
    "password_reset_confirm": (
        "get",
        lambda w: reverse("password_reset_confirm", args=["MQ", "not-a-token"]),
        None,
        row(200, 200, 200, 200, 200, 200),
    ),
    "password_reset_complete": (
        "get",
        lambda w: reverse("password_reset_complete"),
        None,
        row(200, 200, 200, 200, 200, 200),
    ),
    "courses:dashboard": ("get", lambda w: reverse("courses:dashboard"), None, row(302, 200, 200, 200, 200, 200)),
    "courses:mark_lesson_complete": (
        "post",
        lambda w: reverse("courses:mark_lesson_complete", args=[w["lesson"].pk]),
        {},
        row(302, 302, 302, 403, 403, 403),
    ),
    "courses:submit_knowledge_check": (
        "post",
        lambda w: reverse("courses:submit_knowledge_check", args=[w["checked_lesson"].pk]),
        {},
        row(302, 400, 400, 403, 403, 403),
    ),
    # Only an open refresher that asks for the lesson makes this do anything; nobody here has one.
    # A seminar's session plan is the facilitators' script: mentors and coaches never get it.
    "courses:session_plan_pdf": (
        "get",
        lambda w: reverse("courses:session_plan_pdf", args=[w["planned_seminar"].pk]),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "courses:refresh_lesson": (
        "post",
        lambda w: reverse("courses:refresh_lesson", args=[w["lesson"].pk]),
        {},
        row(302, 400, 400, 403, 403, 403),
    ),
    # Item statistics: for the people who write the questions.
    "courses:knowledge_checks": (
        "get",
        lambda w: reverse("courses:knowledge_checks"),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "courses:item_statistics": (
        "get",
        lambda w: reverse("courses:item_statistics", args=[w["checked_lesson"].pk]),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "courses:save_reflection": (
        "post",
        lambda w: reverse("courses:save_reflection", args=[w["lesson"].pk, w["lesson"].reflection_blocks[0].id]),
        {"text": "A thought."},
        row(302, 302, 302, 403, 403, 403),
    ),
    "courses:progress_overview": (
        "get",
        lambda w: reverse("courses:progress_overview"),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "courses:progress_overview_csv": (
        "get",
        lambda w: reverse("courses:progress_overview_csv"),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "wagtaildocs_serve": ("get", lambda w: w["document"].url, None, row(302, 200, 200, 200, 200, 200)),
    # Uploaded images (lesson illustrations may show people): anyone signed in.
    "media_image": ("get", lambda w: w["image"].file.url, None, row(302, 200, 200, 200, 200, 200)),
    "wagtaildocs_authenticate_with_password": (
        "get",
        lambda w: reverse("wagtaildocs_authenticate_with_password", args=[999999]),
        None,
        row(404, 404, 404, 404, 404, 404),
    ),
    "wagtailcore_authenticate_with_password": (
        "get",
        lambda w: reverse("wagtailcore_authenticate_with_password", args=[999999, w["lesson"].pk]),
        None,
        row(404, 404, 404, 404, 404, 404),
    ),
    # Sent on to the site's own login page (mentorsite/urls.py).
    "wagtailcore_login": ("get", lambda w: reverse("wagtailcore_login"), None, row(302, 302, 302, 302, 302, 302)),
    "wagtailadmin_home": ("get", lambda w: reverse("wagtailadmin_home"), None, row(302, 302, 302, 200, 200, 302)),
    "scheduling:calendar": ("get", lambda w: reverse("scheduling:calendar"), None, row(302, 200, 200, 200, 200, 200)),
    # The feed has no login (calendar clients cannot log in): the secret token is the key, whoever asks.
    "scheduling:feed": (
        "get",
        lambda w: reverse("scheduling:feed", args=[w["feed"].token]),
        None,
        row(200, 200, 200, 200, 200, 200),
    ),
    "scheduling:regenerate_feed": (
        "post",
        lambda w: reverse("scheduling:regenerate_feed"),
        {},
        row(302, 302, 302, 302, 302, 302),
    ),
    "scheduling:session": (
        "get",
        lambda w: reverse("scheduling:session", args=[w["seminar_day"].pk]),
        None,
        row(302, 200, 200, 200, 200, 404),
    ),
    "scheduling:ics": (
        "get",
        lambda w: reverse("scheduling:ics", args=[w["seminar_day"].pk]),
        None,
        row(302, 200, 200, 200, 200, 404),
    ),
    "scheduling:register": (
        "get",
        lambda w: reverse("scheduling:register", args=[w["seminar_day"].pk]),
        None,
        row(302, 403, 403, 200, 200, 404),
    ),
    # Supervision sessions: only the coach, their supervisees and the manager may even see them.
    "scheduling:book": (
        "post",
        lambda w: reverse("scheduling:book", args=[w["supervision_slot"].pk]),
        {},
        row(302, 302, 302, 404, 302, 404),
    ),
    "scheduling:cancel": (
        "post",
        lambda w: reverse("scheduling:cancel", args=[w["seminar_day"].pk]),
        {},
        row(302, 302, 302, 302, 302, 404),
    ),
    "supervision:coach_overview": (
        "get",
        lambda w: reverse("supervision:coach_overview"),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    "supervision:publish_slot": (
        "post",
        lambda w: reverse("supervision:publish_slot"),
        {},
        row(302, 403, 400, 403, 403, 403),
    ),
    "supervision:book_supervisee": (
        "post",
        lambda w: reverse("supervision:book_supervisee"),
        {},
        row(302, 403, 400, 403, 403, 403),
    ),
    # Supervision records: the coach who wrote it, the mentor it concerns, the manager. Nobody else: 404.
    "supervision:records": ("get", lambda w: reverse("supervision:records"), None, row(302, 200, 200, 200, 200, 200)),
    "supervision:record_create": (
        "get",
        lambda w: reverse("supervision:record_create"),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    "supervision:record": (
        "get",
        lambda w: reverse("supervision:record", args=[w["final_record"].pk]),
        None,
        row(302, 200, 200, 404, 200, 404),
    ),
    "supervision:record_edit": (
        "get",
        lambda w: reverse("supervision:record_edit", args=[w["draft_record"].pk]),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    "supervision:record_finalise": (
        "post",
        lambda w: reverse("supervision:record_finalise", args=[w["draft_record"].pk]),
        {},
        row(302, 403, 302, 403, 403, 403),
    ),
    "supervision:record_addendum": (
        "post",
        lambda w: reverse("supervision:record_addendum", args=[w["final_record"].pk]),
        {"text": "A correction."},
        row(302, 403, 302, 403, 403, 403),
    ),
    "supervision:raise_concern": (
        "post",
        lambda w: reverse("supervision:raise_concern", args=[w["final_record"].pk]),
        {},
        row(302, 403, 302, 403, 403, 403),
    ),
    "supervision:record_accesses": (
        "get",
        lambda w: reverse("supervision:record_accesses", args=[w["final_record"].pk]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "supervision:person_accesses": (
        "get",
        lambda w: reverse("supervision:person_accesses", args=[w["people"]["mentor"].pk]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "supervision:action_done": (
        "post",
        lambda w: reverse("supervision:action_done", args=[w["final_record"].actions.get().pk]),
        {},
        row(302, 302, 302, 404, 404, 404),
    ),
    "supervision:concerns": ("get", lambda w: reverse("supervision:concerns"), None, row(302, 403, 403, 403, 200, 403)),
    "supervision:acknowledge_concern": (
        "post",
        lambda w: reverse("supervision:acknowledge_concern", args=[w["concern"].pk]),
        {},
        row(302, 403, 403, 403, 302, 403),
    ),
    "supervision:miti_create": (
        "get",
        lambda w: reverse("supervision:miti_create"),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    # Practice with feedback: a coach's page; a response only for the coaches of the mentor who sent it.
    "supervision:practice": (
        "get",
        lambda w: reverse("supervision:practice"),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    "supervision:practice_feedback": (
        "get",
        lambda w: reverse("supervision:practice_feedback", args=[w["practice"].pk]),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    # MITI calibration: a coach's own practice on reference transcripts; the manager's list of coaches.
    "supervision:calibration": (
        "get",
        lambda w: reverse("supervision:calibration"),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    "supervision:code_transcript": (
        "get",
        lambda w: reverse("supervision:code_transcript", args=[w["calibration_coding"].transcript_id]),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    "supervision:calibration_result": (
        "get",
        lambda w: reverse("supervision:calibration_result", args=[w["calibration_coding"].pk]),
        None,
        row(302, 403, 200, 403, 403, 403),
    ),
    "supervision:coach_calibration": (
        "get",
        lambda w: reverse("supervision:coach_calibration"),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "supervision:miti": (
        "get",
        lambda w: reverse("supervision:miti", args=[w["coding"].pk]),
        None,
        row(302, 200, 200, 404, 200, 404),
    ),
    "supervision:miti_trend": (
        "get",
        lambda w: reverse("supervision:miti_trend", args=[w["people"]["mentor"].pk]),
        None,
        row(302, 200, 200, 404, 200, 404),
    ),
    "supervision:mine": ("get", lambda w: reverse("supervision:mine"), None, row(302, 200, 200, 200, 200, 200)),
    "supervision:mentor": (
        "get",
        lambda w: reverse("supervision:mentor", args=[w["people"]["mentor"].pk]),
        None,
        row(302, 200, 200, 404, 200, 404),
    ),
    "courses:module_handout": (
        "get",
        lambda w: reverse("courses:module_handout", args=[w["module"].pk]),
        None,
        row(302, 200, 200, 200, 200, 403),
    ),
    "supervision:supervision_log": (
        "get",
        lambda w: reverse("supervision:supervision_log", args=[w["people"]["mentor"].pk]),
        None,
        row(302, 200, 200, 404, 200, 404),
    ),
    "courses:certificate": (
        "get",
        lambda w: reverse("courses:certificate", args=[w["mentor_track"].pk]),
        None,
        row(302, 400, 400, 404, 404, 404),
    ),
    "courses:certificates": ("get", lambda w: reverse("courses:certificates"), None, row(302, 403, 403, 403, 200, 403)),
    "courses:revoke_certificate": (
        "post",
        lambda w: reverse("courses:revoke_certificate", args=[w["certificate"].pk]),
        {"reason": "Wrong person"},
        row(302, 403, 403, 403, 302, 403),
    ),
    # Public on purpose: printed certificates carry a QR code to it. It shows only valid/revoked, name, track, date.
    "certificate_verify": (
        "get",
        lambda w: reverse("certificate_verify", args=[w["certificate"].code]),
        None,
        row(200, 200, 200, 200, 200, 200),
    ),
    "courses:programme_report": (
        "get",
        lambda w: reverse("courses:programme_report"),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "courses:start_document_run": (
        "post",
        lambda w: reverse("courses:start_document_run"),
        {"kind": "nothing"},
        row(302, 403, 403, 403, 404, 403),
    ),
    "courses:document_run": (
        "get",
        lambda w: reverse("courses:document_run", args=[w["run"].pk]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "courses:document_run_file": (
        "get",
        lambda w: reverse("courses:document_run_file", args=[w["run"].pk, "csv"]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    # Mentoring: the manager's pages; a relationship and its reviews for its mentor, their coach and the manager.
    "mentoring:overview": ("get", lambda w: reverse("mentoring:overview"), None, row(302, 403, 403, 403, 200, 403)),
    "mentoring:mine": ("get", lambda w: reverse("mentoring:mine"), None, row(302, 200, 200, 403, 200, 200, 403)),
    "mentoring:endings": ("get", lambda w: reverse("mentoring:endings"), None, row(302, 403, 403, 403, 200, 403)),
    "mentoring:case_create": (
        "get",
        lambda w: reverse("mentoring:case_create"),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "mentoring:case": (
        "get",
        lambda w: reverse("mentoring:case", args=[w["relationship"].case_id]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "mentoring:case_edit": (
        "get",
        lambda w: reverse("mentoring:case_edit", args=[w["relationship"].case_id]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    # A matched case cannot move by hand: refused with a message.
    "mentoring:case_status": (
        "post",
        lambda w: reverse("mentoring:case_status", args=[w["relationship"].case_id]),
        {"to_status": "withdrawn", "changed_on": "2026-01-01", "reason": "Moved away"},
        row(302, 403, 403, 403, 400, 403),
    ),
    "mentoring:match": (
        "get",
        lambda w: reverse("mentoring:match", args=[w["relationship"].case_id]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "mentoring:relationship": (
        "get",
        lambda w: reverse("mentoring:relationship", args=[w["relationship"].pk]),
        None,
        row(302, 200, 200, 404, 200, 404),
    ),
    "mentoring:agreement": (
        "get",
        lambda w: reverse("mentoring:agreement", args=[w["relationship"].pk]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "mentoring:review_schedule": (
        "post",
        lambda w: reverse("mentoring:review_schedule", args=[w["relationship"].pk]),
        {},
        row(302, 403, 403, 403, 400, 403),
    ),
    "mentoring:end": (
        "post",
        lambda w: reverse("mentoring:end", args=[w["relationship"].pk]),
        {},
        row(302, 403, 403, 403, 400, 403),
    ),
    "mentoring:review": (
        "get",
        lambda w: reverse("mentoring:review", args=[w["review"].pk]),
        None,
        row(302, 200, 200, 404, 200, 404),
    ),
    # Recruitment: the application is public; applicants are the manager's, and their interviewers' (the coach
    # is named for this one). Deciding, the interviewers, the applicant's data and erasure: the manager only.
    "recruitment:apply": ("get", lambda w: reverse("recruitment:apply"), None, row(200, 200, 200, 200, 200, 200)),
    "recruitment:applied": ("get", lambda w: reverse("recruitment:applied"), None, row(200, 200, 200, 200, 200, 200)),
    "recruitment:board": ("get", lambda w: reverse("recruitment:board"), None, row(302, 403, 200, 403, 200, 403)),
    "recruitment:applicant_create": (
        "get",
        lambda w: reverse("recruitment:applicant_create"),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    "recruitment:applicant": (
        "get",
        lambda w: reverse("recruitment:applicant", args=[w["applicant"].pk]),
        None,
        row(302, 404, 200, 404, 200, 404),
    ),
    # Without an outcome: refused as bad input for those who may record, unseen for the rest.
    "recruitment:record_stage": (
        "post",
        lambda w: reverse("recruitment:record_stage", args=[w["applicant"].pk]),
        {},
        row(302, 404, 400, 404, 400, 404),
    ),
    "recruitment:interviewers": (
        "post",
        lambda w: reverse("recruitment:interviewers", args=[w["applicant"].pk]),
        {},
        row(302, 403, 403, 403, 302, 403),
    ),
    "recruitment:applicant_data": (
        "get",
        lambda w: reverse("recruitment:applicant_data", args=[w["applicant"].pk]),
        None,
        row(302, 403, 403, 403, 200, 403),
    ),
    # Not confirmed: refused with a message.
    "recruitment:applicant_erase": (
        "post",
        lambda w: reverse("recruitment:applicant_erase", args=[w["applicant"].pk]),
        {},
        row(302, 403, 403, 403, 400, 403),
    ),
    # Evaluation: the evaluation unit and the manager; sending is the manager's; answering only for those asked.
    "evaluation:home": ("get", lambda w: reverse("evaluation:home"), None, row(302, 403, 403, 403, 200, 403, 200)),
    "evaluation:send": ("get", lambda w: reverse("evaluation:send"), None, row(302, 403, 403, 403, 200, 403, 403)),
    "evaluation:results": (
        "get",
        lambda w: reverse("evaluation:results", args=[w["round"].questionnaire_id]),
        None,
        row(302, 403, 403, 403, 200, 403, 200),
    ),
    # A key too short: refused with a message, nothing exported.
    "evaluation:export": (
        "post",
        lambda w: reverse("evaluation:export"),
        {"first_month": "2026-01", "last_month": "2026-06", "key": "short", "purpose": "x", "file_format": "csv"},
        row(302, 403, 403, 403, 400, 403, 400),
    ),
    "evaluation:answer": (
        "get",
        lambda w: reverse("evaluation:answer", args=[w["round"].pk]),
        None,
        row(302, 200, 200, 404, 404, 404, 404),
    ),
    "search": ("get", lambda w: reverse("search") + "?q=conflict", None, row(302, 200, 200, 200, 200, 200)),
    "courses:confirm_briefing": (
        "post",
        lambda w: reverse("courses:confirm_briefing", args=[w["urgent_briefing"].pk]),
        {},
        row(302, 302, 302, 404, 404, 302, 404),
    ),
    "courses:briefing_coverage": (
        "get",
        lambda w: reverse("courses:briefing_coverage", args=[w["urgent_briefing"].pk]),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "courses:briefing_coverage_csv": (
        "get",
        lambda w: reverse("courses:briefing_coverage_csv", args=[w["urgent_briefing"].pk]),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "courses:remind_briefing": (
        "post",
        lambda w: reverse("courses:remind_briefing", args=[w["urgent_briefing"].pk]),
        {},
        row(302, 403, 403, 302, 302, 403),
    ),
    "courses:briefings_due_for_review": (
        "get",
        lambda w: reverse("courses:briefings_due_for_review"),
        None,
        row(302, 403, 403, 200, 200, 403),
    ),
    "page:courses.BriefingIndexPage": (
        "get",
        lambda w: w["briefing_index"].url,
        None,
        row(302, 200, 200, 200, 200, 200),
    ),
    "page:courses.BriefingPage": ("get", lambda w: w["urgent_briefing"].url, None, row(302, 200, 200, 200, 200, 200)),
    # wagtail_serve: one row per page type.
    "page:home.HomePage": ("get", lambda w: w["home"].url, None, row(200, 302, 302, 302, 302, 302)),
    "page:courses.ProgrammePage": ("get", lambda w: w["programme"].url, None, row(302, 200, 200, 200, 200, 200)),
    "page:courses.TrackPage": ("get", lambda w: w["mentor_track"].url, None, row(302, 200, 200, 200, 200, 403)),
    "page:courses.ModulePage": ("get", lambda w: w["module"].url, None, row(302, 200, 200, 200, 200, 403)),
    "page:courses.LessonPage": ("get", lambda w: w["lesson"].url, None, row(302, 200, 200, 200, 200, 403)),
    "page:courses.SeminarPage": ("get", lambda w: w["seminar"].url, None, row(302, 200, 200, 200, 200, 403)),
}


def _finished_run(manager):
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    from courses.models import DocumentRun

    path = storages["documents"].save("runs/test/report.csv", ContentFile(b"a,b\n"))
    return DocumentRun.objects.create(
        kind="programme_report", requested_by=manager, status="done", progress=100, files={"csv": path}
    )


def _round(asked):
    """A questionnaire sent to the cohort of `asked` (the mentor and the coach), open today."""
    from mentoring.evaluation.models import Invitation, Questionnaire, Round

    questionnaire = Questionnaire.objects.create(
        title="Mentoring experience",
        questions=[{"type": "agreement", "value": {"statement": "Supervision helped me."}, "id": "a1"}],
    )
    today = timezone.localdate()
    round_ = Round.objects.create(
        questionnaire=questionnaire,
        revision=questionnaire.save_revision(),
        group=Round.Group.COHORT,
        cohort=asked[0].cohort,
        opens_on=today,
        closes_on=today,
        sent_by=UserFactory(),
    )
    Invitation.objects.bulk_create(Invitation(round=round_, person=person) for person in asked)
    return round_


def _applicant(interviewer):
    from mentoring.models import Applicant, ApplicantSource, RecruitmentStage

    applicant = Applicant.objects.create(
        first_name="Line",
        last_name="Bech",
        email="line.bech@example.org",
        source=ApplicantSource.objects.first(),
        motivation="To help.",
        experience="Youth work.",
        stage=RecruitmentStage.objects.order_by("position").first(),
    )
    applicant.interviewers.add(interviewer)
    return applicant


def _url_names(patterns, prefix="", namespace=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _url_names(pattern.url_patterns, route, inner)
        elif not route.startswith("admin/") or pattern.name == "wagtailadmin_home":
            yield namespace + pattern.name if pattern.name else route


def _page_types():
    project_apps = {"home", "courses"}
    return {
        f"page:{model._meta.app_label}.{model.__name__}"
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in project_apps and model.is_creatable
    }


def test_every_url_has_a_row():
    names = set(_url_names(get_resolver().url_patterns)) - {"wagtail_serve"}
    assert names | _page_types() == set(TABLE), "add a row to TABLE for each new URL or page type"


@pytest.fixture
def world(
    home,
    programme,
    mentor_track,
    module,
    lesson,
    seminar,
    mentor,
    coach,
    facilitator,
    manager,
    outsider,
    seminar_day,
    supervision_slot,
    final_record,
    draft_record,
    concern,
    coding,
    briefing_index,
    urgent_briefing,
    review,
    calibration_coding,
):
    checked = LessonPageFactory(parent=module, body=json.dumps([knowledge_check_block()]))
    document = Document.objects.create(title="Handout", file=ContentFile(b"handout", name="handout.txt"))
    image = Image.objects.create(title="Seminar room", file=ContentFile(png_bytes(), name="room.png"))
    return {
        "image": image,
        "home": home,
        "programme": programme,
        "mentor_track": mentor_track,
        "module": module,
        "lesson": lesson,
        "checked_lesson": checked,
        "seminar": seminar,
        "document": document,
        "seminar_day": seminar_day,
        "supervision_slot": supervision_slot,
        "final_record": final_record,
        "draft_record": draft_record,
        "concern": concern,
        "coding": coding,
        "briefing_index": briefing_index,
        "urgent_briefing": urgent_briefing,
        "run": _finished_run(manager),
        "relationship": review.relationship,
        "review": review,
        "applicant": _applicant(coach),
        "round": _round([mentor, coach]),
        "certificate": Certificate.objects.create(
            user=mentor,
            track=mentor_track,
            full_name=mentor.full_name,
            track_title=mentor_track.title,
            programme_title=programme.title,
            completed_on=timezone.localdate(),
        ),
        "feed": CalendarFeed.objects.create(user=mentor),
        "calibration_coding": calibration_coding,
        "planned_seminar": SeminarPageFactory(
            parent=mentor_track,
            title="Planned seminar",
            session_plan=json.dumps([{"type": "day", "id": "d1", "value": {"label": "Day 1", "starts_at": "09:00"}}]),
        ),
        "practice": PracticeResponse.objects.create(
            mentor=mentor, kind="reflection", lesson=lesson, block_id="b", prompt="What did you notice?", text="That."
        ),
        "people": {
            "mentor": mentor,
            "coach": coach,
            "facilitator": facilitator,
            "manager": manager,
            "outsider": outsider,
            "inactive": UserFactory(username="inactive", cohort=mentor.cohort, roles=[MENTOR], is_active=False),
            "evaluator": UserFactory(username="evaluator", roles=[EVALUATOR]),
        },
    }


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_permission_table(world, role):
    """Every row for one kind of visitor. The world is built once per role (building it is most of the cost);
    each row runs in a savepoint that is rolled back, with an empty cache and a fresh sign-in, so every row
    meets the world as built, whatever the rows before it wrote."""
    from django.core.cache import cache
    from django.db import transaction

    problems = []
    for key in sorted(TABLE):
        method, build_url, data, expected = TABLE[key]
        with transaction.atomic():
            cache.clear()
            client = Client()
            if role != "anonymous":
                sign_in(client, world["people"][role])
            url = build_url(world)
            response = client.post(url, data) if method == "post" else client.get(url)
            count("permission_checks")
            if response.status_code != expected[role]:
                problems.append(f"{key}: {method.upper()} {url} answered {response.status_code}, not {expected[role]}")
            elif role == "anonymous" and response.status_code == 302 and "login" not in response.url:
                problems.append(f"{key}: {method.upper()} {url} sent an anonymous visitor to {response.url}")
            transaction.set_rollback(True)
    assert not problems, f"as {role}:\n" + "\n".join(problems)


# The Wagtail admin -------------------------------------------------------------------------------
#
# Every admin URL pattern, for every role. Who may use each part of the admin is declared per area below
# (a URL name matching no area fails test_every_admin_url_belongs_to_an_area). Visitors without admin
# access never get a page (200) anywhere in the admin; roles not named for an area never get a page of it;
# and nobody ever gets a server error. URLs are built with placeholder ids where they need them, so
# "may use" checks the permission gate, not that the placeholder exists.

BOTH = {"facilitator", "manager"}
EVERYONE = set(ROLES)
ADMIN_AREAS = [
    # (URL name prefix, roles that may use it)
    # Public by design: the admin's login and password reset, its icon sprite and its translations.
    ("wagtailadmin_login", EVERYONE),
    ("wagtailadmin_password_reset", EVERYONE),
    ("wagtailadmin_sprite", EVERYONE),
    ("wagtailadmin_javascript_catalog", EVERYONE),
    ("wagtailadmin_workflows:task_cho", BOTH),  # choosing a moderation task while editing a page
    ("wagtailadmin_pages", BOTH),
    ("wagtailadmin_api", BOTH),
    ("wagtailadmin_reports", BOTH),
    ("wagtailadmin_editing_sessions", BOTH),
    ("wagtailadmin_collections", set()),  # collections are set up once, by a superuser
    ("wagtailadmin_workflows", set()),  # the moderation workflow is set up by a superuser
    # Wagtail's deliberate server error ("failwhale"), shadowed in mentorsite/urls.py: a 404 for everyone.
    ("wagtailadmin_error_test", set()),
    ("wagtailadmin", BOTH),  # home, account, choosers, tags and the rest of the shell
    ("wagtailimages", BOTH),
    ("wagtaildocs", BOTH),
    ("wagtailembeds", BOTH),
    ("wagtailsnippets", BOTH),
    ("wagtailsnippetchoosers", BOTH),  # choosing a snippet (a questionnaire) in an editor
    ("wagtailforms", BOTH),
    ("wagtailusers_users", {"manager"}),
    ("wagtailusers_groups", set()),  # roles are code (mentorsite/users/roles.py), not edited by hand
    ("wagtailsites", set()),
    ("wagtailredirects", set()),
    ("wagtailsettings", set()),
    ("cohorts", {"manager"}),
    ("enrolments", BOTH),
    ("coach_assignments", {"manager"}),
    ("reference_transcripts", BOTH),  # MITI coder training material (supervision/wagtail_hooks.py)
    # The lists the mentoring keeps (mentoring/wagtail_hooks.py): the programme manager only.
    ("mentor_profiles", {"manager"}),
    ("institutions", {"manager"}),
    ("target_groups", {"manager"}),
    ("ending_reasons", {"manager"}),
    ("recruitment_stages", {"manager"}),
    ("applicant_sources", {"manager"}),
    ("stop_reasons", {"manager"}),
    ("seminar_days", BOTH),
    ("networking_days", BOTH),
    ("wagtail_bulk_action", BOTH),
    ("wagtail_localize", BOTH),  # translating pages segment by segment
    ("wagtaillocales", set()),  # the two languages are set up by a migration
    ("translations_out_of_date", BOTH),
    ("admin/test404/", BOTH),  # Wagtail's preview of its own not-found page
    ("admin/", set()),  # unnamed: Wagtail's own not-found pages, which show nothing to anyone
]
NO_ADMIN_ACCESS = {"anonymous", "inactive", "mentor", "coach", "outsider", "evaluator"}
# The admin decides by role alone, and the outsider holds the mentor's: sweeping the admin as both adds nothing.
# A deactivated account is logged out on its next request (the permission table above shows it for every
# URL), so in the admin it is the anonymous visitor.
ADMIN_ROLES = [role for role in ROLES if role not in ("outsider", "inactive")]


def _admin_urls():
    """(name, route, URL) of every admin URL pattern, with placeholders for the parts that vary."""
    import re

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, route, inner)
            elif route.startswith("admin/"):
                yield namespace + (pattern.name or route), route

    for name, route in walk(get_resolver().url_patterns):
        path = re.sub(r"<int:[^>]+>", "1", route)
        path = re.sub(r"<str:(pk|[a-z_]*id)>", "1", path)  # object ids that Wagtail declares as text
        path = re.sub(r"<[^>]+>", "x", path)
        path = re.sub(r"\(\?P<[^>]+>[^)]*\)", "1", path).replace("^", "").replace("$", "").replace("\\", "")
        yield name, route, "/" + path


def _client_of(world, role):
    """A client signed in as `role` (none for anonymous) that answers errors as a server would."""
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        sign_in(client, world["people"][role])
    return client


def _area_of(name):
    return next((roles for prefix, roles in ADMIN_AREAS if name.startswith(prefix)), None)


def test_every_admin_url_belongs_to_an_area():
    missing = sorted(name for name, _route, _url in _admin_urls() if _area_of(name) is None)
    assert not missing, f"add these admin URLs to ADMIN_AREAS: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_every_admin_url_for_every_role(world, role):
    client = _client_of(world, role)
    problems = []
    for name, _route, url in _admin_urls():
        response = client.get(url)
        count("admin_url_checks")
        area = _area_of(name)
        may_use = area is EVERYONE or (role not in NO_ADMIN_ACCESS and role in area)
        if name == "wagtailadmin_error_test" and response.status_code != 404:
            problems.append(f"{name} {url}: {response.status_code} for {role}, not 404")
        elif response.status_code >= 500:
            problems.append(f"{name} {url}: {response.status_code}")
        elif not may_use and response.status_code == 200:
            problems.append(f"{name} {url}: shown to {role}")
        elif role == "anonymous" and response.status_code == 302 and "login" not in response.url:
            problems.append(f"{name} {url}: anonymous sent to {response.url}")
    assert not problems, "\n".join(problems)


def _row_counts():
    """How many rows every table holds: a write anywhere changes it."""
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


# Sending a form (POST) to a part of the admin one may not use must be refused like opening it, and write
# nothing. The admin's logout would only end the test's own session, so it is left out.
POST_NOT_TRIED = {"wagtailadmin_logout"}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ADMIN_ROLES)
def test_no_admin_form_is_accepted_from_who_may_not_use_it(world, role):
    client = _client_of(world, role)
    before = _row_counts()
    problems = []
    for name, _route, url in _admin_urls():
        area = _area_of(name)
        if name in POST_NOT_TRIED or area is EVERYONE or (role not in NO_ADMIN_ACCESS and role in area):
            continue
        response = client.post(url, {"title": "Written by someone who may not", "confirm": "on"})
        count("admin_url_checks")
        if response.status_code < 300 or response.status_code >= 500:
            problems.append(f"{name} {url}: {response.status_code} for {role}")
    after = _row_counts()
    changed = {label: (number, after[label]) for label, number in before.items() if after[label] != number}
    assert not problems, "\n".join(problems)
    assert not changed, f"written by refused admin forms: {changed}"

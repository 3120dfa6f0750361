from django.urls import path

from courses import briefing_views, certificate_views, check_views, report_views, views

app_name = "courses"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("learn/lessons/<int:lesson_id>/complete/", views.mark_lesson_complete, name="mark_lesson_complete"),
    path("learn/lessons/<int:lesson_id>/check/", views.submit_knowledge_check, name="submit_knowledge_check"),
    path("learn/lessons/<int:lesson_id>/refresher/", views.refresh_lesson, name="refresh_lesson"),
    path("learn/knowledge-checks/", check_views.knowledge_checks, name="knowledge_checks"),
    path(
        "learn/lessons/<int:lesson_id>/item-statistics/",
        check_views.lesson_item_statistics,
        name="item_statistics",
    ),
    path(
        "learn/lessons/<int:lesson_id>/reflections/<str:block_id>/",
        views.save_reflection,
        name="save_reflection",
    ),
    path("learn/modules/<int:module_id>/handout.pdf", views.module_handout, name="module_handout"),
    path("learn/seminars/<int:seminar_id>/session-plan.pdf", views.session_plan_pdf, name="session_plan_pdf"),
    path("learn/tracks/<int:track_id>/certificate.pdf", certificate_views.certificate_pdf, name="certificate"),
    path("learn/certificates/", certificate_views.certificate_list, name="certificates"),
    path("learn/certificates/<int:certificate_id>/revoke/", certificate_views.revoke, name="revoke_certificate"),
    path("reports/programme/", report_views.programme_report, name="programme_report"),
    path("reports/runs/", report_views.start_run, name="start_document_run"),
    path("reports/runs/<int:run_id>/", report_views.document_run, name="document_run"),
    path("reports/runs/<int:run_id>/file.<str:extension>", report_views.document_run_file, name="document_run_file"),
    path("progress/", views.progress_overview, name="progress_overview"),
    path("progress/export.csv", views.progress_overview_csv, name="progress_overview_csv"),
    path("learn/briefings/<int:briefing_id>/confirm/", briefing_views.confirm_briefing, name="confirm_briefing"),
    path("learn/briefings/<int:briefing_id>/coverage/", briefing_views.briefing_coverage, name="briefing_coverage"),
    path(
        "learn/briefings/<int:briefing_id>/coverage.csv",
        briefing_views.briefing_coverage_csv,
        name="briefing_coverage_csv",
    ),
    path("learn/briefings/<int:briefing_id>/remind/", briefing_views.remind_missing, name="remind_briefing"),
    path("learn/briefings/due-for-review/", briefing_views.briefings_due_for_review, name="briefings_due_for_review"),
]

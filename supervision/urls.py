from django.urls import path

from supervision import calibration, practice, views

app_name = "supervision"

urlpatterns = [
    path("supervision/", views.coach_overview, name="coach_overview"),
    path("supervision/slots/", views.publish_slot, name="publish_slot"),
    path("supervision/meetings/", views.book_supervisee, name="book_supervisee"),
    path("supervision/records/", views.record_list, name="records"),
    path("supervision/records/new/", views.record_create, name="record_create"),
    path("supervision/records/<int:record_id>/", views.record_detail, name="record"),
    path("supervision/records/<int:record_id>/edit/", views.record_edit, name="record_edit"),
    path("supervision/records/<int:record_id>/finalise/", views.record_finalise, name="record_finalise"),
    path("supervision/records/<int:record_id>/addenda/", views.record_addendum, name="record_addendum"),
    path("supervision/records/<int:record_id>/concerns/", views.raise_concern, name="raise_concern"),
    path("supervision/records/<int:record_id>/accesses/", views.record_accesses, name="record_accesses"),
    path("supervision/people/<int:user_id>/accesses/", views.person_accesses, name="person_accesses"),
    path("supervision/actions/<int:action_id>/done/", views.action_done, name="action_done"),
    path("supervision/concerns/", views.concern_list, name="concerns"),
    path("supervision/concerns/<int:concern_id>/acknowledge/", views.acknowledge_concern, name="acknowledge_concern"),
    path("supervision/practice/", practice.practice_list, name="practice"),
    path("supervision/practice/<int:response_id>/", practice.practice_feedback, name="practice_feedback"),
    path("supervision/calibration/", calibration.calibration, name="calibration"),
    path(
        "supervision/calibration/transcripts/<int:transcript_id>/", calibration.code_transcript, name="code_transcript"
    ),
    path("supervision/calibration/codings/<int:coding_id>/", calibration.calibration_result, name="calibration_result"),
    path("supervision/calibration/coaches/", calibration.coach_calibration, name="coach_calibration"),
    path("supervision/miti/new/", views.miti_create, name="miti_create"),
    path("supervision/miti/<int:coding_id>/", views.miti_detail, name="miti"),
    path("supervision/mentors/<int:user_id>/miti-trend.svg", views.miti_trend, name="miti_trend"),
    path("supervision/mine/", views.mentor_supervision, name="mine"),
    path("supervision/mentors/<int:user_id>/log.pdf", views.supervision_log, name="supervision_log"),
    path("supervision/mentors/<int:user_id>/", views.mentor_supervision, name="mentor"),
]

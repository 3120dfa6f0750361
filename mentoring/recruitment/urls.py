from django.urls import path

from . import views

app_name = "recruitment"

urlpatterns = [
    path("apply/", views.apply, name="apply"),
    path("apply/sent/", views.applied, name="applied"),
    path("recruitment/", views.board, name="board"),
    path("recruitment/applicants/new/", views.applicant_create, name="applicant_create"),
    path("recruitment/applicants/<int:applicant_id>/", views.applicant_detail, name="applicant"),
    path("recruitment/applicants/<int:applicant_id>/stage/", views.record_stage, name="record_stage"),
    path("recruitment/applicants/<int:applicant_id>/interviewers/", views.set_interviewers, name="interviewers"),
    path("recruitment/applicants/<int:applicant_id>/data/", views.applicant_export, name="applicant_data"),
    path("recruitment/applicants/<int:applicant_id>/erase/", views.applicant_erase, name="applicant_erase"),
]

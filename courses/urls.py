from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("learn/lessons/<int:lesson_id>/complete/", views.mark_lesson_complete, name="mark_lesson_complete"),
    path("learn/lessons/<int:lesson_id>/check/", views.submit_knowledge_check, name="submit_knowledge_check"),
    path(
        "learn/lessons/<int:lesson_id>/reflections/<str:block_id>/",
        views.save_reflection,
        name="save_reflection",
    ),
    path("progress/", views.progress_overview, name="progress_overview"),
    path("progress/export.csv", views.progress_overview_csv, name="progress_overview_csv"),
]

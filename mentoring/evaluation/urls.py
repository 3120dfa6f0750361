from django.urls import path

from . import views

app_name = "evaluation"

urlpatterns = [
    path("evaluation/", views.home, name="home"),
    path("evaluation/send/", views.send, name="send"),
    path("evaluation/questionnaires/<int:questionnaire_id>/results/", views.results, name="results"),
    path("evaluation/export/", views.research_export, name="export"),
    path("evaluation/rounds/<int:round_id>/", views.answer, name="answer"),
]

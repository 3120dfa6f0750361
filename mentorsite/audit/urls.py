from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("audit/", views.events, name="events"),
    path("audit/export.csv", views.export_csv, name="export_csv"),
]

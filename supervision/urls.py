from django.urls import path

from supervision import views

app_name = "supervision"

urlpatterns = [
    path("supervision/", views.coach_overview, name="coach_overview"),
    path("supervision/slots/", views.publish_slot, name="publish_slot"),
    path("supervision/meetings/", views.book_supervisee, name="book_supervisee"),
]

from django.urls import path

from . import views

app_name = "scheduling"

urlpatterns = [
    path("calendar/", views.calendar, name="calendar"),
    path("calendar/feed/<str:token>.ics", views.feed, name="feed"),
    path("calendar/feed/regenerate/", views.regenerate_feed, name="regenerate_feed"),
    path("sessions/<int:session_id>/", views.session_detail, name="session"),
    path("sessions/<int:session_id>/book/", views.book_session, name="book"),
    path("sessions/<int:session_id>/cancel/", views.cancel_session, name="cancel"),
    path("sessions/<int:session_id>/session.ics", views.session_ics, name="ics"),
    path("sessions/<int:session_id>/register/", views.take_register, name="register"),
]

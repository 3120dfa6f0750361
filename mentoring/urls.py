from django.urls import path

from mentoring import views

app_name = "mentoring"

urlpatterns = [
    path("mentoring/", views.overview, name="overview"),
    path("mentoring/mine/", views.mine, name="mine"),
    path("mentoring/endings/", views.endings, name="endings"),
    path("mentoring/cases/new/", views.case_create, name="case_create"),
    path("mentoring/cases/<int:case_id>/", views.case_detail, name="case"),
    path("mentoring/cases/<int:case_id>/edit/", views.case_edit, name="case_edit"),
    path("mentoring/cases/<int:case_id>/status/", views.case_status, name="case_status"),
    path("mentoring/cases/<int:case_id>/match/", views.match_case, name="match"),
    path("mentoring/relationships/<int:relationship_id>/", views.relationship_detail, name="relationship"),
    path("mentoring/relationships/<int:relationship_id>/agreement/", views.agreement, name="agreement"),
    path("mentoring/relationships/<int:relationship_id>/reviews/", views.review_schedule, name="review_schedule"),
    path("mentoring/relationships/<int:relationship_id>/end/", views.relationship_end, name="end"),
    path("mentoring/reviews/<int:review_id>/", views.review_detail, name="review"),
]

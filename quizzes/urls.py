from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("<int:page_id>/start/", views.attempt_start, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
    path("attempts/<int:attempt_id>/save/", views.attempt_save, name="save"),
    path("attempts/<int:attempt_id>/submit/", views.attempt_submit, name="submit"),
    path("attempts/<int:attempt_id>/review/", views.attempt_review, name="review"),
]

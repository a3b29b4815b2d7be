from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("catalogue/", views.catalogue, name="catalogue"),
    path("my-learning/", views.my_learning, name="my_learning"),
    path("search/", views.search, name="search"),
    path("courses/<int:page_id>/enrol/", views.enrol, name="enrol"),
    path("courses/<int:page_id>/leave/", views.leave, name="leave"),
    path("lessons/<int:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path(
        "lessons/<int:page_id>/check/<str:block_id>/",
        views.knowledge_check,
        name="knowledge_check",
    ),
    path(
        "lessons/<int:page_id>/metric-lab/<str:block_id>/new/",
        views.metric_lab_new,
        name="metric_lab_new",
    ),
    path(
        "lessons/<int:page_id>/metric-lab/<str:block_id>/<int:attempt_id>/answer/",
        views.metric_lab_answer,
        name="metric_lab_answer",
    ),
]

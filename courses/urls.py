from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("catalogue/", views.catalogue, name="catalogue"),
    path("my-learning/", views.my_learning, name="my_learning"),
]

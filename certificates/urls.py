from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("mine/", views.my_certificates, name="mine"),
]

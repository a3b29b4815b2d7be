from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("mine/", views.my_certificates, name="mine"),
    path("mine/<str:code>.pdf", views.download, name="download"),
    path("verify/", views.verify, name="verify"),
    path("verify/<str:code>/", views.verify, name="verify_code"),
]

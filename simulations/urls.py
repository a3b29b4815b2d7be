from django.urls import path

from simulations import views

app_name = "simulations"

urlpatterns = [
    path("<int:page_id>/start/", views.run_start, name="start"),
    path("<int:page_id>/preview/", views.admin_preview, name="admin_preview"),
    path("runs/<int:run_id>/", views.run_view, name="run"),
    path("runs/<int:run_id>/act/", views.run_action, name="act"),
    path("runs/<int:run_id>/debrief/", views.debrief, name="debrief"),
]

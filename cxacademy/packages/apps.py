from django.apps import AppConfig


class PackagesConfig(AppConfig):
    name = "cxacademy.packages"
    label = "cxa_packages"
    verbose_name = "Course packages"

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "cxacademy.demo"
    label = "cxa_demo"
    verbose_name = "Demo"

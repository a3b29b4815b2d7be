from django.core.management.base import BaseCommand

from cxacademy.home.site_setup import setup_site


class Command(BaseCommand):
    help = "Create the locales, the home page in both languages and the role groups."

    def handle(self, *args, **options):
        home = setup_site()
        self.stdout.write(self.style.SUCCESS(f"Site ready with home page {home.title!r}."))

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton

from simulations import admin_views
from simulations.models import ScenarioPage


@hooks.register("register_admin_urls")
def simulation_admin_urls():
    return [
        path(
            "simulations/<int:page_id>/results/",
            admin_views.scenario_results,
            name="simulations_results",
        ),
        path(
            "simulations/<int:page_id>/results.csv",
            admin_views.scenario_results_csv,
            name="simulations_results_csv",
        ),
    ]


@hooks.register("register_page_listing_buttons")
def scenario_buttons(page, user, *args, **kwargs):
    if not isinstance(page.specific_deferred, ScenarioPage):
        return
    if user.has_perm("simulations.view_scenariorun"):
        yield ListingButton(
            _("Results"), reverse("simulations_results", args=[page.pk]), priority=30
        )
    yield ListingButton(
        _("Play a preview run"), reverse("simulations:admin_preview", args=[page.pk]), priority=31
    )

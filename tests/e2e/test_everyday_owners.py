"""The charts' CSS lives in one stylesheet (static/css/charts.css) and still shapes
every chart: the simulation debrief on the site and the HR dashboard in the admin."""

from django.urls import reverse
from playwright.sync_api import expect

from cxacademy.accounts.models import User
from cxacademy.demo import people as demo
from tests.e2e.test_foundation import login
from tests.e2e.test_phone_widths import demo_site, open_budis_debrief  # noqa: F401 - fixture


def assert_sized_by_the_stylesheet(chart) -> None:
    """Each chart is shown at most as wide as it is drawn (text at 1:1): 32.5rem for
    bars, 35rem for lines, 22.5rem when compact. Without the stylesheet: "none"."""
    kinds = chart.get_attribute("class").split()
    if "cxa-chart--compact" in kinds:
        expected = "360px"
    else:
        expected = "520px" if "cxa-chart--bar" in kinds else "560px"
    assert chart.evaluate("el => getComputedStyle(el).maxWidth") == expected, kinds
    assert chart.evaluate("el => getComputedStyle(el).display") == "block"


def test_debrief_charts_are_styled_by_the_one_chart_stylesheet(page, live_server, demo_site):  # noqa: F811
    demo_course, _mindset = demo_site
    open_budis_debrief(page, live_server, demo_course, width=1366, height=900)
    expect(page.locator("link[rel=stylesheet][href$='css/charts.css']")).to_have_count(1)
    charts = page.locator("svg.cxa-chart")
    expect(charts.first).to_be_visible(timeout=30_000)
    assert charts.count() >= 2
    for index in range(charts.count()):
        assert_sized_by_the_stylesheet(charts.nth(index))


def test_hr_dashboard_charts_get_the_same_stylesheet(page, live_server, demo_site):  # noqa: F811
    hr = User.objects.get(email="hr@cxacademy.test")
    page.set_viewport_size({"width": 1366, "height": 900})
    login(page, live_server, hr, password=demo.DEMO_PASSWORD)
    page.goto(live_server.url + reverse("hr_dashboard"))
    chart = page.locator("svg.cxa-chart").first
    expect(chart).to_be_visible(timeout=30_000)
    assert_sized_by_the_stylesheet(chart)

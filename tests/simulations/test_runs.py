"""A learner plays a scenario: the server holds the run; the browser sees one step."""

import pytest
from django.test import Client

from courses.models import ItemProgress
from simulations.models import RunEvent, ScenarioRun
from tests.items import assert_not_found_by_others, start_try
from tests.simulations.conftest import build_scenario

pytestmark = pytest.mark.django_db


def start(client, scenario):
    return start_try(
        client, scenario, ScenarioRun.objects.filter(scenario_key=scenario.translation_key)
    )


def act(client, run, action, key="", sequence=None):
    run.refresh_from_db()
    return client.post(
        f"/id/learn/simulations/runs/{run.pk}/act/",
        {"action": action, "key": key, "sequence": run.sequence if sequence is None else sequence},
    )


def play_best(client, run):
    act(client, run, "choose", "selidiki")
    act(client, run, "open", "retur")
    act(client, run, "open", "survei")
    act(client, run, "continue")
    return act(client, run, "choose", "perbaiki-retur")


def test_the_best_route_passes_with_a_debrief(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    response = play_best(client, run)
    run.refresh_from_db()
    assert response["Location"] == f"/id/learn/simulations/runs/{run.pk}/debrief/"
    assert run.status == "finished" and run.ending == "akhir-baik" and run.passed
    debrief = client.get(response["Location"]).content.decode()
    assert "Retensi naik" in debrief
    assert debrief.count('role="img"') >= 3  # competency chart and one chart per KPI
    assert "Umpan balik Perbaiki proses retur" in debrief  # feedback for each decision
    progress = ItemProgress.objects.get(user=learner, item_key=scenario.translation_key)
    assert progress.done and progress.passed


def test_the_tempting_wrong_answer_fails(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    act(client, run, "choose", "latih-cs")
    run.refresh_from_db()
    assert run.ending == "akhir-buruk" and not run.passed


def test_the_step_page_reveals_no_scores_effects_or_targets(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    page = client.get(f"/id/learn/simulations/runs/{run.pk}/").content.decode()
    assert "Latih ulang tim CS" in page and "Selidiki datanya dulu" in page
    for secret in ["akhir-buruk", 'data"', "journey", "ownership", "-5", "Umpan balik", "expert"]:
        assert secret not in page.split('class="run-choices"')[1].split("</form>")[0], secret


def test_a_choice_whose_condition_is_not_met_is_hidden_and_refused(client, learner, site):
    from tests.simulations.conftest import STEPS, choice, step

    steps = [
        step(
            "mulai",
            "decision",
            "Mulai",
            choices=[
                choice("selidiki", "Selidiki", "putuskan"),
                choice("abaikan", "Abaikan", "putuskan"),
            ],
        ),
        *[s for s in STEPS if s["value"]["key"] in {"putuskan", "akhir-baik", "akhir-buruk"}],
    ]
    scenario = build_scenario(site, steps=steps)
    client.force_login(learner)
    run = start(client, scenario)
    act(client, run, "choose", "abaikan")
    page = client.get(f"/id/learn/simulations/runs/{run.pk}/").content.decode()
    assert "Perbaiki proses retur" not in page  # needs the earlier "selidiki" choice
    act(client, run, "choose", "perbaiki-retur")
    run.refresh_from_db()
    assert run.state["step"] == "putuskan" and run.is_open


@pytest.mark.parametrize("forged", ["perbaiki-retur", "tidak-ada", "x" * 500, ""])
def test_forged_or_foreign_choices_are_refused_and_change_nothing(
    client, learner, scenario, forged
):
    client.force_login(learner)
    run = start(client, scenario)
    before = (run.sequence, run.state)
    response = act(client, run, "choose", forged)
    assert response.status_code == 302
    run.refresh_from_db()
    assert (run.sequence, run.state) == before
    follow = client.get(response["Location"]).content.decode()
    assert 'class="message' in follow


def test_a_stale_tab_or_double_click_counts_once(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    old = run.sequence
    act(client, run, "choose", "selidiki", sequence=old)
    act(client, run, "choose", "selidiki", sequence=old)  # the double click
    run.refresh_from_db()
    assert run.state["step"] == "data"
    assert RunEvent.objects.filter(run=run, verb="choose").count() == 1


def test_budget_runs_out(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    act(client, run, "choose", "selidiki")
    act(client, run, "open", "retur")
    act(client, run, "open", "survei")
    act(client, run, "continue")
    run.refresh_from_db()
    assert run.state["budget"] == 70
    page = client.get(f"/id/learn/simulations/runs/{run.pk}/").content.decode()
    assert "Rp\u00a070\u00a0juta" in page  # money reads "Rp 70 juta", never "70 Rp juta"
    assert "Rp juta" not in page


def test_other_learners_runs_are_not_found(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    base = f"/id/learn/simulations/runs/{run.pk}"
    choice = {"action": "choose", "key": "selidiki", "sequence": 0}
    assert_not_found_by_others(
        get=[f"{base}/", f"{base}/debrief/"], post=[(f"{base}/act/", choice)]
    )
    run.refresh_from_db()
    assert run.state["step"] == "mulai"


def test_a_finished_run_accepts_nothing(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    act(client, run, "choose", "latih-cs")
    run.refresh_from_db()
    before = run.state
    act(client, run, "choose", "selidiki")
    run.refresh_from_db()
    assert run.state == before and run.status == "finished"


def test_a_run_resumes_on_another_device(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    act(client, run, "choose", "selidiki")
    other = Client()
    other.force_login(learner)
    assert start(other, scenario).pk == run.pk
    assert "Buka data" in other.get(f"/id/learn/simulations/runs/{run.pk}/").content.decode()


def test_going_back_only_when_allowed_and_it_is_recorded(client, learner, site):
    scenario = build_scenario(site, allow_back=True)
    client.force_login(learner)
    run = start(client, scenario)
    act(client, run, "choose", "selidiki")
    act(client, run, "back")
    run.refresh_from_db()
    assert run.state["step"] == "mulai"
    assert RunEvent.objects.filter(run=run, verb="back").exists()
    strict = build_scenario(site)
    strict_run = start(client, strict)
    act(client, strict_run, "choose", "selidiki")
    act(client, strict_run, "back")
    strict_run.refresh_from_db()
    assert strict_run.state["step"] == "data"


def test_every_action_is_an_xapi_statement(client, learner, scenario):
    client.force_login(learner)
    run = start(client, scenario)
    play_best(client, run)
    events = list(RunEvent.objects.filter(run=run))
    assert [e.verb for e in events] == [
        "launched",
        "choose",
        "open",
        "open",
        "continue",
        "choose",
        "completed",
    ]
    statement = events[1].statement
    assert statement["actor"]["account"]["name"] == str(learner.pk)
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert statement["object"]["id"].endswith("/steps/mulai/choices/selidiki")
    assert events[-1].statement["result"]["success"] is True


def test_no_more_runs_than_allowed(client, learner, site):
    scenario = build_scenario(site, attempts_allowed=1)
    client.force_login(learner)
    run = start(client, scenario)
    act(client, run, "choose", "latih-cs")
    client.post(f"/id/learn/simulations/{scenario.pk}/start/")
    assert ScenarioRun.objects.filter(user=learner).count() == 1

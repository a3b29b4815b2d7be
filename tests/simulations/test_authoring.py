"""Trainers author scenarios in the admin: checked on publish, previewed, reported on."""

import csv
import io

import pytest

from simulations import engine
from simulations.models import ScenarioPage, ScenarioRun
from tests.items import count_queries, start_try
from tests.simulations.conftest import STEPS, build_scenario, choice, step
from tests.simulations.generate import generate_scenario

pytestmark = pytest.mark.django_db


def test_the_demo_shape_validates(site):
    scenario = build_scenario(site)
    assert scenario.problems() == []


def test_a_broken_scenario_is_listed_with_its_problems(site):
    broken = [*STEPS[:1], step("data", "investigation", "Buka data", next_step="tidak-ada")]
    scenario = build_scenario(site, steps=broken)
    messages = [(p.step, p.message) for p in scenario.problems()]
    assert any(step_key == "data" for step_key, _ in messages)


def test_a_broken_scenario_cannot_be_played(client, learner, site):
    broken = [step("mulai", "decision", "Mulai", choices=[choice("a", "A", "hilang")])]
    scenario = build_scenario(site, steps=broken)
    client.force_login(learner)
    response = client.post(f"/id/learn/simulations/{scenario.pk}/start/", follow=True)
    assert not ScenarioRun.objects.exists()
    assert 'class="message' in response.content.decode()


def test_publishing_a_broken_scenario_is_refused_in_the_admin(client, trainer, site):
    from simulations.forms import ScenarioPageForm

    broken = [step("mulai", "decision", "Mulai", choices=[choice("a", "A", "hilang")])]
    scenario = build_scenario(site, steps=broken)
    form_class = ScenarioPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, ScenarioPageForm)
    form = form_class(instance=scenario, for_user=trainer)
    stream_data = {
        "competencies": scenario.competencies,
        "kpis": scenario.kpis,
        "steps": scenario.steps,
    }
    form.cleaned_data = {**stream_data, "budget": 100}
    form.data = {"action-publish": "1"}
    form._errors = {}
    form.clean()
    assert form.non_field_errors()
    form.data = {}
    form._errors = {}
    form.clean()
    assert not form.non_field_errors()  # drafts may be unfinished


def test_trainers_play_a_preview_run_that_counts_nowhere(client, trainer, scenario):
    client.force_login(trainer)
    response = client.get(f"/id/learn/simulations/{scenario.pk}/preview/")
    run = ScenarioRun.objects.get(user=trainer)
    assert response["Location"] == f"/id/learn/simulations/runs/{run.pk}/"
    assert run.preview_revision_id is not None
    client.post(
        f"/id/learn/simulations/runs/{run.pk}/act/",
        {"action": "choose", "key": "latih-cs", "sequence": run.sequence},
    )
    run.refresh_from_db()
    assert run.status == "finished"
    from courses.models import ItemProgress

    assert not ItemProgress.objects.filter(user=trainer).exists()


def test_learners_cannot_play_previews(client, learner, scenario):
    client.force_login(learner)
    assert client.get(f"/id/learn/simulations/{scenario.pk}/preview/").status_code == 403


def test_results_funnel_and_csv_for_trainers(client, trainer, learner, scenario):
    from django.test import Client

    player = Client()
    player.force_login(learner)
    player.post(f"/id/learn/simulations/{scenario.pk}/start/")
    run = ScenarioRun.objects.get(user=learner)
    player.post(
        f"/id/learn/simulations/runs/{run.pk}/act/",
        {"action": "choose", "key": "latih-cs", "sequence": run.sequence},
    )
    client.force_login(trainer)
    page = client.get(f"/admin/simulations/{scenario.pk}/results/").content.decode()
    assert "Latih ulang tim CS" in page
    body = b"".join(client.get(f"/admin/simulations/{scenario.pk}/results.csv").streaming_content)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8").lstrip("\ufeff"))))
    assert ["Rapat pertama", "1", "Latih ulang tim CS", "1"] in rows


def test_hr_and_learners_see_no_results(client, hr_user, learner, scenario):
    client.force_login(hr_user)
    assert client.get(f"/admin/simulations/{scenario.pk}/results/").status_code == 302
    client.force_login(learner)
    assert client.get(f"/admin/simulations/{scenario.pk}/results/").status_code == 403


def _with_raw(site, raw, title):
    from courses.models import ModulePage
    from tests.courses.conftest import build_course

    course = build_course(site, modules=1, lessons=1, title=f"Kursus {title}")
    module = course.add_child(instance=ModulePage(title="Modul"))
    page = module.add_child(
        instance=ScenarioPage(
            title=title,
            learner_role="CX lead",
            briefing="<p>Brief</p>",
            competencies=raw["competencies"],
            kpis=raw["kpis"],
            steps=raw["steps"],
            budget=raw["budget"],
        )
    )
    return ScenarioPage.objects.get(pk=page.pk)


# Measured and pinned: the same for 10 and 200 steps (the scenario is one page row;
# the engine works on it in memory).
PINNED = {"step page": 8, "choice": 12}


@pytest.mark.parametrize("what", ["step page", "choice"])
def test_step_page_and_choice_cost_the_same_for_10_and_200_steps(client, learner, site, what):
    counts = []
    for n in (10, 200):
        scenario = _with_raw(site, generate_scenario(n, seed=3), f"Gen {n}")
        assert scenario.problems() == []
        client.force_login(learner)
        runs = ScenarioRun.objects.filter(scenario_key=scenario.translation_key)
        run = start_try(client, scenario, runs)
        url = f"/id/learn/simulations/runs/{run.pk}/"
        count_queries(client, "get", url)
        if what == "step page":
            counts.append(count_queries(client, "get", url))
        else:
            available = engine.available_choices(scenario.graph, run.state)
            action = (
                {"action": "choose", "key": available[0].key}
                if available
                else {"action": "continue"}
            )
            counts.append(
                count_queries(client, "post", url + "act/", {**action, "sequence": run.sequence})
            )
    print(f"{what}: {counts[0]} queries with 10 steps, {counts[1]} with 200")
    assert counts[0] == counts[1]
    assert counts[1] == PINNED[what], f"the {what} now takes {counts[1]} queries"


def test_a_trainer_can_start_a_new_scenario_in_the_admin(client, trainer, scenario):
    client.force_login(trainer)
    module = scenario.get_parent()
    response = client.get(f"/admin/pages/add/simulations/scenariopage/{module.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Empati" in page  # the four competencies come filled in


def test_the_editor_shows_the_scenario_check(client, trainer, site):
    broken = [step("mulai", "decision", "Mulai", choices=[choice("a", "A", "hilang")])]
    scenario = build_scenario(site, steps=broken)
    client.force_login(trainer)
    page = client.get(f"/admin/pages/{scenario.pk}/edit/").content.decode()
    assert "<code>mulai</code>" in page
    sound = build_scenario(site, title="Sehat")
    page = client.get(f"/admin/pages/{sound.pk}/edit/").content.decode()
    assert f"/learn/simulations/{sound.pk}/preview/" in page

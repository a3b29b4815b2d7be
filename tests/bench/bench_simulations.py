"""Checking a 500-step scenario (the check runs on every save and publish)."""

import statistics
import time

from simulations import engine
from tests.simulations.generate import generate_scenario


def test_bench_validate_500_steps():
    raw = generate_scenario(500, seed=11)
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        problems = engine.validate_stream(
            competencies=raw["competencies"],
            kpis=raw["kpis"],
            steps=raw["steps"],
            budget=raw["budget"],
        )
        timings.append((time.perf_counter() - start) * 1000)
    assert problems == []
    print(
        f"\nvalidate 500 steps (parse + check): median {statistics.median(timings):.1f} ms, "
        f"max {max(timings):.1f} ms over {len(timings)} runs"
    )

"""Importing a 2,000-question GIFT file: parse time, import time, peak memory.

The file is generated (every GIFT kind in turn) so the benchmark needs nothing
from outside. Run with `make bench`; the figures go in the closing note.
"""

import time
import tracemalloc

import pytest

from quizzes.formats import gift
from quizzes.importing import import_questions
from quizzes.models import Question

pytestmark = pytest.mark.django_db

TEMPLATES = [
    "::Q{n} single:: Siapa yang bertanggung jawab atas titik sentuh {n}?"
    "{{=Tim CX#Benar ~Tim keuangan#Bukan ~Tim logistik#Bukan}}",
    "::Q{n} multi:: Metrik mana yang mengukur kepuasan ({n})?{{~%50%CSAT ~%50%NPS ~%-50%Omzet}}",
    "::Q{n} truefalse:: Layanan pelanggan bersifat reaktif ({n}).{{T#Salah#Benar}}",
    "::Q{n} short:: Singkatan CX adalah customer ...({n}) {{=experience =pengalaman}}",
    "::Q{n} numeric:: 200 jawaban, 90 promotor, 40 detraktor: berapa NPS ({n})?{{#25:0.5}}",
    "::Q{n} matching:: Pasangkan ({n}). {{=Reaktif -> Layanan =Jangka panjang -> Perawatan "
    "=Seluruh perjalanan -> Pengalaman}}",
]


def generate(count: int) -> str:
    lines = ["$CATEGORY: Benchmark/GIFT", ""]
    for n in range(count):
        lines += [TEMPLATES[n % len(TEMPLATES)].format(n=n), ""]
    return "\n".join(lines)


def test_bench_import_2000_gift_questions(site):
    text = generate(2000)
    size_kb = len(text.encode()) / 1024

    start = time.perf_counter()
    parsed = gift.parse_gift(text)
    parse_seconds = time.perf_counter() - start
    assert not parsed.problems and len(parsed.questions) == 2000

    tracemalloc.start()
    start = time.perf_counter()
    report = import_questions(data=text.encode(), fmt="gift", category_path="Bench")
    import_seconds = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert report.ok and report.created == 2000
    assert Question.objects.count() == 2000
    print(
        f"\nGIFT import, 2,000 questions ({size_kb:.0f} KB): parse {parse_seconds:.2f} s, "
        f"parse + validate + write {import_seconds:.2f} s "
        f"({1000 * import_seconds / 2000:.2f} ms per question), "
        f"peak Python memory {peak / 1024 / 1024:.1f} MB"
    )

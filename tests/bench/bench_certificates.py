"""What PDF/A and the locked renderer cost, and whether rendering leaks.

1. A realistic certificate (the PDF base template, a long Indonesian name, the QR
   code, two signatures) rendered RUNS times through `render_pdf` (PDF/A-3b,
   metadata, bounds, fonts kept between renders), RUNS times the same with the fonts
   reloaded every time, and RUNS times through plain WeasyPrint with the same
   fetcher, interleaved so that drift on a shared machine hits all alike. Prints
   median and p95 of each and the ratios of medians (target: within 1.3×).
2. LEAK_RUNS renders in a row, with the process's resident memory after every 100.
   Asserts only that it stays flat (a leak in Pango, Fontconfig or WeasyPrint's font
   files would show here); the figures go in the issue's closing note.

Run with `make bench`.
"""

import logging
import os
import resource
import statistics
import time
from pathlib import Path

import pytest
from django.template import engines

from certificates import rendering
from certificates.rendering import qr_svg, raw_render, render_pdf

RUNS = 200
LEAK_RUNS = 1_000
CHECKPOINT = 100
# Growth allowed between the first checkpoint and the last.
LEAK_LIMIT_MB = 50

CODE = "CXA-7K2M-94QD-XR3T-B8WN"
METADATA = {
    "title": "Pelayanan Pelanggan Prima: Raden Ajeng Siti Nurhaliza Rahmawati",
    "author": "CX Academy",
    "subject": f"Sertifikat {CODE}",
    "language": "id",
}

CERTIFICATE = """{% extends "certificates/pdf/base.html" %}
{% block title %}Sertifikat Kelulusan{% endblock %}
{% block styles %}
  .frame {
    box-sizing: border-box;
    height: 186mm;
    border: 2.5mm double #0b4f6c;
    padding: 12mm 18mm 10mm;
    text-align: center;
  }
  .academy { font-weight: 700; letter-spacing: 0.3em; text-transform: uppercase;
             color: #0b4f6c; font-size: 10pt; margin: 0; }
  h1 { font-family: "Noto Serif", serif; font-weight: 400; font-size: 34pt;
       margin: 6mm 0 4mm; }
  .lead { margin: 0; color: #555; }
  .learner-name { font-size: 24pt; font-weight: 700; margin: 3mm 0 4mm;
                  border-bottom: 0.4mm solid #0b4f6c; display: inline-block;
                  padding: 0 8mm 1mm; }
  .course { font-size: 15pt; font-weight: 700; margin: 2mm 0 1mm; }
  .date { margin: 0 0 8mm; }
  table.footer { width: 100%; border-collapse: collapse; margin-top: 6mm; }
  table.footer td { width: 33%; vertical-align: bottom; padding: 0 4mm; }
  .signature { border-top: 0.3mm solid #1a1a1a; padding-top: 1.5mm; font-size: 9.5pt; }
  .signature strong { display: block; font-size: 10.5pt; }
  .qr { text-align: center; }
  .qr svg { width: 26mm; height: 26mm; }
  .code { font-size: 8.5pt; letter-spacing: 0.08em; margin: 1mm 0 0; }
{% endblock %}
{% block content %}
<div class="frame">
  <p class="academy">CX Academy</p>
  <h1>Sertifikat Kelulusan</h1>
  <p class="lead">Dengan bangga diberikan kepada</p>
  <p class="learner-name">{{ learner_name }}</p>
  <p class="lead">atas keberhasilannya menyelesaikan kursus</p>
  <p class="course">{{ course_title }}</p>
  <p class="date">pada {{ completed_on }}, dengan nilai akhir {{ score }}</p>
  <table class="footer">
    <tr>
      <td><div class="signature"><strong>Dewi Kartika Sari</strong>Kepala CX Academy</div></td>
      <td class="qr">{{ qr }}<p class="code">{{ code }}</p></td>
      <td><div class="signature"><strong>Bambang Hadi Prasetyo</strong>
        Direktur Layanan Pelanggan</div></td>
    </tr>
  </table>
</div>
{% endblock %}
"""


@pytest.fixture(autouse=True)
def _quiet_weasyprint():
    # WeasyPrint logs seven progress lines per render at INFO; over a thousand renders
    # pytest's log capture would hold them all and pass for a leak.
    progress = logging.getLogger("weasyprint.progress")
    level = progress.level
    progress.setLevel(logging.WARNING)
    yield
    progress.setLevel(level)


def certificate_html():
    """The certificate the benchmark renders; also handy for eyeballing the base template."""
    template = engines["django"].from_string(CERTIFICATE)
    return template.render(
        {
            "learner_name": "Raden Ajeng Siti Nurhaliza Rahmawati Kusumawardhani",
            "course_title": "Pelayanan Pelanggan Prima: Menangani Keluhan dengan Empati",
            "completed_on": "14 Maret 2025",
            "score": "92,5%",
            "code": CODE,
            "qr": qr_svg(f"https://academy.example.co.id/id/certificates/verify/{CODE}/"),
        }
    )


def _timed_ms(fn):
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _p95(times):
    return sorted(times)[int(len(times) * 0.95) - 1]


def _rss_mb():
    """Resident memory now (Linux), falling back to the peak elsewhere."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return _peak_rss_mb()
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def test_bench_pdfa_render_against_plain_weasyprint(monkeypatch):
    html = certificate_html()

    def pdfa():
        return render_pdf(html, **METADATA)

    def pdfa_fresh_fonts():
        # Like for like with plain WeasyPrint, which loads the fonts for every render.
        with monkeypatch.context() as patch:
            patch.setattr(rendering, "FONT_CONFIG_RENDERS", 1)
            return render_pdf(html, **METADATA)

    def plain():
        return raw_render(html)

    runs = {pdfa: [], pdfa_fresh_fonts: [], plain: []}
    for fn in runs:
        fn()  # warm: imports, Fontconfig cache, font files
    for _ in range(RUNS):
        for fn, times in runs.items():
            times.append(_timed_ms(fn))

    medians = {fn: statistics.median(times) for fn, times in runs.items()}
    print(f"\ncertificate PDF, {RUNS} renders each, interleaved")
    for fn, label in (
        (pdfa, "render_pdf (PDF/A-3b)"),
        (pdfa_fresh_fonts, "render_pdf, fonts reloaded"),
        (plain, "plain WeasyPrint"),
    ):
        print(
            f"  {label:<28} median {medians[fn]:6.1f} ms, p95 {_p95(runs[fn]):6.1f} ms, "
            f"{len(fn()):,} bytes"
        )
    print(
        f"  ratio of medians to plain: {medians[pdfa] / medians[plain]:.2f}× as used, "
        f"{medians[pdfa_fresh_fonts] / medians[plain]:.2f}× with fonts reloaded "
        "(target ≤ 1.3×)"
    )


def test_bench_memory_stays_flat_over_1000_renders():
    html = certificate_html()
    render_pdf(html, **METADATA)  # warm

    series = []
    start = time.perf_counter()
    for done in range(1, LEAK_RUNS + 1):
        render_pdf(html, **METADATA)
        if done % CHECKPOINT == 0:
            series.append((done, _rss_mb(), _peak_rss_mb()))
    elapsed = time.perf_counter() - start

    print(f"\n{LEAK_RUNS} renders in {elapsed:.0f} s ({elapsed / LEAK_RUNS * 1000:.0f} ms each)")
    print("  renders   RSS MB   peak RSS MB")
    for done, rss, peak in series:
        print(f"  {done:>7}   {rss:>6.1f}   {peak:>11.1f}")

    growth = series[-1][1] - series[0][1]
    assert growth < LEAK_LIMIT_MB, (
        f"resident memory grew {growth:.1f} MB from render {series[0][0]} to {series[-1][0]}"
    )

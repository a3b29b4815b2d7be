"""A knowledge check says its verdict once (issue 15): the widget says "Belum tepat."
or "Benar!", so feedback that opens with a verdict of its own loses it."""

import pytest

from courses.blocks import KnowledgeCheckBlock, feedback_without_verdict


@pytest.mark.parametrize(
    ("feedback", "shown"),
    [
        ("<p>Belum tepat. Kartu hilang adalah masalah.</p>", "<p>Kartu hilang adalah masalah.</p>"),
        ("<p>Kurang tepat. Itu layanan.</p>", "<p>Itu layanan.</p>"),
        ("<p>Not quite. A lost card is a problem.</p>", "<p>A lost card is a problem.</p>"),
        ("<p>Tepat. Bank datang lebih dulu.</p>", "<p>Bank datang lebih dulu.</p>"),
        ("<p>Right! No problem was reported.</p>", "<p>No problem was reported.</p>"),
        ("<p>Belum tepat.</p><p>Coba lagi.</p>", "<p>Coba lagi.</p>"),
        # Not a verdict of its own: kept as written.
        ("<p>Tepat sekali waktunya.</p>", "<p>Tepat sekali waktunya.</p>"),
        ("<p>Correct answers need a total.</p>", "<p>Correct answers need a total.</p>"),
        ("<p>Ya, <b>belum tepat.</b></p>", "<p>Ya, <b>belum tepat.</b></p>"),
        ("", ""),
    ],
)
def test_feedback_loses_a_verdict_it_opens_with(feedback, shown):
    assert feedback_without_verdict(feedback) == shown


def test_evaluating_an_answer_gives_feedback_without_a_second_verdict():
    block = KnowledgeCheckBlock()
    value = block.to_python(
        {
            "question": "Manakah contoh perawatan pelanggan?",
            "choices": [
                {"text": "A", "correct": False, "feedback": "<p>Belum tepat. Itu reaktif.</p>"},
                {"text": "B", "correct": True, "feedback": "<p>Tepat. Itu proaktif.</p>"},
            ],
            "explanation": "<p>Perawatan datang lebih dulu.</p>",
        }
    )
    wrong = value.evaluate(0)
    assert not wrong["correct"]
    assert wrong["feedback"] == "<p>Itu reaktif.</p><p>Perawatan datang lebih dulu.</p>"
    assert value.evaluate(1)["feedback"].startswith("<p>Itu proaktif.</p>")


def test_feedback_stays_sanitised():
    shown = feedback_without_verdict(
        '<p>Belum tepat. <script>alert(1)</script><a href="x">x</a></p>'
    )
    assert "<script" not in shown
    assert shown.startswith("<p>")

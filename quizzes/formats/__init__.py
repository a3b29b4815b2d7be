"""Question interchange formats: GIFT and Moodle XML, read into plain dataclasses.

Pure parsing and writing; the import service maps the results onto the question bank.
"""

from quizzes.formats.base import (
    KINDS,
    Choice,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    ParseResult,
    Problem,
)
from quizzes.formats.gift import export_gift, parse_gift
from quizzes.formats.moodlexml import parse_moodle_xml

__all__ = [
    "KINDS",
    "Choice",
    "MatchPair",
    "NumericAnswer",
    "ParseResult",
    "ParsedQuestion",
    "Problem",
    "export_gift",
    "parse_gift",
    "parse_moodle_xml",
]

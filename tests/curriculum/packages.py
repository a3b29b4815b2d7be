"""The shipped course packages, read as the loader reads them (checked whole), for the
tests that recompute their facts."""

import functools

from cxacademy.packages.loader import Package, read_package
from cxacademy.packages.pages import PageSpec
from cxacademy.packages.questions import BankQuestion
from cxacademy.packages.site import CONTENT

FOUNDATIONS = "cx-foundations"
MINDSET = "cx-mindset"


@functools.cache
def shipped(name: str) -> Package:
    return read_package(CONTENT / name)


def modules(name: str) -> list[PageSpec]:
    return shipped(name).course.children


def items(name: str, kind: str | None = None) -> list[PageSpec]:
    """The course's items in course order (of one kind: "lesson", "quiz", "scenario")."""
    return [
        item
        for module in modules(name)
        for item in module.children
        if kind is None or item.kind.name == kind
    ]


def fields(spec: PageSpec, language: str) -> dict:
    """A page's model fields in `language` ("id" or "en"), as the loader writes them."""
    return spec.fields[language]


def scenario(name: str, slug: str) -> PageSpec:
    """A simulation of the package by its Indonesian slug."""
    return next(s for s in items(name, "scenario") if s.fields["id"]["slug"] == slug)


def quiz_questions(name: str, quiz: PageSpec) -> list[BankQuestion]:
    """The questions of a quiz, in the quiz's order."""
    by_name = {question.name: question for question in shipped(name).bank.questions}
    entries = quiz.extra.get("questions", [])
    return [by_name[e["name"] if isinstance(e, dict) else e] for e in entries]

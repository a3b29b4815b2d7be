"""Builds the course "CX Mindset" (content in this package) as a published Indonesian
page tree with its English translation. Idempotent: pages, questions and templates
that exist are kept.

The course, in page order:

1. CS, customer care and CX: five lessons, the simulation "Defective product: from
   service to care", the module 1 quiz;
2. Customer journey mapping: four lessons, the module 2 quiz;
3. Measuring CX: five lessons (the metric lab is the last), the retail retention case,
   the module 3 quiz;
4. CX strategy and culture: five lessons, the simulations "I already told you that"
   (omnichannel) and "Chatbot handover", the module 4 quiz;
5. Final assessment: the final assessment across the four modules.

Each module's quiz closes it, after the simulation that practises the module. The
retail retention case is also the short demo course's simulation; here it is a page of
its own (its own progress and runs), built from the same content.

The Indonesian course carries the Indonesian certificate template and the English
course the English one, so a learner who finishes in English gets the English
certificate.
"""

from decimal import Decimal

from wagtail.models import Locale

from courses.models import CoursePage, ModulePage
from cxacademy.home import demo_scenario
from cxacademy.home.curriculum.course import (
    CX_MINDSET,
    CX_MINDSET_CERTIFICATE,
    CX_MINDSET_CERTIFICATE_EN,
)
from cxacademy.home.curriculum.quizzes import FINAL_ASSESSMENT, MODULE_QUIZZES
from cxacademy.home.curriculum.scenario_chatbot import CHATBOT_SCENARIO
from cxacademy.home.curriculum.scenario_defective import DEFECTIVE_SCENARIO
from cxacademy.home.curriculum.scenario_omnichannel import OMNICHANNEL_SCENARIO
from cxacademy.home.demo_content import CATALOGUE
from cxacademy.home.demo_course import _child, _translation, build_demo_course
from cxacademy.home.demo_quiz_loader import build_demo_quiz
from cxacademy.home.demo_scenario_loader import _fields as scenario_fields
from simulations.models import ScenarioPage

FINAL_MODULE = {
    "slug": "penilaian-akhir",
    "id": {
        "title": "Penilaian akhir",
        "summary": (
            "Satu penilaian yang mencakup keempat modul. Lulus penilaian ini, bersama kuis "
            "modul dan simulasinya, untuk mendapatkan sertifikat."
        ),
    },
    "en": {
        "title": "Final assessment",
        "summary": (
            "One assessment across all four modules. Pass it, with the module quizzes and "
            "the simulations, to earn the certificate."
        ),
    },
}

# The simulations of each module (by module slug), in order, after its lessons.
SIMULATIONS = {
    "cs-care-dan-cx": [DEFECTIVE_SCENARIO],
    "mengukur-cx": [demo_scenario.DEMO_SCENARIO],
    "strategi-dan-budaya-cx": [OMNICHANNEL_SCENARIO, CHATBOT_SCENARIO],
}


def build_scenario(content: dict, module: ModulePage, english: Locale) -> ScenarioPage:
    """The simulation `content` in `module`, with its English translation."""
    scenario = ScenarioPage.objects.child_of(module).filter(slug=content["slug"]).first()
    if scenario is None:
        scenario = module.add_child(
            instance=ScenarioPage(
                slug=content["slug"],
                budget=content["budget"],
                pass_mark=Decimal(content["pass_mark"]),
                attempts_allowed=content["attempts_allowed"],
                **scenario_fields(content, "id"),
            )
        )
        scenario.save_revision().publish()
    _translation(scenario, english, scenario_fields(content, "en"))
    return scenario


def _certificate_templates(course: CoursePage, english: Locale) -> None:
    """The course's certificate, Indonesian on the Indonesian course and English on its
    translation; a template a trainer has set on the course since is kept."""
    from certificates.models import CertificateTemplate

    for fields, page in [
        (CX_MINDSET_CERTIFICATE, course),
        (CX_MINDSET_CERTIFICATE_EN, course.get_translation(english).specific),
    ]:
        template, _created = CertificateTemplate.objects.get_or_create(
            name=fields["name"], defaults={k: v for k, v in fields.items() if k != "name"}
        )
        if page.certificate_template_id is None:
            page.certificate_template = template
            page.save_revision().publish()


def build_cx_mindset() -> CoursePage:
    """The whole course, published in both languages, with its certificate templates."""
    english = Locale.objects.get(language_code="en")
    course = build_demo_course(CX_MINDSET, CATALOGUE)
    for module_content, quiz in zip(CX_MINDSET["modules"], MODULE_QUIZZES, strict=True):
        module = ModulePage.objects.child_of(course).get(slug=module_content["slug"])
        for scenario in SIMULATIONS.get(module_content["slug"], []):
            build_scenario(scenario, module, english)
        build_demo_quiz({**quiz, "module": module_content["slug"]}, course)

    final = _child(course, ModulePage, FINAL_MODULE["slug"], FINAL_MODULE["id"])
    _translation(final, english, FINAL_MODULE["en"])
    build_demo_quiz({**FINAL_ASSESSMENT, "module": FINAL_MODULE["slug"]}, course)

    course = CoursePage.objects.get(pk=course.pk)
    _certificate_templates(course, english)
    return CoursePage.objects.get(pk=course.pk)

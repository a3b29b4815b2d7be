"""Format-string attacks: text a person typed must never become a format string.

Tries every string in ATTACKS (attribute and index lookups that reach module globals and
the settings, positional fields, conversions, format specs, unclosed braces, %-style and
$-style fields) through:

- the certificate template editor (a trainer saving the text): a form error that names
  the mistake and lists the valid placeholders, status 200, nothing saved;
- the template's PDF preview and a learner's issued certificate, for a template stored
  with the text before the editor checked it: the PDF renders, the text prints as typed;
- the learner's name and the course title on a certificate (values, never templates);
- the mails that put a person's name or a course title in a translated text: the
  certificate expiry reminder, the assignment reminder and the invitation.

Must hold everywhere: no 500, no exception, and settings.SECRET_KEY in no output. The
first attack is a working exploit of `str.format_map` (it printed the key before the fix).
"""

import datetime
import re
import subprocess

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone
from django.utils.html import escape

from certificates import documents, placeholders
from certificates.models import Certificate, CertificateTemplate
from tests.courses.conftest import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Found by walking attributes and string keys from a SafeString (a filled-in value):
# with str.format_map this prints the settings' SECRET_KEY.
EXPLOIT = (
    "{name.__class__.__add__.__globals__[__loader__].__init__.__globals__[sys]"
    ".modules[django.conf].settings.SECRET_KEY}"
)
ATTACKS = [
    EXPLOIT,
    "{course.__class__.__add__.__globals__[__loader__].__init__.__globals__[sys]"
    ".modules[os].environ}",
    "{name.__init__.__globals__}",
    "{name.__class__.__add__.__globals__}",
    "{course.__class__.__mro__}",
    "{name.__class__.__base__.__subclasses__}",
    "{date.__doc__}",
    "{settings.SECRET_KEY}",
    "{settings}",
    "{0}",
    "{0.__class__}",
    "{}",
    "{name[0]}",
    "{name[__class__]}",
    "{name!r}",
    "{name!s:^99999999}",
    "{name:%s}",
    "{name:>10}",
    "{score:,}",
    "{:99999999}",
    "{name:{course}}",
    "{name.first}",
    "{foo}",
    "{Name}",
    "{ name }",
    "{name",
    "name}",
    "{%(name)s}",
    "{{{name.__class__}}}",
    "{" * 3000 + "name" + "}" * 3001,
]
# Not placeholders under the rule at all, so the editor accepts them; they must print
# exactly as typed.
LITERAL = ["%(name)s", "%s %d %%", "${name}", "$name", "{{name.__class__}}"]


def _secrets():
    found = [settings.SECRET_KEY]
    password = settings.DATABASES["default"].get("PASSWORD")
    return [secret for secret in found + [password] if secret]


def _assert_no_secret(output):
    text = output.decode("utf-8", "replace") if isinstance(output, bytes) else str(output)
    for secret in _secrets():
        assert secret not in text


def _pdf_text(pdf, tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def _squeezed(text):
    return re.sub(r"\s+", "", text)


def _form_data(template, **changes):
    data = {
        "name": template.name,
        "language": template.language,
        "orientation": template.orientation,
        "primary_colour": template.primary_colour,
        "accent_colour": template.accent_colour,
        "title": template.title,
        "body": template.body,
        "signatory_1_name": template.signatory_1_name,
        "signatory_1_title": template.signatory_1_title,
        "signatory_2_name": "",
        "signatory_2_title": "",
        "validity_months": template.validity_months or "",
    }
    return data | changes


def _store(template, body):
    """As a template saved before the editor checked placeholders: no validation."""
    CertificateTemplate.objects.filter(pk=template.pk).update(body=body)
    template.refresh_from_db()
    return template


def test_the_exploit_is_a_real_one():
    # Guards the suite itself: the first attack does reach the key through str.format.
    assert settings.SECRET_KEY in EXPLOIT.format_map({"name": escape("Budi")})


@pytest.mark.parametrize("attack", ATTACKS, ids=range(len(ATTACKS)))
def test_the_editor_refuses_the_attack_and_lists_the_valid_placeholders(
    client, trainer, cert_template, attack
):
    saved = cert_template.body
    client.force_login(trainer)
    response = client.post(
        f"/admin/snippets/certificates/certificatetemplate/edit/{cert_template.pk}/",
        _form_data(cert_template, body=f"Untuk {{name}}: {attack}"),
    )
    assert response.status_code == 200
    [error] = response.context["form"].errors["body"]
    assert placeholders.listed() in error
    page = response.content.decode()
    assert escape(error) in page  # shown on the page, by the field
    _assert_no_secret(page)
    cert_template.refresh_from_db()
    assert cert_template.body == saved and cert_template.version == 1


@pytest.mark.parametrize("literal", LITERAL)
def test_the_editor_accepts_text_that_only_looks_like_a_field(
    client, trainer, cert_template, literal
):
    client.force_login(trainer)
    response = client.post(
        f"/admin/snippets/certificates/certificatetemplate/edit/{cert_template.pk}/",
        _form_data(cert_template, body=f"Untuk {{name}}: {literal}"),
    )
    assert response.status_code == 302
    cert_template.refresh_from_db()
    expected = placeholders.fill(f"Untuk {{name}}: {literal}", {"name": "Budi"})
    assert documents.body_text(cert_template, {"name": "Budi"}) == expected
    _assert_no_secret(documents.body_text(cert_template, {"name": "Budi"}))


@pytest.mark.parametrize("attack", ATTACKS + LITERAL, ids=range(len(ATTACKS + LITERAL)))
def test_the_preview_of_a_stored_attack_prints_it_as_typed(
    client, trainer, cert_template, attack, tmp_path
):
    _store(cert_template, f"Untuk {{name}}: {attack}")
    client.force_login(trainer)
    response = client.get(f"/admin/certificates/templates/{cert_template.pk}/preview.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    _assert_no_secret(response.content)
    text = _pdf_text(response.content, tmp_path)
    _assert_no_secret(text)
    sample = {"name": "Siti Rahmawati", "course": "Dasar-dasar CX"}
    expected = placeholders.fill(f"Untuk {{name}}: {attack}", sample)
    if len(attack) < 200:  # the brace flood wraps over many lines; its HTML is checked below
        assert _squeezed(expected) in _squeezed(text)
    html = documents.certificate_html(documents.sample_certificate(cert_template))
    _assert_no_secret(html)


@pytest.fixture
def issued(learner, cert_template):
    """A learner's certificate of `cert_template`, as issuance stores it."""
    today = timezone.localdate()
    return Certificate.objects.create(
        user=learner,
        course_key="00000000-0000-4000-8000-000000000014",
        template=cert_template,
        learner_name="Budi Santoso",
        course_title="Dasar CX",
        completed_on=today,
        expires_on=today + datetime.timedelta(days=365),
        snapshot={
            "learner_name": "Budi Santoso",
            "course_title": "Dasar CX",
            "completed_on": today.isoformat(),
            "score": "88.0",
            "hours": "2.0",
        },
    )


def test_every_stored_attack_renders_on_a_learner_certificate(issued, cert_template):
    _store(cert_template, " | ".join(["{name} {number}", *ATTACKS, *LITERAL]))
    issued.refresh_from_db()
    html = documents.certificate_html(issued)
    _assert_no_secret(html)
    assert "Budi Santoso" in html and issued.code in html
    assert documents.certificate_pdf(issued).startswith(b"%PDF")


@pytest.mark.parametrize("attack", ATTACKS + LITERAL, ids=range(len(ATTACKS + LITERAL)))
def test_an_attack_in_a_name_or_course_title_is_printed_as_a_value(issued, attack):
    issued.snapshot = {**issued.snapshot, "learner_name": attack, "course_title": attack}
    issued.learner_name = issued.course_title = attack[:200]
    html = documents.certificate_html(issued)
    _assert_no_secret(html)
    body = documents.body_text(
        issued.template, {"name": attack, "course": attack, "number": issued.code}
    )
    _assert_no_secret(body)
    assert body.count(str(escape(attack))) >= 2  # "{name} untuk {course}"


# --- Mails that put a person's text into a translated message -----------------------------

HOSTILE_NAME = "%(email)s{name.__class__}%s " + EXPLOIT
HOSTILE_TITLE = "%(name)s %(url)s {course.__class__.__mro__} %s " + EXPLOIT


def _assert_mail_holds(message, *typed):
    _assert_no_secret(message.subject)
    _assert_no_secret(message.body)
    for text in typed:
        assert text in message.subject + message.body


def test_the_certificate_expiry_reminder_prints_a_hostile_name_and_title_as_typed(issued):
    from certificates import services

    Certificate.objects.filter(pk=issued.pk).update(
        learner_name=HOSTILE_NAME, course_title=HOSTILE_TITLE
    )
    mail.outbox.clear()
    assert services.reminder_send(certificate=issued, days=30)
    [message] = mail.outbox
    _assert_mail_holds(message, HOSTILE_NAME, HOSTILE_TITLE)


def test_the_assignment_reminder_prints_a_hostile_name_and_title_as_typed(site):
    from courses import services
    from courses.models import Enrolment

    course = build_course(site, modules=1, lessons=1, title=HOSTILE_TITLE)
    person = UserFactory(full_name=HOSTILE_NAME)
    enrolment = Enrolment.objects.create(
        user=person,
        course_key=course.translation_key,
        due_date=timezone.localdate() + datetime.timedelta(days=3),
    )
    mail.outbox.clear()
    assert services.assignment_reminder_send(enrolment_id=enrolment.pk, kind="before-7")
    [message] = mail.outbox
    _assert_mail_holds(message, HOSTILE_TITLE, person.get_short_name())


def test_the_invitation_prints_a_hostile_name_as_typed(site):
    from cxacademy.accounts.tasks import send_invitation

    person = UserFactory(full_name=HOSTILE_NAME)
    person.set_unusable_password()
    person.save()
    mail.outbox.clear()
    assert send_invitation.call(person.pk)
    [message] = mail.outbox
    _assert_mail_holds(message, person.get_short_name())

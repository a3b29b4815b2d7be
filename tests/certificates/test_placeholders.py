"""Placeholders in certificate text: what a trainer may write, what the editor refuses,
and what a learner's certificate shows."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from certificates import documents, placeholders
from certificates.models import CertificateTemplate

VALUES = {
    "name": "Budi Santoso",
    "course": "Dasar CX",
    "date": "7 Desember 2026",
    "score": "92,5%",
    "hours": "1,5",
    "number": "CXA-7K2M-94QD-XR3T-B8WN",
    "expiry": "7 Desember 2028",
}
MISTAKES = [
    "{name.first}",
    "{0}",
    "{}",
    "{foo}",
    "{Name}",
    "{ name }",
    "{name!r}",
    "{name:>10}",
    "{name[0]}",
    "{name.__class__}",
]


def test_every_placeholder_is_filled_in():
    text = "{name} · {course} · {date} · {score} · {hours} · {number} · {expiry}"
    assert placeholders.fill(text, VALUES) == " · ".join(VALUES.values())


def test_double_braces_print_one_brace():
    assert placeholders.fill("{{name}} = {name}", VALUES) == "{name} = Budi Santoso"
    assert placeholders.problems("{{name}} and }} and {{") == []


@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_mistake_is_printed_as_typed_and_listed_as_a_problem(mistake):
    text = f"Untuk {{name}}: {mistake}."
    assert placeholders.fill(text, VALUES) == f"Untuk Budi Santoso: {mistake}."
    assert placeholders.problems(text) == [mistake]


@pytest.mark.parametrize(
    ("text", "shown"), [("Nilai {score", "{score"), ("a } b", "}"), ("x {", "{")]
)
def test_a_brace_left_open_or_standing_alone_is_a_problem(text, shown):
    assert placeholders.fill(text, VALUES) == text
    assert placeholders.problems(text) == [shown]


def test_a_value_holding_a_placeholder_is_not_filled_in_again():
    values = {**VALUES, "name": "{course} {name.__class__}"}
    assert placeholders.fill("{name} / {course}", values) == "{course} {name.__class__} / Dasar CX"


def test_a_known_placeholder_without_a_value_stays_as_typed():
    assert placeholders.fill("{name} {expiry}", {"name": "Budi"}) == "Budi {expiry}"


PIECES = st.lists(
    st.one_of(
        st.text(max_size=8),
        st.sampled_from(["{", "}", "{{", "}}", ".", "!r", ":>", "[0]", "__class__"]),
        st.sampled_from([f"{{{name}}}" for name in placeholders.PLACEHOLDERS]),
    ),
    max_size=12,
).map("".join)


@given(PIECES)
def test_good_text_reads_as_python_would_and_no_text_raises(text):
    filled = placeholders.fill(text, VALUES)
    found = placeholders.problems(text)
    if not found:
        # Text the editor accepts means what it meant under str.format (the old rule),
        # which only ever differed on the mistakes.
        assert filled == text.format_map(VALUES)
        placeholders.validate(text)
    else:
        with pytest.raises(ValidationError):
            placeholders.validate(text)


@given(st.text().filter(lambda text: "{" not in text and "}" not in text))
def test_text_without_braces_is_left_alone(text):
    assert placeholders.fill(text, VALUES) == text
    assert placeholders.problems(text) == []


def test_a_runaway_mistake_is_cut_in_the_message():
    [shown] = placeholders.problems("{" + "x" * 500 + "}")
    assert len(shown) < 50 and shown.endswith("…")


def test_the_message_names_each_mistake_once_and_lists_the_valid_placeholders():
    with translation.override("id"), pytest.raises(ValidationError) as caught:
        placeholders.validate("{name.first} dan {0} dan {name.first}")
    [message] = caught.value.messages
    assert "{name.first}, {0}" in message
    assert "{name}, {course}, {date}, {score}, {hours}, {number}, {expiry}" in message


def test_model_validation_puts_the_error_on_the_text_field():
    template = CertificateTemplate(name="Uji", body="Untuk {name.first}")
    with pytest.raises(ValidationError) as caught:
        template.full_clean()
    assert "{name.first}" in caught.value.message_dict["body"][0]


@pytest.mark.django_db
def test_a_template_saved_with_a_mistake_before_the_check_still_renders(cert_template):
    # Saved around validation, as rows written before the editor checked them were.
    CertificateTemplate.objects.filter(pk=cert_template.pk).update(
        body="Untuk {name.first} ({name}), {0}, {name:>10} <b>{course}</b>"
    )
    cert_template.refresh_from_db()
    sample = documents.sample_certificate(cert_template)
    html = documents.certificate_html(sample)
    assert (
        "Untuk {name.first} (Siti Rahmawati), {0}, {name:&gt;10} "
        "&lt;b&gt;Dasar-dasar CX&lt;/b&gt;" in html
    )
    assert documents.certificate_pdf(sample).startswith(b"%PDF")


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


def _edit_url(template):
    return f"/admin/snippets/certificates/certificatetemplate/edit/{template.pk}/"


@pytest.mark.django_db
def test_the_editor_refuses_a_mistake_and_lists_the_valid_placeholders(
    client, trainer, cert_template
):
    client.force_login(trainer)
    response = client.post(
        _edit_url(cert_template),
        _form_data(cert_template, body="Untuk {name.first} pada {date}"),
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert response.status_code == 200
    [error] = response.context["form"].errors["body"]
    assert "{name.first}" in error
    assert "{name}, {course}, {date}, {score}, {hours}, {number}, {expiry}" in error
    assert escape(error) in response.content.decode()  # shown on the page, by the field
    cert_template.refresh_from_db()
    assert "{name.first}" not in cert_template.body
    assert cert_template.version == 1


@pytest.mark.django_db
def test_the_editor_saves_good_text_with_escaped_braces(client, trainer, cert_template):
    client.force_login(trainer)
    body = "Untuk {name} ({{kode}} {number}) pada {date}"
    response = client.post(_edit_url(cert_template), _form_data(cert_template, body=body))
    assert response.status_code == 302
    cert_template.refresh_from_db()
    assert cert_template.body == body
    text = documents.body_text(cert_template, VALUES)
    assert text == "Untuk Budi Santoso ({kode} CXA-7K2M-94QD-XR3T-B8WN) pada 7 Desember 2026"


@pytest.mark.django_db
def test_a_learner_cannot_reach_the_editor(client, learner, cert_template):
    client.force_login(learner)
    response = client.post(_edit_url(cert_template), _form_data(cert_template, body="{0}"))
    assert response.status_code in (302, 403)
    cert_template.refresh_from_db()
    assert cert_template.body != "{0}"

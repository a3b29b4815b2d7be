"""Names: stored as NFC, refused when they hold direction controls, control or
invisible characters (look-alike names on the public verification page), and
flagged when certificates would print part of them as empty boxes."""

import re
import unicodedata
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from cxacademy.accounts import people_services
from cxacademy.accounts.adapter import SocialAccountAdapter
from cxacademy.accounts.forms import SignupForm
from cxacademy.accounts.models import User
from cxacademy.accounts.people_import import Status, plan_import, read_file
from cxacademy.names import (
    person_name_clean,
    person_name_shown,
    person_name_stripped,
    refused_characters,
)
from tests.factories import PASSWORD

HEADER = "Employee ID,Full name,Email"

DIRECTION = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
]
INVISIBLE = [
    "\u200b",  # zero width space
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u180e",  # Mongolian vowel separator
    "\u00ad",  # soft hyphen
    "\u2061",  # function application
    "\u2064",  # invisible plus
    "\u206a",  # inhibit symmetric swapping
    "\ufff9",  # interlinear annotation anchor
    "\U000e0041",  # tag latin capital letter A ("ASCII smuggling")
    "\U0001d173",  # musical symbol begin beam
    "\u034f",  # combining grapheme joiner
    "\u115f",  # Hangul choseong filler
    "\u3164",  # Hangul filler
    "\uffa0",  # halfwidth Hangul filler
    "\u2800",  # braille pattern blank
    "\u17b4",  # Khmer vowel inherent aq
]
CONTROL = ["\x00", "\x07", "\x1b", "\x1f", "\x7f", "\x85", "\x9b"]
JOINERS_OUT_OF_PLACE = [
    "Bu\u200cdi",  # between Latin letters: changes nothing visible
    "Bu\u200ddi",
    "Budi\u200d",  # at the end
    "\u200cBudi",  # at the start
    "Budi \u200dSantoso",  # next to a space
    "میرزا\u200c\u200cعلی",  # doubled
    "Budi\u200d💻",  # Latin letter, then emoji
]
REFUSED_COUNT = len(DIRECTION) + len(INVISIBLE) + len(CONTROL) + len(JOINERS_OUT_OF_PLACE)

# Names that must pass untouched, joiners and emoji sequences included.
LEGITIMATE = [
    "Siti Rahmawati",
    "Nguyễn Thị Hương",
    "محمد عبد الله",
    "میرزا\u200cعلی",  # Persian: ZWNJ keeps the two words' letters apart
    "क्\u200dष",  # Devanagari: ZWJ asks for the half form
    "ক্\u200dষ",  # Bengali
    "ශ්\u200dරී",  # Sinhala: ZWJ makes the rakaransaya
    "สมชาย ใจดี",
    "王小明",
    "Rina 👩\u200d💻",
    "Rina ❤\ufe0f\u200d🔥",
    "Rina 👍🏽",
]


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _refusal(name):
    with pytest.raises(ValidationError) as caught:
        person_name_clean(name)
    return caught.value


# --- The rule ---------------------------------------------------------------------------


def test_names_are_stored_as_nfc_with_single_spaces():
    decomposed = "Jose\u0301  Nun\u0303ez\t\n"

    assert person_name_clean(decomposed) == "José Nuñez"
    assert unicodedata.is_normalized("NFC", person_name_clean(decomposed))
    assert person_name_clean("Siti\u00a0Rahma\u3000Wati") == "Siti Rahma Wati"
    assert person_name_clean("   ") == ""


@pytest.mark.parametrize("name", LEGITIMATE)
def test_names_in_every_script_with_the_joiners_they_need_are_kept(name):
    assert person_name_clean(name) == name


@pytest.mark.parametrize("character", DIRECTION)
def test_direction_controls_are_refused_naming_the_character(character):
    error = _refusal(f"Budi{character}ijaR")

    assert error.error_list[0].code == "name_direction"
    assert f"U+{ord(character):04X}" in error.messages[0]
    assert "direction of text" in error.messages[0]


@pytest.mark.parametrize("character", INVISIBLE)
def test_invisible_characters_are_refused_naming_the_character(character):
    error = _refusal(f"Bu{character}di")

    assert error.error_list[0].code == "name_invisible"
    assert f"U+{ord(character):04X}" in error.messages[0]
    assert "invisible character" in error.messages[0]


@pytest.mark.parametrize("character", CONTROL)
def test_control_characters_are_refused(character):
    error = _refusal(f"Bu{character}di")

    assert error.error_list[0].code == "name_control"
    assert f"U+{ord(character):04X}" in error.messages[0]


@pytest.mark.parametrize("name", JOINERS_OUT_OF_PLACE)
def test_joiners_where_they_change_nothing_visible_are_refused(name):
    error = _refusal(name)

    assert error.error_list[0].code == "name_joiner"
    assert "Arabic, Persian or Devanagari" in error.messages[0]


@pytest.mark.parametrize("name", ["Budi\ufe0f", "\ufe0fBudi", "a\U000e0100", "王\ufe00"])
def test_variation_selectors_are_refused_unless_they_choose_a_glyph(name):
    assert _refusal(name).error_list[0].code == "name_invisible"


def test_a_kanji_variant_a_mongolian_form_and_an_emoji_style_are_kept():
    assert person_name_clean("葛\U000e0100城") == "葛\U000e0100城"
    assert person_name_clean("ᠭ\u180bᠠ") == "ᠭ\u180bᠠ"
    assert person_name_clean("Rina ☺\ufe0f") == "Rina ☺\ufe0f"


def test_across_unicode_only_invisible_characters_are_refused():
    """Every code point of planes 0, 1 and 14, between Latin letters: refused exactly
    when it draws nothing (control, format, variation selector) or looks blank."""
    visible_but_refused, invisible_but_kept = [], []
    for code in [*range(0x20000), *range(0xE0000, 0xE1000)]:
        character = chr(code)
        if 0xD800 <= code <= 0xDFFF or character in "\t\n\r":
            continue
        refused = bool(refused_characters(f"Bu{character}di"))
        category = unicodedata.category(character)
        draws_nothing = category in ("Cc", "Cf") or "VARIATION SELECTOR" in unicodedata.name(
            character, ""
        )
        if refused and not draws_nothing:
            visible_but_refused.append(character)
        if draws_nothing and not refused:
            invisible_but_kept.append(character)

    assert invisible_but_kept == []
    assert set(visible_but_refused) == set("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")


def test_each_kind_of_problem_gets_one_message_listing_each_character_once():
    error = _refusal("\u202eBu\u200bd\u200bi\x07")

    assert [e.code for e in error.error_list] == [
        "name_direction",
        "name_invisible",
        "name_control",
    ]
    assert error.messages[1].count("U+200B ZERO WIDTH SPACE") == 1


def test_a_refused_name_can_be_shown_with_its_characters_written_out_or_stripped():
    assert person_name_shown("Budi\u202eijaR") == "Budi[U+202E]ijaR"
    assert person_name_stripped("Bu\u200bdi\u202e  Santoso") == "Budi Santoso"
    assert person_name_stripped("میرزا\u200cعلی") == "میرزا\u200cعلی"


# --- Sign-up ----------------------------------------------------------------------------


def _signup(client, name, **extra):
    return client.post(
        "/en/accounts/signup/",
        {
            "full_name": name,
            "email": "rina@example.test",
            "password1": PASSWORD,
            "password2": PASSWORD,
            **extra,
        },
        follow=True,
    )


@pytest.mark.django_db
def test_sign_up_refuses_a_right_to_left_override_and_says_why(client, site):
    response = _signup(client, "Budi\u202eijaR")

    assert not User.objects.filter(email="rina@example.test").exists()
    page = response.content.decode()
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in page
    assert "changes the direction of text" in page


@pytest.mark.django_db
def test_sign_up_stores_the_name_in_nfc(client, site):
    _signup(client, "Jose\u0301 Nun\u0303ez")

    assert User.objects.get(email="rina@example.test").full_name == "José Nuñez"


@pytest.mark.django_db
def test_sign_up_keeps_a_persian_name_with_its_non_joiner(client, site):
    _signup(client, "میرزا\u200cعلی")

    assert User.objects.get(email="rina@example.test").full_name == "میرزا\u200cعلی"


@pytest.mark.django_db
def test_sign_up_warns_once_about_characters_certificates_cannot_print(client, site):
    first = _signup(client, "Budi 𑀓")

    assert not User.objects.filter(email="rina@example.test").exists()
    page = first.content.decode()
    assert "𑀓 (U+11013 BRAHMI LETTER KA)" in page and "empty boxes" in page
    confirmed = re.search(r'name="full_name_confirmed" value="([^"]*)"', page)
    assert confirmed and confirmed[1] == "Budi 𑀓"

    _signup(client, "Budi 𑀓", full_name_confirmed=confirmed[1])

    assert User.objects.get(email="rina@example.test").full_name == "Budi 𑀓"


def test_changing_the_name_after_the_warning_asks_again():
    form = SignupForm(data={"full_name": "Budi 𑀔", "full_name_confirmed": "Budi 𑀓"})

    assert not form.is_valid()
    assert "U+11014" in form.errors["full_name"][0]


def test_single_sign_on_keeps_the_directory_name_without_refused_characters(rf):
    adapter = SocialAccountAdapter()
    login = SimpleNamespace(user=User())

    user = adapter.populate_user(rf.get("/"), login, {"name": "Rina\u200b \u202eWati"})

    assert user.full_name == "Rina Wati"


# --- HR's import ------------------------------------------------------------------------


def _csv(*lines):
    return ("\r\n".join([HEADER, *lines]) + "\r\n").encode()


@pytest.mark.django_db
def test_an_import_row_with_an_invisible_character_is_rejected_and_nothing_applies(hr_user):
    data = _csv("CXA-1,Budi\u202eijaR,budi@example.test", "CXA-2,Siti Rahma,siti@example.test")

    plan = plan_import(read_file(data, "people.csv"), by=hr_user)

    refused, fine = plan.rows
    assert refused.status == Status.REJECTED and fine.status == Status.CREATE
    assert refused.full_name == "Budi[U+202E]ijaR"
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE" in reason for reason in refused.reasons)
    assert not plan.ok


@pytest.mark.django_db
def test_an_import_row_is_normalised_to_nfc(hr_user):
    plan = plan_import(read_file(_csv("CXA-1,Jose\u0301,jose@example.test"), "p.csv"), by=hr_user)

    assert plan.rows[0].full_name == "José"


@pytest.mark.django_db
def test_an_import_row_that_would_print_boxes_is_warned_but_may_be_applied(hr_user):
    data = _csv("CXA-1,Budi 𑀓,budi@example.test", "CXA-2,สมชาย ใจดี,somchai@example.test")

    plan = plan_import(read_file(data, "people.csv"), by=hr_user)

    warned, thai = plan.rows
    assert warned.status == Status.CREATE and "U+11013" in warned.warnings[0]
    assert thai.warnings == [] and plan.ok and plan.warned == 1


@pytest.fixture
def hr_client(hr_user, settings, tmp_path):
    settings.PEOPLE_IMPORT_DIR = tmp_path / "imports"
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(hr_user)
    return client


def _preview(client, data):
    """The preview's URL and its page with every row ("show=")."""
    response = client.post(
        "/admin/people/import/",
        {"file": SimpleUploadedFile("people.csv", data, content_type="text/csv")},
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    url = response["Location"]
    return url, client.get(url, {"show": ""}).content.decode()


@pytest.mark.django_db
def test_the_import_preview_shows_the_refusal_and_the_warning_per_row(hr_client):
    _url, page = _preview(
        hr_client, _csv("CXA-1,Bu\u200bdi,budi@example.test", "CXA-2,Rina 𑀓,rina@example.test")
    )

    refused = re.search(r'data-row="2".*?</tr>', page, re.S)[0]
    warned = re.search(r'data-row="3".*?</tr>', page, re.S)[0]
    assert "Bu[U+200B]di" in refused and "U+200B ZERO WIDTH SPACE" in refused
    assert "\u200b" not in page
    assert 'class="cxa-warnings"' in warned and "U+11013 BRAHMI LETTER KA" in warned
    assert "Nothing can be imported while any row is rejected." in page


@pytest.mark.django_db
def test_hr_applies_a_file_with_a_warned_name(hr_client, hr_user):
    url, page = _preview(hr_client, _csv("CXA-1,Rina 𑀓,rina@example.test"))
    assert 'data-count="warned"' in page
    digest = re.search(r'name="digest" value="([0-9a-f]+)"', page)[1]

    hr_client.post(url + "apply/", {"digest": digest})

    assert User.objects.get(email="rina@example.test").full_name == "Rina 𑀓"


@pytest.mark.django_db
def test_applying_a_file_with_a_refused_name_changes_nobody(hr_user):
    data = _csv("CXA-1,Rina\u2066 Wati,rina@example.test")

    with pytest.raises(people_services.ImportRefused):
        people_services.people_import_apply(
            data=data, filename="p.csv", by=hr_user, create_departments=False
        )

    assert not User.objects.filter(email="rina@example.test").exists()


@pytest.mark.django_db
def test_a_learner_cannot_reach_the_import_preview(client, learner):
    client.force_login(learner)
    assert client.get("/admin/people/import/").status_code in (302, 403)


def test_the_refusal_figures():
    # Kept in step with the lists above; the report quotes this number.
    assert REFUSED_COUNT == 43


# --- Wagtail's user and account screens -------------------------------------------------


@pytest.mark.django_db
def test_wagtail_user_editing_refuses_an_invisible_character_in_a_name(superuser, learner):
    from wagtail.users.forms import UserEditForm

    data = {
        "username": learner.username,
        "email": learner.email,
        "first_name": "Bu\u200bdi",
        "last_name": "Santoso\u202e",
        "is_active": "on",
    }
    form = UserEditForm(data=data, instance=learner, editing_self=False)

    assert not form.is_valid()
    assert "U+200B ZERO WIDTH SPACE" in form.errors["first_name"][0]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in form.errors["last_name"][0]


@pytest.mark.django_db
def test_the_admin_account_name_form_refuses_a_direction_control(trainer):
    from wagtail.admin.forms.account import NameEmailForm

    form = NameEmailForm(
        data={"first_name": "Rina\u2067", "last_name": "Wati", "email": trainer.email},
        instance=trainer,
    )

    assert not form.is_valid() and "U+2067" in form.errors["first_name"][0]

"""Countries and languages are named in the reader's language, and so is the empty choice."""

import pytest
from django.utils import translation

from core.iso import country_choices, country_name, language_choices, language_names


@pytest.mark.parametrize(
    ("language", "country", "empty"),
    [
        ("nl", "Nederland", "- Selecteer een optie -"),
        ("es", "Países Bajos", "- Seleccione una opción -"),
    ],
)
def test_the_organisation_page_names_countries_and_the_empty_choice_in_the_readers_language(
    client, personas, language, country, empty
):
    client.force_login(personas.coordinator_acme)
    client.cookies["django_language"] = language

    page = client.get("/o/acme/").content.decode()

    assert f'<option value="NL" selected>{country}</option>' in page
    assert empty in page
    assert "Netherlands" not in page and "Select an option" not in page


def test_the_profile_page_names_languages_in_the_readers_language(client, personas):
    client.force_login(personas.mentee_acme)
    client.cookies["django_language"] = "nl"

    page = client.get("/accounts/profile/").content.decode()

    assert '<option value="de">Duits</option>' in page
    assert '<option value="BE">België</option>' in page


def test_names_follow_the_active_language_and_sort_in_it():
    with translation.override("es"):
        assert country_name("DE") == "Alemania"
        assert language_names(["nl", "en"]) == "Holandés, Inglés"
        names = [name for _code, name in country_choices()]
        assert names.index("Alemania") < names.index("Bélgica") < names.index("Canadá")
    with translation.override("en"):
        assert country_name("DE") == "Germany"
        assert dict(language_choices())["nl"] == "Dutch"


def test_an_unknown_code_is_shown_as_it_is():
    assert country_name("XX") == "XX"
    assert language_names(["xx"]) == "xx"


def test_a_participants_page_says_which_languages_they_speak_by_name(client, personas):
    personas.mentor_globex.profile.languages = ["nl", "en"]
    personas.mentor_globex.profile.save()
    client.force_login(personas.mentee_acme)
    client.cookies["django_language"] = "es"

    page = client.get(f"/p/regional/people/{personas.mentor_globex.public_id}/").content.decode()

    assert "Holandés, Inglés" in page

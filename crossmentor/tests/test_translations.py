"""Every string of the interface is really translated into Dutch and Spanish, and compiled."""

import re
from pathlib import Path

import polib
import pytest

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(
    path for path in REPO.glob("**/locale/*/LC_MESSAGES/django.po") if ".venv" not in path.parts
)


def test_there_are_dutch_and_spanish_catalogues():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert {"nl", "es"} <= languages


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_string_is_translated_and_compiled(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated in {path.relative_to(REPO)}: {untranslated[:5]}"
    assert not fuzzy, f"fuzzy in {path.relative_to(REPO)}: {fuzzy[:5]}"
    forms = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"]).group(1))
    short = [e.msgid for e in catalogue if e.msgid_plural and len(e.msgstr_plural) != forms]
    assert not short, f"plural entries without {forms} forms in {path.relative_to(REPO)}: {short[:5]}"
    compiled = polib.mofile(str(path.with_suffix(".mo")))
    assert {e.msgid for e in compiled} >= {e.msgid for e in catalogue.translated_entries()}, (
        f"{path.with_suffix('.mo').relative_to(REPO)} is out of date: run compilemessages"
    )

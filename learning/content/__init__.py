"""The built-in guides and e-learning modules, as data.

The language-neutral structure lives here: which modules exist, in what order, for which role,
whether a programme requires them by default, and for every question how many choices it has and
which one is right. The words live in one file per language (`en.py`, `nl.py`, `es.py`), keyed by
the same slugs; `learning/tests/test_content.py` proves every language has every text.

A text block (a guide section or a module section) is a dict with a `title`, `paragraphs` (a list
of strings) and optionally `points` (a bulleted list) and `after` (paragraphs after the list).
"""

from dataclasses import dataclass

from django.utils.translation import get_language

from . import en, es, nl

TEXT = {"en": en.TEXT, "nl": nl.TEXT, "es": es.TEXT}
DEFAULT_LANGUAGE = "en"

MENTOR = "mentor"
MENTEE = "mentee"
BOTH = "both"
GUIDE_ROLES = (MENTOR, MENTEE)
GUIDE_SECTIONS = ("purpose", "role", "conversation", "goals", "practice")


@dataclass(frozen=True)
class ModuleSpec:
    slug: str
    role: str  # mentor, mentee or both: who the module is written for
    required_for_mentors: bool  # the default until a programme manager chooses
    required_for_mentees: bool
    answers: tuple[int, ...]  # per question, the index of the right choice
    choices: int = 4

    @property
    def for_mentors(self) -> bool:
        return self.role in (MENTOR, BOTH)

    @property
    def for_mentees(self) -> bool:
        return self.role in (MENTEE, BOTH)


MODULES = (
    ModuleSpec("cross-company-mentoring", BOTH, True, True, answers=(1, 2, 1)),
    ModuleSpec("mentoring-conversation", BOTH, True, True, answers=(1, 1, 1)),
    ModuleSpec("smart-goals", BOTH, False, True, answers=(2, 1, 2)),
    ModuleSpec("guiding-as-a-mentor", MENTOR, True, False, answers=(1, 1, 2)),
    ModuleSpec("from-insight-to-practice", MENTEE, False, False, answers=(1, 1, 1)),
)
MODULES_BY_SLUG = {spec.slug: spec for spec in MODULES}


def language() -> str:
    code = (get_language() or DEFAULT_LANGUAGE)[:2]
    return code if code in TEXT else DEFAULT_LANGUAGE


def guide_text(role: str, lang: str | None = None) -> dict:
    """The guide for `mentor` or `mentee` in the given (or the current) language."""
    return TEXT[lang or language()]["guides"][role]


def module_text(slug: str, lang: str | None = None) -> dict:
    """A module's title, summary, minutes, sections and questions in the given (or current) language."""
    return TEXT[lang or language()]["modules"][slug]

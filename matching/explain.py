"""Say "why this match" in the reader's language, criterion by criterion.

The engine decides which criteria are worth a sentence (engine.explain_keys); this module only
translates its fixed templates and fills in their values.
"""

from django.utils.translation import gettext as _

from core.iso import COUNTRIES

from . import engine


def _templates() -> dict[str, str]:
    # Built at call time so that the sentences follow the active language.
    return {
        "fit_exact": _("Offers this competence for exactly the kind of mentoring asked for."),
        "fit_general": _("Offers this competence."),
        "fit_other": _("Offers this competence, mostly for another kind of mentoring."),
        "seniority_ideal": _("Has the right experience gap for this need."),
        "seniority_fair": _("Experience levels fit reasonably well."),
        "time_zone": _("Working hours overlap by %(hours)s of %(workday)s hours."),
        "languages": _("Shares %(count)s languages."),
        "sector": _("Brings an outside perspective from another sector."),
        "text": _("Their experience matches the context of the need (%(percent)s%% similar)."),
    }


def explain(components: dict[str, float], weights, *, pair=None) -> list[str]:
    """The sentences for a pair's score; given the `pair` (programme, mentor and mentee enrolments,
    the need's competence), also what the programme's own rules bring. Roles, never names: a
    coordinator of another organisation may read it."""
    templates = _templates()
    programme, mentor, mentee, competence = pair or (None, None, None, None)
    reverse = pair is not None and competence.slug in (programme.reverse_competences or [])
    lines = []
    for key, params in engine.explain_keys(components, weights):
        if params.get("count") == "3 or more":
            params = {**params, "count": _("3 or more")}
        if reverse and key.startswith("seniority_"):
            lines.append(_reverse(mentor, mentee, competence))
            continue
        lines.append(templates[key] % params if params else templates[key])
    if pair is not None and programme.cross_country and mentor.country != mentee.country:
        lines.append(
            _("Brings another country's view: the mentor works in %(mentor)s, the mentee in %(mentee)s.")
            % {"mentor": _country_name(mentor.country), "mentee": _country_name(mentee.country)}
        )
    return lines


def explain_proposal(proposal, weights) -> list[str]:
    """Why this proposal (a Proposal row), with what the programme's rules bring."""
    pair = (proposal.programme, proposal.mentor, proposal.mentee, proposal.need.competence)
    return explain(proposal.components, weights, pair=pair)


def _reverse(mentor, mentee, competence) -> str:
    return _(
        "Reverse mentoring: the mentor, at level %(junior)s, teaches %(competence)s "
        "to the mentee, at level %(senior)s."
    ) % {
        "junior": mentor.user.profile.seniority or "?",
        "senior": mentee.user.profile.seniority or "?",
        "competence": competence.name,
    }


def _country_name(code: str) -> str:
    return _(COUNTRIES[code]) if code in COUNTRIES else code or _("an unknown country")

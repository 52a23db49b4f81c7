"""Say "why this match" in the reader's language, criterion by criterion.

The engine decides which criteria are worth a sentence (engine.explain_keys); this module only
translates its fixed templates and fills in their values.
"""

from django.utils.translation import gettext as _

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


def explain(components: dict[str, float], weights) -> list[str]:
    templates = _templates()
    lines = []
    for key, params in engine.explain_keys(components, weights):
        if params.get("count") == "3 or more":
            params = {**params, "count": _("3 or more")}
        lines.append(templates[key] % params if params else templates[key])
    return lines

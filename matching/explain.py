"""Say "why this match" in words, criterion by criterion, from a proposal's score components."""

from django.utils.translation import gettext as _

# Below this share of a component's weight the criterion is not worth mentioning.
NOTABLE = 0.25


def _sentences() -> dict[str, tuple[str, str]]:
    # (strong, moderate) sentence per component; built at call time so they follow the language.
    return {
        "fit": (
            _("Offers this competence for exactly the kind of mentoring asked for."),
            _("Offers this competence."),
        ),
        "seniority": (
            _("Has the right experience gap for this need."),
            _("Experience levels fit reasonably well."),
        ),
        "time_zone": (
            _("Working hours overlap fully."),
            _("Working hours partly overlap."),
        ),
        "languages": (_("Shares several languages."), _("Shares a second language.")),
        "sector": (_("Brings an outside perspective from another sector."), _("Works in another sector.")),
        "text": (
            _("Their experience closely matches the context of the need."),
            _("Their experience relates to the context of the need."),
        ),
    }


def explain(components: dict[str, float], weights: dict[str, float]) -> list[str]:
    sentences = _sentences()
    lines = []
    for name, value in sorted(components.items(), key=lambda item: -item[1]):
        weight = weights.get(name) or 1.0
        share = value / weight if weight else 0.0
        if name in sentences and share >= NOTABLE:
            strong, moderate = sentences[name]
            lines.append(strong if share >= 0.75 else moderate)
    return lines

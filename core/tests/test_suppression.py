"""One small-group rule for the whole product (core.suppression), and nothing else deciding it.

The rule itself (figures, complements, differences) is tested with the reports that use it most,
in reports/tests/test_suppression.py; here: where it lives, what it reads, and shares.
"""

import ast
import re
from pathlib import Path

from core.suppression import (
    FEWER_THAN,
    FEWER_THAN_SHORT,
    MIN_GROUP_SIZE,
    Figure,
    count,
    withhold_part_and_share,
)

REPO = Path(__file__).resolve().parents[2]
RULE = REPO / "core" / "suppression.py"


def _product_files(pattern: str) -> list[Path]:
    return [
        path
        for path in REPO.glob(f"*/**/{pattern}")
        if ".venv" not in path.parts and "tests" not in path.parts and path != RULE
    ]


def test_the_withheld_text_names_the_threshold():
    assert str(MIN_GROUP_SIZE) in str(FEWER_THAN)
    assert f"<{MIN_GROUP_SIZE}" == FEWER_THAN_SHORT


def test_the_rule_depends_on_no_domain_app():
    imported = set()
    for node in ast.walk(ast.parse(RULE.read_text())):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add("." * node.level + (node.module or ""))

    assert {name.split(".")[0] for name in imported} <= {"dataclasses", "django", "__future__"}


def test_no_other_module_keeps_a_threshold_of_its_own():
    copies = [
        str(path.relative_to(REPO))
        for path in _product_files("*.py")
        if re.search(r"^\s*MIN_GROUP_SIZE\s*=", path.read_text(), re.M)
    ]

    assert copies == []


def test_no_template_writes_the_withheld_text_itself():
    # A withheld figure renders through Figure.display(), so that every page says it alike.
    copies = [
        str(path.relative_to(REPO))
        for path in _product_files("*.html")
        if re.search(r'(translate "|blocktranslate %\})fewer than', path.read_text())
    ]

    assert copies == []


def _goals(*, whole: int, part: int, rest: int) -> tuple[Figure, Figure]:
    """Goals set by `whole` people, reached by `part`; `rest` people have one not reached."""
    return withhold_part_and_share(
        whole=count(whole),
        part=count(part),
        rest=count(rest),
        share=Figure(100 * part / whole, whole, kind="percent"),
    )


def test_a_share_is_withheld_whenever_its_part_is():
    # 10 goals set, "fewer than 5" reached, 30%: the share would give the 3 back.
    part, share = _goals(whole=10, part=3, rest=7)

    assert part.suppressed and share.suppressed


def test_a_part_is_withheld_when_the_whole_minus_it_is_a_small_group():
    # 10 set and 9 reached say that one goal, of one person, was not.
    part, share = _goals(whole=10, part=9, rest=1)

    assert part.suppressed and share.suppressed


def test_a_part_and_its_share_show_when_both_sides_are_large_enough():
    part, share = _goals(whole=12, part=6, rest=6)

    assert (part.shown, share.shown) == (6, 50.0)


def test_a_share_of_a_withheld_whole_is_withheld():
    whole = count(40).withhold()  # e.g. by a coordinator's difference
    _part, share = withhold_part_and_share(
        whole=whole, part=count(20), rest=count(20), share=Figure(50.0, 40, kind="percent")
    )

    assert share.suppressed

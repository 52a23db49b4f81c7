"""Every distribution in this environment is the version constraints.txt pins (CI's install check).

Run with the production install's Python: `python .ci/check_pinned.py constraints.txt`. Only the
standard library is used, so a missing dependency cannot hide behind this script's own.
"""

import re
import sys
from importlib.metadata import distributions
from pathlib import Path

NOT_PINNED = {"crossmentor", "pip", "setuptools"}  # the project itself and the venv's own tools


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main(constraints: str) -> int:
    pins = {}
    for line in Path(constraints).read_text(encoding="utf-8").splitlines():
        name, _, version = line.split("#")[0].strip().partition("==")
        if version:
            pins[normalised(name)] = version.strip()
    wrong = sorted(
        f"{name} {dist.version} (constraints.txt: {pins.get(name, 'not pinned')})"
        for dist in distributions()
        if (name := normalised(dist.metadata["Name"])) not in NOT_PINNED and pins.get(name) != dist.version
    )
    if wrong:
        print("The production install holds versions constraints.txt does not pin:", *wrong, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

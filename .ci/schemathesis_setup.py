"""Tokens and object ids for `.ci/schemathesis.sh`: one schemathesis config file per persona.

Run by `manage.py shell` on a fresh demo. The mentee's run fixes the path ids to her own mentorship,
goal, meeting and group, so that the generated requests reach the code behind the access checks
instead of answering 404; the manager's fixes the programme.
"""

import json
import os
from pathlib import Path

from accounts.models import User
from accounts.services import api_token_create
from groups.models import Membership
from relationships.models import Mentorship

PROGRAMME = "regional-crossings-2026"
out = Path(os.environ["SCHEMATHESIS_CONFIG_DIR"])


def write(persona: str, email: str, parameters: dict) -> None:
    token = api_token_create(user=User.objects.get(email=email), name="schemathesis")
    lines = [
        f"headers = {{ Authorization = {json.dumps('Bearer ' + token)} }}",
        f"cache = {{ directory = {json.dumps(str(out / 'cache'))} }}",  # not in the working tree
        "",
        "[parameters]",
    ]
    lines += [
        f"{json.dumps('path.' + name)} = {json.dumps(str(value))}" for name, value in parameters.items()
    ]
    (out / f"{persona}.toml").write_text("\n".join(lines) + "\n")


mentee = "lieke.peters@novalith.example"
mentorship = Mentorship.objects.get(programme__slug=PROGRAMME, mentee__user__email=mentee, status="active")
group = Membership.objects.filter(user__email=mentee, group__programme__slug=PROGRAMME).first().group
write(
    "mentee",
    mentee,
    {
        "slug": PROGRAMME,
        "public_id": mentorship.public_id,
        "goal_id": mentorship.goals.first().public_id,
        "meeting_id": mentorship.meetings.order_by("-starts_at").first().public_id,
        "group_id": group.public_id,
        "need_id": mentorship.need.public_id,
    },
)
write("manager", "manager@crossmentor.example", {"slug": PROGRAMME})

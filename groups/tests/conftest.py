"""Groups of the regional programme for the tests: one per visibility.

Each is facilitated by the initech mentor and has the acme mentee as a member; the globex mentee
is a participant outside every group.
"""

from dataclasses import dataclass

import pytest

from core.access import programme_access_for
from groups import services
from groups.models import Group, Membership


@dataclass
class Groups:
    open: Group
    closed: Group
    private: Group


def make_group(personas, visibility, name, capacity=5):
    access = programme_access_for(personas.mentor_initech, "regional")
    group = services.group_create(
        access=access,
        actor=personas.mentor_initech,
        name=name,
        kind=Group.Kind.MENTORING,
        visibility=visibility,
        description=f"A {visibility} group",
        capacity=capacity,
    )
    Membership.objects.create(group=group, user=personas.mentee_acme)
    return group


@pytest.fixture
def groups(personas) -> Groups:
    return Groups(
        open=make_group(personas, "open", "Open logistics lab"),
        closed=make_group(personas, "closed", "Closed leadership table"),
        private=make_group(personas, "private", "Private founders' board"),
    )


def scope_of(user, group, *, content=False):
    from groups.selectors import group_get_for

    return group_get_for(
        access=programme_access_for(user, group.programme.slug), public_id=group.public_id, content=content
    )

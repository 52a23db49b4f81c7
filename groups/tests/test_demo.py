from demo.services import demo_load as demo_base_load
from groups.demo import demo_load
from groups.models import CircleFormation, CircleGoal, Group, Membership, Post, Task
from programmes.models import Programme


def counts():
    return tuple(m.objects.count() for m in (Group, Membership, Post, Task, CircleFormation, CircleGoal))


def test_the_demo_shows_each_visibility_and_published_circles_and_loading_twice_changes_nothing(db):
    demo_base_load()
    programmes = {p.slug: p for p in Programme.objects.all()}

    demo_load(programmes=programmes)
    first = counts()
    demo_load(programmes=programmes)

    assert counts() == first
    regional = programmes["regional-crossings-2026"]
    assert set(regional.groups.values_list("visibility", flat=True)) == {"open", "closed", "private"}
    assert CircleFormation.objects.filter(status="published").count() == 2
    circles = Group.objects.filter(kind="circle", formation__isnull=False)
    assert all(4 <= c.memberships.count() <= 8 for c in circles)
    mentee = Membership.objects.filter(user__email="lieke.peters@novalith.example")
    assert set(mentee.values_list("status", flat=True)) == {"active", "requested", "invited"}

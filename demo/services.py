"""Load the demo: two programmes, their organisations and people, and one login per role."""

import csv
import io
from datetime import timedelta

from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone

from accounts.models import Profile, User
from coffee import demo as coffee_demo
from evaluation import demo as evaluation_demo
from groups import demo as groups_demo
from learning import demo as learning_demo
from organisations.models import Organisation
from programmes.importer import ORGANISATION_COLUMNS, PEOPLE_COLUMNS, people_import
from programmes.models import Enrolment, Need, Programme
from programmes.services import programme_create
from relationships import demo as relationships_demo
from relationships.work import demo as work_demo

from . import demo_data

# Each area adds its part of the demo to the loaded programmes, in this order: mentorships first
# (goals, meetings, assessments and groups build on them), e-learning last because switching its
# gate on earlier would hold back the demo's own requests and acceptances.
AREA_DEMOS = (
    relationships_demo.demo_load,
    work_demo.demo_load,
    evaluation_demo.demo_load,
    groups_demo.demo_load,
    coffee_demo.demo_load,
    learning_demo.demo_load,
)
# Before the oldest demo mentorship (30 weeks).
ENROLLED_WEEKS_AGO = 32
DEMO_PASSWORD = "crossmentor-demo"  # noqa: S105 - printed on purpose: the demo's shared login password
# People of the coordinator's organisation left waiting for approval, so the demo shows that step.
WAITING_FOR_APPROVAL = 2


def _csv(rows: list[dict], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@transaction.atomic
def demo_load() -> dict[str, str]:
    """Create or refresh the demo (idempotent). Returns role -> email of the demo logins."""
    manager = _login("manager", is_staff=False)
    manager.user_permissions.add(Permission.objects.get(codename="add_programme"))
    programmes = {}
    for spec in demo_data.PROGRAMMES:
        programme = programmes[spec["slug"]] = _programme(spec, manager)
        people_import(
            programme=programme,
            organisations_data=_csv(spec["organisations"], ORGANISATION_COLUMNS),
            people_data=_csv(spec["people"], PEOPLE_COLUMNS),
            invite=False,  # made-up people: nobody to mail
        )
        _profiles(spec)
        _backdate_enrolments(programme)
    _coordinator()
    _login("mentor")
    _login("mentee")
    _login("admin", is_staff=True, is_superuser=True)
    for load in AREA_DEMOS:
        load(programmes=programmes)
    return {role: login["email"] for role, login in demo_data.DEMO_LOGINS.items()}


def _programme(spec: dict, manager: User) -> Programme:
    programme = Programme.objects.filter(slug=spec["slug"]).first()
    if programme is None:
        programme = programme_create(
            actor=manager,
            slug=spec["slug"],
            name=spec["name"],
            kind=spec["kind"],
            description=spec["description"],
            cross_country=spec["cross_country"],
            exclude_competitors=spec["exclude_competitors"],
            max_mentors_per_mentee=spec["max_mentors_per_mentee"],
            languages=["en", "nl"] if spec["kind"] != "cross-country" else ["en"],
            cohort_start="2026-01-15",
            cohort_end="2026-12-15",
            matching_mode=Programme.MatchingMode.BOTH,
        )
    programme.managers.add(manager)
    return programme


def _backdate_enrolments(programme: Programme) -> None:
    """People enrolled at the start of the cohort, not when the demo was loaded, so that the
    demo's mentorships (which began weeks ago) start after their approval, as in real life."""
    enrolled = timezone.now() - timedelta(weeks=ENROLLED_WEEKS_AGO)
    for enrolment in programme.enrolments.filter(created_at__gt=enrolled).only("pk", "decided_at"):
        applied = enrolled - timedelta(days=enrolment.pk % 10)
        decided = applied + timedelta(days=2) if enrolment.decided_at else None
        Enrolment.objects.filter(pk=enrolment.pk).update(created_at=applied, decided_at=decided)


def _profiles(spec: dict) -> None:
    emails = [person["email"] for person in spec["people"]]
    profiles = Profile.objects.filter(user__email__in=emails).select_related("user")
    for profile in profiles:
        extra = demo_data.PROFILES.get(profile.user.email, {})
        profile.job_title = extra.get("job_title", "")
        profile.bio = extra.get("bio", "")
    Profile.objects.bulk_update(profiles, ["job_title", "bio"])
    needs = Need.objects.filter(enrolment__programme__slug=spec["slug"]).select_related(
        "enrolment__user", "competence"
    )
    for need in needs:
        context = demo_data.PROFILES.get(need.enrolment.user.email, {}).get("need_context", {})
        need.context = context.get(need.competence.slug, "")[:500]
    Need.objects.bulk_update(needs, ["context"])


def _login(role: str, **flags) -> User:
    login = demo_data.DEMO_LOGINS[role]
    user = User.objects.filter(email=login["email"]).first() or User(email=login["email"])
    user.name = login["name"]
    for name, value in flags.items():
        setattr(user, name, value)
    user.set_password(DEMO_PASSWORD)
    user.save()
    Profile.objects.get_or_create(
        user=user, defaults={"timezone": "Europe/Amsterdam", "languages": ["en", "nl"]}
    )
    return user


def _coordinator() -> None:
    login = demo_data.DEMO_LOGINS["coordinator"]
    organisation = Organisation.objects.get(key=login["organisation"])
    user = _login("coordinator")
    Profile.objects.filter(user=user).update(organisation=organisation, job_title="HR business partner")
    organisation.coordinators.add(user)
    waiting = (
        Enrolment.objects.filter(organisation=organisation, programme__slug=demo_data.REGIONAL["slug"])
        .exclude(user__email__in=[demo_data.DEMO_LOGINS[r]["email"] for r in ("mentor", "mentee")])
        .order_by("user__email")[:WAITING_FOR_APPROVAL]
    )
    Enrolment.objects.filter(pk__in=[e.pk for e in waiting]).update(status=Enrolment.Status.APPLIED)

"""Mentorships of the demo: a realistic mix of states, conversations and check-ins.

Idempotent: each planned mentorship is identified by its mentor and mentee, and skipped when
they already have one (or when the programme's rules no longer allow the pair, e.g. after the demo
data changed). Dates are relative to now, so the demo always looks current.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from programmes.models import Enrolment, Need

from . import services, tasks
from .models import Agreement, CheckIn, ClosingFeedback, Mentorship, Message, Request
from .selectors import LOW_SATISFACTION


@dataclass
class Plan:
    mentee: str
    mentor: str
    need: str
    started_weeks_ago: float
    state: str = "active"  # "active", "agreeing" (mentor_signed or not), "closed"
    frequency: str = Agreement.Frequency.MONTHLY
    mode: str = Agreement.Mode.BOTH
    mentor_expectations: str = ""
    mentee_expectations: str = ""
    mentor_signed: bool = True
    # (author "mentor"/"mentee", days ago, text)
    messages: list = field(default_factory=list)
    # (author, days ago, satisfaction, progress, blockers, wants coordinator contact)
    check_ins: list = field(default_factory=list)
    closed_weeks_ago: float = 0
    close_reason: str = ""
    # (author, rating, goals reached, feedback)
    feedback: list = field(default_factory=list)


REGIONAL = [
    Plan(
        mentee="lieke.peters@novalith.example",
        mentor="annemiek.roijakkers@dommelstede.example",
        need="stakeholder-management",
        started_weeks_ago=11,
        mentor_expectations=(
            "Lieke brings one real stakeholder situation to every conversation and tries one thing "
            "between meetings. I give an honest outside view and share what worked for me in the "
            "province's water projects, including what did not."
        ),
        mentee_expectations=(
            "Learn to map the stakeholders of our new production line before the works council "
            "meeting in spring, and to prepare difficult conversations with the municipality. I "
            "would like direct feedback, also when it is uncomfortable."
        ),
        messages=[
            ("mentee", 70, "Thank you for accepting! Would a first coffee in Eindhoven suit you next week?"),
            (
                "mentor",
                69,
                "Gladly. Thursday at 9:00 near the station? Bring the list of parties you know of.",
            ),
            (
                "mentee",
                40,
                "I drew the stakeholder map we talked about. The alderman is clearly the key person.",
            ),
            (
                "mentor",
                39,
                "Good work. Next time let's rehearse the first five minutes of that conversation.",
            ),
            ("mentee", 12, "The meeting with the municipality went well, they agreed to a second session!"),
            (
                "mentor",
                11,
                "Congratulations, well earned. Write down what made the difference while it is fresh.",
            ),
        ],
        check_ins=[
            (
                "mentee",
                14,
                5,
                "Stakeholder map done; first meeting with the municipality went well.",
                "",
                False,
            ),
            ("mentor", 13, 4, "Lieke prepares well and follows up on every agreement.", "", False),
        ],
    ),
    Plan(
        mentee="joep.hermans@kempencargo.example",
        mentor="annemiek.roijakkers@dommelstede.example",
        need="stakeholder-management",
        started_weeks_ago=0.7,
        state="agreeing",
        mentor_expectations=(
            "We meet every two weeks for an hour, online unless there is a reason to meet. Joep sets "
            "the agenda; I ask questions more than I give answers."
        ),
        mentee_expectations="",
        mentor_signed=False,
        frequency=Agreement.Frequency.FORTNIGHTLY,
        mode=Agreement.Mode.VIRTUAL,
        messages=[("mentor", 4, "Welcome Joep! I wrote my part of our agreement; add yours when you can.")],
    ),
    Plan(
        mentee="arne.verstraete@trilogis.example",
        mentor="marieke.verhoeven@novalith.example",
        need="stakeholder-management",
        started_weeks_ago=16,
        mentor_expectations="Monthly meetings, alternating Leuven and Eindhoven. Arne keeps a short log.",
        mentee_expectations="Get the Belgian and Dutch sites aligned on the new planning process.",
        messages=[
            ("mentee", 60, "The steering group approved the pilot. Your tip about the pre-meeting helped."),
            ("mentor", 59, "Great news. Who still needs convincing?"),
        ],
        check_ins=[
            ("mentee", 21, 5, "Pilot approved; both sites now share one planning meeting.", "", False),
            ("mentor", 20, 5, "Very motivated mentee, clear progress.", "", False),
        ],
    ),
    Plan(
        mentee="daan.kuijpers@novalith.example",
        mentor="mark.willems@quantiflow.example",
        need="leading-teams",
        started_weeks_ago=9,
        mentor_expectations="Monthly conversation on leading a team through a reorganisation.",
        mentee_expectations="Practical help with my first year as a team lead.",
        messages=[
            ("mentee", 50, "Could we move our meeting? Work is very busy this month."),
            ("mentor", 48, "Of course. Let me know when it suits you."),
            ("mentee", 20, "Sorry, I had to cancel again."),
        ],
        check_ins=[
            (
                "mentee",
                6,
                2,
                "We only met once.",
                "Our agendas never match and I am not sure we are a good fit.",
                True,
            ),
        ],
    ),
    Plan(
        mentee="chantal.aalbers@korenaar.example",
        mentor="sara.lindqvist@quantiflow.example",
        need="data-literacy",
        started_weeks_ago=15,
        mentor_expectations="Learn by doing: every meeting we look at one of Chantal's own reports.",
        mentee_expectations="Read dashboards critically and ask better questions of our data team.",
        messages=[
            ("mentor", 95, "Here is the article on misleading charts I mentioned."),
            ("mentee", 90, "Thanks! I'll read it before we meet again."),
        ],
    ),
    Plan(
        mentee="esra.yildiz@dommelstede.example",
        mentor="jolanda.feenstra@kempenland.example",
        need="public-speaking",
        started_weeks_ago=2,
        mode=Agreement.Mode.IN_PERSON,
        mentor_expectations="Rehearse real talks, in person, with video feedback.",
        mentee_expectations="Give the opening talk at our client day in March with confidence.",
        messages=[("mentee", 10, "Looking forward to our first session!")],
    ),
    Plan(
        mentee="fatima.ouali@dommeldal.example",
        mentor="jeroen.vandenheuvel@novalith.example",
        need="leading-teams",
        started_weeks_ago=20,
        mentor_expectations="An hour every month, Fatima brings a situation from her team.",
        mentee_expectations="Grow from expert to leader of a team of eight.",
        messages=[
            ("mentee", 36, "I tried the one-to-one format with my team, it works."),
            ("mentor", 35, "Nice! How did the quieter ones respond?"),
        ],
        check_ins=[
            ("mentee", 110, 4, "First one-to-ones held.", "", False),
            ("mentee", 35, 4, "Team meetings run better; delegation is still hard.", "Delegating", False),
            ("mentor", 34, 3, "Good progress; we should meet more regularly.", "", False),
        ],
    ),
    Plan(
        mentee="eva.rutten@novalith.example",
        mentor="kristien.vandenberghe@voltaris.example",
        need="executive-presence",
        started_weeks_ago=30,
        state="closed",
        closed_weeks_ago=3,
        close_reason=Mentorship.CloseReason.GOALS_REACHED,
        mentor_expectations="Monthly, in person in Antwerp or Eindhoven.",
        mentee_expectations="Present to the board with calm and clarity.",
        messages=[("mentee", 25, "I presented to the board yesterday and it went really well. Thank you!")],
        check_ins=[("mentee", 120, 5, "Board presentation prepared.", "", False)],
        feedback=[
            (
                "mentee",
                5,
                True,
                "Kristien's outside view changed how I prepare. I present with much more calm.",
            ),
            ("mentor", 4, True, "A committed mentee; I learned a lot about another sector too."),
        ],
    ),
]

WOMEN_LEADERSHIP = [
    Plan(
        mentee="anna.schroeder@rheinfeld.example",
        mentor="annelies.dejong@polderwerk.example",
        need="public-speaking",
        started_weeks_ago=8,
        mode=Agreement.Mode.VIRTUAL,
        mentor_expectations="Video calls every month, in English; Anna records one talk to review.",
        mentee_expectations="Speak at an international conference next year.",
        messages=[
            ("mentee", 20, "My abstract was accepted!"),
            ("mentor", 19, "Wonderful, let's plan the talk."),
        ],
        check_ins=[("mentee", 7, 4, "Abstract accepted; outline ready.", "", False)],
    ),
    Plan(
        mentee="camille.lefevre@ondine.example",
        mentor="carmen.navarro@iberluz.example",
        need="executive-presence",
        started_weeks_ago=0.4,
        state="agreeing",
        mentor_expectations="",
        mentee_expectations="",
        mentor_signed=False,
    ),
]

PLANS = {"regional-crossings-2026": REGIONAL, "women-leadership-2026": WOMEN_LEADERSHIP}

# An open request to the demo mentor, so that her login shows one to answer.
OPEN_REQUEST = {
    "programme": "regional-crossings-2026",
    "mentee": "lotte.vanbeek@kempencargo.example",
    "mentor": "annemiek.roijakkers@dommelstede.example",
    "need": "public-speaking",
    "message": (
        "Dear Annemiek, I will present our logistics hub plans to the regional council in spring "
        "and I freeze in front of large groups. Your profile says you speak often for the "
        "province; I would value your help to prepare. An hour a month would be wonderful."
    ),
    "sent_days_ago": 3,
}


def demo_load(*, programmes: dict) -> None:
    for slug, plans in PLANS.items():
        programme = programmes.get(slug)
        if programme is None:
            continue
        for plan in plans:
            with transaction.atomic():
                _mentorship(programme, plan)
    programme = programmes.get(OPEN_REQUEST["programme"])
    if programme is not None:
        with transaction.atomic():
            _open_request(programme)


def _enrolment(programme, email: str) -> Enrolment | None:
    return (
        Enrolment.objects.filter(programme=programme, user__email=email)
        .select_related("user__profile", "organisation", "programme")
        .first()
    )


def _pair(programme, plan_or_request: Plan | dict):
    get = plan_or_request.get if isinstance(plan_or_request, dict) else lambda k: getattr(plan_or_request, k)
    mentee, mentor = _enrolment(programme, get("mentee")), _enrolment(programme, get("mentor"))
    if mentee is None or mentor is None:
        return None
    need = (
        Need.objects.filter(enrolment=mentee, competence__slug=get("need"))
        .select_related("competence")
        .first()
    )
    if need is None:
        return None
    return mentee, mentor, need


def _mentorship(programme, plan: Plan) -> None:
    pair = _pair(programme, plan)
    if pair is None:
        return
    mentee, mentor, need = pair
    if Mentorship.objects.filter(mentee=mentee, mentor=mentor).exists():
        return
    if services.mentorship_start_problem(mentor=mentor, mentee=mentee, need=need):
        return
    if services.pair_problem(mentee=mentee, mentor=mentor, need=need):
        return
    now = timezone.now()
    start = now - timedelta(weeks=plan.started_weeks_ago)
    active = plan.state != "agreeing"
    mentorship = Mentorship.objects.create(
        programme=programme,
        mentor=mentor,
        mentee=mentee,
        need=need,
        origin=Mentorship.Origin.REQUEST,
        status=Mentorship.Status.ACTIVE if active else Mentorship.Status.AGREEING,
        started_at=start if active else None,
    )
    Mentorship.objects.filter(pk=mentorship.pk).update(created_at=start - timedelta(days=5 if active else 0))
    Agreement.objects.create(
        mentorship=mentorship,
        frequency=plan.frequency,
        mode=plan.mode,
        mentor_expectations=plan.mentor_expectations,
        mentee_expectations=plan.mentee_expectations,
        mentor_signed_at=start if active or plan.mentor_signed else None,
        mentee_signed_at=start if active else None,
    )
    if active:
        Enrolment.objects.filter(pk__in=[mentor.pk, mentee.pk], status=Enrolment.Status.APPROVED).update(
            status=Enrolment.Status.ACTIVE
        )
    people = {"mentor": mentor.user, "mentee": mentee.user}
    for author, days_ago, body in plan.messages:
        message = Message.objects.create(mentorship=mentorship, author=people[author], body=body)
        when = now - timedelta(days=days_ago)
        Message.objects.filter(pk=message.pk).update(created_at=when, read_at=when + timedelta(hours=3))
    cadence = timedelta(weeks=programme.check_in_every_weeks)
    for author, days_ago, satisfaction, progress, blockers, wants_contact in plan.check_ins:
        when = now - timedelta(days=days_ago)
        check_in = CheckIn.objects.create(
            mentorship=mentorship,
            author=people[author],
            period=max(0, (when - start) // cadence) + 1,
            satisfaction=satisfaction,
            progress=progress,
            blockers=blockers,
            wants_contact=wants_contact,
        )
        CheckIn.objects.filter(pk=check_in.pk).update(created_at=when)
        if wants_contact or satisfaction <= LOW_SATISFACTION:
            transaction.on_commit(lambda pk=check_in.pk: tasks.alert_coordinators.delay(pk))
    if plan.state == "closed":
        closed_at = now - timedelta(weeks=plan.closed_weeks_ago)
        Mentorship.objects.filter(pk=mentorship.pk).update(
            status=Mentorship.Status.CLOSED,
            closed_at=closed_at,
            closed_by=mentee.user,
            close_reason=plan.close_reason,
        )
        for author, rating, goals_reached, text in plan.feedback:
            feedback = ClosingFeedback.objects.create(
                mentorship=mentorship,
                author=people[author],
                rating=rating,
                goals_reached=goals_reached,
                feedback=text,
            )
            ClosingFeedback.objects.filter(pk=feedback.pk).update(created_at=closed_at + timedelta(days=2))


def _open_request(programme) -> None:
    pair = _pair(programme, OPEN_REQUEST)
    if pair is None:
        return
    mentee, mentor, need = pair
    if Request.objects.filter(mentee=mentee, mentor=mentor, need=need).exists():
        return
    if services.pair_problem(mentee=mentee, mentor=mentor, need=need) or services.need_problem(need):
        return
    sent = timezone.now() - timedelta(days=OPEN_REQUEST["sent_days_ago"])
    request = Request.objects.create(
        programme=programme,
        mentee=mentee,
        mentor=mentor,
        need=need,
        message=OPEN_REQUEST["message"],
        expires_at=sent + timedelta(days=programme.request_answer_days),
    )
    Request.objects.filter(pk=request.pk).update(created_at=sent)
    transaction.on_commit(lambda: tasks.notify_request.delay(request.pk, "received"))

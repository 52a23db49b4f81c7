"""The mentoring relationship, from a mentee's request to closing.

State machines (each change goes through one function in `services`, which checks it is allowed):

Request:     open -> accepted | declined | expired | withdrawn
             (withdrawn by the mentee, or by the system when the need is filled elsewhere)
Mentorship:  agreeing -> active -> closed
             agreeing -> closed (cancelled before both signed)
             A mentorship starts in `agreeing` from an accepted request or an accepted matching
             proposal; it becomes `active` when mentor and mentee have both signed the agreement;
             it is `closed` at the end of the cohort or early by either side, with a reason, and
             then stays read-only for its members.
Meeting:     scheduled -> cancelled; a scheduled meeting whose time has passed counts as held.
             Every update or cancellation raises `sequence`, so calendars replace the old invite.
Goal:        open -> achieved | dropped (and back to open while the mentorship is active).

An incubator team counts as one mentee: assigning a specialised mentor to a start-up team (for
one need or several) starts one mentorship between that mentor and the team (`team`, origin
`team`), whose founders, the team's active members, all act as its mentee side: any of them
writes the team's expectations and signs the agreement for the team, schedules meetings, checks
in (each founder their own check-in) and may close it; they all read its content. `mentee` holds
the team's first founder so that lists, health and coordinators' scope read it as any other; it
gives that founder no more rights than the others. The mentorship closes when the mentor's last
assignment to the team is removed.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from groups.models import Membership


class Request(models.Model):
    """A mentee asks a mentor to mentor them in one of their needs."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        EXPIRED = "expired", _("Expired")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, related_name="requests")
    mentee = models.ForeignKey("programmes.Enrolment", on_delete=models.CASCADE, related_name="requests_sent")
    mentor = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="requests_received"
    )
    need = models.ForeignKey("programmes.Need", on_delete=models.CASCADE, related_name="requests")
    message = models.TextField(_("message"), max_length=2000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    decline_reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            # At most one open request per need and mentor: no duplicates.
            models.UniqueConstraint(
                fields=["need", "mentor"],
                condition=models.Q(status="open"),
                name="one_open_request_per_need_and_mentor",
            )
        ]
        indexes = [models.Index(fields=["status", "expires_at"])]
        ordering = ["-created_at"]

    def __str__(self):
        return f"Request {self.mentee_id} -> {self.mentor_id} ({self.status})"


class Mentorship(models.Model):
    """A mentor and a mentee working together in a programme (both ways when `mutual`)."""

    class Status(models.TextChoices):
        AGREEING = "agreeing", _("Agreeing")
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    class Origin(models.TextChoices):
        REQUEST = "request", _("Mentee's request")
        PROPOSAL = "proposal", _("Match round")
        MANAGER = "manager", _("Set by the programme manager")
        TEAM = "team", _("Incubator team mentor")

    class CloseReason(models.TextChoices):
        COHORT_ENDED = "cohort-ended", _("The cohort ended")
        GOALS_REACHED = "goals-reached", _("Goals reached")
        NO_TIME = "no-time", _("No time")
        MISMATCH = "mismatch", _("Not a good match")
        LEFT_ORGANISATION = "left-organisation", _("Left the organisation")
        UNASSIGNED = "unassigned", _("The mentor's assignment to the team ended")
        OTHER = "other", _("Other")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="mentorships"
    )
    mentor = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="mentorships_as_mentor"
    )
    mentee = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="mentorships_as_mentee"
    )
    need = models.ForeignKey(
        "programmes.Need", on_delete=models.SET_NULL, null=True, blank=True, related_name="mentorships"
    )
    # Two-way mentoring: each side also mentors the other, in this need of the mentor's.
    mutual = models.BooleanField(default=False)
    reverse_need = models.ForeignKey(
        "programmes.Need", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # An incubator team's mentorship: its founders are the mentee side (see the module docstring).
    team = models.ForeignKey(
        "groups.Group", on_delete=models.CASCADE, null=True, blank=True, related_name="mentorships"
    )
    origin = models.CharField(max_length=10, choices=Origin.choices)
    request = models.OneToOneField(
        Request, on_delete=models.SET_NULL, null=True, blank=True, related_name="mentorship"
    )
    proposal = models.OneToOneField(
        "matching.Proposal", on_delete=models.SET_NULL, null=True, blank=True, related_name="mentorship"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.AGREEING)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    close_reason = models.CharField(max_length=20, choices=CloseReason.choices, blank=True)
    close_note = models.CharField(max_length=500, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["programme", "status"]),
            models.Index(fields=["mentor", "status"]),
            models.Index(fields=["mentee", "status"]),
        ]
        ordering = ["-created_at"]

    def __str__(self):
        return f"Mentorship {self.mentor_id} / {self.mentee_id} ({self.status})"

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.CLOSED

    def side_of(self, user) -> str | None:
        """'mentor', 'mentee' or None for someone who is not a member."""
        if self.mentor.user_id == user.pk:
            return "mentor"
        if self.team_id is not None:
            return "mentee" if self.founders().filter(user=user).exists() else None
        if self.mentee.user_id == user.pk:
            return "mentee"
        return None

    def other_side(self, user):
        """Whom `user` works with, by `.name`: the mentor, the mentee, or the team for its mentor."""
        if self.mentor.user_id != user.pk:
            return self.mentor.user
        return self.team if self.team_id is not None else self.mentee.user

    def founders(self):
        """The team's founders (its active members) as memberships; none outside a team."""
        if self.team_id is None:
            return Membership.objects.none()
        return self.team.memberships.filter(role=Membership.Role.MEMBER, status=Membership.Status.ACTIVE)

    def mentee_people(self) -> list:
        """The people on the mentee side: the mentee, or every founder of the team."""
        if self.team_id is None:
            return [self.mentee.user]
        return [membership.user for membership in self.founders().select_related("user__profile")]

    def people(self) -> list:
        """Everyone who works in the mentorship, the mentor first."""
        return [self.mentor.user, *self.mentee_people()]


class Agreement(models.Model):
    """What mentor and mentee agree before working together; both sign."""

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", _("Every week")
        FORTNIGHTLY = "fortnightly", _("Every two weeks")
        MONTHLY = "monthly", _("Every month")
        BIMONTHLY = "bimonthly", _("Every two months")

    class Mode(models.TextChoices):
        VIRTUAL = "virtual", _("Virtual")
        IN_PERSON = "in-person", _("In person")
        BOTH = "both", _("Virtual and in person")

    mentorship = models.OneToOneField(Mentorship, on_delete=models.CASCADE, related_name="agreement")
    confidentiality = models.BooleanField(
        _("What we say stays between us"),
        default=True,
        help_text=_("Neither of us shares what is said in our conversations without the other's consent."),
    )
    frequency = models.CharField(
        _("how often we meet"), max_length=12, choices=Frequency.choices, default=Frequency.MONTHLY
    )
    mode = models.CharField(_("how we meet"), max_length=10, choices=Mode.choices, default=Mode.BOTH)
    mentor_expectations = models.TextField(_("the mentor's expectations"), blank=True, max_length=2000)
    mentee_expectations = models.TextField(_("the mentee's expectations"), blank=True, max_length=2000)
    mentor_signed_at = models.DateTimeField(null=True, blank=True)
    mentee_signed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Agreement of {self.mentorship_id}"

    @property
    def is_signed(self) -> bool:
        return bool(self.mentor_signed_at and self.mentee_signed_at)


class Goal(models.Model):
    """A SMART goal of one side of the mentorship (the mentee's; in two-way mentoring, either's)."""

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        ACHIEVED = "achieved", _("Achieved")
        DROPPED = "dropped", _("Dropped")

    class Side(models.TextChoices):
        MENTEE = "mentee", _("Mentee's goal")
        MENTOR = "mentor", _("Mentor's goal")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="goals")
    side = models.CharField(max_length=6, choices=Side.choices, default=Side.MENTEE)
    title = models.CharField(_("goal"), max_length=200)
    specific = models.TextField(_("specific: what exactly"), max_length=1000)
    measurable = models.TextField(_("measurable: how we will know"), max_length=1000)
    achievable = models.TextField(_("achievable: why it is within reach"), max_length=1000)
    relevant = models.TextField(_("relevant: why it matters"), max_length=1000)
    due_on = models.DateField(_("time-bound: by when"))
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    achieved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]

    def __str__(self):
        return self.title


class GoalComment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Comment on {self.goal_id}"


class Meeting(models.Model):
    class Mode(models.TextChoices):
        VIRTUAL = "virtual", _("Video call")
        IN_PERSON = "in-person", _("In person")
        PHONE = "phone", _("Phone")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("starts at"))
    # The organiser's zone: the .ics names it so that calendars show the right local time.
    timezone = models.CharField(max_length=64, default="UTC")
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=60, validators=[MinValueValidator(15), MaxValueValidator(480)]
    )
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.VIRTUAL)
    place = models.CharField(_("place"), max_length=300, blank=True)
    video_link = models.URLField(_("video link"), blank=True)
    agenda = models.TextField(_("agenda"), blank=True, max_length=4000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    sequence = models.PositiveIntegerField(default=0)
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    shared_notes = models.TextField(_("shared notes"), blank=True, max_length=10000)
    shared_notes_updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["mentorship", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
        ]
        ordering = ["starts_at"]

    def __str__(self):
        return f"Meeting {self.public_id} at {self.starts_at:%Y-%m-%d %H:%M}"


class PrivateNote(models.Model):
    """One person's own notes about a meeting: nobody else ever sees them."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="private_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("private notes"), max_length=10000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "author"], name="one_private_note_per_author")
        ]

    def __str__(self):
        return f"Private note on {self.meeting_id}"


class Message(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["mentorship", "created_at"])]
        ordering = ["created_at"]

    def __str__(self):
        return f"Message in {self.mentorship_id}"


class CheckIn(models.Model):
    """One side's periodic answer on how the mentorship is going."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="check_ins")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # Which check-in of the cadence this answers: 1 for the first period, 2 for the next…
    period = models.PositiveSmallIntegerField()
    satisfaction = models.PositiveSmallIntegerField(
        _("how satisfied are you?"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    progress = models.TextField(_("what progress have you made?"), blank=True, max_length=2000)
    blockers = models.TextField(_("is anything blocking you?"), blank=True, max_length=2000)
    wants_contact = models.BooleanField(_("I want my coordinator to contact me"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mentorship", "author", "period"], name="one_check_in_per_period")
        ]
        ordering = ["-created_at"]

    def __str__(self):
        return f"Check-in {self.period} of {self.mentorship_id}"


class ClosingFeedback(models.Model):
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="closing_feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(
        _("overall, how valuable was this mentorship?"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    goals_reached = models.BooleanField(_("the goals were reached"), default=False)
    feedback = models.TextField(_("what went well, what could be better?"), blank=True, max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mentorship", "author"], name="one_closing_feedback_per_side")
        ]

    def __str__(self):
        return f"Closing feedback on {self.mentorship_id}"


class CalendarFeed(models.Model):
    """A person's secret calendar URL; only a hash is stored, revoking makes a new one necessary."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Calendar feed of {self.user}"

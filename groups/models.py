"""Groups of a programme: group mentoring and project groups, peer circles, incubator teams, cohort spaces.

Visibility decides who learns that a group exists and how one gets in:
- open: everyone in the programme sees it and joins at once;
- closed: everyone sees it; joining needs a facilitator's approval;
- private: invisible to non-members (404, as for a missing group); by invitation only.
What is said inside any group (posts, tasks, feedback, meetings, goals, the member list) is for its
active members only. The rules live in `groups.selectors`, nowhere else.

A cohort space has no membership rows for its participants: every participant of the programme is
a member, so nobody approved later is left out. Its facilitators are explicit memberships.

Membership:  requested -> active (approved) | removed (declined)
             invited -> active (accepted) | removed (declined)
             active -> removed (left or removed by a facilitator)
Circle formation: draft -> published | discarded. Its circles are groups in status `draft`,
invisible to everyone but the programme manager until the formation is published.
Task:        todo -> doing -> done (any order; done records when).
Meeting:     scheduled -> cancelled; every change raises `sequence` so calendars replace the invite.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Group(models.Model):
    class Kind(models.TextChoices):
        MENTORING = "mentoring", _("Group mentoring / project group")
        CIRCLE = "circle", _("Peer circle / advisory board")
        TEAM = "team", _("Start-up team")
        COHORT = "cohort", _("Cohort space")

    class Visibility(models.TextChoices):
        OPEN = "open", _("Open: everyone in the programme sees it and joins")
        CLOSED = "closed", _("Closed: everyone sees it, joining needs a facilitator's approval")
        PRIVATE = "private", _("Private: invisible to others, by invitation only")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ACTIVE = "active", _("Active")
        ARCHIVED = "archived", _("Archived")

    class Cadence(models.TextChoices):
        NONE = "", _("No fixed rhythm")
        WEEKLY = "weekly", _("Weekly")
        FORTNIGHTLY = "fortnightly", _("Every two weeks")
        MONTHLY = "monthly", _("Monthly")
        QUARTERLY = "quarterly", _("Quarterly")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, related_name="groups")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MENTORING)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.CLOSED
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("How many members (facilitators not counted) the group takes; empty for no limit."),
    )
    cadence = models.CharField(_("meeting rhythm"), max_length=12, choices=Cadence.choices, blank=True)
    formation = models.ForeignKey(
        "CircleFormation", on_delete=models.CASCADE, null=True, blank=True, related_name="circles"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["programme", "status", "visibility"])]

    def __str__(self):
        return self.name

    @property
    def is_cohort(self) -> bool:
        return self.kind == self.Kind.COHORT


class Membership(models.Model):
    class Role(models.TextChoices):
        FACILITATOR = "facilitator", _("Facilitator")
        MEMBER = "member", _("Member")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Asked to join")
        INVITED = "invited", _("Invited")
        ACTIVE = "active", _("Member")
        REMOVED = "removed", _("No longer a member")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships"
    )
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="unique_group_membership")]
        indexes = [models.Index(fields=["user", "status"])]
        ordering = ["role", "user__name"]

    def __str__(self):
        return f"{self.user} in {self.group} ({self.role}, {self.status})"


class Post(models.Model):
    """A post or progress update in a group; a reply has a parent (one level deep)."""

    class Kind(models.TextChoices):
        POST = "post", _("Post")
        UPDATE = "update", _("Progress update")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.POST)
    body = models.TextField(_("text"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["group", "parent", "created_at"])]

    def __str__(self):
        return f"Post {self.public_id}"


class Task(models.Model):
    class Status(models.TextChoices):
        TODO = "todo", _("To do")
        DOING = "doing", _("In progress")
        DONE = "done", _("Done")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="group_tasks",
        verbose_name=_("assignee"),
    )
    due_on = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.TODO)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["status", "due_on", "created_at"]

    def __str__(self):
        return self.title


class Feedback(models.Model):
    """Feedback by a member on a task or a post (exactly one of them)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    task = models.ForeignKey(Task, on_delete=models.CASCADE, null=True, blank=True, related_name="feedback")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, null=True, blank=True, related_name="feedback")
    body = models.TextField(_("feedback"), max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(task__isnull=False, post__isnull=True) | Q(task__isnull=True, post__isnull=False)
                ),
                name="feedback_on_a_task_or_a_post",
            )
        ]
        ordering = ["created_at"]

    def __str__(self):
        return f"Feedback {self.public_id}"


class GroupMeeting(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=90, validators=[MinValueValidator(15), MaxValueValidator(480)]
    )
    timezone = models.CharField(max_length=64, default="UTC")
    location = models.CharField(_("place or video link"), max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    sequence = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]

    def __str__(self):
        return f"{self.title} at {self.starts_at:%Y-%m-%d %H:%M}"


class CircleGoal(models.Model):
    """A goal one peer sets and the circle holds them to account for."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACHIEVED = "achieved", _("Achieved")
        DROPPED = "dropped", _("Dropped")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="goals")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="circle_goals")
    title = models.CharField(_("goal"), max_length=200)
    due_on = models.DateField(_("by when"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["owner__name", "created_at"]

    def __str__(self):
        return self.title


class CircleGoalUpdate(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    goal = models.ForeignKey(CircleGoal, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("update"), max_length=3000)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Update {self.public_id}"


class CircleOptIn(models.Model):
    """A participant who wants to be placed in a peer circle by the next formation."""

    enrolment = models.OneToOneField(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="circle_opt_in"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Circle opt-in of {self.enrolment_id}"


class CircleFormation(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        DISCARDED = "discarded", _("Discarded")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="circle_formations"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    min_size = models.PositiveSmallIntegerField(
        default=4, validators=[MinValueValidator(2), MaxValueValidator(8)]
    )
    max_size = models.PositiveSmallIntegerField(
        default=8, validators=[MinValueValidator(3), MaxValueValidator(12)]
    )
    cadence = models.CharField(max_length=12, choices=Group.Cadence.choices, blank=True, default="monthly")
    stats = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Circle formation {self.public_id} ({self.status})"


class TeamMentor(models.Model):
    """A specialised mentor assigned to a start-up team for one of the team's needs."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    team = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="team_mentors")
    competence = models.ForeignKey("programmes.Competence", on_delete=models.PROTECT, related_name="+")
    mentor = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="team_assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["team", "competence", "mentor"], name="unique_team_mentor_per_need"
            )
        ]
        ordering = ["competence__slug"]

    def __str__(self):
        return f"{self.mentor_id} for {self.team_id} ({self.competence_id})"

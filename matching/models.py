import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MatchRound(models.Model):
    """One run of the matching engine over a programme's open needs.

    queued -> running -> draft -> published; running -> failed. A draft can be re-run (a new
    round keeps its locked pairs) and is replaced by it.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        SUPERSEDED = "superseded", _("Superseded")
        FAILED = "failed", _("Failed")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="match_rounds"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    progress_note = models.CharField(max_length=200, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    stats = models.JSONField(default=dict, blank=True)
    unmatched = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Match round of {self.programme} ({self.status})"


class Proposal(models.Model):
    """A proposed pair for one need: mentee, mentor, score and why."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REMOVED = "removed", _("Removed")
        # Published in a programme where the mentee's coordinator approves a match first.
        AWAITING_COORDINATOR = "awaiting", _("Waiting for the coordinator")
        REFUSED = "refused", _("Refused by the coordinator")
        PUBLISHED = "published", _("Waiting for answers")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    class Response(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    round = models.ForeignKey(MatchRound, on_delete=models.CASCADE, related_name="proposals")
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, related_name="proposals")
    need = models.ForeignKey("programmes.Need", on_delete=models.CASCADE, related_name="proposals")
    mentee = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="proposals_as_mentee"
    )
    mentor = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="proposals_as_mentor"
    )
    score = models.FloatField()
    components = models.JSONField(default=dict)
    locked = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    mentee_response = models.CharField(max_length=10, choices=Response.choices, default=Response.PENDING)
    mentor_response = models.CharField(max_length=10, choices=Response.choices, default=Response.PENDING)
    decline_reason = models.CharField(max_length=300, blank=True)
    # The mentee's coordinator who approved or refused it, when the programme asks them to.
    refusal_reason = models.CharField(max_length=300, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    # Published and not yet answered: it holds the mentor's place and the mentee's need (see
    # relationships/capacity.py), also while the mentee's coordinator has still to approve it.
    WAITING = (Status.AWAITING_COORDINATOR, Status.PUBLISHED)

    class Meta:
        ordering = ["-score"]
        indexes = [models.Index(fields=["programme", "status"])]

    def __str__(self):
        return f"{self.mentee} ← {self.mentor} for {self.need}"


class PairExclusion(models.Model):
    """A pair the engine must never propose again in this programme."""

    class Reason(models.TextChoices):
        DECLINED = "declined", _("Declined")
        MANAGER = "manager", _("Excluded by the manager")
        PARTICIPANT = "participant", _("Excluded by a participant")
        ENDED = "ended", _("Relationship ended")
        COORDINATOR = "coordinator", _("Refused by the mentee's coordinator")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="pair_exclusions"
    )
    mentee = models.ForeignKey("programmes.Enrolment", on_delete=models.CASCADE, related_name="+")
    mentor = models.ForeignKey("programmes.Enrolment", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=12, choices=Reason.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["programme", "mentee", "mentor"], name="unique_pair_exclusion")
        ]

    def __str__(self):
        return f"{self.mentee} × {self.mentor}: {self.reason}"

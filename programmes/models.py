import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Competence(models.Model):
    """An entry of the competence catalogue that offers and needs refer to."""

    slug = models.SlugField(max_length=80, unique=True)
    group = models.SlugField(max_length=60, blank=True)
    names = models.JSONField(default=dict, help_text=_("name per language code"))
    builtin = models.BooleanField(default=False)

    class Meta:
        ordering = ["group", "slug"]
        verbose_name = _("competence")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "en")[:2]
        return self.names.get(language) or self.names.get("en") or self.name_from_slug(self.slug)

    @staticmethod
    def name_from_slug(slug: str) -> str:
        """A readable name for a slug nobody named: `data-storytelling` reads “Data storytelling”."""
        return slug.replace("-", " ").capitalize()


class Programme(models.Model):
    class LearningGate(models.TextChoices):
        NONE = "none", _("Not required")
        BEFORE_MATCHING = "before-matching", _("Before being matched or sending a request")
        BEFORE_ACCEPTING = "before-accepting", _("Before accepting a mentorship")

    class Kind(models.TextChoices):
        ONE_TO_ONE = "one-to-one", _("One-to-one cross-company")
        CROSS_COUNTRY = "cross-country", _("Cross-country")
        SELF_SERVICE = "self-service", _("Self-service marketplace")
        COLLABORATIVE = "collaborative", _("Collaborative mentoring")
        REVERSE = "reverse", _("Reverse mentoring")
        TWO_WAY = "two-way", _("Two-way mentoring")
        PEER_CIRCLE = "peer-circle", _("Peer circles")
        GROUP = "group", _("Group mentoring")
        INCUBATOR = "incubator", _("Incubator cohort")
        VIRTUAL_COFFEE = "virtual-coffee", _("Virtual coffee")

    class MatchingMode(models.TextChoices):
        ROUNDS = "rounds", _("Manager's matching rounds")
        SELF_SERVICE = "self-service", _("Self-service: mentees choose")
        BOTH = "both", _("Both")

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.ONE_TO_ONE)
    description = models.TextField(_("description"), blank=True)
    cohort_start = models.DateField(_("cohort start"), null=True, blank=True)
    cohort_end = models.DateField(_("cohort end"), null=True, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    # The mentor always comes from another organisation: that rule is not a setting.
    exclude_competitors = models.BooleanField(_("exclude competitors"), default=False)
    cross_country = models.BooleanField(_("mentor from another country"), default=False)
    max_mentees_per_mentor = models.PositiveSmallIntegerField(
        _("max mentees per mentor"), default=3, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )
    max_mentors_per_mentee = models.PositiveSmallIntegerField(
        _("max mentors per mentee"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    matching_mode = models.CharField(
        _("matching mode"), max_length=20, choices=MatchingMode.choices, default=MatchingMode.ROUNDS
    )
    open_for_applications = models.BooleanField(
        _("open for applications"),
        default=False,
        help_text=_("People of member organisations may apply without an invitation."),
    )
    coordinator_approves_matches = models.BooleanField(
        _("the mentee's coordinator approves each match first"),
        default=False,
        help_text=_(
            "A published matching proposal waits for the coordinator of the mentee's organisation "
            "before it reaches the mentee and the mentor."
        ),
    )
    first_mentor_priority = models.BooleanField(
        _("everyone gets a first mentor before anyone gets a second"), default=True
    )
    reverse_competences = models.JSONField(
        _("reverse-mentoring competences"),
        default=list,
        blank=True,
        help_text=_("Competence slugs for which the mentor is expected to be the junior one."),
    )
    matching_weights = models.JSONField(
        _("matching weights"), default=dict, blank=True, help_text=_("Overrides of the score weights.")
    )
    request_answer_days = models.PositiveSmallIntegerField(
        _("days a mentor has to answer a request"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    max_open_requests = models.PositiveSmallIntegerField(
        _("open requests a mentee may have at once"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    check_in_every_weeks = models.PositiveSmallIntegerField(
        _("weeks between check-ins"), default=13, validators=[MinValueValidator(1), MaxValueValidator(52)]
    )
    attention_after_weeks = models.PositiveSmallIntegerField(
        _("weeks without a meeting or check-in before a mentorship needs attention"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
    )
    learning_gate = models.CharField(
        _("required e-learning"),
        max_length=20,
        choices=LearningGate.choices,
        default=LearningGate.NONE,
        help_text=_("When participants must have completed the programme's required modules."),
    )
    managers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="managed_programmes")
    organisations = models.ManyToManyField(
        "organisations.Organisation", through="ProgrammeOrganisation", related_name="programmes"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("programme")

    def __str__(self):
        return self.name


class ProgrammeOrganisation(models.Model):
    """An organisation's membership of a programme."""

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        JOINED = "joined", _("Joined")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="memberships"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.INVITED)
    invited_at = models.DateTimeField(default=timezone.now)
    joined_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "organisation"], name="unique_programme_organisation"
            )
        ]

    def __str__(self):
        return f"{self.organisation} in {self.programme}"


class Enrolment(models.Model):
    """A person's participation in a programme as mentor, mentee or both.

    States: applied -> approved -> active -> alumni; applied -> rejected; applied, approved or
    active -> withdrawn. The transitions live in programmes.services.
    """

    class Role(models.TextChoices):
        MENTOR = "mentor", _("Mentor")
        MENTEE = "mentee", _("Mentee")
        BOTH = "both", _("Mentor and mentee")

    class Status(models.TextChoices):
        APPLIED = "applied", _("Applied")
        APPROVED = "approved", _("Approved")
        ACTIVE = "active", _("Active")
        ALUMNI = "alumni", _("Alumni")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="enrolments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    # Kept on the enrolment so scoping by organisation is one indexed filter.
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="enrolments"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.APPLIED)
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("How many mentees you can take on."),
    )
    motivation = models.TextField(_("motivation"), blank=True, max_length=2000)
    offers = models.ManyToManyField(
        Competence, blank=True, related_name="offered_in", verbose_name=_("offers")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["programme", "user"], name="unique_enrolment")]
        indexes = [models.Index(fields=["programme", "organisation", "status"])]
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.user} in {self.programme} ({self.role})"

    @property
    def is_mentor(self) -> bool:
        return self.role in (self.Role.MENTOR, self.Role.BOTH)

    @property
    def is_mentee(self) -> bool:
        return self.role in (self.Role.MENTEE, self.Role.BOTH)

    @property
    def country(self) -> str:
        """Where the person works: their own country, else their organisation's (ISO code)."""
        profile = getattr(self.user, "profile", None)
        return (getattr(profile, "country", "") or self.organisation.country or "").upper()


class Need(models.Model):
    """What a mentee wants to learn: a competence, the kind of mentoring function, and context."""

    class Function(models.TextChoices):
        CHALLENGING_ASSIGNMENTS = "challenging-assignments", _("Challenging assignments")
        RELATIONSHIP_COACHING = "relationship-coaching", _("Relationship coaching")
        PERSONAL_MENTORING = "personal-mentoring", _("Personal mentoring")
        SKILLS_MENTORING = "skills-mentoring", _("Skills mentoring")
        PROFESSIONAL_MENTORING = "professional-mentoring", _("Professional mentoring")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="needs")
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, related_name="needs")
    function = models.CharField(
        _("kind of mentoring"),
        max_length=30,
        choices=Function.choices,
        default=Function.PROFESSIONAL_MENTORING,
    )
    context = models.CharField(_("context"), max_length=500, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "competence"], name="unique_need")]
        ordering = ["id"]

    def __str__(self):
        return f"{self.competence} ({self.get_function_display()})"


def _invitation_token() -> str:
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    """An invitation by a coordinator or manager for a person to join a programme."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    token = models.CharField(max_length=64, unique=True, default=_invitation_token)
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="invitations")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="+")
    email = models.EmailField()
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Sent because a CSV import listed the email: a later import then reads the row as known.
    imported = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["programme", "email"], name="unique_invitation_per_programme")
        ]
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invitation of {self.email} to {self.programme}"

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()

"""Virtual coffee: random cross-company conversations, one round per cycle.

A programme offers virtual coffee when it has `CoffeeSettings` (every programme of the kind
"virtual coffee" gets them on the manager's first visit). Participants opt in and out at any time
(`CoffeeOptIn`); each round (`CoffeeRound`, numbered per programme) pairs the opted-in participants
at random (`CoffeePair`: two people, or three for one group when the count is odd), never with a
colleague or someone met before when that can be avoided (see coffee/pairing.py).
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CoffeeSettings(models.Model):
    class Cadence(models.TextChoices):
        WEEKLY = "weekly", _("Every week")
        FORTNIGHTLY = "fortnightly", _("Every two weeks")
        MONTHLY = "monthly", _("Every month")

    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.CASCADE, related_name="coffee_settings"
    )
    enabled = models.BooleanField(_("offer virtual coffee"), default=True)
    cadence = models.CharField(_("cadence"), max_length=12, choices=Cadence.choices, default=Cadence.MONTHLY)
    automatic = models.BooleanField(
        _("run rounds automatically"),
        default=True,
        help_text=_("A new round starts by itself once a cycle has passed since the last one."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("virtual-coffee settings")

    def __str__(self):
        return f"Coffee settings of {self.programme}"

    @property
    def interval(self) -> timedelta:
        return {
            self.Cadence.WEEKLY: timedelta(days=7),
            self.Cadence.FORTNIGHTLY: timedelta(days=14),
            self.Cadence.MONTHLY: timedelta(days=28),
        }[self.Cadence(self.cadence)]


class CoffeeOptIn(models.Model):
    """A participant's choice to take part in the coffee rounds; opting out keeps the row."""

    enrolment = models.OneToOneField("programmes.Enrolment", on_delete=models.CASCADE, related_name="coffee")
    active = models.BooleanField(default=True)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Coffee opt-in of {self.enrolment_id} ({'in' if self.active else 'out'})"


class CoffeeRound(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="coffee_rounds"
    )
    number = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    stats = models.JSONField(default=dict, blank=True)
    # [{"people": [enrolment public ids],
    #   "reason": "same_organisation" | "competitor" | "already_met" | "alone"}]
    compromises = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["programme", "number"], name="unique_coffee_round")]
        ordering = ["-number"]

    def __str__(self):
        return f"Coffee round {self.number} of {self.programme}"


class CoffeePair(models.Model):
    """Two people (three in the one trio of an odd round) invited to a coffee."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    round = models.ForeignKey(CoffeeRound, on_delete=models.CASCADE, related_name="pairs")
    people = models.ManyToManyField("programmes.Enrolment", related_name="coffee_pairs")
    # The suggested window, in UTC: the overlap of everyone's working hours on a weekday.
    window_start = models.DateTimeField(null=True, blank=True)
    window_end = models.DateTimeField(null=True, blank=True)
    compromise = models.CharField(max_length=20, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"Coffee pair {self.public_id}"


class CoffeeFeedback(models.Model):
    """One paired person's answer after a coffee: did they meet, how was it (1-5), a comment.

    Once per person and pairing. The comment is the writer's and the manager's only, never shown
    under five answers in the round; the manager sees the round's answers as aggregates.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    pair = models.ForeignKey(CoffeePair, on_delete=models.CASCADE, related_name="feedback")
    enrolment = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="coffee_feedback"
    )
    met = models.BooleanField(_("we met"))
    # Only when they met: there is nothing to rate otherwise.
    rating = models.PositiveSmallIntegerField(_("how it was"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["pair", "enrolment"], name="one_coffee_feedback_per_person"),
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="coffee_rating_1_5",
            ),
        ]
        ordering = ["-created_at"]

    def __str__(self):
        return f"Coffee feedback {self.public_id}"

"""Competence frameworks, self-assessments and the programme evaluation survey.

For readers of this data (the reports app):

Framework            one per programme (`programme.evaluation_framework`, created on first use by
                     `services.framework_get_or_create`). `source` is `builtin` (the fifteen
                     competencies of `evaluation.frameworks`, texts from code in the active
                     language) or `custom` (the manager's own texts, in whatever language they typed).
                     `mentor_assessment`: whether mentors also assess their mentees.
FrameworkCompetence  framework, slug, order; `label`, `summary` and `level_texts` give the name,
                     description and the five level descriptions to show (built-in: in the active
                     language; custom: as typed).
Assessment           one level 1-5 of one competence for one mentee `enrolment` (the person assessed)
                     in one `phase` (start | end) by one `assessor` (self | mentor; `assessed_by` is
                     the user who gave it). Unique per (enrolment, competence, phase, assessor).
                     `programme` is denormalised for one-filter aggregates; `enrolment.organisation`
                     scopes by organisation. Growth of a competence = end level - start level of the
                     same enrolment, competence and assessor. `start_level` (END rows only, else
                     None) is that start level, copied at write time (None when there is no start
                     assessment): growth is `level - start_level` of the end rows, no self-join.
Survey               one per programme (`programme.evaluation_survey`), created with its built-in
                     questions by `services.survey_get_or_create`. `opened_at`: when the manager
                     opened the end assessment and survey for everyone mentored (None: not opened).
SurveyQuestion       survey, `key` (built-in: a stable key of `evaluation.survey_questions`;
                     manager-added: blank), `section` (mentor, mentee, relationship, process,
                     results-mentee, results-mentor, results-organisation), `kind` (scale 1-5 |
                     text), `audience` (both | mentee | mentor), `order`, `active`; `label` is the
                     text to show.
SurveyResponse       one per (survey, enrolment, role): each person answers once per programme in
                     each role they hold (a "both" enrolment may answer as mentor and as mentee).
                     `role` is mentor | mentee; `enrolment.organisation` scopes by organisation.
SurveyAnswer         response, question, `value` (1-5, scale questions) or `text` (text questions);
                     `role` is its response's role, copied at write time (answers per role without
                     joining responses).
                     Free text is shown to the respondent and to the programme manager only, never
                     to coordinators, other participants or in any aggregate.

Ready-made aggregates (one query each, averages None under five people), narrowed by an optional
`enrolments` queryset: `selectors.growth_by_competence(framework=, enrolments=, assessor=)` and
`selectors.survey_scale_summary(survey=, enrolments=)`. Show a competence's `label` with
`select_related("framework")` (built-in labels need the framework's source).
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from . import frameworks, survey_questions

LEVELS = (1, 2, 3, 4, 5)
LEVEL_NAMES = {
    1: _("Beginning"),
    2: _("Developing"),
    3: _("Competent"),
    4: _("Advanced"),
    5: _("Role model"),
}


class Framework(models.Model):
    class Source(models.TextChoices):
        BUILTIN = "builtin", _("Built-in: fifteen competencies for leaders of today")
        CUSTOM = "custom", _("The programme's own framework")

    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.CASCADE, related_name="evaluation_framework"
    )
    source = models.CharField(_("framework"), max_length=10, choices=Source.choices, default=Source.BUILTIN)
    mentor_assessment = models.BooleanField(
        _("mentors also assess their mentees"),
        default=False,
        help_text=_("Mentors give their own view of each competence at the start and at the end."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Framework of {self.programme}"

    @property
    def is_builtin(self) -> bool:
        return self.source == self.Source.BUILTIN


class FrameworkCompetence(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="competences")
    slug = models.SlugField(_("key"), max_length=80)
    order = models.PositiveSmallIntegerField(default=0)
    # Custom frameworks only: the manager's texts. Built-in ones read theirs from `frameworks`.
    name = models.CharField(_("name"), max_length=120, blank=True)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    levels = models.JSONField(_("level descriptions"), default=list, blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["framework", "slug"], name="unique_framework_competence")
        ]
        ordering = ["order", "id"]

    def __str__(self):
        return self.label

    def _builtin(self) -> dict | None:
        if self.framework.is_builtin:
            return frameworks.competence(self.slug)
        return None

    @property
    def label(self) -> str:
        builtin = self._builtin()
        return builtin["name"] if builtin else (self.name or self.slug)

    @property
    def summary(self) -> str:
        builtin = self._builtin()
        return builtin["description"] if builtin else self.description

    @property
    def level_texts(self) -> list[str]:
        builtin = self._builtin()
        texts = builtin["levels"] if builtin else list(self.levels)
        return (texts + [""] * 5)[:5]


class Assessment(models.Model):
    class Phase(models.TextChoices):
        START = "start", _("Start")
        END = "end", _("End")

    class Assessor(models.TextChoices):
        SELF = "self", _("Self-assessment")
        MENTOR = "mentor", _("Mentor's assessment")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, related_name="+")
    enrolment = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="assessments"
    )
    competence = models.ForeignKey(FrameworkCompetence, on_delete=models.RESTRICT, related_name="assessments")
    phase = models.CharField(max_length=5, choices=Phase.choices)
    assessor = models.CharField(max_length=6, choices=Assessor.choices, default=Assessor.SELF)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    level = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    # END rows only: the level of the START assessment of the same enrolment, competence and
    # assessor (None without one, and always None on START rows). Denormalised so that reports
    # average growth over hundreds of thousands of assessments without joining the table to itself.
    # Kept in step by `services.assessment_submit` (both phases) and
    # `services.assessment_start_levels_refresh` for rows written any other way.
    start_level = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "competence", "phase", "assessor"], name="one_assessment_per_phase"
            ),
            models.CheckConstraint(
                condition=models.Q(level__gte=1, level__lte=5), name="assessment_level_1_5"
            ),
        ]
        indexes = [models.Index(fields=["programme", "phase", "assessor"])]
        ordering = ["competence__order", "phase"]

    def __str__(self):
        return f"{self.competence_id} {self.phase} {self.assessor}: {self.level}"


class Survey(models.Model):
    programme = models.OneToOneField(
        "programmes.Programme", on_delete=models.CASCADE, related_name="evaluation_survey"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when the manager opens the evaluation for everyone who has been mentored here (in a
    # mentorship that started or in a group), whatever the dates: for programmes without a cohort
    # end, and groups that never close.
    opened_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Evaluation survey of {self.programme}"


class SurveyQuestion(models.Model):
    class Section(models.TextChoices):
        MENTOR = "mentor", _("The mentor")
        MENTEE = "mentee", _("The mentee")
        RELATIONSHIP = "relationship", _("The relationship")
        PROCESS = "process", _("The process")
        RESULTS_MENTEE = "results-mentee", _("Results for the mentee")
        RESULTS_MENTOR = "results-mentor", _("Results for the mentor")
        RESULTS_ORGANISATION = "results-organisation", _("Results for the organisation")

    class Kind(models.TextChoices):
        SCALE = "scale", _("Scale from 1 (strongly disagree) to 5 (strongly agree)")
        TEXT = "text", _("Free text")

    class Audience(models.TextChoices):
        BOTH = "both", _("Mentors and mentees")
        MENTEE = "mentee", _("Mentees")
        MENTOR = "mentor", _("Mentors")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(max_length=60, blank=True)
    section = models.CharField(_("section"), max_length=24, choices=Section.choices)
    kind = models.CharField(_("kind of answer"), max_length=5, choices=Kind.choices, default=Kind.SCALE)
    audience = models.CharField(_("asked of"), max_length=6, choices=Audience.choices, default=Audience.BOTH)
    text = models.CharField(_("question"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(_("asked"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "key"], condition=~models.Q(key=""), name="unique_builtin_question"
            )
        ]
        ordering = ["order", "id"]

    def __str__(self):
        return self.label

    @property
    def is_builtin(self) -> bool:
        return bool(self.key)

    @property
    def label(self) -> str:
        if self.key:
            return survey_questions.text(self.key) or self.text
        return self.text

    def asks(self, role: str) -> bool:
        return self.audience in (self.Audience.BOTH, role)


class SurveyResponse(models.Model):
    class Role(models.TextChoices):
        MENTOR = "mentor", _("Mentor")
        MENTEE = "mentee", _("Mentee")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    enrolment = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="survey_responses"
    )
    role = models.CharField(max_length=6, choices=Role.choices)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "enrolment", "role"], name="one_survey_response_per_role"
            )
        ]
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"Survey response {self.public_id} ({self.role})"


class SurveyAnswer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(SurveyQuestion, on_delete=models.CASCADE, related_name="answers")
    # A copy of `response.role` (a response never changes role), set whenever an answer is
    # created, so that reports average answers per role without joining the responses.
    role = models.CharField(max_length=6, choices=SurveyResponse.Role.choices)
    value = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    text = models.TextField(blank=True, max_length=4000)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question"),
        ]
        ordering = ["question__order", "question_id"]

    def __str__(self):
        return f"Answer to {self.question_id}"

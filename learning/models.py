"""Guides and e-learning.

The guides and modules themselves are built-in content (`learning.content`), written in every
interface language. What the database holds is how one programme uses them (`ModuleSetting`: which
modules its mentors and mentees must complete) and what each participant has done
(`ModuleCompletion`, one row per enrolment and module, kept across retries).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ModuleSetting(models.Model):
    """Whether a programme's mentors and mentees must complete one built-in module.

    Without a row, the module's default from `learning.content` applies; a manager's choice writes a
    row for every module so the programme no longer depends on the defaults.
    """

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="module_settings"
    )
    module = models.SlugField(_("module"), max_length=80)
    required_for_mentors = models.BooleanField(_("required for mentors"), default=False)
    required_for_mentees = models.BooleanField(_("required for mentees"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["programme", "module"], name="unique_module_setting")]
        verbose_name = _("module setting")

    def __str__(self):
        return f"{self.module} in {self.programme}"


class ModuleCompletion(models.Model):
    """One participant's progress in one module: attempts, best score, and when they passed.

    Once passed, a module stays passed; a later retry only updates the last answers.
    """

    enrolment = models.ForeignKey(
        "programmes.Enrolment", on_delete=models.CASCADE, related_name="module_completions"
    )
    module = models.SlugField(_("module"), max_length=80)
    attempts = models.PositiveSmallIntegerField(default=0)
    score = models.PositiveSmallIntegerField(_("best score"), default=0)
    questions = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(_("passed"), default=False)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_answers = models.JSONField(default=list, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "module"], name="unique_module_completion")
        ]
        indexes = [models.Index(fields=["module", "passed"])]
        verbose_name = _("module completion")

    def __str__(self):
        return f"{self.module} by {self.enrolment_id} ({'passed' if self.passed else 'not passed'})"

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A member organisation: an employer whose people take part and whose HR coordinates."""

    class Size(models.TextChoices):
        MICRO = "micro", _("1-9 people")
        SMALL = "small", _("10-49 people")
        MEDIUM = "medium", _("50-249 people")
        LARGE = "large", _("250+ people")

    key = models.SlugField(_("key"), max_length=64, unique=True)
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166-1 code"))
    sector = models.CharField(_("sector"), max_length=100, blank=True)
    size = models.CharField(_("size"), max_length=10, choices=Size.choices, blank=True)
    # Symmetric: a declaration by either side counts for both.
    competitors = models.ManyToManyField("self", blank=True, symmetrical=True, verbose_name=_("competitors"))
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="coordinated_organisations"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self):
        return self.name

import hashlib
import secrets
import uuid
import zoneinfo
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TIMEZONE_CHOICES = sorted(zoneinfo.available_timezones())


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Logs in with their email; URLs and the API use `public_id`."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("email"), unique=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    is_staff = models.BooleanField(_("platform admin"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        verbose_name = _("user")
        ordering = ["name", "email"]

    def __str__(self):
        return self.name or self.email

    def get_full_name(self):
        return self.name or self.email

    def get_short_name(self):
        return self.name.split(" ")[0] if self.name else self.email

    def set_unusable_password(self):
        super().set_unusable_password()
        self._password_disabled = True

    def save(self, *args, **kwargs):
        # A new or disabled password revokes every API token, whichever path set it (change, reset,
        # admin, command). Django clears _password for hash upgrades at sign-in: not a change.
        replaced = not self._state.adding and (
            self._password is not None or getattr(self, "_password_disabled", False)
        )
        super().save(*args, **kwargs)
        self._password_disabled = False
        if replaced:
            self.api_tokens.all().delete()


class Profile(models.Model):
    """What a participant tells about themselves; visible to people of a shared programme."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("organisation"),
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    seniority = models.PositiveSmallIntegerField(
        _("seniority"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 = early career, 5 = executive"),
    )
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166-1 code"))
    timezone = models.CharField(_("time zone"), max_length=64, default="UTC")
    languages = models.JSONField(_("languages"), default=list, blank=True)
    bio = models.TextField(_("short bio"), blank=True, max_length=2000)
    language = models.CharField(
        _("language for emails"),
        max_length=8,
        choices=[("en", "English"), ("nl", "Nederlands"), ("es", "Español")],
        default="en",
        help_text=_("The language of the emails Crossmentor sends you."),
    )

    class Meta:
        verbose_name = _("profile")

    def __str__(self):
        return f"Profile of {self.user}"


def api_token_expiry():
    return timezone.now() + timedelta(days=settings.API_TOKEN_DAYS)


class ApiToken(models.Model):
    """A personal API token. Only a hash is stored; the token is shown once at creation.

    It works until `expires_at` (settings.API_TOKEN_DAYS after its creation) and is deleted when
    its owner's password changes.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=8)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), default=api_token_expiry)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @staticmethod
    def digest_of(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @staticmethod
    def new_token() -> str:
        return "cm_" + secrets.token_urlsafe(32)

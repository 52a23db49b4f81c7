"""Settings come from the environment and fail loudly when production is incompletely configured.

Each case runs in a fresh interpreter: settings are read once, at import.
"""

import importlib
import secrets
import subprocess
import sys

import pytest
from django.conf import settings as django_settings


@pytest.fixture
def production_env(tmp_path):
    return {
        "PATH": "/usr/bin:/bin",
        "CROSSMENTOR_PRODUCTION": "1",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "EMAIL_HOST": "smtp.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path}/production.sqlite3",
        "CROSSMENTOR_DATA_DIR": str(tmp_path),
        "TRUSTED_PROXIES": "127.0.0.1",
    }


def python(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, *args],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def load_settings(env: dict) -> subprocess.CompletedProcess:
    return python(env, "-c", "import crossmentor.settings")


def error_of(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0, result.stdout
    return result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("name", ["SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "EMAIL_HOST"])
def test_production_without_a_required_setting_fails_naming_it(production_env, name):
    del production_env[name]

    error = error_of(load_settings(production_env))

    assert error.startswith("django.core.exceptions.ImproperlyConfigured: ")
    assert f"{name} is required when CROSSMENTOR_PRODUCTION=1" in error


def test_production_without_a_database_url_fails_naming_it(production_env):
    del production_env["DATABASE_URL"]

    assert "DATABASE_URL" in error_of(load_settings(production_env))


def test_production_does_not_generate_a_secret_key(production_env, tmp_path):
    del production_env["SECRET_KEY"]

    load_settings(production_env)

    assert not (tmp_path / "secret_key").exists()


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("CROSSMENTOR_PRODUCTION", "perhaps", "CROSSMENTOR_PRODUCTION must be a boolean"),
        ("DEBUG", "maybe", "DEBUG must be a boolean (1/0, true/false), not 'maybe'"),
        ("EMAIL_USE_TLS", "sometimes", "EMAIL_USE_TLS must be a boolean"),
        ("LOGIN_LOCKOUT_SECONDS", "five minutes", "LOGIN_LOCKOUT_SECONDS must be a whole number"),
        ("API_TOKEN_DAYS", "0", "API_TOKEN_DAYS must be at least 1, not 0"),
        ("TRUSTED_PROXIES", "127.0.0.1,nginx", "TRUSTED_PROXIES must list IP addresses or networks"),
    ],
)
def test_a_malformed_value_fails_naming_the_variable(production_env, name, value, message):
    production_env[name] = value

    error = error_of(load_settings(production_env))

    assert error.startswith("django.core.exceptions.ImproperlyConfigured: ")
    assert message in error


def test_a_mail_user_without_a_password_fails(production_env):
    production_env["EMAIL_HOST_USER"] = "mailer"

    assert "EMAIL_HOST_PASSWORD is missing" in error_of(load_settings(production_env))


def test_the_complete_production_environment_passes_the_deployment_checks(production_env):
    result = python(production_env, "manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_without_trusted_proxies_warns_at_the_deployment_checks(production_env):
    del production_env["TRUSTED_PROXIES"]

    result = python(production_env, "manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode != 0
    assert "accounts.W001" in result.stderr + result.stdout


def test_the_production_settings_are_secure(production_env):
    script = (
        "import django; from django.conf import settings as s; django.setup(); "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_HSTS_SECONDS, s.CACHES['default']['BACKEND'], s.CELERY_TASK_ALWAYS_EAGER, "
        "s.DATABASES['default']['NAME'].endswith('/production.sqlite3'))"
    )
    env = {**production_env, "DJANGO_SETTINGS_MODULE": "crossmentor.settings"}

    result = python(env, "-c", script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "True",
        "31536000",
        "django.core.cache.backends.redis.RedisCache",
        "False",
        "True",
    ]


def test_the_embedded_default_needs_no_environment_at_all(tmp_path):
    result = load_settings({"PATH": "/usr/bin:/bin", "CROSSMENTOR_DATA_DIR": str(tmp_path)})

    assert result.returncode == 0, result.stderr
    assert len((tmp_path / "secret_key").read_text()) >= 50
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_beat_schedules_every_periodic_task_by_its_registered_name():
    from crossmentor.celery import app
    from crossmentor.periodic import BEAT_SCHEDULE

    assert app.conf.beat_schedule == BEAT_SCHEDULE
    for entry in BEAT_SCHEDULE.values():
        importlib.import_module(entry["task"].rsplit(".", 1)[0])
        assert entry["task"] in app.tasks, entry["task"]


def test_a_worker_knows_the_meeting_tasks_of_the_relationships_subpackage(tmp_path):
    """Tasks run inline in the tests, so only the worker's own discovery would miss them."""
    code = (
        "import django; django.setup(); from crossmentor.celery import app; "
        "app.loader.import_default_modules(); "
        "print(sorted(t for t in app.tasks if t.startswith('relationships.work.')))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "CROSSMENTOR_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "crossmentor.settings",
    }
    result = python(env, "-c", code)
    assert "relationships.work.tasks." in result.stdout, result.stderr

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_catalogue(sender, using, **kwargs):
    from .services import catalogue_sync

    catalogue_sync(using=using)


class ProgrammesConfig(AppConfig):
    name = "programmes"

    def ready(self):
        # The built-in competence catalogue is kept in code and brought up to date after migrating.
        post_migrate.connect(_sync_catalogue, sender=self)

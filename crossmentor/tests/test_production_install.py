"""A message posted on the production install reaches the Redis broker (CI's production check).

CI (`.ci/run`) installs Crossmentor exactly as the README's Production section does, in a venv of
its own with no test dependencies, and runs this module there with Django's own test runner:

    crossmentor test crossmentor.tests.test_production_install

with the production settings and REDIS_URL. Only Django and the installed dependencies may be
imported here (no pytest, no factory_boy): a dependency the test tools bring along, such as
`packaging` that kombu's Redis transport imports, must not hide a missing one. Without REDIS_URL
(the usual test run, tasks inline) it is skipped.
"""

import io
import json
import socket
import unittest
import uuid
from urllib.parse import urlsplit

import redis
from django.conf import settings
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from crossmentor.celery import app
from relationships.models import Mentorship, Message


def redis_reachable() -> bool:
    url = urlsplit(settings.REDIS_URL)
    try:
        with socket.create_connection((url.hostname, url.port or 6379), timeout=1):
            return True
    except OSError:
        return False


@unittest.skipUnless(settings.REDIS_URL, "needs REDIS_URL: CI runs it on the production install")
class AMessageOnTheProductionInstallTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("demo", stdout=io.StringIO())
        cls.mentorship = Mentorship.objects.filter(status=Mentorship.Status.ACTIVE).select_related(
            "programme", "mentee__user"
        )[0]

    def setUp(self):
        if not redis_reachable():
            self.skipTest(f"no Redis at {settings.REDIS_URL}")
        self.redis = redis.Redis.from_url(settings.REDIS_URL)
        # Tasks go to a queue of this test's own: no worker on the same Redis takes them.
        self.queue = f"install-check-{uuid.uuid4().hex[:12]}"
        app.conf.task_default_queue = self.queue

    def tearDown(self):
        self.redis.delete(self.queue, f"_kombu.binding.{self.queue}")

    def test_posting_a_message_queues_its_notification_on_redis_and_shows_the_thread(self):
        url = reverse(
            "mentorship_messages",
            kwargs={"slug": self.mentorship.programme.slug, "public_id": self.mentorship.public_id},
        )
        self.client.force_login(self.mentorship.mentee.user)

        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, {"body": "Shall we meet on Thursday?"}, secure=True)

        self.assertEqual(response.status_code, 302)
        message = Message.objects.get(mentorship=self.mentorship, body="Shall we meet on Thursday?")
        queued = [json.loads(item) for item in self.redis.lrange(self.queue, 0, -1)]
        self.assertEqual([item["headers"]["task"] for item in queued], ["relationships.tasks.notify_message"])
        self.assertEqual(queued[0]["headers"]["argsrepr"], f"({message.pk},)")
        thread = self.client.get(response["Location"], secure=True)
        self.assertEqual(thread.status_code, 200)
        self.assertContains(thread, "Shall we meet on Thursday?")

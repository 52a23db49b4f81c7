"""Fixtures for the end-to-end tests that drive Debian's chromium through Playwright.

Playwright's sync API keeps an asyncio event loop running in the test thread, so Django would refuse
ORM calls made from the test (fixtures, assertions on the database) with SynchronousOnlyOperation.
The documented workaround for test code is DJANGO_ALLOW_ASYNC_UNSAFE; the live server itself runs
in its own thread and is unaffected. Both the variable and the Playwright loop live only while this
session's browser tests run (`pytest -m browser` is a run of its own), so the rest of the suite
keeps Django's async-safety check and an idle thread.

A pytest plugin (loaded by the root conftest) so that every app's `tests/browser/` can use it.
"""

import os
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from core.factories import PASSWORD

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

expect.set_options(timeout=5_000)


@pytest.fixture(scope="session")
def _allow_orm_next_to_playwrights_loop():
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser(_allow_orm_next_to_playwrights_loop):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def _warm_live_server(live_server):
    """The live server's first request imports the URLconf and every API router: seconds on a busy
    machine, which would otherwise eat the first test's page timeout."""
    with urllib.request.urlopen(f"{live_server.url}/accounts/login/", timeout=300) as response:  # noqa: S310
        response.read()


@pytest.fixture
def page(browser, live_server, _warm_live_server):
    """A fresh page in its own context (no cookies shared between tests), on the live server."""
    context = browser.new_context(
        base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def shot(page, name: str) -> Path:
    """Save a full-page screenshot as test-artifacts/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page, user, next_path: str = "/") -> None:
    """Log in through the real login form and wait until the top bar shows the person."""
    page.goto(f"/accounts/login/?next={next_path}")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator(".topbar .who")).to_have_text(user.name or user.email)


@pytest.fixture
def login(page):
    """`login(user, next_path="/")` logs `user` in on this test's page."""

    def _login(user, next_path: str = "/"):
        log_in(page, user, next_path)
        return page

    return _login

"""The chat page in a real browser: Playwright driving Debian's Chromium."""
import json
from pathlib import Path

import pytest
import redis

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "bench" / "artifacts"
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it as root)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, web):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(web.base + "/")
    page.problems = problems
    yield page
    context.close()


def ask(page, text):
    count = page.locator(".msg--bot").count()
    page.fill("#query", text)
    page.keyboard.press("Enter")
    page.locator(".msg--bot").nth(count).wait_for()
    return page.locator(".msg--bot").nth(count)


def test_faq_answer_then_hindi_then_a_suggestion(page):
    reply = ask(page, "how do i reset my password")
    assert "Forgot password" in reply.inner_text()
    assert "Help article" in reply.inner_text()
    page.select_option("#language", "hi")
    hindi = ask(page, "how do i reset my password")
    assert "पासवर्ड" in hindi.inner_text()
    assert page.locator(".msg--bot").last.get_attribute("lang") == "hi"
    assert page.problems == []


def test_suggestion_click_asks_that_question(page, web):
    suggestions = web.chat("level").json()["suggestions"]
    assert suggestions, "'level' is ambiguous between the host and the user levels"
    ask(page, "level")
    count = page.locator(".msg--bot").count()
    page.locator(".msg__suggestion").first.click()
    page.locator(".msg--bot").nth(count).wait_for()
    assert suggestions[0]["question"] in page.locator(".msg--user").last.inner_text()


def test_thumbs_down_reaches_redis(page, redis_url):
    ask(page, "how do i block someone")
    page.get_by_label("Not helpful").last.click()
    page.get_by_text("Thanks for the feedback").wait_for()
    client = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/1", decode_responses=True)
    entries = [f for _, f in client.xrange("streamkar:feedback") if f["question"] == "how do i block someone"]
    assert entries and entries[-1]["helpful"] == "0"


def test_a_rating_that_could_not_be_saved_can_be_sent_again(page, redis_url):
    ask(page, "how do i change my nickname")
    client = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/1", decode_responses=True)
    keys = [k for k in client.scan_iter("message:*")
            if json.loads(client.get(k) or "{}").get("question") == "how do i change my nickname"]
    assert keys
    client.delete(*keys)  # as if the reply had expired: the API answers 404
    page.get_by_label("Helpful").last.click()
    page.get_by_text("Could not save feedback; try again").wait_for()
    assert page.get_by_label("Helpful").last.is_enabled() and page.get_by_label("Not helpful").last.is_enabled()


def test_html_in_a_query_is_shown_as_text(page):
    payload = "<img src=x onerror=alert(1)> how do i buy coins"
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    ask(page, payload)
    assert page.locator(".msg--user").last.inner_text() == payload
    assert page.locator("img").count() == 0
    assert dialogs == []


def test_no_console_errors_or_csp_violations_and_screenshots(browser, web):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, viewport in (("phone", {"width": 390, "height": 844}), ("desktop", {"width": 1280, "height": 800})):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        problems = []
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
        page.goto(web.base + "/")
        ask(page, "how do I send a gift to a host?")
        ask(page, "what is react")
        page.screenshot(path=str(ARTIFACTS / f"chat-{name}.png"))
        assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
        assert not problems, problems
        context.close()
    assert json.loads(web.get("/api/health").text)["status"] == "ok"

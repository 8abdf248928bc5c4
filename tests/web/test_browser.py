"""The dashboard in a real headless Chromium (Debian's, driven by Playwright): log in, open an
alert, confirm it, find the decision in the audit log, and see that harmful text stays text."""

from __future__ import annotations

import shutil

import pytest


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")


@pytest.fixture
def page(server):  # noqa: F811
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        yield pg
        browser.close()
        assert dialogs == [], f"a script from stored text ran: {dialogs}"


def login(page, server, user, password):  # noqa: F811
    page.goto(server.base + "/")
    assert page.url.endswith("/login")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(server.base + "/")


def test_analyst_confirms_an_alert_and_admin_finds_it_in_the_audit_log(server, page):  # noqa: F811
    login(page, server, "analyst", "analyst-password-123")
    assert "Overview" in page.inner_text("h1") and "alerts to review" in page.inner_text("main")
    page.click("header >> text=Alerts")
    page.click("a:has-text('CH-PIATA')")
    alert_url = page.url
    page.fill("input[name=reason]", "test purchase confirmed by the lab")
    page.click("button[value=confirmed]")
    page.wait_for_url(alert_url)
    assert page.inner_text("#status") == "confirmed"
    assert "test purchase confirmed by the lab" in page.inner_text("main")
    page.click("header button:has-text('Log out')")
    page.wait_for_url(server.base + "/login")

    login(page, server, "admin", server.admin_password)
    page.click("header >> text=Audit log")
    rows = page.inner_text("#audit")
    assert "alert.confirmed" in rows and "analyst" in rows and "test purchase confirmed by the lab" in rows


def test_viewer_sees_no_decision_form_and_pages_render(server, page):  # noqa: F811
    login(page, server, "viewer", "viewer-password-123")
    page.click("header >> text=Alerts")
    page.click("main table a >> nth=0")
    assert page.locator("button[value=confirmed]").count() == 0
    page.goto(server.base + "/search?q=MDMA")
    page.click("main table a >> nth=0")
    assert page.locator("mark.substances").count() >= 1
    page.goto(server.base + "/substances/fentanyl")
    assert page.locator("svg").count() >= 1 and "UN-1961" in page.inner_text("main")
    assert "Audit log" not in page.inner_text("header")


def test_vendor_page_shows_the_hard_link_and_the_impersonator(server, page):  # noqa: F811
    server.demo.cli("link", "--store")
    login(page, server, "viewer", "viewer-password-123")
    page.click("header >> text=Vendors")
    page.click("main table a >> nth=0")
    text = page.inner_text("main")
    assert "telegram:x_plug_eu" in text and "possible_impersonation" in text

#!/usr/bin/env python3
"""Screenshots of the main dashboard pages for docs/img/, from a fresh demo store.

    python scripts/dashboard_screenshots.py     (needs Debian chromium)
"""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.api.conftest import read_password, start  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        subprocess.run([sys.executable, "-m", "patrol.cli", "demo", "--home", tmp], check=True, capture_output=True)
        proc, base = start(home)
        password = read_password(proc)
        try:
            with sync_playwright() as p:
                b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
                page = b.new_page(viewport={"width": 1280, "height": 900})
                page.goto(base + "/login")
                page.fill("input[name=username]", "admin")
                page.fill("input[name=password]", password)
                page.click("button[type=submit]")
                page.wait_for_url(base + "/")
                shots = {"dashboard-overview.png": "/"}
                page.goto(base + "/alerts")
                page.click("a:has-text('CH-PIATA')")
                shots["dashboard-alert.png"] = page.url
                page.goto(base + "/search?q=Telegram&label=drug_sale")
                page.click("main table a >> nth=0")
                shots["dashboard-document.png"] = page.url
                shots["dashboard-substance.png"] = base + "/substances/metonitazene"
                for name, url in shots.items():
                    page.goto(url if url.startswith("http") else base + url)
                    page.screenshot(path=str(ROOT / "docs" / "img" / name), full_page=True)
                    print(name)
                b.close()
        finally:
            proc.terminate()


if __name__ == "__main__":
    main()

"""Every front-end page, for every role that may open it, in Chromium: axe-core finds nothing, and it works on a phone.

The pages are the permission table's (tests/test_permissions.py): each GET row a role opens with 200 and that
answers HTML, in the world that table builds. On each page:
- axe-core (bundled by axe-playwright-python) with the WCAG 2.0 A and AA, 2.1 AA, 2.2 AA and best-practice
  rules reports no violation of any impact;
- on a 390 x 844 phone screen, the page's first heading is visible without scrolling;
- at 320 CSS pixels wide (WCAG 1.4.10 reflow) the page does not scroll sideways: wide tables scroll in their
  own region.

`make test` sweeps every role on a fixed tenth of the pages (a quarter of a minute); CI sets SWEEP_EVERY_PAGE=1
and sweeps them all.
"""

import os
import zlib

import pytest
from django.conf import settings
from django.test import Client

from tests.figures import count
from tests.helpers import sign_in
from tests.test_browser import CHROMIUM
from tests.test_permissions import ROLES, TABLE, world  # noqa: F401 (the permission table's world, a fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (CI installs it)"),
]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]
PHONE = {"width": 390, "height": 844}
REFLOW_WIDTH = 320
SWEEP_EVERY_PAGE = os.environ.get("SWEEP_EVERY_PAGE") == "1"
# Roles that are a different person: the deactivated account sees what an anonymous visitor sees.
SWEPT_ROLES = [role for role in ROLES if role != "inactive"]


def in_this_sweep(key, role):
    """All pages in CI; in make test a fixed tenth of them, chosen by name so every run checks the same ones."""
    return SWEEP_EVERY_PAGE or zlib.crc32(f"{key} {role}".encode()) % 10 == 0


def pages_for(built, role):
    paths = []
    for key in sorted(TABLE):
        method, build_url, _data, expected = TABLE[key]
        if method != "get" or expected[role] != 200 or not in_this_sweep(key, role):
            continue
        path = build_url(built)
        if not path.startswith("/admin/"):  # Wagtail's own admin is Wagtail's to keep accessible
            paths.append((key, path))
    return paths


FIRST_HEADING = """() => {
    const heading = document.querySelector("main h1") || document.querySelector("h1");
    if (!heading) return null;
    const box = heading.getBoundingClientRect();
    return {top: box.top, bottom: box.bottom, text: heading.textContent.trim().slice(0, 60)};
}"""

WIDEST = """() => {
    const width = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll("body *")].filter(element => {
        const box = element.getBoundingClientRect();
        if (box.right <= width + 1 || box.width === 0) return false;
        // Inside a region that scrolls on its own, such as a wide table's: that is allowed.
        for (let up = element.parentElement; up; up = up.parentElement) {
            const style = getComputedStyle(up);
            if (["auto", "scroll"].includes(style.overflowX) && up.clientWidth <= width) return false;
        }
        return true;
    });
    return {scrollWidth: document.documentElement.scrollWidth, width,
            over: over.slice(0, 3).map(element => element.outerHTML.slice(0, 100))};
}"""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_passes_axe_and_reads_on_a_phone(live_server, request):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    # All database work before Playwright starts (its event loop makes Django refuse ORM calls).
    built = request.getfixturevalue("world")
    sweeps = []
    for role in SWEPT_ROLES:
        cookies = []
        if role != "anonymous":
            session = sign_in(Client(), built["people"][role]).cookies[settings.SESSION_COOKIE_NAME].value
            cookies = [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
        sweeps.append((role, cookies, pages_for(built, role)))

    axe = Axe()
    problems = []
    checked = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        for role, cookies, paths in sweeps:
            context = browser.new_context(viewport=PHONE)
            context.add_cookies(cookies)
            page = context.new_page()
            page.set_default_timeout(45_000)
            for key, path in paths:
                try:
                    response = page.goto(live_server.url + path)
                except PlaywrightError as error:
                    if "Download is starting" in str(error):
                        continue  # a file (CSV, PDF, calendar): nothing to read on screen
                    raise
                if "text/html" not in response.headers.get("content-type", ""):
                    continue
                where = f"{role} {key} {path}"
                checked += 1
                heading = page.evaluate(FIRST_HEADING)
                if heading is None:
                    problems.append(f"{where}: no heading")
                elif heading["bottom"] > PHONE["height"]:
                    problems.append(f"{where}: first heading {heading['text']!r} starts {heading['top']:.0f} px down")
                results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
                for violation in results.response["violations"]:
                    targets = [node["target"] for node in violation["nodes"][:3]]
                    problems.append(f"{where}: axe {violation['id']} ({violation['impact']}) at {targets}")
                page.set_viewport_size({"width": REFLOW_WIDTH, "height": PHONE["height"]})
                widest = page.evaluate(WIDEST)
                if widest["scrollWidth"] > widest["width"] + 1:
                    problems.append(f"{where}: {widest['scrollWidth']} px wide at {REFLOW_WIDTH} px: {widest['over']}")
                page.set_viewport_size(PHONE)
            context.close()
        browser.close()
    count("pages swept with axe-core, on a phone and at 320 px (page x role)", checked)
    assert checked > 10  # the sweep ran: a tenth of the pages is about 16 (page x role)
    assert not problems, "\n".join(problems)

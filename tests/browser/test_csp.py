"""Defence in depth: every page carries the Content-Security-Policy, and nothing on the site breaks it.

Chromium reports each blocked script, style, font, image or worker as a `securitypolicyviolation`
event; an init script records them on every page before the page's own code runs. Every page is
loaded under the policy at 320 px by `test_layout.py`, which asserts no violation. The features that
depend on scripts (search, the palette toggle, the abbreviation tooltips, the factsheet search) are
exercised under the policy, so a violation there cannot hide behind a page that merely loads.
"""

from __future__ import annotations

import re

import pytest

from .conftest import DESKTOP, open_page, search, settle

RECORD_VIOLATIONS = """
window.__kbViolations = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__kbViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture(scope="module")
def csp_page(new_context):
    context = new_context("light", DESKTOP, bypass_csp=False)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    yield page
    page.close()


def violations(page) -> list[str]:
    return page.evaluate("window.__kbViolations")


def test_every_page_has_the_policy_first_and_no_inline_script(site):
    for url in site.pages:
        relative = url if url.endswith(".html") else url + "index.html"
        html = (site.root / relative).read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        meta = head.index('http-equiv="Content-Security-Policy"')
        assert meta < head.find("<script"), f"{url}: the policy must come before the first script"
        assert "script-src &#39;self&#39;" in head[meta : meta + 400], url
        inline = [m for m in re.finditer(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", html, re.S) if m["body"].strip()]
        assert all('type="application/json"' in m["attrs"] for m in inline), f"{url}: inline script"
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), f"{url}: event-handler attribute"


def test_search_palette_and_tooltips_work_under_the_policy(site, csp_page):
    open_page(csp_page, site.url(""))
    results = search(csp_page, "vroegsignalering")
    assert results, "search gives results under the policy"
    csp_page.keyboard.press("Escape")
    before = csp_page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    csp_page.locator("form[data-md-component=palette] label:visible").first.click()
    settle(csp_page)
    after = csp_page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert before != after, "the palette toggle switches the colour scheme"
    csp_page.locator("form[data-md-component=palette] label:visible").first.click()
    abbr = csp_page.locator("abbr[title]").first
    assert abbr.count() == 1 and abbr.get_attribute("title")
    assert violations(csp_page) == []


def test_factsheet_search_works_under_the_policy(site, csp_page):
    open_page(csp_page, site.url("factsheets/"))
    field = csp_page.locator("input[type=search]").first
    field.fill("Schiermonnikoog")
    settle(csp_page)
    visible = csp_page.locator("li[data-zoek]:visible")
    assert visible.count() == 1 and "Schiermonnikoog" in visible.inner_text()
    assert violations(csp_page) == []


def test_browser_tools_work_under_the_policy(site, csp_page):
    """The zelfscan keeps an answer and the yearly report reads a file, with the policy on."""
    from pathlib import Path

    open_page(csp_page, site.url("kwaliteitskader/zelfscan/"))
    first = csp_page.locator("fieldset input[type=radio]").first
    first.check()
    settle(csp_page)
    stored = csp_page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kb-zelfscan'))")
    assert stored, "the zelfscan keeps the answer in the browser"
    csp_page.evaluate("localStorage.clear()")

    fixtures = Path(__file__).parent / "fixtures" / "rapportage"
    open_page(csp_page, site.url("richtlijnen/kwaliteit/rapportage/"))
    csp_page.fill("#kb-rap-regio", "Regio Noord")
    csp_page.set_input_files("#kb-rap-bestand", [str(fixtures / "trajecten-2025.csv"), str(fixtures / "professionals-2025.csv")])
    csp_page.locator("#kb-rap-jaarverslag:not([hidden])").wait_for(timeout=30_000)
    assert violations(csp_page) == []

"""axe-core on every page, light and dark: zero violations.

axe-core comes bundled with axe-playwright-python (PyPI); its script is added to every page of the
browser contexts used here. Rules: WCAG 2.0 and 2.1, levels A and AA, plus axe's best-practice
rules (heading order, landmarks, unique landmark names, one main, one h1, …).

- Every page at desktop width in light (the whole page for every third section, the article for
  the others: header, menu and footer are the same on every page); every third section in dark (Material's `default` and
  `slate` schemes; what dark changes is colour, set per kind of element, not per page).
- Every third section's page at 360 px (mobile header and menu), light.
- The search dialog open with results, light and dark.

Two pages are checked at a time (two browser contexts, two renderer processes): axe's colour
contrast check dominates the run time and the machine has two cores.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from .conftest import DESKTOP, MATERIAL_SCHEME, MOBILE, SCHEMES, open_page, search

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
_RUN_AXE = """
  window.__axeResult = null;
  axe.run(target, options).then(
    result => { window.__axeResult = result.violations.flatMap(v => v.nodes.map(n =>
      `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${(n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 300)}`)); },
    error => { window.__axeResult = [`axe failed: ${error}`]; });
"""
START_AXE = "options => {\n  const target = document;\n" + _RUN_AXE + "}"
# axe on one part of the page: ([options, CSS selector of the part])
START_AXE_IN = "([options, selector]) => {\n  const target = document.querySelector(selector);\n" + _RUN_AXE + "}"
AXE_DONE = "() => window.__axeResult !== null"


def axe_context(new_context, scheme, viewport):
    context = new_context(scheme, viewport)
    context.add_init_script(script=AXE_SCRIPT)
    return context


def start(page, site, url, scheme) -> None:
    open_page(page, site.url(url))
    assert page.get_attribute("body", "data-md-color-scheme") == MATERIAL_SCHEME[scheme], url
    # header, menu and footer are the theme's, the same on every page: checked whole on every third
    # section's page; on the other pages axe checks what differs, the article
    if url in site.few:
        page.evaluate(START_AXE, AXE_OPTIONS)
    else:
        page.evaluate(START_AXE_IN, [AXE_OPTIONS, "article.md-content__inner"])


def finish(page) -> list[str]:
    page.wait_for_function(AXE_DONE, timeout=180_000, polling=100)
    return page.evaluate("window.__axeResult")


def check_pages(new_context, site, pages, scheme, viewport) -> dict[str, list[str]]:
    """axe on each page, two at a time; {page: violations} for the pages that have any."""
    workers = [axe_context(new_context, scheme, viewport).new_page() for _ in range(2)]
    report = {}
    for i in range(0, len(pages), len(workers)):
        batch = list(zip(workers, pages[i : i + len(workers)], strict=False))
        for page, url in batch:
            start(page, site, url, scheme)
        for page, url in batch:
            if found := finish(page):
                report[url or "/"] = found
    for page in workers:
        page.close()
    return report


def format_report(report: dict[str, list[str]]) -> str:
    return "\n".join(f"{url}:\n  " + "\n  ".join(items) for url, items in report.items())


def test_axe_every_page_desktop(site, new_context):
    report = check_pages(new_context, site, site.pages, "light", DESKTOP)
    assert not report, f"axe violations (light, desktop):\n{format_report(report)}"


def test_axe_dark_desktop(site, new_context):
    """The dark scheme changes colours, which the theme and our stylesheet set per kind of element: every
    third section's page, plus `test_dark_mode.py`, which checks every kind of box on the site."""
    report = check_pages(new_context, site, site.few, "dark", DESKTOP)
    assert not report, f"axe violations (dark, desktop):\n{format_report(report)}"


def test_axe_mobile_width(site, new_context):
    """The mobile header and menu (the same on every page); their dark colours are those of the desktop check."""
    report = check_pages(new_context, site, site.few, "light", MOBILE)
    assert not report, f"axe violations (light, 360 px):\n{format_report(report)}"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_with_search_open(site, new_context, scheme):
    """The search dialog with results showing is part of every page: check it open too."""
    page = axe_context(new_context, scheme, DESKTOP).new_page()
    open_page(page, site.url(""))
    assert search(page, "ouders"), "no search results for 'ouders'"
    page.evaluate(START_AXE, AXE_OPTIONS)
    found = finish(page)
    assert not found, "axe violations with search open:\n  " + "\n  ".join(found)

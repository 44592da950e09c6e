"""axe-core (bundled by axe-playwright-python) on every page, light and dark: zero violations.

Rules: WCAG 2.0 and 2.1, levels A and AA, plus axe's best-practice rules (heading order, landmarks,
unique landmark names, one main, one h1, …). Pages are checked at desktop width; the home page and
one page per section also at 360 px, where Material shows the mobile header and drawer.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import DESKTOP, MATERIAL_SCHEME, MOBILE, SCHEMES, open_page, settle

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
_axe = Axe()


def violations(page) -> list[str]:
    result = _axe.run(page, options=AXE_OPTIONS)
    found = []
    for violation in result.response["violations"]:
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            found.append(f"{violation['id']} ({violation['impact']}) at {node['target']}: {summary[:300]}")
    return found


def check_pages(context, site, pages, scheme) -> dict[str, list[str]]:
    page = context.new_page()
    report = {}
    for url in pages:
        open_page(page, site.url(url))
        assert page.get_attribute("body", "data-md-color-scheme") == MATERIAL_SCHEME[scheme], url
        found = violations(page)
        if found:
            report[url or "/"] = found
    page.close()
    return report


def format_report(report: dict[str, list[str]]) -> str:
    return "\n".join(f"{url}:\n  " + "\n  ".join(items) for url, items in report.items())


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_every_page_desktop(site, new_context, scheme):
    report = check_pages(new_context(scheme, DESKTOP), site, site.pages, scheme)
    assert not report, f"axe violations ({scheme}, desktop):\n{format_report(report)}"


def one_page_per_section(pages: list[str]) -> list[str]:
    chosen: dict[str, str] = {}
    for url in pages:
        chosen.setdefault(url.split("/")[0] if "/" in url else url, url)
    return sorted(chosen.values())


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_mobile_width(site, new_context, scheme):
    report = check_pages(new_context(scheme, MOBILE), site, one_page_per_section(site.pages), scheme)
    assert not report, f"axe violations ({scheme}, 360 px):\n{format_report(report)}"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_with_search_open(site, new_context, scheme):
    """The search dialog with results showing is part of every page: check it open too."""
    page = new_context(scheme, DESKTOP).new_page()
    open_page(page, site.url(""))
    page.locator(".md-search__input").fill("ouders")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    settle(page)
    found = violations(page)
    assert not found, "axe violations with search open:\n  " + "\n  ".join(found)

"""Issue 18, weight: what a reader's browser transfers stays within budget, and the search index (the text
of the whole site) is loaded only when the reader opens the search. Sizes as a web server sends them
(gzip for text, fonts as they are); see weight.py. Measured numbers are in BENCHMARKS.md.
"""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, SEARCH_READY, open_page, search
from .weight import kb, visits

PHONE = {"width": 390, "height": 844}
KB = 1024
BUDGET = {
    "first visit to the parents' page": 120 * KB,
    "second page": 30 * KB,
    "first visit to a factsheet": 250 * KB,
}
SECOND_PAGES = ["", "voor/verwijzers/", "ivh/traject/", "begrippen/", "voor/gemeenten/"]


@pytest.fixture(scope="module")
def parents_then_others(site, browser):
    return visits(browser, site.base, "voor/ouders/", SECOND_PAGES, viewport=PHONE)


def test_first_visit_to_the_parents_page(parents_then_others):
    first = parents_then_others[0]
    assert not first.has("search_index.json"), "the search index loads before anyone searches"
    assert first.compressed < BUDGET["first visit to the parents' page"], f"{kb(first.compressed)} KB: {first.by_kind()}"


def test_a_second_page(parents_then_others):
    for visit in parents_then_others[1:]:
        assert visit.compressed < BUDGET["second page"], f"/{visit.page}: {kb(visit.compressed)} KB {[(t.url, t.compressed) for t in visit.transfers]}"


def test_first_visit_to_a_factsheet(site, browser):
    (first,) = visits(browser, site.base, "factsheets/gm0150/", [], viewport=PHONE)
    assert first.compressed < BUDGET["first visit to a factsheet"], f"{kb(first.compressed)} KB: {first.by_kind()}"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_index_loads_when_the_search_opens(site, new_context, viewport):
    page = new_context("light", viewport).new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    open_page(page, site.url("voor/ouders/"))
    page.wait_for_load_state("networkidle")
    assert not [u for u in requested if "search_index.json" in u]
    if viewport is PHONE:  # the search is a button in the header on a phone
        page.locator("label[for=__search]").first.click()
    results = search(page, "trajectbegeleider")
    assert [u for u in requested if "search_index.json" in u], "opening the search loads the index"
    assert results, "and the search finds pages"
    assert page.locator(".md-search-result__meta").inner_text() != SEARCH_READY

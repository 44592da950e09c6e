"""Search in Dutch, in the browser: typing into the site search finds the right page.

Material's own lunr search with the Dutch stemmer runs in the reader's browser (no search service).
The glossary feeds it: each term's heading carries its abbreviation ("MDO – multidisciplinair
overleg") and its synonyms ("Ook wel: casemanager, …"), and the glossary page is boosted in the
index (front matter `search: boost` in templates/pages/begrippen.md.j2), so an abbreviation or an
older word finds the term, whose entry links on to the main page.

"The right page" for a query is one of a few pages that answer it; it must be among the first three
pages of results (Material groups results by page, each with its matching sections).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .conftest import DESKTOP, open_page, search

MDO = ["begrippen/#mdo", "voor/partners/", "ivh/traject/#mdo", "profielen/mdo-lid/"]
TRAJECTBEGELEIDER = [
    "profielen/trajectbegeleider/",
    "begrippen/#trajectbegeleider",
    "bouwstenen/informatie-advies-trajectbegeleiding/",
    "voor/partners/#wat-doet-de-trajectbegeleider",
]
RIGHT_PAGES = {
    "MDO": MDO,
    "multidisciplinair overleg": MDO,
    "trajectbegeleider": TRAJECTBEGELEIDER,
    "casemanager": TRAJECTBEGELEIDER,
    "ouders": ["voor/ouders/"],
    "financiering": [
        "voor/gemeenten/",
        "bouwstenen/",
        "voor/partners/#financiering",
        "begrippen/#beschikbaarheidsfinanciering",
        "over/#wijziging",
    ],  # the change "Financiering en rol van de gemeente"
    "contra-indicatie": ["begrippen/#contra-indicatie", "ivh/traject/#eerste-contact", "voor/verwijzers/"],
    "kwaliteitskader": ["kwaliteitskader/"],
}
TOP_PAGES = 3


def site_path(href: str, site) -> str:
    """'http://127.0.0.1:1234/voor/ouders/?h=ouders#x' -> 'voor/ouders/#x'."""
    parts = urlsplit(href)
    path = parts.path.removeprefix(urlsplit(site.base).path)
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def top_pages(results: list[dict], site) -> dict[str, list[str]]:
    """The first TOP_PAGES result pages, each with the places (page and sections) it offers."""
    pages: dict[str, list[str]] = {}
    for result in results:
        page = site_path(result["page"], site).partition("#")[0]
        if page not in pages:
            if len(pages) == TOP_PAGES:
                break
            pages[page] = []
        pages[page].append(site_path(result["href"], site))
    return pages


def matches(place: str, wanted: str) -> bool:
    """'voor/ouders/' matches that page and its sections; 'bouwstenen/' any building block page."""
    return place.startswith(wanted)


@pytest.fixture(scope="module")
def search_page(site, new_context):
    page = new_context("light", DESKTOP).new_page()
    open_page(page, site.url(""))
    return page


@pytest.fixture(scope="module")
def right_pages(site):
    """Only pages that exist in this build count (a page may not be written yet)."""
    existing = set(site.pages)
    found = {}
    for query, wanted in RIGHT_PAGES.items():
        found[query] = [w for w in wanted if w.partition("#")[0] in existing or any(p.startswith(w) for p in existing)]
        assert found[query], f"none of the right pages for {query!r} exists: {wanted}"
    return found


@pytest.mark.parametrize("query", RIGHT_PAGES)
def test_query_finds_the_right_page(search_page, site, right_pages, query):
    results = search(search_page, query)
    assert results, f"no results for {query!r}"
    pages = top_pages(results, site)
    places = [place for offered in pages.values() for place in offered]
    hits = [w for w in right_pages[query] if any(matches(place, w) for place in places)]
    assert hits, f"{query!r}: the first {TOP_PAGES} result pages are {list(pages)}; expected one of {right_pages[query]}"


def glossary_words(content) -> list[tuple[str, str]]:
    """(word a reader may type, glossary term id): every abbreviation, and each term's first synonym
    (all synonyms would take a minute in the browser; the glossary page prints them all alike)."""
    words = []
    for term in content.of("begrip"):
        if term.abbreviation:
            words.append((term.abbreviation, term.id))
        words.extend((synonym, term.id) for synonym in term.synonyms[:1])
    return words


def test_every_abbreviation_and_synonym_finds_its_term(search_page, site, content):
    """The glossary feeds the search: each abbreviation and synonym lists its term's glossary entry."""
    missing = []
    words = glossary_words(content)
    assert len(words) > 10
    for word, term_id in words:
        results = search(search_page, word)
        places = [site_path(r["href"], site) for r in results]
        if f"begrippen/#{term_id}" not in places:
            missing.append(f"{word!r} does not list begrippen/#{term_id} (got {places[:4]})")
    assert not missing, "\n".join(missing)

"""Privacy: in the browser, the site makes requests only to its own host.

Every request of every browser context in this session is recorded (`request_log`, conftest.py):
page loads, stylesheets, scripts, the search worker and its index, fonts, icons, images. This test loads every third section's page at 360 px in dark
mode, scrolls it to the end (lazy images), opens the search and types a query (search worker,
index, Dutch stemmer), then asserts that no request went to any host other than 127.0.0.1:<port>
of the test server. After every other browser test, an automatic check in conftest.py does the same
for the requests of that test: keyboard, zoom, search and the tools too.
It also checks that the built files name no third-party URL to load (src/href of scripts,
stylesheets, images, frames; url() in stylesheets), which catches what a browser only loads later.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .conftest import LOCAL_SCHEMES, MOBILE, open_page, search


def third_party(request_log, site) -> list[str]:
    """Requests to anything but the test server's own host and port."""
    found = []
    for request in request_log:
        parts = urlsplit(request.url)
        if parts.scheme not in LOCAL_SCHEMES and (parts.scheme not in ("http", "https") or parts.netloc != site.host):
            found.append(f"{request.url} ({request.resource_type}, from {request.page or 'a worker'})")
    return sorted(set(found))


def test_every_page_loads_only_from_own_host(site, new_context, request_log):
    """Every third section's page at 360 px in dark mode, scrolled to the end, plus a search."""
    before = len(request_log)
    page = new_context("dark", MOBILE).new_page()
    failed = []
    # ERR_ABORTED: a request cancelled because the test moved on to the next page; not a failure
    page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "") and failed.append(f"{r.url}: {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.url}: HTTP {r.status}"))
    for url in site.few:  # every page is loaded by the axe and reflow checks, each checked the same way
        open_page(page, site.url(url))
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    open_page(page, site.url(""))
    assert search(page, "vroegsignalering")
    page.wait_for_load_state("networkidle")
    mine = request_log[before:]
    assert len(mine) > len(site.few), "the request log recorded nothing"
    assert any("/search/search_index.json" in r.url for r in mine), "the search index was not loaded"
    assert not third_party(mine, site), "requests to other hosts:\n" + "\n".join(third_party(mine, site))
    assert not failed, "requests that failed:\n" + "\n".join(failed)


EXTERNAL_LOAD = re.compile(
    r"""<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//[^>]*>""",
    re.IGNORECASE,
)
CSS_EXTERNAL = re.compile(r"""(?:url\(\s*["']?|@import\s+["']?)(?:https?:)?//""", re.IGNORECASE)


def test_built_files_load_nothing_from_elsewhere(site):
    problems = []
    for html in site.root.rglob("*.html"):
        for match in EXTERNAL_LOAD.finditer(html.read_text(encoding="utf-8")):
            tag = match.group(0)
            if re.search(r"""rel\s*=\s*["']?canonical""", tag):  # a canonical link names the public address, loads nothing
                continue
            problems.append(f"{html.relative_to(site.root)}: {tag[:160]}")
    for css in site.root.rglob("*.css"):
        if CSS_EXTERNAL.search(css.read_text(encoding="utf-8")):
            problems.append(f"{css.relative_to(site.root)}: url() or @import from another host")
    assert not problems, "\n".join(problems[:20])

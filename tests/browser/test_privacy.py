"""Privacy: every page, in the browser, makes requests only to the site's own host.

Every request of every browser context in this session is recorded (`request_log`, conftest.py):
page loads, stylesheets, scripts, the search worker and its index, fonts, icons, images. The axe tests
load every page in light and dark at desktop width; this test loads every page at 360 px in dark
mode, scrolls it to the end (lazy images), opens the search and types a query (search worker,
index, Dutch stemmer), then asserts that no request went to any host other than 127.0.0.1:<port>
of the test server. A last test (moved to
the end by conftest.py) checks the log of all browser tests together: keyboard, zoom, search too.
It also checks that the built files name no third-party URL to load (src/href of scripts,
stylesheets, images, frames; url() in stylesheets), which catches what a browser only loads later.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .conftest import MOBILE, open_page, search

LOCAL_SCHEMES = {"data", "blob", "about"}


def third_party(request_log, site) -> list[str]:
    found = []
    for request in request_log:
        parts = urlsplit(request.url)
        if parts.scheme in LOCAL_SCHEMES:
            continue
        if parts.scheme not in ("http", "https") or parts.netloc != site.host:
            found.append(f"{request.url} ({request.resource_type}, from {request.page or 'a worker'})")
    return sorted(set(found))


def test_every_page_loads_only_from_own_host(site, new_context, request_log):
    """Every page at 360 px in dark mode (the axe tests load every page at desktop width, light and
    dark, into the same log), scrolled to the end, plus a search."""
    before = len(request_log)
    page = new_context("dark", MOBILE).new_page()
    failed = []
    # ERR_ABORTED: a request cancelled because the test moved on to the next page; not a failure
    page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "") and failed.append(f"{r.url}: {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.url}: HTTP {r.status}"))
    for url in site.pages:
        open_page(page, site.url(url))
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    open_page(page, site.url(""))
    assert search(page, "vroegsignalering")
    page.wait_for_load_state("networkidle")
    mine = request_log[before:]
    assert len(mine) > len(site.pages), "the request log recorded nothing"
    assert any("/search/search_index.json" in r.url for r in mine), "the search index was not loaded"
    assert not third_party(mine, site), "requests to other hosts:\n" + "\n".join(third_party(mine, site))
    assert not failed, "requests that failed:\n" + "\n".join(failed)


def test_whole_session_request_log_has_no_third_party_host(site, request_log):
    """All browser tests together (conftest.py runs this one last): still only our own host."""
    hosts = sorted({urlsplit(r.url).netloc for r in request_log if urlsplit(r.url).scheme not in LOCAL_SCHEMES})
    assert hosts == [site.host], f"hosts contacted: {hosts}"


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

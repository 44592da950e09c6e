"""Browser test harness: the built site served on 127.0.0.1, driven by Debian's chromium via Playwright.

- `site` serves the `built_site` fixture (tests/conftest.py) with a threaded http.server on a random
  port of 127.0.0.1 for the whole session (or an already built site named in KENNISBANK_BROWSER_SITE).
- `browser` is one Chromium per session: always `/usr/bin/chromium` (apt), never a downloaded browser.
- `site.pages` lists every HTML page of the built site. A folder with more than `SAMPLE_ABOVE` pages
  (the factsheets per municipality, ~342 of them) is represented by its overview page and a sample of
  `SAMPLE_SIZE` pages (first, middle, last): they share one template, so the sample tests the template.
- `new_context(scheme, width)` opens a browser context in the light or dark colour scheme; every
  request it makes (pages, workers included) is recorded in `request_log`, which the privacy test reads.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

SAMPLE_ABOVE = 25
SAMPLE_SIZE = 3
SCHEMES = ("light", "dark")
MATERIAL_SCHEME = {"light": "default", "dark": "slate"}
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 360, "height": 740}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass


@dataclass
class Site:
    root: Path
    base: str  # "http://127.0.0.1:PORT/"
    pages: list[str]  # site-relative URLs: "", "bouwstenen/", "404.html"
    skipped: list[str] = field(default_factory=list)  # pages left out by sampling

    @property
    def host(self) -> str:
        return urlsplit(self.base).netloc

    @property
    def sections(self) -> list[str]:
        """The home page and the first page of each folder: every section's layout, not every page.

        For checks of what the theme and the templates decide (colour scheme, focus outlines, zoom);
        checks where the content itself matters (axe in light, reflow at 320 px, privacy, CSP) use
        `pages`.
        """
        chosen: dict[str, str] = {"": ""}
        for url in self.pages:
            if "/" in url:
                chosen.setdefault(url.split("/")[0], url)
        return sorted(chosen.values())

    @property
    def few(self) -> list[str]:
        """Every third section page, the home page first: for checks of colours and of a second width."""
        return self.sections[::3]

    def url(self, page: str) -> str:
        return self.base + page


def list_pages(root: Path) -> tuple[list[str], list[str]]:
    """Every HTML page as a site-relative URL, with large folders sampled. Returns (pages, skipped)."""
    urls = []
    for html in root.rglob("*.html"):
        relative = html.relative_to(root).as_posix()
        if relative.startswith(("assets/", "search/")):
            continue
        if html.name == "index.html":
            urls.append(relative.removesuffix("index.html"))
        else:
            urls.append(relative)
    children: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        parent = url.rstrip("/").rpartition("/")[0]
        if url:
            children[parent].append(url)
    skipped: set[str] = set()
    for members in children.values():
        if len(members) > SAMPLE_ABOVE:
            members = sorted(members)
            keep = {members[0], members[len(members) // 2], members[-1]}
            skipped.update(m for m in members if m not in keep)
    # a skipped page's own sub-pages go too
    pages = sorted(u for u in urls if not any(u == s or u.startswith(s) for s in skipped if s.endswith("/")) and u not in skipped)
    return pages, sorted(skipped)


@pytest.fixture(scope="session")
def site(request):
    # KENNISBANK_BROWSER_SITE=<dir> tests an already built site (quick local runs); default: build it.
    given = os.environ.get("KENNISBANK_BROWSER_SITE")
    built_site = Path(given) if given else request.getfixturevalue("built_site")
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    pages, skipped = list_pages(built_site)
    try:
        yield Site(built_site, f"http://127.0.0.1:{server.server_port}/", pages, skipped)
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Request:
    url: str
    page: str  # the page URL that was open when it was made
    resource_type: str


@pytest.fixture(scope="session")
def request_log() -> list[Request]:
    return []


LOOPBACK_HOSTS = {"127.0.0.1", "localhost"}
LOCAL_SCHEMES = {"data", "blob", "about"}


def leaving_the_machine(requests: list[Request]) -> list[str]:
    """Requests to anything but the loopback test server."""
    found = []
    for request in requests:
        parts = urlsplit(request.url)
        if parts.scheme in LOCAL_SCHEMES:
            continue
        if parts.scheme not in ("http", "https") or parts.hostname not in LOOPBACK_HOSTS:
            found.append(f"{request.url} ({request.resource_type}, from {request.page or 'a worker'})")
    return sorted(set(found))


@pytest.fixture(autouse=True)
def nothing_leaves_the_machine(request):
    """After every browser test (keyboard, zoom, search, tools too): its pages asked only the test server."""
    if "new_context" not in request.fixturenames:
        yield
        return
    log = request.getfixturevalue("request_log")
    start = len(log)
    yield
    elsewhere = leaving_the_machine(log[start:])
    assert not elsewhere, "requests that left the machine:\n" + "\n".join(elsewhere)


@pytest.fixture(scope="session")
def new_context(browser, request_log):
    """Factory: a browser context in a colour scheme and width; closes them at the end of the session."""
    opened = []

    def make(scheme: str = "light", viewport: dict | None = None, **options):
        # The test harness itself injects scripts (axe-core, Playwright's string predicates), which the
        # site's Content-Security-Policy rightly blocks; tests/browser/test_csp.py runs with the policy on.
        options.setdefault("bypass_csp", True)
        context = browser.new_context(color_scheme=scheme, viewport=viewport or DESKTOP, locale="nl-NL", **options)

        def record(req):
            frame_url = ""
            try:
                frame_url = req.frame.url
            except Exception:  # requests from workers have no frame
                pass
            request_log.append(Request(req.url, frame_url, req.resource_type))

        context.on("request", record)
        opened.append(context)
        return context

    yield make
    for context in opened:
        context.close()


def open_page(page, url: str) -> None:
    """Go to a page and wait until it and its scripts have settled."""
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"


def settle(page) -> None:
    """Wait until CSS transitions and animations (search dialog, drawer) have finished."""
    page.evaluate(
        """async () => {
          const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          await frame();                      // let Material react to the last key or click first
          const end = Date.now() + 3000;
          while (Date.now() < end && document.getAnimations().some(a => a.pending || a.playState === 'running')) {
            await new Promise(r => setTimeout(r, 20));
          }
          // smooth scrolling (a focused element scrolled into view) is no animation: wait until it stops
          let last = -1;
          while (Date.now() < end && last !== scrollY) { last = scrollY; await frame(); }
        }"""
    )


SEARCH_READY = "Typ om te beginnen met zoeken"
SEARCH_LOADING = "Zoeken initialiseren"


def search(page, query: str) -> list[dict]:
    """Type a query into the site search like a reader; return the results as shown, best first.

    Each result: {"href": absolute URL of the result, "title": its heading, "page": the page's own URL}.
    Waits until Material's search worker has loaded the index, so no keystroke is lost.
    """
    field = page.locator(".md-search__input")
    field.focus()  # opens the search, also on a narrow screen where the field is behind a button
    meta = "document.querySelector('.md-search-result__meta').textContent.trim()"
    page.wait_for_function(f"t => {meta} !== t", arg=SEARCH_LOADING, timeout=15_000)
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.wait_for_function(f"t => {meta} === t", arg=SEARCH_READY, timeout=5_000)
    field.fill(query)
    field.press("End")  # Material reads the query on key events, as when a reader types it
    page.wait_for_function(f"t => {meta} !== t", arg=SEARCH_READY, timeout=10_000)
    settle(page)
    return page.evaluate(
        """() => [...document.querySelectorAll('.md-search-result__item')].map(item => {
             const links = [...item.querySelectorAll('a.md-search-result__link')];
             return links.map(a => ({href: a.href, title: (a.querySelector('h1, h2') || a).textContent.trim(),
                                     page: links[0].href}));
           }).flat()"""
    )


@dataclass
class ToolPage:
    """A browser tool's page (the zelfscan, the handouts) in one browser context, with its console
    errors collected. A subclass names the page (`url`), the element that shows the tool has started
    (`ready`) and the prefix of its local-storage keys (`storage_prefix`)."""

    page: object
    site: Site
    shots: Path
    problems: list[str] = field(default_factory=list)

    url = ""
    ready = ""
    storage_prefix = ""

    @classmethod
    def start(cls, site: Site, new_context, shots: Path):
        from axe_playwright_python.base import AXE_SCRIPT

        context = new_context("light", DESKTOP, accept_downloads=True)
        context.add_init_script(script=AXE_SCRIPT)
        page = context.new_page()
        tool = cls(page, site, shots)
        page.on("console", lambda m: m.type == "error" and tool.problems.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: tool.problems.append(f"pageerror: {e}"))
        return tool

    def open(self, scheme: str = "light", viewport: dict | None = None, keep: bool = False) -> None:
        """The tool's page in a colour scheme and width; with `keep`, local storage stays."""
        self.page.emulate_media(color_scheme=scheme)
        self.page.set_viewport_size(viewport or DESKTOP)
        if not keep and self.page.url.startswith(self.site.base):
            self.page.evaluate("localStorage.clear()")  # also Material's stored palette, so the scheme follows the media
        open_page(self.page, self.site.url(self.url))
        if not keep:
            self.page.evaluate("localStorage.clear()")
            open_page(self.page, self.site.url(self.url))
        assert self.page.get_attribute("body", "data-md-color-scheme") == MATERIAL_SCHEME[scheme]
        self.page.wait_for_selector(self.ready)

    def keys(self) -> list[str]:
        return self.page.evaluate("p => Object.keys(localStorage).filter(k => k.startsWith(p)).sort()", self.storage_prefix)

    def download(self, label: str) -> tuple[str, bytes]:
        with self.page.expect_download() as info:
            self.page.get_by_role("button", name=label).click()
        download = info.value
        return download.suggested_filename, Path(download.path()).read_bytes()

    def check_clean(self) -> None:
        problems, self.problems[:] = list(self.problems), []
        assert not problems, "console errors:\n" + "\n".join(problems)
        assert self.page.evaluate("window.__xss") is None, "typed text was run as HTML"


def screenshot_folder(tmp_path_factory, variable: str, name: str) -> Path:
    """Where a tool's screenshots go: the folder in environment variable `variable`, or a temporary one."""
    given = os.environ.get(variable)
    path = Path(given) if given else tmp_path_factory.mktemp(name)
    path.mkdir(parents=True, exist_ok=True)
    return path

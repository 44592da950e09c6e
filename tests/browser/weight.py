"""What a visit transfers: every response a page needs, in a fresh browser, at the size a web server would
send it. Shared by the weight test (tests/browser/test_weight.py) and bench/weight.py.

- **Compressed** is gzip at level 6 (what nginx, Apache and most hosts do on the fly) for text (HTML,
  CSS, JavaScript, JSON, SVG, XML); fonts (WOFF2) and images are sent as they are.
- **First visit**: a new browser with an empty cache opens the page and waits until the network is idle
  (Material's search worker, fonts and anything loaded by scripts included).
- **Second page**: the same browser then opens another page; what it already has is not counted (a
  server sends assets with caching headers), so the second page is its HTML and anything new it needs.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field

TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml", "application/x-javascript")


@dataclass
class Transfer:
    url: str
    kind: str  # Playwright's resource type: document, stylesheet, script, font, fetch, xhr, image, …
    raw: int
    compressed: int


@dataclass
class Visit:
    page: str
    transfers: list[Transfer] = field(default_factory=list)

    @property
    def compressed(self) -> int:
        return sum(t.compressed for t in self.transfers)

    @property
    def raw(self) -> int:
        return sum(t.raw for t in self.transfers)

    def by_kind(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for t in self.transfers:
            found[t.kind] = found.get(t.kind, 0) + t.compressed
        return found

    def has(self, fragment: str) -> bool:
        return any(fragment in t.url for t in self.transfers)


def compressed_size(body: bytes, content_type: str) -> int:
    if content_type.startswith(TEXT_TYPES) or "javascript" in content_type:
        return len(gzip.compress(body, compresslevel=6, mtime=0))
    return len(body)


def _record(page, into: list, seen: set[str]):
    def on_response(response):
        url = response.url
        if url in seen or response.status >= 300 or url.startswith("data:"):
            return
        try:
            body = response.body()
        except Exception:  # a response without body (aborted, redirect)
            return
        seen.add(url)
        content_type = (response.headers.get("content-type") or "").split(";")[0].strip()
        into.append(Transfer(url, response.request.resource_type, len(body), compressed_size(body, content_type)))

    page.on("response", on_response)
    return on_response


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    page.wait_for_load_state("networkidle")


def visits(browser, base: str, first: str, then: list[str], *, viewport: dict | None = None) -> list[Visit]:
    """A first visit to `first`, then each page of `then` in turn in the same browser (cache kept)."""
    context = browser.new_context(viewport=viewport or {"width": 390, "height": 844}, locale="nl-NL")
    seen: set[str] = set()
    found = []
    try:
        page = context.new_page()
        for url in [first, *then]:
            visit = Visit(url)
            handler = _record(page, visit.transfers, seen)
            page.goto(base + url, wait_until="load")
            _settle(page)
            page.remove_listener("response", handler)
            found.append(visit)
    finally:
        context.close()
    return found


def kb(size: int) -> str:
    return f"{size / 1024:.1f}".replace(".", ",")

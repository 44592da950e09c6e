"""The editors' guide, step "Uw wijziging bekijken", followed literally: the preview site (`kennisbank
voorbeeld`, the pull request's artifact) is unpacked and its index.html opened from disk. Every link opens
a page, never a folder listing, also links that templates write in HTML (the factsheets)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def preview(pull_request_run) -> Path:
    """The preview site the pull-request workflow builds (`kennisbank voorbeeld`, without PDFs)."""
    return pull_request_run / "project" / "site-voorbeeld"


def test_every_link_in_the_preview_opens_a_file(preview):
    broken = []
    for page in preview.rglob("*.html"):
        relative = page.relative_to(preview).as_posix()
        if relative.startswith(("assets/", "search/")) or relative == "404.html":
            continue
        for address in re.findall(r'\s(?:href|src)="([^"]*)"', page.read_text(encoding="utf-8")):
            if not address or address.startswith("#") or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", address):
                continue
            path = unquote(urlsplit(address).path)
            if path.endswith(".pdf"):  # made by `kennisbank build` with PDFs; this preview is built without
                continue
            if path and not (page.parent / path).is_file():
                broken.append(f"{relative}: {address}")
    assert not broken, f"{len(broken)} links open no file, e.g.:\n" + "\n".join(broken[:10])


def test_following_the_guide_from_index_html(preview, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto((preview / "index.html").as_uri())
        assert page.locator("h1").inner_text() == "Integrale Vroeghulp"
        page.locator("nav.kb-routes a", has_text="Voor ouders").click()
        assert page.url.endswith("/voor/ouders.html") and page.locator("h1").inner_text() == "Voor ouders en verzorgers"
        page.locator(".kb-gemeente__alle a").click()
        assert page.url.endswith("/factsheets/index.html")
        page.locator("a", has_text="Deventer").first.click()
        assert page.url.endswith("/factsheets/gm0150.html")
        page.locator("article a", has_text="Vroegsignalering").first.click()
        assert page.url.endswith("/bouwstenen/vroegsignalering.html") and "Vroegsignalering" in page.locator("h1").inner_text()
        page.goto((preview / "begrippen" / "index.html").as_uri())  # the file the pull request's summary names
        assert page.locator("h1").inner_text() == "Begrippen en afkortingen"
    finally:
        page.close()

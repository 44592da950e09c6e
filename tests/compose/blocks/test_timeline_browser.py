"""The timeline in a real browser (Debian's chromium): no sideways scrolling at 320 px, the steps
exposed as a list of ten items, and the numbers in the circles readable in light and dark mode."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest


CONTRAST = """(sel) => {
  const lum = (rgb) => { const c = rgb.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const el = document.querySelector(sel); const s = getComputedStyle(el);
  const page = getComputedStyle(document.querySelector('.md-main')).backgroundColor;
  const body = getComputedStyle(document.body).backgroundColor;
  const bg = page.endsWith(', 0)') ? body : page;
  return {text: ratio(s.color, s.backgroundColor), shape: ratio(s.backgroundColor, bg)};
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(blocks_site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(blocks_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_timeline_reflows_at_320px_and_numbers_are_readable(served, browser, scheme):
    context = browser.new_context(viewport={"width": 320, "height": 640}, color_scheme=scheme)
    page = context.new_page()
    page.goto(served + "ivh/traject/")
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    contrast = page.evaluate(CONTRAST, "ol.kb-traject .kb-stap__nr")
    assert contrast["text"] >= 4.5, contrast  # the number against its circle
    assert contrast["shape"] >= 3, contrast  # the circle against the page
    items = page.locator("ol.kb-traject > li")
    assert items.count() == 10
    assert page.get_by_role("list").filter(has=page.locator(".kb-stap")).count() == 1
    assert page.get_by_role("heading", name="Stap 5: Het multidisciplinair overleg (MDO) met de ouders").count() == 1
    context.close()


def test_overview_and_target_group_reflow_at_320px(served, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for url in ("bouwstenen/", "bouwstenen/multidisciplinaire-diagnostiek/", "ivh/doelgroep/"):
        page.goto(served + url)
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, url
    context.close()

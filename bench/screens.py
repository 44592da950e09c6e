"""Screenshots of every page for people to look at: desktop 1280 px and mobile 360 px, light and dark.

    scripts/screens [--site-dir DIR] [--out screens] [--only TEXT]

Without --site-dir the site is built first into a temporary folder. The pages are the same as the
browser tests use (tests/browser/conftest.py: every page, large folders such as the factsheets per
municipality as overview plus a sample of three). Writes full-page PNGs to
screens/<desktop|mobile>-<light|dark>/<page>.png and an index.html that shows them side by side.
Uses Debian's chromium (/usr/bin/chromium), never a downloaded browser.
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    """The test harness's own settings (the two conftest files share a module name, so load by path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


_tests = _load("kb_tests_conftest", ROOT / "tests" / "conftest.py")
_browser = _load("kb_browser_conftest", ROOT / "tests" / "browser" / "conftest.py")
CHROMIUM, CHROMIUM_ARGS = _tests.CHROMIUM, _tests.CHROMIUM_ARGS
DESKTOP, MOBILE, _QuietHandler, list_pages = _browser.DESKTOP, _browser.MOBILE, _browser._QuietHandler, _browser.list_pages

VARIANTS = [("desktop", DESKTOP), ("mobile", MOBILE)]
SCHEMES = ["light", "dark"]


def slug(url: str) -> str:
    return url.strip("/").replace("/", "__").removesuffix(".html") or "start"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, help="an already built site (default: build one now)")
    parser.add_argument("--out", type=Path, default=ROOT / "screens")
    parser.add_argument("--only", default="", help="only pages whose URL contains this text")
    args = parser.parse_args()

    site = args.site_dir
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="screens-")) / "site"
        build = [sys.executable, "-m", "kennisbank.cli", "--root", str(ROOT), "build", "--site-dir", str(site)]
        subprocess.run(build, check=True)
    pages, skipped = list_pages(site)
    pages = [p for p in pages if args.only in p]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"

    from playwright.sync_api import sync_playwright

    started = time.monotonic()
    count = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for variant, viewport in VARIANTS:
            for scheme in SCHEMES:
                folder = args.out / f"{variant}-{scheme}"
                folder.mkdir(parents=True, exist_ok=True)
                context = browser.new_context(viewport=viewport, color_scheme=scheme, locale="nl-NL")
                page = context.new_page()
                for url in pages:
                    page.goto(base + url, wait_until="load")
                    page.screenshot(path=str(folder / f"{slug(url)}.png"), full_page=True)
                    count += 1
                context.close()
        browser.close()
    server.shutdown()
    write_index(args.out, pages)
    print(
        f"{count} screenshots of {len(pages)} pages in {args.out}/ ({time.monotonic() - started:.0f} s); "
        f"{len(skipped)} pages of large folders left out (sample kept)"
    )
    return 0


def write_index(out: Path, pages: list[str]) -> None:
    rows = []
    for url in pages:
        cells = "".join(
            f'<td><a href="{v}-{s}/{slug(url)}.png"><img src="{v}-{s}/{slug(url)}.png" loading="lazy" alt="{v} {s}"></a></td>'
            for v, _ in VARIANTS
            for s in SCHEMES
        )
        rows.append(f"<tr><th>/{html.escape(url)}</th>{cells}</tr>")
    head = "".join(f"<th>{v} {s}</th>" for v, _ in VARIANTS for s in SCHEMES)
    (out / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><title>Schermafbeeldingen</title>"
        "<style>img{width:240px;vertical-align:top}td,th{vertical-align:top;padding:4px}</style>"
        f"<table><tr><th>pagina</th>{head}</tr>{''.join(rows)}</table>",
        encoding="utf-8",
    )


if __name__ == "__main__":
    raise SystemExit(main())

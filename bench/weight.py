"""What a visit transfers, compressed as a web server sends it: first visits and second pages.

    .venv/bin/python bench/weight.py [--site-dir DIR]

Without --site-dir the site is built first (without PDFs) into a temporary folder. How sizes are counted
is described in tests/browser/weight.py; the budget is checked by tests/browser/test_weight.py.
Prints a Markdown table for BENCHMARKS.md. Uses Debian's chromium, never a downloaded browser.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from weight import compressed_size, kb, visits  # noqa: E402

CHROMIUM = "/usr/bin/chromium"  # Debian's chromium (as tests/conftest.py)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


SCENARIOS = [
    ("Voor ouders", "voor/ouders/", ["", "voor/verwijzers/", "ivh/traject/", "begrippen/", "factsheets/gm0150/"]),
    ("Startpagina", "", ["voor/gemeenten/"]),
    ("Factsheet Deventer", "factsheets/gm0150/", ["factsheets/gm0153/"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path)
    args = parser.parse_args()
    site = args.site_dir
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="weight-")) / "site"
        env = dict(os.environ, KENNISBANK_FACTSHEET_PDF="0")
        subprocess.run([sys.executable, "-m", "kennisbank.cli", "--root", str(ROOT), "build", "--site-dir", str(site)], check=True, env=env)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, first, then in SCENARIOS:
            found = visits(browser, base, first, then)
            rows.append((f"{label}: eerste bezoek", found[0]))
            rows += [(f"daarna `/{v.page}`", v) for v in found[1:]]
        browser.close()
    server.shutdown()
    print("| visit | compressed (KB) | uncompressed (KB) | requests | largest parts (compressed KB) |")
    print("|---|---:|---:|---:|---|")
    for label, visit in rows:
        parts = sorted(visit.by_kind().items(), key=lambda kv: -kv[1])[:4]
        shown = ", ".join(f"{kind} {kb(size)}" for kind, size in parts)
        print(f"| {label} | {kb(visit.compressed)} | {kb(visit.raw)} | {len(visit.transfers)} | {shown} |")
    body = (site / "search" / "search_index.json").read_bytes()
    index = (len(body), compressed_size(body, "application/json"))
    print(f"\nSearch index, loaded when the search opens: {kb(index[1])} KB compressed ({kb(index[0])} KB).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

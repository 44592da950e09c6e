"""Benchmark: the link checker (`kennisbank links`) against bare lychee and linkinator, on loopback.

A corpus of about 2,000 distinct URLs in YAML files (organisation sites, source lists, links inside
text fields, a few URLs in YAML comments) is generated in a temporary directory and served by local
threaded HTTP servers on ten loopback addresses (127.0.0.2 … 127.0.0.11, so per-host limits apply as
they would on the web). The mix: 10% 404, 5% redirect chains (301→302→200 and 302→301→200),
2% 429 with `Retry-After: 1` (200 on the next try), 3% slow (1.5 s, within the timeout), the rest 200.

Each tool checks the same URLs with the same settings, in one run, side by side:
- `ours`: `kennisbank links --extern` (lychee underneath, plus classification and YAML positions),
  then once more with its cache (`ours, 2nd run`);
- `lychee`: bare lychee with exactly the options `kennisbank links` passes, on the same YAML files,
  then `lychee --cache` twice (lychee's own cache) for comparison;
- `linkinator` 7.x (`--retry`, same timeout and concurrency) on HTML pages holding the same links
  (linkinator reads HTML or Markdown, not YAML). 8.x needs Node 22; installed into a temp dir if missing.

Measured: wall time, requests the servers received, broken links found (truth: the 404s in YAML
values), missed, and false reports (anything else reported as failing). The servers stop by
themselves after `--max-seconds` or `--max-requests`. Prints a Markdown table; `--write` puts it
in the "Link checker" section of BENCHMARKS.md.

    .venv/bin/python bench/links.py [--urls 2000] [--write]
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kennisbank.links.config import Settings  # noqa: E402
from kennisbank.links.lychee import arguments, lychee_binary  # noqa: E402

HOSTS = [f"127.0.0.{i}" for i in range(2, 12)]
LINKINATOR_DIR = Path(tempfile.gettempdir()) / "linkinator"
SLOW_SECONDS = 1.5
URLS_PER_FILE = 50

BENCH_CONFIG = """\
instellingen:
  cache_max_uren: 24
  timeout_seconden: 5
  pogingen: 3
  wachttijd_seconden: 1
  per_host: 8
  tussentijd_ms: 0
  gelijktijdig: 32
  totale_tijd_seconden: 600
toegestaan: []
"""
CONCURRENCY, TIMEOUT_S = 32, 5
REPEAT = [3]


# --- the loopback web ----------------------------------------------------------------------------


class Web:
    """Threaded servers on ten loopback addresses; each path says how it behaves."""

    def __init__(self, max_seconds: float, max_requests: int) -> None:
        self.lock = threading.Lock()
        self.requests = Counter()
        self.seen_busy: set[str] = set()
        self.max_requests = max_requests
        self.servers = []
        web = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self.do_GET()

            def do_GET(self):
                key = f"{self.headers.get('Host')}{self.path}"
                with web.lock:
                    web.requests[key] += 1
                    total = sum(web.requests.values())
                    first_busy = self.path.startswith("/busy/") and key not in web.seen_busy
                    if first_busy:
                        web.seen_busy.add(key)
                if total > web.max_requests:
                    self._send(503)
                    threading.Thread(target=web.stop, daemon=True).start()
                    return
                kind, _, number = self.path.strip("/").partition("/")
                if kind == "missing":
                    self._send(404)
                elif kind == "moved":
                    self._send(301, location=f"/moved-b/{number}")
                elif kind == "moved-b":
                    self._send(302, location=f"/final/{number}")
                elif kind == "temp":
                    self._send(302, location=f"/temp-b/{number}")
                elif kind == "temp-b":
                    self._send(301, location=f"/final/{number}")
                elif first_busy:
                    self._send(429, retry_after="1")
                elif kind == "slow":
                    time.sleep(SLOW_SECONDS)
                    self._send(200)
                else:
                    self._send(200)

            def _send(self, code, location=None, retry_after=None):
                body = b'<!doctype html><html><body><h1 id="top">pagina</h1></body></html>' if code == 200 else b""
                self.send_response(code)
                if location:
                    self.send_header("Location", location)
                if retry_after:
                    self.send_header("Retry-After", retry_after)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

        for host in HOSTS:
            server = http.server.ThreadingHTTPServer((host, 0), Handler)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self.servers.append(server)
        self.ports = {server.server_address[0]: server.server_address[1] for server in self.servers}
        self.watchdog = threading.Timer(max_seconds, self.stop)
        self.watchdog.daemon = True
        self.watchdog.start()

    def base(self, host: str) -> str:
        return f"http://{host}:{self.ports[host]}"

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.seen_busy.clear()

    def count(self) -> int:
        with self.lock:
            return sum(self.requests.values())

    def stop(self) -> None:
        self.watchdog.cancel()
        for server in self.servers:
            server.shutdown()
            server.server_close()
        self.servers = []


# --- the corpus ----------------------------------------------------------------------------------


def make_corpus(web: Web, folder: Path, total: int, seed: int = 6) -> dict:
    rng = random.Random(seed)
    counts = {"missing": total // 10, "chain": total // 20, "busy": total // 50, "slow": total * 3 // 100}
    counts["ok"] = total - sum(counts.values())
    kinds = [k for k, n in counts.items() for _ in range(n)]
    rng.shuffle(kinds)
    urls, broken = [], set()
    for number, kind in enumerate(kinds):
        host = HOSTS[number % len(HOSTS)]
        path = {"missing": "missing", "busy": "busy", "slow": "slow", "ok": "page"}.get(kind)
        if kind == "chain":
            path = "moved" if number % 2 else "temp"
        url = f"{web.base(host)}/{path}/{number}"
        urls.append(url)
        if kind == "missing":
            broken.add(url)
    yaml_dir, html_dir = folder / "content" / "organisaties", folder / "html"
    yaml_dir.mkdir(parents=True)
    html_dir.mkdir(parents=True)
    in_comments = 0
    pages = []
    for index in range(0, len(urls), URLS_PER_FILE):
        chunk = urls[index : index + URLS_PER_FILE]
        name = f"org-{index // URLS_PER_FILE + 1:03d}"
        lines = ["soort: organisatie", f"id: {name}", f"titel: Organisatie {index // URLS_PER_FILE + 1}"]
        if (index // URLS_PER_FILE) % 2 == 0:  # an old address left in a comment: not a link on the site
            lines.append(f"# oud adres: {web.base(HOSTS[0])}/missing/commentaar-{index}")
            in_comments += 1
        lines.append(f"website: {chunk[0]}")
        lines.append("bron:")
        for url in chunk[1:20]:
            lines += [f"  - url: {url}", "    titel: Een bron", "    gecontroleerd: 2026-11-01"]
        lines.append("tekst:")
        for start in range(20, len(chunk), 3):
            part = chunk[start : start + 3]
            words = " en ".join(f"[deze pagina]({u})" if i % 2 == 0 else u for i, u in enumerate(part))
            lines += ["  - tekst: >-", "      Meer informatie staat op", f"      {words}.", '    bron: "002:1-2"']
        # the organisation's own site is named once more in a text (checked once, reported twice)
        lines += ["samenvatting: >-", f"  Zie ook {chunk[0]} voor contactgegevens."]
        (yaml_dir / f"{name}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        anchors = "\n".join(f'<li><a href="{u}">link</a></li>' for u in [*chunk, chunk[0]])
        (html_dir / f"{name}.html").write_text(f"<!doctype html><html><body><ul>\n{anchors}\n</ul></body></html>\n", encoding="utf-8")
        pages.append(name)
    index_links = "\n".join(f'<a href="{p}.html">{p}</a>' for p in pages)
    (html_dir / "index.html").write_text(f"<!doctype html><html><body>{index_links}</body></html>\n", encoding="utf-8")
    (folder / "links.yaml").write_text(BENCH_CONFIG, encoding="utf-8")
    occurrences = len(urls) + len(pages)
    return {
        "urls": urls,
        "broken": broken,
        "yaml_dir": yaml_dir,
        "html_dir": html_dir,
        "counts": counts,
        "files": len(pages),
        "occurrences": occurrences,
        "in_comments": in_comments,
    }


# --- the tools -----------------------------------------------------------------------------------

CPU: list[float] = [0.0]  # CPU seconds (user + system) of the last timed command and its children


def timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, result


def run_ours(folder: Path, corpus: dict, out: str) -> tuple[float, set[str], dict]:
    report = folder / out
    seconds, result = timed(
        [
            sys.executable,
            "-m",
            "kennisbank.cli",
            "--root",
            str(folder),
            "links",
            "--extern",
            "--config",
            str(folder / "links.yaml"),
            "--json",
            str(report),
            str(corpus["yaml_dir"]),
        ],
        folder,
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(result.stderr[-2000:])
    data = json.loads(report.read_text(encoding="utf-8"))
    failing = {f["url"] for f in data["bevindingen"] if f["categorie"] == "kapot"}
    return seconds, failing, data


def bench_settings() -> Settings:
    import yaml

    from kennisbank.links.config import LinkConfig

    return LinkConfig.model_validate(yaml.safe_load(BENCH_CONFIG)).settings


def run_lychee(folder: Path, corpus: dict, *, cache: bool = False) -> tuple[float, set[str], dict]:
    files = sorted(str(p) for p in corpus["yaml_dir"].glob("*.yaml"))
    command = [lychee_binary(), *arguments(bench_settings(), schemes=("http", "https"))]
    if cache:
        command += ["--cache", "--max-cache-age", "1d"]
    seconds, result = timed([*command, *files], folder)
    if result.returncode not in (0, 2):
        raise RuntimeError(result.stderr[-2000:])
    data = json.loads(result.stdout)
    failing = {item["url"] for key in ("error_map", "timeout_map") for items in data[key].values() for item in items}
    return seconds, failing, data


def linkinator_binary(install: bool) -> str | None:
    binary = LINKINATOR_DIR / "node_modules" / ".bin" / "linkinator"
    if not binary.exists() and install and shutil.which("npm"):
        subprocess.run(["npm", "install", "--silent", "--prefix", str(LINKINATOR_DIR), "linkinator@7"], check=True, capture_output=True, timeout=300)
    return str(binary) if binary.exists() else None


def run_linkinator(binary: str, folder: Path, corpus: dict) -> tuple[float, set[str], dict]:
    # Every page named on the command line, served from --server-root: crawling the folder with
    # --recurse lost pages on this loaded machine (status 0 for local pages), which is not what we measure.
    html = corpus["html_dir"]
    pages = sorted(p.name for p in html.glob("org-*.html"))
    seconds, result = timed(
        [binary, *pages, "--server-root", str(html), "--retry", "--format", "json", "--concurrency", str(CONCURRENCY), "--timeout", str(TIMEOUT_S * 1000)],
        html,
    )
    data = json.loads(result.stdout)
    failing = {link["url"] for link in data["links"] if link["state"] == "BROKEN"}
    return seconds, failing, data


# --- the run -------------------------------------------------------------------------------------


def row(name: str, seconds: float, requests: int, failing: set[str], corpus: dict, note: str = "") -> dict:
    truth = corpus["broken"]
    return {
        "tool": name,
        "seconds": seconds,
        "requests": requests,
        "found": len(failing & truth),
        "missed": len(truth - failing),
        "false": len(failing - truth),
        "note": note,
    }


def summarize(name: str, results: list[dict]) -> dict:
    """Median wall time and requests over the runs; correctness of the worst run (most missed + false)."""
    import statistics

    worst = max(results, key=lambda r: (r["missed"] + r["false"], r["seconds"]))
    return {
        **worst,
        "seconds": statistics.median(r["seconds"] for r in results),
        "best": min(r["seconds"] for r in results),
        "requests": int(statistics.median(r["requests"] for r in results)),
        "cpu": statistics.median(r["cpu"] for r in results),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--write", action="store_true", help="update the Link checker section of BENCHMARKS.md")
    parser.add_argument("--no-install", action="store_true", help="do not install linkinator when it is missing")
    parser.add_argument("--max-seconds", type=float, default=900, help="the servers stop by themselves after this")
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool; the fastest counts (the machine is shared)")
    args = parser.parse_args(argv)
    REPEAT[0] = args.repeat

    linkinator = linkinator_binary(install=not args.no_install)
    web = Web(args.max_seconds, args.max_requests)
    runs: dict[str, list[dict]] = {}

    def measure(name: str, run, note) -> None:
        web.reset()
        seconds, failing, data = run()
        runs.setdefault(name, []).append(row(name, seconds, web.count(), failing, corpus, note(data)) | {"cpu": CPU[0]})

    try:
        with tempfile.TemporaryDirectory(prefix="kb-bench-links-") as tmp:
            folder = Path(tmp)
            corpus = make_corpus(web, folder, args.urls)
            for _ in range(args.repeat):
                # results forgotten, validated settings kept: the file rarely changes (see config.py)
                (folder / ".cache" / "links" / "resultaten.json").unlink(missing_ok=True)
                (folder / ".lycheecache").unlink(missing_ok=True)
                measure("`kennisbank links`", lambda: run_ours(folder, corpus, "ours-1.json"), _ours_note)
                measure("`kennisbank links`, 2nd run (cache)", lambda: run_ours(folder, corpus, "ours-2.json"), _ours_note)
                measure("bare lychee, same options", lambda: run_lychee(folder, corpus), _lychee_note)
                measure("lychee `--cache`, 1st run", lambda: run_lychee(folder, corpus, cache=True), _lychee_note)
                measure("lychee `--cache`, 2nd run", lambda: run_lychee(folder, corpus, cache=True), _lychee_note)
                if linkinator:
                    measure("linkinator 7 `--retry`", lambda: run_linkinator(linkinator, folder, corpus), _linkinator_note)
    finally:
        web.stop()
    rows = [summarize(name, results) for name, results in runs.items()]

    table = render(rows, corpus, linkinator is not None)
    print(table)
    if args.write:
        write_section(table)
    return 0


def _ours_note(data: dict) -> str:
    c = Counter(f["categorie"] for f in data["bevindingen"])
    return f"kapot {c['kapot']}, verhuisd {c['verhuisd']}, onzeker {c['onzeker']}; {data['samenvatting']['uit_cache']} from cache"


def _linkinator_note(data: dict) -> str:
    unloaded = sum(1 for link in data["links"] if link.get("status") == 0)
    return "reads the same links from HTML pages" + (f"; {unloaded} link{'s' if unloaded != 1 else ''} with status 0 (no answer)" if unloaded else "")


def _lychee_note(data: dict) -> str:
    return f"{data.get('errors', 0)} errors, {data.get('cached', 0)} cached; comment URLs counted as links"


def render(rows: list[dict], corpus: dict, with_linkinator: bool) -> str:
    bare = next(r for r in rows if r["tool"].startswith("bare lychee"))["seconds"]
    ours = rows[0]["seconds"]
    counts = corpus["counts"]
    lines = [
        f"Corpus: {len(corpus['urls'])} distinct URLs in {corpus['files']} YAML files ({corpus['occurrences']} occurrences "
        f"in values, plus {corpus['in_comments']} URLs in YAML comments), on 10 loopback hosts: "
        f"{counts['ok']} × 200, {counts['missing']} × 404, {counts['chain']} redirect chains, "
        f"{counts['busy']} × 429 with `Retry-After: 1`, {counts['slow']} slow ({SLOW_SECONDS} s). "
        f"Settings for all: timeout {TIMEOUT_S} s, 3 retries, 8 per host, {CONCURRENCY} concurrent. "
        f"Machine: {os.cpu_count()} cores, shared with other jobs (load average {os.getloadavg()[0]:.0f} at the end). "
        f"Each tool ran {REPEAT[0]} times, interleaved: wall time, CPU time (user + system, the tool and its "
        "children; less sensitive to the shared machine) and requests are medians, best wall time in brackets; "
        "correctness is that of the worst run.",
        "",
        "| tool | wall time | CPU time | requests | broken found | missed | false reports | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['tool']} | {r['seconds']:.2f} s ({r['best']:.2f}) | {r['cpu']:.2f} s | {r['requests']} | {r['found']} of {len(corpus['broken'])} | {r['missed']} | {r['false']} | {r['note']} |"
        )
    lines += [
        "",
        f"Ours / bare lychee (medians): {ours / bare:.2f}× (target ≤ 1.2×). Second run with our cache: "
        f"{rows[1]['seconds']:.2f} s median, {rows[1]['best']:.2f} s best (target < 1 s).",
    ]
    by = {r["tool"]: r for r in rows}
    lychee_first, lychee_second = by.get("lychee `--cache`, 1st run"), by.get("lychee `--cache`, 2nd run")
    lines += [
        "",
        "Reading the table:",
        f"- `kennisbank links` runs lychee twice: offline to find every URL with file, line and column, then online "
        f"for each distinct URL that is not cached or allow-listed. URLs that stand only in YAML comments are not "
        f"requested ({corpus['in_comments']} here); bare lychee checks them and reports them as broken links.",
    ]
    if lychee_first and lychee_second:
        lines.append(
            f"- lychee's own `--cache` keeps only successes: its second run requested {lychee_second['requests']} URLs "
            "again (every 404 and redirect loop) and has no redirect targets for cached results. Our cache keeps every "
            "definite verdict (in orde, verhuisd with the new address, kapot) for `cache_max_uren`; `onzeker` is never "
            "cached, so such a link is tried again next time."
        )
    linkinator_row = by.get("linkinator 7 `--retry`")
    if linkinator_row and (linkinator_row["missed"] or linkinator_row["false"]):
        lines.append(
            "- linkinator reads the same links from HTML pages (it does not read YAML). On this shared machine some of "
            "its requests got no answer within the timeout (status 0), so it missed broken links and reported working "
            "ones; the numbers vary from run to run with the load."
        )
    elif linkinator_row:
        lines.append(
            "- linkinator reads the same links from HTML pages (it does not read YAML), so it cannot say on which YAML "
            "line a link stands. In this run it was correct; under heavier load on the same machine, some of its "
            "requests got no answer (status 0) and it missed broken links."
        )
    else:
        lines.append("- linkinator was not available (no npm): its row is missing.")
    return "\n".join(lines)


SECTION = "## Link checker"


def write_section(table: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    body = (
        f"{SECTION}\n\n`.venv/bin/python bench/links.py --write` ({time.strftime('%Y-%m-%d')}). "
        "What it measures is described at the top of `bench/links.py`.\n\n" + table + "\n"
    )
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _m: body + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + body
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

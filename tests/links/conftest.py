"""A local web server on 127.0.0.1 with one path per case, and a YAML file that links to all of them.

Nothing here touches the internet: every URL points at 127.0.0.1 (lychee checks loopback addresses
unless told not to).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import threading
import time
from pathlib import Path
from unittest import mock

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

PAGE = '<html><body><h1 id="top">Partner</h1><h2 id="doel">Doel</h2><p>tekst</p></body></html>'

TEST_CONFIG = """\
instellingen:
  cache_max_uren: 24
  timeout_seconden: 1
  pogingen: 1
  wachttijd_seconden: 1
  per_host: 8
  tussentijd_ms: 0
  totale_tijd_seconden: 60
toegestaan:
  - url: {base}/toegestaan
    reden: Deze site weigert elke controle, maar werkt in de browser.
geen_links:
  - veld: tooi
    reden: een identifier is een naam, geen link.
"""

YAML = """\
soort: organisatie
id: voorbeeld
titel: Voorbeeldpartner
# oud adres, niet meer in gebruik: {base}/in-commentaar
website: {base}/ok
bron:
  - url: {base}/weg
    titel: Een pagina die niet meer bestaat
    gecontroleerd: 2026-11-01
  - url: {base}/verdwenen
    gecontroleerd: 2026-11-01
tekst: >-
  IVH werkt samen met veel partners. Meer uitleg staat op de
  [site van de partner]({base}/oud) en in het
  overzicht op {base}/ok#doel, maar niet op {base}/ok#bestaat-niet.
  Ook {base}/weg staat hier nog een keer.
doorverwijzingen:
  tijdelijk: {base}/tijdelijk
  permanent: {base}/a1
  rondje: {base}/rondje
druk:
  eerst-429: {base}/druk
  altijd-429: {base}/altijd-druk
traag: {base}/traag
geweigerd: {base}/geweigerd
storing: {base}/storing
toegestaan: {base}/toegestaan
dicht: {closed}/dicht
tooi: {base}/identifier
voorbeeld: |-
  Schrijf een bron zo:

  ```yaml
  - url: {base}/in-code-blok
  ```
  of kort: `{base}/in-code`.
"""


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on: connecting is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Site:
    """The loopback server, with the time of every request per path."""

    def __init__(self) -> None:
        self.server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        self.hits: dict[str, list[float]] = {}
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def count(self) -> int:
        with self.lock:
            return sum(len(v) for v in self.hits.values())

    def route(self, path: str, respond) -> None:
        def handler(request):
            with self.lock:
                self.hits.setdefault(path, []).append(time.monotonic())
                n = len(self.hits[path])
            return respond(n)

        self.server.expect_request(path).respond_with_handler(handler)

    def start(self) -> "Site":
        self.server.start()
        html = lambda n: Response(PAGE, 200, content_type="text/html")  # noqa: E731
        self.route("/ok", html)
        self.route("/nieuw", html)
        self.route("/a3", html)
        self.route("/weg", lambda n: Response("weg", 404))
        self.route("/verdwenen", lambda n: Response("weg", 410))
        self.route("/oud", lambda n: Response("", 301, headers={"Location": "/tussen"}))
        self.route("/tussen", lambda n: Response("", 302, headers={"Location": "/nieuw"}))
        self.route("/a1", lambda n: Response("", 301, headers={"Location": "/a2"}))
        self.route("/a2", lambda n: Response("", 308, headers={"Location": "/a3"}))
        self.route("/tijdelijk", lambda n: Response("", 302, headers={"Location": "/ok"}))
        self.route("/rondje", lambda n: Response("", 301, headers={"Location": "/rondje2"}))
        self.route("/rondje2", lambda n: Response("", 301, headers={"Location": "/rondje"}))
        self.route("/druk", lambda n: Response("", 429, headers={"Retry-After": "1"}) if n == 1 else html(n))
        self.route("/altijd-druk", lambda n: Response("", 429, headers={"Retry-After": "1"}))
        self.route("/geweigerd", lambda n: Response("nee", 403))
        self.route("/storing", lambda n: Response("even niet", 503) if n == 1 else html(n))
        self.route("/toegestaan", lambda n: Response("nee", 403))

        def slow(n):
            time.sleep(2.5)
            return html(n)

        self.route("/traag", slow)

        def very_slow(n):
            time.sleep(8)
            return html(n)

        self.route("/heel-traag", very_slow)
        return self

    def stop(self) -> None:
        self.server.clear()
        if self.server.is_running():
            self.server.stop()


@pytest.fixture(scope="module")
def site():
    running = Site().start()
    yield running
    running.stop()


def run_links(root: Path, *args: str) -> tuple[int, str, str]:
    """`kennisbank links …` in this process: exit code, stdout, stderr."""
    from kennisbank.cli import main

    out, err = io.StringIO(), io.StringIO()
    with mock.patch.dict(os.environ, {"KENNISBANK_DEBUG": "1"}), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), "links", *args])
    return code, out.getvalue(), err.getvalue()


def line_of(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based line and column of the nth occurrence of `needle` in `text`."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1


@pytest.fixture(scope="module")
def checked(site, tmp_path_factory):
    """One run of `kennisbank links --extern` over the YAML file: what the tests below look at."""
    root = tmp_path_factory.mktemp("project")
    closed = f"http://127.0.0.1:{closed_port()}"
    yaml_text = YAML.format(base=site.base, closed=closed)
    (root / "content" / "partners").mkdir(parents=True)
    yaml_file = root / "content" / "partners" / "voorbeeld.yaml"
    yaml_file.write_text(yaml_text, encoding="utf-8")
    config = root / "links.yaml"
    config.write_text(TEST_CONFIG.format(base=site.base), encoding="utf-8")
    report = root / "rapport.json"
    started = time.monotonic()
    code, out, err = run_links(root, "--extern", "--config", str(config), "--json", str(report), str(yaml_file))
    seconds = time.monotonic() - started
    return {
        "root": root,
        "yaml": yaml_file,
        "text": yaml_text,
        "config": config,
        "code": code,
        "out": out,
        "err": err,
        "report": json.loads(report.read_text(encoding="utf-8")),
        "seconds": seconds,
        "base": site.base,
        "closed": closed,
        "requests": site.count(),
    }

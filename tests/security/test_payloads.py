"""Issue 11: HTML, Markdown-link and Jinja payloads in every free-text field of real content are inert in
every output: pages (body, headings, navigation, <title>, meta description, table of contents,
abbreviation tooltips, edit links), the search index, the CSV export, the factsheet pages and PDF.

One build holds all payloads; each is tagged with its field (P<number>X), so a failure names the field.
On the code before this test, the navigation printed the <script> elements raw.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kennisbank.errors import format_problem
from kennisbank.url_policy import is_allowed

from conftest import make_project
from .payloads import inject

pytestmark = pytest.mark.full

HOSTILE_FILE = 'content/pages/zz-"><svg onload=kbAlert(1)>.yaml'


@pytest.fixture(scope="module")
def attacked(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("aanval"))
    page = (project / "content/pages/toegankelijkheid.yaml").read_text(encoding="utf-8")
    (project / HOSTILE_FILE).write_text(page.replace("id: toegankelijkheid", "id: zz-vijandig"), encoding="utf-8")
    injected, refused = inject(project)
    site = project / "site"
    env = dict(os.environ, KENNISBANK_FACTSHEET_PDF="0")
    run = [sys.executable, "-m", "kennisbank.cli", "--root", str(project)]
    built = subprocess.run([*run, "build", "--site-dir", str(site)], capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    pdf = subprocess.run([*run, "factsheets", "--site-dir", str(site), "--gemeente", "gm0363"], capture_output=True, text=True)
    assert pdf.returncode == 0, pdf.stdout + pdf.stderr
    return site, injected, refused


class _Inspector(HTMLParser):
    """Collects what would run or load: script bodies, event-handler attributes, link and source addresses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.text: list[str] = []
        self._script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value}>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value and not is_allowed(value):
                self.found.append(f"<{tag} {name}={value}>")
            if name == "style":
                self.found.append(f"<{tag} style={value}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.found.append("<img src=x>")
        if tag == "script":
            # a JSON data block is not run (the zelfscan's framework): its text is data, and json_for_html
            # keeps it from closing the block; a script element made by a payload would still be found
            self._script = (dict(attrs).get("type") or "").lower() != "application/json"

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = False

    def handle_data(self, data):
        if self._script and "kbAlert" in data:
            self.found.append(f"<script>{data[:60]}")
        self.text.append(data)


def _evaluated(text: str) -> list[str]:
    return re.findall(r"49P\d+X", text)


def test_every_free_text_field_got_a_payload(attacked):
    _site, injected, _refused = attacked
    kinds = {item.file.split("/")[1] for item in injected}
    assert kinds >= {"blocks", "glossary", "framework", "guidelines", "audiences", "trajectory", "municipalities", "pages"}
    assert len(injected) > 1000


def test_javascript_links_in_running_text_are_refused_at_their_line(attacked, project_root):
    _site, _injected, refused = attacked
    assert refused, "running-text fields must refuse javascript: links"
    assert {p.code for p in refused} == {"kb-url-scheme"}
    for problem in refused[:50]:
        assert problem.location.line >= 1 and "javascript" in problem.message


def test_html_pages_are_inert(attacked):
    site, injected, _refused = attacked
    shown: set[str] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        inspector = _Inspector()
        inspector.feed(html)
        text = "".join(inspector.text)
        assert inspector.found == [], f"{page.relative_to(site)}: {inspector.found[:3]}"
        assert _evaluated(text) == [], f"{page.relative_to(site)}: Jinja was evaluated"
        shown.update(re.findall(r"P\d+X", text))
    tags = {item.tag for item in injected}
    assert len(shown & tags) > 0.5 * len(tags), "most payloads must reach a page, or this test proves nothing"


def test_navigation_title_and_description_show_the_payload_as_text(attacked):
    site, injected, _refused = attacked
    block = next(i for i in injected if i.file == "content/blocks/vroegsignalering.yaml" and i.path == ("titel",))
    html = (site / "bouwstenen/vroegsignalering/index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert f"&lt;script&gt;kbAlert(&#34;{block.tag}&#34;)" in title or f"&lt;script&gt;kbAlert(&quot;{block.tag}&quot;)" in title
    nav = html[html.index('class="md-nav md-nav--primary"') :]
    assert f"&lt;script&gt;kbAlert(" in nav and "<script>kbAlert(" not in nav
    sheet = (site / "factsheets/gm0363/index.html").read_text(encoding="utf-8")
    description = re.search(r'<meta name="description" content="([^"]*)"', sheet).group(1)
    assert "&lt;script&gt;" in description


def test_edit_link_of_a_hostile_file_name_is_an_address(attacked):
    site, _injected, _refused = attacked
    html = (site / "zz-vijandig/index.html").read_text(encoding="utf-8")
    assert "<svg onload" not in html
    assert "/edit/main/content/pages/zz-%22%3E%3Csvg%20onload%3DkbAlert%281%29%3E.yaml" in html


def test_search_index_is_inert(attacked):
    site, _injected, _refused = attacked
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    for document in index["docs"]:
        for value in (document["title"], document["text"]):
            assert not re.search(r"<(script|img|svg)\b", value, re.I), document["location"]
            assert _evaluated(value) == [], document["location"]


def test_csv_export_cells_are_never_formulas(attacked):
    site, _injected, _refused = attacked
    text = (site / "kwaliteitskader/kwaliteitskader-jonge-kind.csv").read_text(encoding="utf-8-sig")
    import csv

    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert any("kbAlert" in cell for row in rows for cell in row), "the payload reached the export"
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@")]


def test_factsheet_pdf_shows_the_payload_as_text_and_links_nowhere_else(attacked):
    from pypdf import PdfReader

    site, _injected, _refused = attacked
    reader = PdfReader(site / "factsheets/pdf/gm0363.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "<script>kbAlert(" in text, "the municipality's payload is printed as text"
    assert not _evaluated(text)
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            assert action.get("/S") != "/JavaScript"
            if "/URI" in action:
                assert is_allowed(str(action["/URI"]))
    assert "/JavaScript" not in str(reader.trailer["/Root"].get("/Names", {}))


def test_error_messages_cannot_drive_the_terminal(attacked):
    _site, _injected, refused = attacked
    from kennisbank.errors import Location, Problem

    formatted = format_problem(Problem(Location("content/x.yaml", 1, 1), "waarde '\x1b[2J\u202e' klopt niet"))
    assert "\x1b" not in formatted and "\u202e" not in formatted and "<U+001B>" in formatted
    assert all("\x1b" not in format_problem(p) for p in refused)

"""Issue 17: the report page as composed, without a browser.

- The data set is embedded as JSON that cannot end its <script> element, and it matches what the
  browser code's goal rules expect (checked by running the real modules in Node).
- No inline script, event-handler attribute or style attribute (the site's Content-Security-Policy).
- The vendored xlsx reader contains no eval, Function(), workers or object URLs.
- The guideline page links the template downloads and the report page.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kennisbank.compose import ComposeContext, guidelines, rapportage
from kennisbank.site import read_inputs
from kennisbank.compose.citations import Citations

ROOT = Path(__file__).resolve().parents[2]
JS = ROOT / "docs" / "assets" / "javascripts"


@pytest.fixture(scope="module")
def context(content):
    return ComposeContext(content, Citations(content), content.root, read_inputs(content.root))


@pytest.fixture(scope="module")
def page(context):
    (report,) = rapportage.compose(context)
    return report


def _embedded(markdown: str) -> str:
    match = re.search(r'<script type="application/json" id="kb-monitoring-data">(.*?)</script>', markdown, re.S)
    assert match, "the data set is not embedded"
    return match.group(1)


def test_page_lives_under_the_guideline(page):
    assert page.path == "richtlijnen/kwaliteit/rapportage.md"
    assert page.url == "richtlijnen/kwaliteit/rapportage/"
    assert page.section == "richtlijnen"


def test_embedded_data_set_is_safe_json(page, content):
    raw = _embedded(page.markdown)
    assert not set("<>&") & set(raw), "<, > and & are escaped as \\u003c, \\u003e, \\u0026"
    data = json.loads(raw)
    guide = content.get("kwaliteitsrichtlijn", "kwaliteit")
    assert [f["id"] for f in data["fields"]] == [f.id for t in guide.monitoring.topics for f in t.fields]
    assert [g["number"] for g in data["goals"]] == [1, 2, 3, 4, 5, 6]
    assert [c["number"] for c in data["chapters"]] == list(range(1, 10))
    assert data["goals"][0]["targets"][0]["withinMonths"] == 6
    assert data["suppressBelow"] == 10


def test_escaping_keeps_a_closing_script_tag_out():
    data = {"x": "</script><script>alert(1)</script> & more"}
    text = str(rapportage.embedded_json(data))
    assert "</script" not in text and "&" not in text
    assert json.loads(text) == data


def test_goal_rules_match_the_real_data_set(page, tmp_path):
    """Every field a goal rule uses exists in the data set, and every goal of the YAML has rules."""
    node = shutil.which("node")
    assert node, "node is needed"
    data = tmp_path / "dataset.json"
    data.write_text(_embedded(page.markdown), encoding="utf-8")
    script = (
        f"import {{ missingRuleFields, GOAL_RULES }} from {json.dumps((JS / 'rapportage' / 'compute.js').as_uri())};\n"
        "import { readFileSync } from 'node:fs';\n"
        f"const d = JSON.parse(readFileSync({json.dumps(str(data))}, 'utf8'));\n"
        "const noRules = d.goals.filter(g => !GOAL_RULES[g.id] || GOAL_RULES[g.id].length !== g.targets.length).map(g => g.id);\n"
        "console.log(JSON.stringify({ missing: missingRuleFields(d), noRules }));\n"
    )
    result = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"missing": [], "noRules": []}


def test_no_inline_script_handler_or_style(page):
    html = page.markdown
    scripts = re.findall(r"<script\b([^>]*)>", html)
    assert all('type="application/json"' in s or "src=" in s for s in scripts), scripts
    assert not re.search(r"\son[a-z]+\s*=", html), "no on…= attributes"
    assert not re.search(r"\sstyle\s*=", html), "no style attributes"
    for path in (JS / "rapportage").glob("*.js"):
        code = path.read_text(encoding="utf-8")
        assert "innerHTML" not in code and "insertAdjacentHTML" not in code, path.name
        assert not re.search(r"(^|[^\w$.])(eval|Function)\(|new Function", code), path.name
        assert ".style." not in code and 'setAttribute("style"' not in code, path.name


def test_vendored_xlsx_reader_fits_the_content_security_policy():
    bundle = (JS / "vendor" / "read-excel-file.js").read_text(encoding="utf-8")
    for pattern in (r"(^|[^\w$.])eval\(", r"(^|[^\w$.])Function\(", r"new Function", r"new Worker", r"createObjectURL", r"importScripts"):
        assert not re.search(pattern, bundle, re.M), pattern
    readme = (JS / "vendor" / "README.md").read_text(encoding="utf-8")
    versions = (JS / "vendor" / "VERSIONS.txt").read_text(encoding="utf-8")
    for line in versions.splitlines():
        name, version = line.split()
        assert f"{name} {version}" in readme, f"vendor/README.md names {name} {version}"
        assert (JS / "vendor" / f"LICENSE-{name}.txt").exists()


def test_guideline_page_links_downloads_and_report(context):
    pages = {p.path: p for p in guidelines.compose(context)}
    markdown = pages["richtlijnen/kwaliteit.md"].markdown
    for target in (
        "kwaliteit/sjablonen/ivh-monitoring.xlsx",
        "kwaliteit/sjablonen/ivh-monitoring-trajecten.csv",
        "kwaliteit/sjablonen/ivh-monitoring-professionals.csv",
        "kwaliteit/rapportage.md",
    ):
        assert f"]({target})" in markdown, target

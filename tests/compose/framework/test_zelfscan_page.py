"""The zelfscan page is composed from the framework's YAML: one fieldset per criterion, the scale's
levels and descriptions, the indicators as help, and a JSON data block for the scripts. Content is
data: HTML in a title shows as text, in the form and in the data block."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import make_project
from kennisbank.compose import ComposeContext, zelfscan
from kennisbank.site import read_inputs
from kennisbank.compose.citations import Citations
from kennisbank.validate import load_content

DATA_BLOCK = re.compile(r'<script type="application/json" id="kb-zelfscan-data">(.*?)</script>', re.S)


def compose_page(content) -> str:
    pages = zelfscan.compose(ComposeContext(content, Citations(content), content.root, read_inputs(content.root)))
    assert [p.path for p in pages] == ["kwaliteitskader/zelfscan.md"]
    assert pages[0].section == "kwaliteitskader" and pages[0].in_nav
    return pages[0].markdown


def data_block(markdown: str) -> dict:
    found = DATA_BLOCK.findall(markdown)
    assert len(found) == 1
    assert "<" not in found[0] and ">" not in found[0] and "&" not in found[0]
    return json.loads(found[0])


def themes_of(content):
    return sorted(content.of("kwaliteitsthema"), key=lambda t: t.order)


@pytest.fixture(scope="module")
def page(content) -> str:
    return compose_page(content)


def test_one_fieldset_per_criterion_with_a_radio_per_level(page, content):
    criteria = [c for t in themes_of(content) for c in t.criteria]
    guide = content.get("kwaliteitskader", "kwaliteitskader")
    assert page.count('<fieldset class="kb-zs-criterium"') == len(criteria) == 23
    assert page.count("<legend>") == len(criteria) + 1  # plus the details of the scan
    levels = [level.id for level in guide.scale] + ["weet-niet"]
    for criterion in criteria:
        assert f'<fieldset class="kb-zs-criterium" id="{criterion.id}" data-criterion="{criterion.id}">' in page
        radios = re.findall(rf'<input type="radio" name="zs-{criterion.id}-niveau" id="zs-{criterion.id}-([a-z-]+)"', page)
        assert radios == levels, criterion.id
        for part in ("bewijs", "prioriteit", "actie-1-wat", "actie-1-wie", "actie-1-wanneer"):
            assert f'<label for="zs-{criterion.id}-{part}">' in page and f'id="zs-{criterion.id}-{part}"' in page


def test_scale_descriptions_indicators_and_themes_come_from_the_yaml(page, content):
    guide = content.get("kwaliteitskader", "kwaliteitskader")
    for level in guide.scale:
        assert page.count(f'<span class="kb-zs-niveau-uitleg">{level.meaning}</span>') == 23
    for theme in themes_of(content):
        assert f"## {theme.order}. {theme.title} {{ #thema-{theme.id} .kb-zs-formulier }}" in page
        for criterion in theme.criteria:
            assert criterion.statement in page
            for indicator in criterion.indicators:
                assert indicator.what in page and indicator.how in page
    indicators = sum(len(c.indicators) for t in themes_of(content) for c in t.criteria)
    assert page.count('<li><span class="kb-indicator__vorm">') == indicators


def test_data_block_for_the_scripts(page, content):
    data = data_block(page)
    themes = themes_of(content)
    guide = content.get("kwaliteitskader", "kwaliteitskader")
    assert data["version"] == zelfscan.framework_version(themes, guide.scale)
    assert re.fullmatch(r"[0-9a-f]{10}", data["version"])
    assert [t["id"] for t in data["themes"]] == [t.id for t in themes]
    assert [c["title"] for t in data["themes"] for c in t["criteria"]] == [c.title for t in themes for c in t.criteria]
    assert [(level["id"], level["rank"]) for level in data["levels"]] == [("niet", 0), ("deels", 1), ("volledig", 2), ("weet-niet", None)]
    assert data["version"] in page  # shown on the page too


def test_no_inline_script_style_or_handlers(page):
    assert not re.search(r"\sstyle=", page)
    assert not re.search(r"\son[a-z]+=", page)
    assert "javascript:" not in page
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts == ['<script type="application/json" id="kb-zelfscan-data">', '<script type="module" src="../../assets/javascripts/zelfscan/app.js">']


def test_privacy_sentence_is_on_the_page(page):
    assert "Wat u hier invult, blijft in deze browser: er gaat niets naar een server of naar iemand anders." in page


def _project_with_title(tmp_path: Path, title_line: str) -> Path:
    root = make_project(tmp_path)
    theme = root / "content" / "framework" / "toegang.yaml"
    text = theme.read_text(encoding="utf-8")
    assert "    titel: Eén herkenbaar loket\n" in text
    theme.write_text(text.replace("    titel: Eén herkenbaar loket\n", f"    titel: {title_line}\n"), encoding="utf-8")
    return root


def _compose(root: Path) -> str:
    content, problems = load_content(root)
    assert not [p for p in problems if p.is_error], problems
    return compose_page(content)


def test_a_changed_title_changes_the_page_and_the_version(tmp_path, page):
    changed = _compose(_project_with_title(tmp_path, "Eén loket voor alle ouders"))
    assert '<span class="kb-zs-nummer">1.1</span> Eén loket voor alle ouders</legend>' in changed
    assert "Eén herkenbaar loket" not in changed
    assert data_block(changed)["version"] != data_block(page)["version"]
    assert data_block(changed)["themes"][0]["criteria"][0]["title"] == "Eén loket voor alle ouders"


def test_html_in_a_title_is_shown_as_text(tmp_path):
    payload = "<img src=x onerror=alert(1)> & {: .x } </script>"
    changed = _compose(_project_with_title(tmp_path, json.dumps(payload)))
    assert "<img src=x" not in changed
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &#123;: .x &#125; &lt;/script&gt;</legend>" in changed
    data = data_block(changed)  # no < > & in the block, so </script> cannot end it early
    assert data["themes"][0]["criteria"][0]["title"] == payload

"""The build end to end: validation first, atomic output, pages from data, content as data."""

from __future__ import annotations

import hashlib
import re
from html import unescape
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_project
from validation.test_validate import BLOCK

pytestmark = pytest.mark.full  # builds sites, renders PDFs or runs long: the full suite

TERM = (
    """\
soort: begrip
id: proefterm
titel: Proefterm
afkorting: PRT
samenvatting: Een proefterm.
uitleg: "Som: {{{{ 7*7 }}}} en <script>alert('x')</script> en {{: onclick=kwaad }} en *nadruk*."
bron: "002:432-438"
beoordeeld:
  datum: 2026-11-01
  door: redactie
""".replace("{{{{", "{{")
    .replace("}}}}", "}}")
    .replace("{{:", "{:")
    .replace(" }} en *", " } en *")
)


def kennisbank(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kennisbank.cli", "--root", str(root), *args], capture_output=True, text=True)


def mkdocs(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=root, capture_output=True, text=True)


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


START = """\
soort: pagina
id: start
titel: Integrale Vroeghulp
sectie: start
samenvatting: Proefsite.
delen:
  - kop: In het kort
    tekst_zonder_bron: [Een proefpagina.]
beoordeeld: {datum: 2026-11-01, door: redactie}
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A small site (sources, glossary, a home page, one block): these tests are about the machinery."""
    files = {
        "content/glossary/proefterm.yaml": TERM,
        "content/glossary/jgz.yaml": TERM.replace("id: proefterm", "id: jgz")
        .replace("titel: Proefterm", "titel: jeugdgezondheidszorg")
        .replace("afkorting: PRT", "afkorting: JGZ"),
        "content/pages/start.yaml": START,
        "content/blocks/proefblok.yaml": BLOCK.replace("bouwstenen: [proefblok]", "bouwstenen: []"),
    }
    root = make_project(tmp_path_factory.mktemp("project"), files, with_content=("sources",))
    result = kennisbank(root, "build")
    assert result.returncode == 0, result.stderr
    return root


def test_yaml_text_is_never_evaluated_and_html_is_escaped(project):
    html = (project / "site" / "begrippen" / "index.html").read_text(encoding="utf-8")
    paragraph = html.split("Som:")[1].split("</p>")[0]
    assert "<script" not in paragraph and "onclick=" not in paragraph.replace("&#123;: onclick=", "")
    shown = re.sub(r"<[^>]+>", "", paragraph)  # what a reader sees, once entities are decoded
    assert unescape(shown).strip() == "{{ 7*7 }} en <script>alert('x')</script> en {: onclick=kwaad } en nadruk."
    assert "<em>nadruk</em>" in paragraph  # limited Markdown still works


def test_a_failed_build_leaves_the_previous_site_byte_for_byte_intact(project):
    before = tree_digest(project / "site")
    broken = project / "content" / "glossary" / "kapot.yaml"
    broken.write_text("soort: begrip\nid: kapot\n", encoding="utf-8")
    try:
        result = kennisbank(project, "build")
        assert result.returncode == 1
        assert "content/glossary/kapot.yaml:1:1: fout: het veld 'titel' ontbreekt" in result.stderr
        assert "Traceback" not in result.stderr
        assert tree_digest(project / "site") == before
        assert not (project / "site.bouw").exists()
    finally:
        broken.unlink()


def test_plain_mkdocs_build_validates_first_with_the_same_messages(project):
    before = tree_digest(project / "site")
    broken = project / "content" / "glossary" / "kapot.yaml"
    broken.write_text("soort: begrip\nid: kapot\n", encoding="utf-8")
    try:
        result = mkdocs(project, "build")
        assert result.returncode == 1
        assert "content/glossary/kapot.yaml:1:1: fout: het veld 'titel' ontbreekt. Voeg toe: titel: …" in result.stderr
        assert "Traceback" not in result.stderr
        assert tree_digest(project / "site") == before
    finally:
        broken.unlink()


def test_plain_mkdocs_build_is_atomic_too(project):
    result = mkdocs(project, "build")
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "index.html").exists()
    assert not (project / "site.bouw").exists() and not (project / "site.vorige").exists()


def test_adding_a_yaml_file_adds_its_page_to_the_nav_and_removing_it_removes_it(project):
    glossary_page = project / "site" / "begrippen" / "index.html"
    assert 'id="proefterm"' in glossary_page.read_text(encoding="utf-8")
    block = (project / "content" / "blocks" / "proefblok.yaml").read_text(encoding="utf-8")
    new_block = project / "content" / "blocks" / "nieuwblok.yaml"
    new_block.write_text(
        block.replace("id: proefblok", "id: nieuwblok").replace("titel: Proefblok", "titel: Nieuw blok").replace("nummer: 1", "nummer: 2"),
        encoding="utf-8",
    )
    try:
        assert kennisbank(project, "build").returncode == 0
        page = project / "site" / "bouwstenen" / "nieuwblok" / "index.html"
        assert page.exists()
        home = (project / "site" / "index.html").read_text(encoding="utf-8")
        assert 'href="bouwstenen/nieuwblok/"' in home  # in the navigation of every page
    finally:
        new_block.unlink()
    assert kennisbank(project, "build").returncode == 0
    assert not (project / "site" / "bouwstenen" / "nieuwblok").exists()


def test_every_content_page_has_an_edit_link_to_its_yaml_and_a_review_date(project):
    html = (project / "site" / "bouwstenen" / "proefblok" / "index.html").read_text(encoding="utf-8")
    assert "/edit/main/content/blocks/proefblok.yaml" in html
    assert "Inhoud laatst gecontroleerd op" in html


def test_abbreviations_get_a_tooltip(project):
    html = (project / "site" / "bouwstenen" / "proefblok" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="jeugdgezondheidszorg">JGZ</abbr>' in html


def test_no_third_party_assets_in_the_html(project):
    for page in (project / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        assert "api.github.com" not in text and "cdn.jsdelivr" not in text and "unpkg.com" not in text


def test_pages_command_writes_the_composed_markdown(project, tmp_path):
    result = kennisbank(project, "pages", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "bouwstenen" / "proefblok.md").read_text(encoding="utf-8").startswith("# 1. Proefblok")


def test_macros_render_only_pages_that_ask_for_it(project):
    html = (project / "site" / "over" / "colofon" / "index.html").read_text(encoding="utf-8")
    assert "Dit is versie 0.1.0 van de" in html
    assert "{{" not in html


def test_a_hand_written_page_in_the_place_of_a_composed_one_is_a_problem_with_its_code(project):
    clash = project / "docs" / "begrippen" / "index.md"
    clash.parent.mkdir(parents=True, exist_ok=True)
    clash.write_text("# Begrippen\n", encoding="utf-8")
    try:
        result = kennisbank(project, "build")
        assert result.returncode == 1
        assert "docs/begrippen/index.md: fout: Deze pagina wordt al gemaakt uit content/." in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        clash.unlink()

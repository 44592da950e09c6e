"""The editors' guide works: following it, a coordinator adds a glossary term and sees it on the site;
the error message the guide shows is the one the kennisbank really gives."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kennisbank import cli
from kennisbank.load import load_document
from kennisbank.validate import load_content

from .conftest import ROOT

GUIDE = ROOT / "content" / "pages"


def _guide_texts(name: str) -> list[str]:
    document, problems = load_document(GUIDE / name, name)
    assert not problems
    return [text for section in document.data["delen"] for text in section.get("tekst_zonder_bron", [])]


def _code_blocks(name: str, language: str) -> list[str]:
    found = []
    for text in _guide_texts(name):
        found += re.findall(rf"```{language}\n(.*?)\n```", text, flags=re.DOTALL)
    return found


def _term_template() -> tuple[str, str]:
    (template,) = [b for b in _code_blocks("redactie-begrip-toevoegen.yaml", "yaml") if "soort: begrip" in b]
    term_id = re.search(r"^id: (\S+)$", template, re.MULTILINE).group(1)
    return term_id, template + "\n"


def test_guide_pages_are_valid_content_in_the_redactie_section():
    content, problems = load_content(ROOT)
    assert not [p for p in problems if p.is_error and p.location.file.startswith("content/pages/redactie")]
    guide = [p for p in content.of("pagina") if p.id.startswith("redactie-")]
    assert {p.section for p in guide} == {"redactie"}
    assert {p.id for p in guide} >= {
        "redactie-werkwijze",
        "redactie-tekst-aanpassen",
        "redactie-begrip-toevoegen",
        "redactie-bron-toevoegen",
        "redactie-bouwsteen-aanvullen",
        "redactie-controles",
        "redactie-bekijken",
    }


@pytest.mark.full  # builds a site
def test_following_the_guide_adds_a_term_that_appears_on_the_site(small_project, tmp_path):
    term_id, template = _term_template()
    # step 1: the file name is the id; step 2: paste the template (with an abbreviation, as the guide explains)
    text = template.replace("synoniemen: [wachttijd]", "afkorting: WL\nsynoniemen: [wachttijd]")
    (small_project / "content" / "glossary" / f"{term_id}.yaml").write_text(text, encoding="utf-8")
    content, problems = load_content(small_project)
    assert not problems, problems
    assert content.get("begrip", term_id).abbreviation == "WL"
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(small_project), "build", "--site-dir", str(site)],
        capture_output=True,
        text=True,
        env={"KENNISBANK_FACTSHEET_PDF": "0", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    glossary = (site / "begrippen" / "index.html").read_text(encoding="utf-8")
    assert f'id="{term_id}"' in glossary
    assert "Schrijf hier in gewone woorden wat het begrip betekent." in glossary
    assert '<abbr title="wachtlijst">WL</abbr>' in glossary


def test_the_example_message_in_the_guide_is_what_check_reports(small_project, capsys):
    term_id, template = _term_template()
    (shown,) = [b for b in _code_blocks("redactie-controles.yaml", "text") if "fout:" in b]
    assert shown.startswith(f"content/glossary/{term_id}.yaml:")
    broken = template.replace("\nuitleg:", "\nuitlegg:")
    (small_project / "content" / "glossary" / f"{term_id}.yaml").write_text(broken, encoding="utf-8")
    assert cli.main(["--root", str(small_project), "check"]) == 1
    assert shown in capsys.readouterr().err.splitlines()


def test_guide_links_point_at_pages_that_exist():
    """MkDocs checks these in the strict build too; this names the guide file when one breaks."""
    targets = set()
    for path in GUIDE.glob("redactie-*.yaml"):
        for text in _guide_texts(path.name):
            targets |= set(re.findall(r"\]\(([^)#]+\.md)", text))
    known = {"redactie/velden.md", "redactie/voorbeelden.md", "redactie/te-herzien.md", "over/wijzigingen.md", "begrippen/index.md", "over/bronnen.md"} | {
        p.name.replace(".yaml", ".md") for p in GUIDE.glob("redactie-*.yaml")
    }
    assert targets <= known, targets - known


@pytest.mark.parametrize("name", sorted(p.name for p in GUIDE.glob("redactie-*.yaml")))
def test_guide_sentences_stay_short(name):
    """B1: short sentences. No sentence in the guide's running text has more than 25 words."""
    long_ones = []
    for text in _guide_texts(name):
        prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
        for sentence in re.split(r"(?<=[.?!:;])\s+|\n\s*(?:-|\d+\.)\s", prose):
            if len(sentence.split()) > 25:
                long_ones.append(sentence)
    assert not long_ones, long_ones


def test_guide_reads_at_b1_level(built_site):
    """The guide as a whole scores B1 on Flesch–Douma, measured like the parents' page (issue 4)."""
    from content_rules.pagetext import article, blocks
    from content_rules.readability import B1_MINIMUM, MAX_WORDS_PER_SENTENCE, measure

    texts = []
    for page in sorted(built_site.glob("redactie-*/index.html")):
        texts += blocks(article(page.read_text(encoding="utf-8")), skip_apparatus=True)
    result = measure(texts)
    assert result.words > 1500
    assert result.flesch_douma >= B1_MINIMUM
    assert result.words_per_sentence <= MAX_WORDS_PER_SENTENCE

"""Git history of content/: last-change dates per file and the 'Wijzigingen' page."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from kennisbank.compose import ComposeContext, review_footer
from kennisbank.editors import pages as editors_pages
from kennisbank.site import compose_site, read_inputs
from kennisbank.compose.citations import Citations
from kennisbank.editors import history
from kennisbank.validate import load_content

from .conftest import git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is nodig")


@pytest.fixture
def repo(small_project):
    root = small_project
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Eerste versie van de kennisbank", date="2026-01-15")
    term = root / "content" / "glossary" / "mdo.yaml"
    term.write_text(term.read_text(encoding="utf-8").replace("Een overleg waarin", "Een gesprek waarin"), encoding="utf-8")
    git(root, "commit", "-q", "-am", "Update mdo.yaml", date="2026-03-02")
    git(root, "checkout", "-q", "-b", "zijtak")
    jgz = root / "content" / "glossary" / "jgz.yaml"
    jgz.write_text(jgz.read_text(encoding="utf-8") + "# opmerking\n", encoding="utf-8")
    git(root, "commit", "-q", "-am", "fix(content): uitleg JGZ verduidelijkt (#12)", date="2026-04-10")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "zijtak", "-m", "Merge pull request #12 from zijtak", date="2026-04-11")
    (root / "content" / "glossary" / "ivh.yaml").write_text(
        "# yaml-language-server: $schema=../../schemas/begrip.schema.json\n" + (root / "content" / "glossary" / "ivh.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    git(root, "commit", "-q", "-am", "Schemaregel bovenaan [geen wijziging]", date="2026-05-01")
    return root


def test_last_changed_is_the_date_of_the_last_commit_of_each_file(repo):
    dates = history.last_changed(repo)
    assert dates["content/glossary/mdo.yaml"] == date(2026, 3, 2)
    assert dates["content/glossary/jgz.yaml"] == date(2026, 4, 10)
    assert dates["content/glossary/ivh.yaml"] == date(2026, 5, 1), "a technical commit did change the file"
    assert dates["content/sources/002-handboek-2025.yaml"] == date(2026, 1, 15)


def test_uncommitted_and_new_files_get_no_date(repo):
    term = repo / "content" / "glossary" / "mdo.yaml"
    term.write_text(term.read_text(encoding="utf-8") + "# nog niet vastgelegd\n", encoding="utf-8")
    (repo / "content" / "glossary" / "nieuw.yaml").write_text("soort: begrip\n", encoding="utf-8")
    dates = history.last_changed(repo)
    assert "content/glossary/mdo.yaml" not in dates
    assert "content/glossary/nieuw.yaml" not in dates
    assert "content/glossary/jgz.yaml" in dates


def test_without_a_repository_there_are_no_dates_and_no_failure(small_project):
    assert history.last_changed(small_project) == {}
    assert history.content_commits(small_project) == []


def test_merges_are_left_out_and_the_skip_marker_is_seen(repo):
    commits = history.content_commits(repo)
    subjects = [c.subject for c in commits]
    assert not any(s.startswith("Merge") for s in subjects)
    assert subjects == [
        "Schemaregel bovenaan [geen wijziging]",
        "fix(content): uitleg JGZ verduidelijkt (#12)",
        "Update mdo.yaml",
        "Eerste versie van de kennisbank",
    ]
    assert [c.skipped for c in commits] == [True, False, False, False]


@pytest.mark.parametrize(
    "subject, titles, plain",
    [
        ("Update mdo.yaml", ["multidisciplinair overleg"], "Bijgewerkt: multidisciplinair overleg."),
        ("Create content/glossary/wachtlijst.yaml", ["wachtlijst"], "Toegevoegd: wachtlijst."),
        ("Delete content/glossary/oud.yaml", [], "Verwijderd: inhoud."),
        ("fix(content): uitleg JGZ verduidelijkt (#12)", [], "Uitleg JGZ verduidelijkt."),
        ("docs: wachttijd aangevuld. Fixes #3", [], "Wachttijd aangevuld."),
        ("Begrip wachtlijst toegevoegd", [], "Begrip wachtlijst toegevoegd."),
        ("Klopt dit?", [], "Klopt dit?"),
    ],
)
def test_commit_subjects_in_plain_words(subject, titles, plain):
    assert history.plain_subject(subject, titles) == plain


def test_changes_page_lists_content_changes_with_their_pages(repo):
    content, _ = load_content(repo)
    page = editors_pages._changes_page(ComposeContext(content, Citations(content), repo, read_inputs(repo)))
    assert page.path == "over/wijzigingen.md" and page.section == "over"
    text = page.markdown
    assert "Er zijn 3 wijzigingen sinds 15 januari 2026." in text
    assert "## April 2026" in text and "## Maart 2026" in text
    assert "- **10 april 2026**: Uitleg JGZ verduidelijkt." in text
    assert "- **2 maart 2026**: Bijgewerkt: multidisciplinair overleg.<br>" in text
    assert "[multidisciplinair overleg](../begrippen/index.md)" in text
    assert "Schemaregel" not in text and "Merge" not in text
    assert text.index("**10 april 2026**") < text.index("**2 maart 2026**") < text.index("**15 januari 2026**")


def test_a_wijziging_line_in_the_message_wins_over_the_subject(repo):
    term = repo / "content" / "glossary" / "mdo.yaml"
    term.write_text(term.read_text(encoding="utf-8").replace("Een gesprek waarin", "Een overleg waarin"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "tweak", "-m", "Wijziging: Uitleg van het MDO teruggezet.", date="2026-06-01")
    content, _ = load_content(repo)
    page = editors_pages._changes_page(ComposeContext(content, Citations(content), repo, read_inputs(repo)))
    assert "- **1 juni 2026**: Uitleg van het MDO teruggezet.<br>" in page.markdown


def test_changes_page_without_history_says_so(small_project):
    content, _ = load_content(small_project)
    page = editors_pages._changes_page(ComposeContext(content, Citations(content), small_project, read_inputs(small_project)))
    assert "gebouwd zonder die geschiedenis" in page.markdown


def test_review_footer_shows_the_last_change_date_when_known():
    from kennisbank.models.common import Review

    review = Review.model_validate({"datum": "2026-11-25", "door": "IVH-coördinator"})
    assert review_footer(review).endswith("door: IVH-coördinator.</p>\n")
    assert "door: IVH-coördinator. Laatst gewijzigd op 2 maart 2026.</p>" in review_footer(review, date(2026, 3, 2))


def test_composed_pages_carry_the_date_of_their_own_file(repo):
    content, _ = load_content(repo)
    pages = {p.path: p for p in compose_site(content, read_inputs(content.root))}
    with_source = [p for p in pages.values() if p.source == "content/sources/002-handboek-2025.yaml"]
    for page in with_source:
        assert "Laatst gewijzigd op 15 januari 2026." in page.markdown

"""GitHub annotations: each problem becomes `::error file=…,line=…,col=…::<Dutch message>` on the right line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from kennisbank import cli
from kennisbank.errors import Location, Problem, Severity, format_github

ROOT = Path(__file__).resolve().parents[2]

GOOD_TERM = (ROOT / "content" / "glossary" / "mdo.yaml").read_text(encoding="utf-8")


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content" / "sources", tmp_path / "content" / "sources")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    return tmp_path


def test_error_has_file_line_column_and_dutch_message():
    problem = Problem(Location("content/glossary/mdo.yaml", 12, 5), "het veld 'uitleg' ontbreekt. Voeg toe: uitleg: …")
    assert format_github(problem) == (
        "::error file=content/glossary/mdo.yaml,line=12,col=5,title=Kennisbank%3A fout::het veld 'uitleg' ontbreekt. Voeg toe: uitleg: …"
    )


def test_warning_uses_the_warning_command():
    problem = Problem(Location("content/blocks/x.yaml", 3, 3), "deze inhoud is 14 maanden niet gecontroleerd.", Severity.WARNING)
    assert format_github(problem).startswith("::warning file=content/blocks/x.yaml,line=3,col=3,title=Kennisbank%3A waarschuwing::")


def test_whole_file_problem_has_no_line_and_column():
    assert format_github(Problem(Location("content/x.yaml"), "leeg")) == "::error file=content/x.yaml,title=Kennisbank%3A fout::leeg"


def test_percent_and_newlines_are_escaped_in_the_message():
    line = format_github(Problem(Location("content/a.yaml", 1, 1), "80% klaar\r\ntweede regel"))
    assert line.endswith("::80%25 klaar%0D%0Atweede regel")
    assert "\n" not in line and "\r" not in line


def test_colon_and_comma_are_escaped_in_the_file_name():
    line = format_github(Problem(Location("content/a,b:c.yaml", 2, 1), "x"))
    assert line.startswith("::error file=content/a%2Cb%3Ac.yaml,line=2,col=1,")


def test_check_github_prints_an_annotation_on_the_line_of_the_mistake(tmp_path, capsys):
    root = _project(tmp_path)
    folder = root / "content" / "glossary"
    folder.mkdir()
    broken = re.sub(r"^afkorting:", "afkortng:", GOOD_TERM, count=1, flags=re.MULTILINE)
    assert broken != GOOD_TERM
    (folder / "mdo.yaml").write_text(broken, encoding="utf-8")
    line = next(n for n, text in enumerate(broken.splitlines(), start=1) if text.startswith("afkortng:"))
    assert cli.main(["--root", str(root), "check", "--github"]) == 1
    out = capsys.readouterr().out
    annotations = [row for row in out.splitlines() if row.startswith("::error ")]
    assert annotations == [
        f"::error file=content/glossary/mdo.yaml,line={line},col=1,title=Kennisbank%3A fout::"
        "het veld 'afkortng' bestaat niet op deze plek. Bedoelde u 'afkorting'?"
    ]


def test_github_actions_environment_turns_annotations_on(tmp_path, capsys, monkeypatch):
    root = _project(tmp_path)
    folder = root / "content" / "glossary"
    folder.mkdir()
    (folder / "x.yaml").write_text("soort: begrip\nid: x\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert cli.main(["--root", str(root), "check"]) == 1
    assert "::error file=content/glossary/x.yaml,line=1,col=1," in capsys.readouterr().out


def test_without_flag_or_environment_no_annotations(tmp_path, capsys, monkeypatch):
    root = _project(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    folder = root / "content" / "glossary"
    folder.mkdir()
    (folder / "x.yaml").write_text("soort: begrip\nid: x\n", encoding="utf-8")
    assert cli.main(["--root", str(root), "check"]) == 1
    assert "::error" not in capsys.readouterr().out


def test_errors_come_before_warnings_so_warnings_never_crowd_them_out():
    from kennisbank.editors.annotations import annotation_lines

    problems = [
        Problem(Location("content/a.yaml", 1, 1), "oud", Severity.WARNING),
        Problem(Location("content/b.yaml", 2, 1), "kapot"),
        Problem(Location("content/a.yaml", 9, 1), "ook kapot"),
    ]
    assert [line.split("::")[1].split(" ")[0] for line in annotation_lines(problems)] == ["error", "error", "warning"]
    assert "file=content/a.yaml,line=9" in annotation_lines(problems)[0]


def test_step_summary_lists_every_problem_in_dutch(tmp_path, capsys, monkeypatch):
    root = _project(tmp_path)
    folder = root / "content" / "glossary"
    folder.mkdir()
    for n in range(12):
        (folder / f"x{n}.yaml").write_text(f"soort: begrip\nid: x{n}\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli.main(["--root", str(root), "check", "--github"]) == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## Controle van de inhoud\n")
    assert "GitHub zet er hoogstens 10 van elke soort bij de regels" in text
    assert "| `content/glossary/x11.yaml:1:1` | fout | het veld 'titel' ontbreekt. Voeg toe: titel: … |" in text
    assert text.count("| fout |") == len([line for line in capsys.readouterr().out.splitlines() if line.startswith("::error")])


def test_step_summary_when_all_is_well(tmp_path, monkeypatch):
    root = _project(tmp_path)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli.main(["--root", str(root), "check", "--github"]) == 0
    assert summary.read_text(encoding="utf-8") == "## Controle van de inhoud\n\nAlle inhoud is in orde.\n"

"""The command line: exit codes and what an editor sees."""

from __future__ import annotations

import shutil
from pathlib import Path

from kennisbank import cli

ROOT = Path(__file__).resolve().parents[2]


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content" / "sources", tmp_path / "content" / "sources")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    return tmp_path


def test_check_ok_exits_0(tmp_path, capsys):
    root = _project(tmp_path)
    assert cli.main(["--root", str(root), "check"]) == 0
    assert "Alle inhoud is in orde." in capsys.readouterr().out


def test_check_with_errors_exits_1_with_dutch_lines_and_no_traceback(tmp_path, capsys):
    root = _project(tmp_path)
    (root / "content" / "glossary").mkdir()
    (root / "content" / "glossary" / "x.yaml").write_text("soort: begrip\nid: x\n")
    assert cli.main(["--root", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert "content/glossary/x.yaml:1:1: fout: het veld 'titel' ontbreekt. Voeg toe: titel: …" in err
    assert "Traceback" not in err


def test_unexpected_crash_apologises_names_the_file_and_exits_2(tmp_path, capsys, monkeypatch):
    root = _project(tmp_path)
    import kennisbank.validate as validate

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(validate, "_validate_document", broken)
    monkeypatch.delenv("KENNISBANK_DEBUG", raising=False)
    assert cli.main(["--root", str(root), "check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Sorry, er ging iets mis in de kennisbank zelf tijdens het lezen van content/sources/000-onderzoek-2025.yaml.")
    assert "Traceback" not in err and "RuntimeError" not in err


def test_check_json_gives_every_problem_with_its_code_and_place(tmp_path):
    import json
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    shutil.copytree(root / "content" / "sources", tmp_path / "content" / "sources")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "content" / "glossary").mkdir()
    (tmp_path / "content" / "glossary" / "x.yaml").write_text("soort: begrip\ntitel: &a x\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kennisbank.cli", "--root", str(tmp_path), "check", "--json"], capture_output=True, text=True)
    assert result.returncode == 1
    problems = json.loads(result.stdout)
    assert problems == [
        {
            "bestand": "content/glossary/x.yaml",
            "regel": 2,
            "kolom": 8,
            "ernst": "fout",
            "code": "kb-yaml-alias",
            "melding": problems[0]["melding"],
        }
    ]

"""The pull-request workflow, run as GitHub runs it: every `run:` step of
`.github/workflows/pull-request.yml` is executed with bash, in order, in a git repository holding a small
copy of the project on a pull-request branch, with GitHub's expressions and variables filled in as for a
pull request, without the factsheet PDFs. Steps that install (the test run has installed everything) or start this test suite are
the only ones not run, and the test says which they are so a new step cannot slip by.

The pre-commit hooks are run as pre-commit runs them in `tests/test_pre_commit.py`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, git

WORKFLOW = ROOT / ".github" / "workflows" / "pull-request.yml"
NOT_RUN_HERE = {
    "Installeren": "installs the tools this test run already has",
    "Tests": "starts this test suite",
}
BASE_REF = "main"


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps() -> list[dict]:
    (job,) = _workflow()["jobs"].values()
    return job["steps"]


def _expression(match: re.Match, event: dict[str, str]) -> str:
    name = match.group(1).strip()
    if name not in event:
        raise AssertionError(f"the workflow uses ${{{{ {name} }}}}, which this test does not know yet")
    return event[name]


def _fill(text: str, event: dict[str, str]) -> str:
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: _expression(m, event), text)


def _condition_holds(condition: str | None, event: dict[str, str]) -> bool:
    """`if:` conditions of the form `a == 'b'` (GitHub allows them with or without `${{ }}`)."""
    if condition is None:
        return True
    bare = re.sub(r"^\$\{\{(.*)\}\}$", r"\1", condition.strip())
    sides = [side.strip() for side in bare.split("==")]
    assert len(sides) == 2, f"this test reads only conditions like a == 'b', not {condition!r}"
    values = [side[1:-1] if side[:1] == side[-1:] == "'" else event[side] for side in sides]
    return values[0] == values[1]


def _on_a_pull_request_branch(project: Path) -> Path:
    """The project on `main` (also as `origin/main`) and a branch that changes one term, as a pull request."""
    (project / ".venv").symlink_to(Path(sys.executable).parent.parent)
    shutil.copytree(ROOT / "schemas", project / "schemas")
    (project / ".gitignore").write_text(".venv\nsite/\nsite-voorbeeld/\n.cache/\n", encoding="utf-8")
    git(project, "init", "-q", "-b", BASE_REF)
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Basis", date="2026-11-01")
    git(project, "update-ref", f"refs/remotes/origin/{BASE_REF}", "HEAD")
    git(project, "checkout", "-q", "-b", "nieuwe-tekst")
    term = project / "content" / "glossary" / "mdo.yaml"
    term.write_text(term.read_text(encoding="utf-8").replace('\ntitel: "', '\ntitel: "Gewijzigd: ', 1), encoding="utf-8")
    git(project, "commit", "-qam", "Begrip aangepast", date="2026-11-02")
    return project


def test_workflow_runs_on_every_pull_request_with_full_history():
    workflow = _workflow()
    triggers = workflow.get("on", workflow.get(True))  # PyYAML reads the key `on` as true
    assert "pull_request" in triggers
    checkout = next(s for s in _steps() if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0, "change dates and the change log need the whole history"


@pytest.mark.full
def test_every_step_of_the_workflow_succeeds_on_a_pull_request(tmp_path_factory):
    from conftest import make_project

    project = _on_a_pull_request_branch(make_project(tmp_path_factory.mktemp("project")))
    home = tmp_path_factory.mktemp("runner")
    summary = home / "samenvatting.md"
    event = {"github.base_ref": BASE_REF, "github.event_name": "pull_request"}
    env = {
        **os.environ,
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_ACTIONS": "true",
        "HOME": str(home),
        # Without the 384 PDFs (the built site's fixture and the benchmark render them): the link
        # check then skips the PDF folder as made later (site_config/links-allowlist.yaml).
        "KENNISBANK_FACTSHEET_PDF": "0",
    }
    ran, skipped = [], []
    for step in _steps():
        if "run" not in step:
            continue
        if step["name"] in NOT_RUN_HERE or not _condition_holds(step.get("if"), event):
            skipped.append(step["name"])
            continue
        script = _fill(step["run"], event)
        result = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", script], cwd=project, env={**env, **step.get("env", {})}, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, f"stap {step['name']!r}:\n{result.stdout}\n{result.stderr}"
        ran.append(step["name"])

    assert sorted(skipped) == sorted(NOT_RUN_HERE), "only installing and the test suite itself are not run here"
    assert ran[0] == "Inhoud controleren" and len(ran) >= 5
    assert (project / "site" / "index.html").is_file()
    assert (project / "site-voorbeeld" / "index.html").is_file()
    changed = summary.read_text(encoding="utf-8")
    assert "Gewijzigd" in changed or "begrippen" in changed.lower(), changed


def test_check_step_puts_a_mistake_on_its_file_and_line_for_github(small_project):
    project = small_project
    (project / "content" / "glossary" / "fout.yaml").write_text("soort: begrip\nid: fout\ntitl: Fout\n", encoding="utf-8")
    (project / ".venv").symlink_to(Path(sys.executable).parent.parent)
    step = next(s for s in _steps() if s.get("name") == "Inhoud controleren")
    result = subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert re.search(r"^::error file=content/glossary/fout\.yaml,line=3,", result.stdout, re.M), result.stdout

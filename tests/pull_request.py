"""The pull-request workflow, run as GitHub runs it: every `run:` step of
`.github/workflows/pull-request.yml` is executed with bash, in order, in a git repository holding a copy of
the project on a pull-request branch (one term changed), with GitHub's expressions and variables filled in
as for a pull request, without the factsheet PDFs (the built site's fixture and the benchmark make
those). Steps that install (the test run has installed everything) or start this test suite are the
only ones not run.

`tests/conftest.py: pull_request_run` runs it once per test run; `tests/editors/test_workflow.py` checks
the outcome and the browser tests open the preview site it builds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pull-request.yml"
NOT_RUN_HERE = {
    "Installeren": "installs the tools this test run already has",
    "Tests": "starts this test suite",
}
BASE_REF = "main"
EVENT = {"github.base_ref": BASE_REF, "github.event_name": "pull_request"}
CHANGED_TERM = "content/glossary/mdo.yaml"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps() -> list[dict]:
    (job,) = workflow()["jobs"].values()
    return job["steps"]


def _expression(match: re.Match, event: dict[str, str]) -> str:
    name = match.group(1).strip()
    if name not in event:
        raise AssertionError(f"the workflow uses ${{{{ {name} }}}}, which this test does not know yet")
    return event[name]


def fill(text: str, event: dict[str, str]) -> str:
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: _expression(m, event), text)


def condition_holds(condition: str | None, event: dict[str, str]) -> bool:
    """`if:` conditions of the form `a == 'b'` (GitHub allows them with or without `${{ }}`)."""
    if condition is None:
        return True
    bare = re.sub(r"^\$\{\{(.*)\}\}$", r"\1", condition.strip())
    sides = [side.strip() for side in bare.split("==")]
    assert len(sides) == 2, f"this test reads only conditions like a == 'b', not {condition!r}"
    values = [side[1:-1] if side[:1] == side[-1:] == "'" else event[side] for side in sides]
    return values[0] == values[1]


def git(root: Path, *args: str, date: str | None = None) -> str:
    env = {
        "GIT_AUTHOR_NAME": "Redactie",
        "GIT_AUTHOR_EMAIL": "redactie@example.invalid",
        "GIT_COMMITTER_NAME": "Redactie",
        "GIT_COMMITTER_EMAIL": "redactie@example.invalid",
        "HOME": str(root),
        "PATH": "/usr/bin:/bin:/usr/local/bin",
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{date}T12:00:00+00:00"
    return subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True).stdout


def on_a_pull_request_branch(project: Path) -> Path:
    """The project on `main` (also as `origin/main`) and a branch that changes one term, as a pull request."""
    (project / ".venv").symlink_to(Path(sys.executable).parent.parent)
    shutil.copytree(ROOT / "schemas", project / "schemas")
    (project / ".gitignore").write_text(".venv\nsite/\nsite-voorbeeld/\n.cache/\n", encoding="utf-8")
    git(project, "init", "-q", "-b", BASE_REF)
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Basis", date="2026-11-01")
    git(project, "update-ref", f"refs/remotes/origin/{BASE_REF}", "HEAD")
    git(project, "checkout", "-q", "-b", "nieuwe-tekst")
    term = project / CHANGED_TERM
    term.write_text(term.read_text(encoding="utf-8").replace('\ntitel: "', '\ntitel: "Gewijzigd: ', 1), encoding="utf-8")
    git(project, "commit", "-qam", "Begrip aangepast", date="2026-11-02")
    return project


def run_workflow(project: Path, runner_home: Path) -> dict:
    """Every step in order; stops at the first that fails (AssertionError with its output). Returns what
    ran, what was left out and the job summary, also kept in `runner_home/run.json`."""
    summary = runner_home / "samenvatting.md"
    env = {
        **os.environ,
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_ACTIONS": "true",
        "HOME": str(runner_home),
        # Without the 384 PDFs: the link check then skips the PDF folder as made later
        # (site_config/links-allowlist.yaml).
        "KENNISBANK_FACTSHEET_PDF": "0",
    }
    ran, skipped = [], []
    for step in steps():
        if "run" not in step:
            continue
        if step["name"] in NOT_RUN_HERE or not condition_holds(step.get("if"), EVENT):
            skipped.append(step["name"])
            continue
        result = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", fill(step["run"], EVENT)],
            cwd=project,
            env={**env, **step.get("env", {})},
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, f"stap {step['name']!r}:\n{result.stdout}\n{result.stderr}"
        ran.append(step["name"])
    outcome = {"ran": ran, "skipped": skipped, "summary": summary.read_text(encoding="utf-8") if summary.exists() else ""}
    (runner_home / "run.json").write_text(json.dumps(outcome, ensure_ascii=False), encoding="utf-8")
    return outcome

"""The pull-request workflow, run as GitHub runs it (tests/pull_request.py, once per test run through
the `pull_request_run` fixture): every step succeeds on a pull request, and the check step puts a
mistake on its file and line for GitHub.

The pre-commit hooks are run as pre-commit runs them in `tests/test_pre_commit.py`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from pull_request import NOT_RUN_HERE, steps, workflow


def test_workflow_runs_on_every_pull_request_with_full_history():
    found = workflow()
    triggers = found.get("on", found.get(True))  # PyYAML reads the key `on` as true
    assert "pull_request" in triggers
    checkout = next(s for s in steps() if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0, "change dates and the change log need the whole history"


def test_every_step_of_the_workflow_succeeds_on_a_pull_request(pull_request_run):
    outcome = json.loads((pull_request_run / "run.json").read_text(encoding="utf-8"))
    assert sorted(outcome["skipped"]) == sorted(NOT_RUN_HERE), "only installing and the test suite itself are not run here"
    assert outcome["ran"][0] == "Inhoud controleren" and len(outcome["ran"]) >= 5
    project = pull_request_run / "project"
    assert (project / "site" / "index.html").is_file()
    assert (project / "site-voorbeeld" / "index.html").is_file()
    assert "Gewijzigd" in outcome["summary"] or "begrippen" in outcome["summary"].lower(), outcome["summary"]


def test_check_step_puts_a_mistake_on_its_file_and_line_for_github(small_project):
    project = small_project
    (project / "content" / "glossary" / "fout.yaml").write_text("soort: begrip\nid: fout\ntitl: Fout\n", encoding="utf-8")
    (project / ".venv").symlink_to(Path(sys.executable).parent.parent)
    step = next(s for s in steps() if s.get("name") == "Inhoud controleren")
    result = subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert re.search(r"^::error file=content/glossary/fout\.yaml,line=3,", result.stdout, re.M), result.stdout

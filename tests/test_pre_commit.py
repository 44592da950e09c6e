"""The pre-commit hooks, run as pre-commit runs them: each hook's entry, from the repository root, must
pass on the code and content as they are. These are the checks an editor or developer gets before each
commit (`.pre-commit-config.yaml`): content, schemas, lint, format, types and import layers."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS = [hook for repo in yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"] for hook in repo["hooks"]]


def test_every_hook_runs_on_the_whole_project_with_our_own_tools():
    assert {hook["id"] for hook in HOOKS} >= {"kennisbank-check", "kennisbank-schemas", "ruff", "ruff-format", "mypy", "import-layers"}
    for hook in HOOKS:
        assert hook["language"] == "system" and hook["entry"].startswith(".venv/bin/"), hook["id"]
        assert hook["pass_filenames"] is False, f"{hook['id']} checks the whole project, not only the changed files"


@pytest.mark.parametrize("hook", HOOKS, ids=[hook["id"] for hook in HOOKS])
def test_hook_passes(hook):
    result = subprocess.run(["bash", "-c", hook["entry"]], cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 0, f"{hook['name']}:\n{result.stdout}\n{result.stderr}"

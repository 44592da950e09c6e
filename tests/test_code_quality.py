"""Lint (ruff) and types (mypy, strict on the lowest layers): the same checks as pre-commit, run by CI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = run("ruff", "check", "kennisbank", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_layers_type_check():
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr

"""JavaScript unit tests: every `tests/js/**/*.test.mjs`, run by Node's built-in test runner.

One pytest test runs them all in one `node --test` process, so the project's single test command
covers the browser code's pure logic too. Node (20 or later) must be installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def test_node_unit_tests_pass():
    node = shutil.which("node")
    assert node, "node is missing: install Node.js 20 or later to run the JavaScript unit tests"
    files = sorted(p.relative_to(ROOT).as_posix() for p in HERE.rglob("*.test.mjs"))
    assert files, "no JavaScript unit tests found under tests/js/"
    result = subprocess.run([node, "--test", *files], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"node --test failed:\n{result.stdout[-12000:]}\n{result.stderr[-4000:]}"

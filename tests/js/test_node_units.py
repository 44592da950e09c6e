"""JavaScript unit tests: every `tests/js/**/*.test.mjs`, run with Node's built-in test runner.

Other tools can drop their own `*.test.mjs` files under tests/js/; this one pytest test runs them all
(`node --test`, no npm packages, no network). The site's scripts are plain ES modules in `.js` files
without a package.json, so Node needs module syntax detection: on by default from Node 20.19 and
22.7, behind `--experimental-detect-module` from 20.10; the flag is passed when Node knows it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


def node_command() -> list[str]:
    node = shutil.which("node")
    assert node, "Node.js (20.10 or newer) is needed for the JavaScript unit tests: apt-get install nodejs"
    probe = subprocess.run([node, "--experimental-detect-module", "-e", "0"], capture_output=True)
    return [node, "--experimental-detect-module"] if probe.returncode == 0 else [node]


def test_node_unit_tests_pass():
    files = sorted(str(p.relative_to(HERE)) for p in HERE.rglob("*.test.mjs"))
    assert files, "no *.test.mjs files under tests/js"
    result = subprocess.run(
        [*node_command(), "--test", "--test-reporter=spec", *files],
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"node --test failed:\n{result.stdout[-12000:]}\n{result.stderr[-4000:]}"
    assert "# fail 0" in result.stdout or "ℹ fail 0" in result.stdout, result.stdout[-4000:]

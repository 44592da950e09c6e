"""Validation is unbreakable: mutated real content files give Dutch problems, never a crash or a hang.

For each mutation of a real content file, `kennisbank check` must end with exit code 0 or 1, print no
traceback, give every problem a file and a line inside that file, and finish within a time bound.
The suite runs a small number of examples; `bench/fuzz.py` runs a longer campaign (BENCHMARKS.md).
"""

from __future__ import annotations

import pytest

import contextlib
import io
import shutil
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kennisbank import cli
from kennisbank.validate import load_content

from .mutations import mutated

pytestmark = pytest.mark.full  # builds sites, renders PDFs or runs long: the full suite

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [
    "content/blocks/vroegsignalering.yaml",
    "content/glossary/mdo.yaml",
    "content/framework/toegang.yaml",
    "content/trajectory/05-mdo.yaml",
    "content/audiences/ouders.yaml",
    "content/guidelines/kwaliteit.yaml",
]
TIME_BOUND_SECONDS = 5.0


def check_invariants(project: Path, relative: str, data: bytes) -> None:
    """Write `data` as `relative` in `project`, run check, assert the invariants; restore nothing."""
    (project / relative).write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    started = time.process_time()  # CPU time: other processes on the machine cannot make it flaky
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--root", str(project), "check"])
    elapsed = time.process_time() - started
    printed = out.getvalue() + err.getvalue()
    assert code in (0, 1), printed
    assert "Traceback" not in printed and "Sorry, er ging iets mis" not in printed, printed
    assert elapsed < TIME_BOUND_SECONDS, f"check took {elapsed:.1f} s"
    _content, problems = load_content(project)
    for problem in problems:
        file = project / problem.location.file
        assert file.is_file(), problem
        line_count = file.read_bytes().count(b"\n") + 1
        assert 1 <= problem.location.line <= line_count, problem


def small_project(base: Path) -> Path:
    """The sources and the sampled files' folders: enough for every check, fast to validate."""
    for folder in {"sources", *(Path(s).parts[1] for s in SAMPLES)}:
        shutil.copytree(ROOT / "content" / folder, base / "content" / folder)
    return base


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], derandomize=True)
@given(data=st.data())
def test_mutated_content_never_crashes_or_hangs(tmp_path_factory, data):
    project = small_project(tmp_path_factory.mktemp("fuzz"))
    relative = data.draw(st.sampled_from(SAMPLES))
    original = (ROOT / relative).read_bytes()
    check_invariants(project, relative, data.draw(mutated(original)))


def test_hostile_one_mebibyte_file_beside_todays_content_is_quick(tmp_path):
    project = tmp_path
    shutil.copytree(ROOT / "content", project / "content")
    laughs = "a0: &a0 [" + ", ".join(["lol"] * 9) + "]\n" + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))
    (project / "content" / "glossary" / "lachen.yaml").write_text(laughs, encoding="utf-8")
    (project / "content" / "glossary" / "groot.yaml").write_text("soort: begrip\n" + "# " + "x" * (1024 * 1024) + "\n", encoding="utf-8")
    started = time.perf_counter()
    _content, problems = load_content(project)
    assert time.perf_counter() - started < 5
    codes = {(p.location.file, p.code) for p in problems if p.is_error}
    assert ("content/glossary/lachen.yaml", "kb-yaml-alias") in codes
    assert ("content/glossary/groot.yaml", "kb-yaml-te-groot") in codes

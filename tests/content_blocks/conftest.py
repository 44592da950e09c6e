"""Fixtures for the building blocks, the trajectory and the target group: the composed pages of the
real content, and a small strict site built from only the content these pages need (no PDFs)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, make_project

SEEDS = ROOT.parent / "shared" / "seeds"
# The pages need their own content, the sources (for source lines) and the profiles they link to.
NEEDED_CONTENT = ("sources", "glossary", "blocks", "trajectory", "target-group", "profiles", "guidelines")


@pytest.fixture(scope="session")
def composed(content):
    """Composed pages of the whole real content, by path."""
    from kennisbank.compose import compose_site

    return {page.path: page for page in compose_site(content)}


@pytest.fixture(scope="session")
def seed_lines() -> dict[str, list[str]]:
    found = {p.name[:3]: p.read_text(encoding="utf-8").splitlines() for p in sorted(SEEDS.glob("*.txt"))}
    if not found:
        pytest.fail(f"geen brondocumenten gevonden in {SEEDS}: ../shared/seeds hoort naast de checkout te staan")
    return found


@pytest.fixture(scope="session")
def blocks_site(tmp_path_factory) -> Path:
    """Block, trajectory and target-group pages built by MkDocs in strict mode from a small copy."""
    base = tmp_path_factory.mktemp("bouwstenen")
    (base / "project").mkdir()
    project = make_project(base / "project", with_content=False)
    for folder in NEEDED_CONTENT:
        if (ROOT / "content" / folder).is_dir():
            shutil.copytree(ROOT / "content" / folder, project / "content" / folder)
    site = base / "site"
    env = dict(os.environ, KENNISBANK_FACTSHEET_PDF="0")
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "--root", str(project), "build", "--site-dir", str(site)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site

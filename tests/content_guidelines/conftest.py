"""Fixtures for the guidelines and competency profiles: the real content, its composed pages, and a
small site built from only the content these pages need (about 10 s, no factsheet PDFs)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, make_project

OWN_CONTENT = ("sources", "guidelines", "profiles")


@pytest.fixture(scope="session")
def composed(content):
    """The guideline and profile pages composed from the real content, by path (only our composers,
    so a colleague's half-done page elsewhere cannot fail these tests)."""
    from kennisbank.compose import ComposeContext, guidelines, profiles
    from kennisbank.compose.citations import Citations

    context = ComposeContext(content, Citations(content), content.root)
    return {page.path: page for module in (guidelines, profiles) for page in module.compose(context)}


@pytest.fixture(scope="session")
def quality(content):
    return content.get("kwaliteitsrichtlijn", "kwaliteit")


@pytest.fixture(scope="session")
def implementation(content):
    return content.get("implementatierichtlijn", "implementatie")


@pytest.fixture(scope="session")
def small_site(tmp_path_factory) -> Path:
    """The guideline and profile pages built by MkDocs (strict) from a copy with only their content."""
    base = tmp_path_factory.mktemp("richtlijnen")
    (base / "project").mkdir()
    project = make_project(base / "project", with_content=False)
    for folder in OWN_CONTENT:
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

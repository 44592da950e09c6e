"""Fixtures for the guidelines and competency profiles: the real content, its composed pages, and a
small site built from only the content these pages need (about 10 s, no factsheet PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_small_site

OWN_CONTENT = ("sources", "guidelines", "profiles")


@pytest.fixture(scope="session")
def composed(content):
    """The guideline and profile pages composed from the real content, by path (only our composers,
    so a colleague's half-done page elsewhere cannot fail these tests)."""
    from kennisbank.compose import ComposeContext, guidelines, profiles
    from kennisbank.site import read_inputs
    from kennisbank.compose.citations import Citations

    context = ComposeContext(content, Citations(content), content.root, read_inputs(content.root))
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
    return build_small_site(tmp_path_factory.mktemp("richtlijnen"), tuple(OWN_CONTENT))

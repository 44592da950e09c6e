"""Fixtures for the building blocks, the trajectory and the target group: the composed pages of the
real content, and a small strict site built from only the content these pages need (no PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, build_small_site

SEEDS = ROOT.parent / "shared" / "seeds"
# The pages need their own content, the sources (for source lines) and the profiles they link to.
NEEDED_CONTENT = ("sources", "glossary", "blocks", "trajectory", "target-group", "profiles", "guidelines")


@pytest.fixture(scope="session")
def composed(content):
    """Composed pages of the real content these tests read (blocks, trajectory, target group), by path."""
    from kennisbank.site import PAGE_FAMILIES, compose_site, read_inputs

    families = tuple(f for f in PAGE_FAMILIES if {"bouwsteen", "trajectstap", "doelgroep"} & set(f.kinds))
    return {page.path: page for page in compose_site(content, read_inputs(content.root), families)}


@pytest.fixture(scope="session")
def seed_lines() -> dict[str, list[str]]:
    found = {p.name[:3]: p.read_text(encoding="utf-8").splitlines() for p in sorted(SEEDS.glob("*.txt"))}
    if not found:
        pytest.fail(f"geen brondocumenten gevonden in {SEEDS}: ../shared/seeds hoort naast de checkout te staan")
    return found


@pytest.fixture(scope="session")
def blocks_site(tmp_path_factory) -> Path:
    """Block, trajectory and target-group pages built by MkDocs in strict mode from a small copy."""
    return build_small_site(tmp_path_factory.mktemp("bouwstenen"), tuple(NEEDED_CONTENT))

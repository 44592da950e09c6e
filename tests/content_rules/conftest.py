"""Fixtures for the issue-4 content rules: the seeds, and every built page's article text."""

from __future__ import annotations

from pathlib import Path

import pytest

from .pagetext import page_blocks as blocks_of, page_url, site_pages

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    found = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    if not found:
        pytest.fail(f"geen brondocumenten gevonden in {SEEDS}: ../shared/seeds hoort naast de checkout te staan")
    return found


@pytest.fixture(scope="session")
def page_blocks(built_site) -> dict[str, list[str]]:
    """URL -> text blocks of the page's main article, with marked quotations of parents left out."""
    return {page_url(built_site, f): blocks_of(f) for f in site_pages(built_site)}

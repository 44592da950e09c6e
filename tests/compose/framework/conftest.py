"""Fixtures for the quality framework, key figures, about and sources pages: the seeds as lines,
and the composed pages of this area (composed directly, without a full MkDocs build)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seed_lines() -> dict[str, list[str]]:
    """Seed id ('002') -> its lines; line n is seed_lines[id][n - 1], as in `sed -n`."""
    found = {p.name[:3]: p.read_text(encoding="utf-8").split("\n") for p in sorted(SEEDS.glob("*.txt"))}
    if not found:
        pytest.fail(f"geen brondocumenten gevonden in {SEEDS}: ../shared/seeds hoort naast de checkout te staan")
    return found


@pytest.fixture(scope="session")
def area_pages(content) -> dict[str, str]:
    """Path -> Markdown of every page the composers of this area make."""
    from kennisbank.compose import ComposeContext
    from kennisbank.site import read_inputs
    from kennisbank.compose import about, framework, key_figures, sources
    from kennisbank.compose.citations import Citations

    context = ComposeContext(content, Citations(content), content.root, read_inputs(content.root))
    pages = {}
    for module in (about, framework, key_figures, sources):
        for page in module.compose(context):
            pages[page.path] = page.markdown
    return pages


def cited_text(seed_lines, ref) -> str:
    """The text of the seed lines a SeedRef points at, joined into one line."""
    return " ".join(seed_lines[ref.seed][ref.start - 1 : ref.end])

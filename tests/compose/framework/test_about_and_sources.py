"""'Over deze beschrijving' (version, date, reasons, changes since 2014) and the sources page."""

from __future__ import annotations

from kennisbank.compose import about, sources
from kennisbank.models.common import SeedRef


def test_version_and_date_come_from_content(content, area_pages):
    item = about.current(content)
    assert item.version == "1.0"
    assert item.version_date.isoformat() == "2026-11-25"
    page = area_pages[about.PATH]
    assert "<dd>1.0</dd>" in page and "<dd>25 november 2026</dd>" in page


def test_reasons_cite_the_2025_study_findings(content):
    labels = [s.label() for p in about.current(content).reason for s in p.sources]
    assert "000:1865-1868" in labels  # description from 2014, never renewed
    assert any(label.startswith("000:633") for label in labels)  # dead links, hard to find
    assert "000:2062-2066" in labels  # recommendation 1


def test_the_page_lists_the_changes_since_2014_with_sources(content, area_pages):
    item = about.current(content)
    page = area_pages[about.PATH]
    assert "## Wat is er veranderd sinds 2014?" in page
    assert len(item.changes) >= 8
    assert {c.change_kind for c in item.changes} == {"nieuw", "aangepast", "geactualiseerd"}
    for change in item.changes:
        assert change.topic in page
        assert all(isinstance(s, SeedRef) for s in change.now.sources)
    assert page.count('class="kb-wijziging ') == len(item.changes)
    assert "[Kwaliteitskader jonge kind](../kwaliteitskader/index.md)" in page


def test_sources_page_describes_every_document(content, area_pages):
    page = area_pages[sources.PATH]
    uses = {u.document for u in about.current(content).sources}
    for document in content.of("brondocument"):
        assert "{ #bron-" + document.id + " }" in page
        assert document.id in uses, document.id
        assert document.publication.publisher in page
    assert page.count("Gebruikt voor") == len(uses)


def test_sources_page_states_the_limits_of_the_parents_study(content, area_pages):
    use = next(u for u in about.current(content).sources if u.document == "004")
    labels = [s.label() for p in use.caveats for s in p.sources]
    assert any(label.startswith("004:11") for label in labels)  # limitations, 004:1125-1157
    page = area_pages[sources.PATH]
    for point in ("elf ouders", "telefonisch", "positieve ervaringen", "voortijdig stopten"):
        assert point in page

"""The young-child quality framework: themes -> criteria -> indicators, each criterion sourced and
tied to building blocks, every criterion reachable by its id."""

from __future__ import annotations

import csv
import io
import re

import pytest
from pydantic import ValidationError

from kennisbank.compose import framework, urls
from kennisbank.models.common import SeedRef
from kennisbank.models.framework import Theme

from .conftest import cited_text

# The six candidate domains of the content inventory (§5.1–5.6), as theme ids.
THEMES = ["toegang", "advies", "continuiteit", "samenwerking", "deskundigheid", "leren"]


def themes(content):
    return sorted(content.of("kwaliteitsthema"), key=lambda t: t.order)


def all_criteria(content):
    return [c for t in themes(content) for c in t.criteria]


def test_the_six_domains_are_themes_in_order(content):
    assert [t.id for t in themes(content)] == THEMES


def test_every_theme_has_criteria_with_indicators(content):
    for theme in themes(content):
        assert len(theme.criteria) >= 3, theme.id
        for criterion in theme.criteria:
            assert criterion.indicators, criterion.id
            for indicator in criterion.indicators:
                assert indicator.what.strip() and indicator.how.strip(), indicator.id


def test_every_criterion_has_seed_sources_and_at_least_one_block(content):
    block_ids = {b.id for b in content.of("bouwsteen")}
    for criterion in all_criteria(content):
        refs = [s for p in criterion.grounds for s in p.sources]
        assert refs and all(isinstance(s, SeedRef) for s in refs), criterion.id
        assert criterion.blocks, criterion.id
        assert set(criterion.blocks) <= block_ids, criterion.id


def test_criterion_ids_are_unique_and_start_with_their_theme(content):
    ids = [c.id for c in all_criteria(content)]
    assert len(ids) == len(set(ids))
    for theme in themes(content):
        for criterion in theme.criteria:
            assert criterion.id.startswith(theme.id + "-")


def test_each_of_the_eight_step_plan_criteria_is_covered(content):
    guide = content.get("kwaliteitskader", "kwaliteitskader")
    assert [c.number for c in guide.step_plan] == list(range(1, 9))
    for item in guide.step_plan:
        assert [s.label() for s in item.sources] == [f"003:{64 + item.number}"]
    covered = {n for c in all_criteria(content) for n in c.step_plan_criteria}
    assert covered == set(range(1, 9))


def test_every_block_is_concerned_by_some_criterion(content):
    used = {b for c in all_criteria(content) for b in c.blocks}
    assert used == {b.id for b in content.of("bouwsteen")}


def test_targets_quote_the_numbers_of_their_source(content, seed_lines):
    """A streefwaarde's percentages and amounts appear in the seed lines it cites (e.g. 80% at 002:154)."""
    targets = [i.target for c in all_criteria(content) for i in c.indicators if i.target]
    assert len(targets) >= 8
    for target in targets:
        source = " ".join(cited_text(seed_lines, s) for s in target.sources)
        for number in re.findall(r"\d+%?", target.text):
            assert number in source, (number, target.text)


def test_criterion_links_resolve_to_an_anchor_on_the_theme_page(content, area_pages):
    for criterion in all_criteria(content):
        target = urls.target("criterium", criterion.id)
        path, _, anchor = target.partition("#")
        assert anchor == criterion.id
        assert "{ #" + criterion.id + " }" in area_pages[path], criterion.id


def test_overview_links_every_theme_and_explains_the_scale(content, area_pages):
    page = area_pages[framework.OVERVIEW]
    for theme in themes(content):
        assert f"]({theme.id}.md)" in page
    for name in ("Niet", "Deels", "Volledig"):
        assert f"**{name}**" in page
    assert "met of zonder IVH" in page


def test_theme_page_has_a_self_assessment_row_per_criterion(content, area_pages):
    theme = content.get("kwaliteitsthema", "toegang")
    page = area_pages["kwaliteitskader/toegang.md"]
    rows = [line for line in page.splitlines() if line.startswith("| [")]
    assert len(rows) == len(theme.criteria)
    assert all(row.count("☐") == 3 for row in rows)


def test_csv_export_has_one_row_per_indicator(content, area_pages):
    text = area_pages[framework.EXPORT].lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    indicators = [i for c in all_criteria(content) for i in c.indicators]
    assert len(rows) == len(indicators)
    assert rows[0]["criterium_id"] == "toegang-een-loket"
    assert {"thema", "norm", "indicator", "hoe_meten", "score"} <= set(rows[0])


def _theme_data(**changes) -> dict:
    data = {
        "soort": "kwaliteitsthema",
        "id": "toegang",
        "titel": "Toegang",
        "samenvatting": "Kort.",
        "volgorde": "1",
        "inleiding": [{"tekst": "Tekst.", "bron": "003:66"}],
        "criteria": [
            {
                "id": "toegang-een-loket",
                "titel": "Eén loket",
                "norm": "Er is één loket.",
                "onderbouwing": [{"tekst": "Tekst.", "bron": "003:66"}],
                "bouwstenen": ["vroegsignalering"],
                "indicatoren": [{"id": "loket", "meet": "Loket", "hoe": "Kijken", "vorm": "ja-nee"}],
            }
        ],
        "beoordeeld": {"datum": "2026-11-25", "door": "redactie"},
    }
    data.update(changes)
    return data


def test_a_criterion_outside_its_theme_prefix_is_a_dutch_error():
    data = _theme_data()
    data["criteria"][0]["id"] = "een-loket"
    with pytest.raises(ValidationError) as caught:
        Theme.model_validate(data)
    error = caught.value.errors()[0]
    assert error["type"] == "kb_criterion_prefix"
    assert "moet beginnen met de id van het thema: 'toegang-'" in error["msg"]


def test_a_theme_id_with_a_hyphen_is_a_dutch_error():
    with pytest.raises(ValidationError) as caught:
        Theme.model_validate(_theme_data(id="toegang-en-signalering"))
    assert caught.value.errors()[0]["type"] == "kb_theme_id"


def test_a_criterion_without_blocks_or_indicators_is_refused():
    data = _theme_data()
    data["criteria"][0]["bouwstenen"] = []
    data["criteria"][0]["indicatoren"] = []
    with pytest.raises(ValidationError) as caught:
        Theme.model_validate(data)
    assert {e["loc"][-1] for e in caught.value.errors()} == {"bouwstenen", "indicatoren"}

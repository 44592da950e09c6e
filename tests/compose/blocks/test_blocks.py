"""The seven building blocks and their overview: complete, numbered, firm and least used as the
sources say, usage figures matching the 2025 study, and every cross reference resolving."""

from __future__ import annotations

import re

CANONICAL = {
    1: ("vroegsignalering", "Vroegsignalering"),
    2: ("multidisciplinaire-diagnostiek", "Multidisciplinaire diagnostiek"),
    3: ("multidisciplinair-adviesplan", "Multidisciplinair adviesplan"),
    4: ("informatie-advies-trajectbegeleiding", "Informatie, advies en trajectbegeleiding"),
    5: ("gezinsondersteuning", "(Preventieve) gezinsondersteuning"),
    6: ("zorg-en-onderwijs", "Zorg en onderwijs"),
    7: ("ketennetwerk", "Ketennetwerk"),
}


def _blocks(content):
    return sorted(content.of("bouwsteen"), key=lambda b: b.number)


def test_all_seven_blocks_present_with_numbers_one_to_seven(content):
    blocks = _blocks(content)
    assert [b.number for b in blocks] == [1, 2, 3, 4, 5, 6, 7]
    assert {b.number: (b.id, b.title) for b in blocks} == CANONICAL


def test_exactly_three_firm_positions_as_in_the_step_plan(content):
    """Seed 003 names three: coordination of the network, MDO and advice (blocks 2 and 3 as one), trajectory support."""
    from kennisbank.compose.blocks import groups_of

    blocks = _blocks(content)
    groups = groups_of(blocks, {b.id: b for b in blocks})
    firm_groups = [[b.number for b in g] for g in groups if any(b.firm_position.firm for b in g)]
    assert firm_groups == [[2, 3], [4], [7]]
    for group in groups:  # a pair is firm as a whole or not at all
        assert len({b.firm_position.firm for b in group}) == 1
    for block in blocks:
        assert any(s.seed == "003" for s in block.firm_position.explanation.sources), block.id


def test_blocks_two_and_three_belong_together(content):
    two = content.get("bouwsteen", "multidisciplinaire-diagnostiek")
    three = content.get("bouwsteen", "multidisciplinair-adviesplan")
    assert two.pairing.block == three.id and three.pairing.block == two.id
    assert [b.pairing for b in _blocks(content) if b.number not in (2, 3)] == [None] * 5


def test_family_support_is_the_least_used_block(content):
    least = [b.id for b in _blocks(content) if b.usage.least_used]
    assert least == ["gezinsondersteuning"]
    block = content.get("bouwsteen", "gezinsondersteuning")
    assert any(s.seed == "000" and s.start <= 2076 <= s.end for p in block.usage.findings for s in p.sources)


def test_usage_figures_match_the_2025_study(content, seed_lines):
    overview = content.get("bouwstenenoverzicht", "overzicht")
    counts = [band.municipalities for band in overview.usage.bands]
    assert counts == [28, 5, 2, 7] and overview.usage.total == 42 == sum(counts)
    lines = []
    for source in overview.usage.sources:
        lines.extend(seed_lines[source.seed][source.start - 1 : source.end])
    text = " ".join(lines)
    assert "42 gemeenten" in text and "28 gemeenten" in text
    for word in ("vijf gemeenten", "twee gemeenten", "Zeven gemeenten"):
        assert word in text


def test_financing_presents_current_practice_for_the_mdo(content):
    """Conflict C9: the 2025 study (000) is the current situation, the factsheet (001) the intended route."""
    block = content.get("bouwsteen", "multidisciplinaire-diagnostiek")
    assert block.financing.practice and all(s.seed == "000" for p in block.financing.practice for s in p.sources)
    assert {s.seed for p in block.financing.intended for s in p.sources} <= {"001", "002"}


def test_quotes_are_few_and_short(content):
    for block in _blocks(content):
        assert len(block.parents.quotes) <= 3
        for quote in block.parents.quotes:
            assert len(quote.text.split()) < 20, (block.id, quote.text)
            assert all(s.seed == "004" for s in quote.sources)


def test_overview_page_shows_all_seven_side_by_side_with_usage(composed):
    page = composed["bouwstenen/index.md"].markdown
    for number, (block_id, title) in CANONICAL.items():
        assert f"]({block_id}.md)" in page
        assert f"| [{number}. {title}]({block_id}.md) |" in page  # one row per block in the comparison table
    assert "kb-blok-paar" in page and "Bouwsteen 2 en 3 horen bij elkaar" in page
    bars = re.findall(r'kb-gebruik__getal">(\d+)<', page)
    assert bars == ["28", "5", "2", "7"]


def test_block_pages_link_to_their_steps_and_profiles(composed):
    page = composed["bouwstenen/multidisciplinaire-diagnostiek.md"].markdown
    assert "../ivh/traject.md#mdo" in page
    assert "Hoort samen met bouwsteen 3: Multidisciplinair adviesplan" in page
    for profile in ("ivh-coordinator", "trajectbegeleider", "mdo-lid"):
        assert f"{profile}.md" in page

"""What goes on a factsheet: the estimate, facts from own and regional files, and nothing invented."""

from __future__ import annotations

from kennisbank.factsheets.data import build_all, estimate


def _by_id(sheets):
    return {s.id: s for s in sheets}


def test_one_factsheet_per_municipality(real_sheets):
    assert len(real_sheets) == 342
    assert len({s.id for s in real_sheets}) == 342


def test_real_site_estimates_from_cbs_figures_and_invents_nothing_else(real_sheets):
    """Without coordinators' files every factsheet estimates from the CBS inhabitants, and asks for the rest."""
    for sheet in real_sheets:
        assert sheet.estimate.method == "inwoners" and sheet.estimate.from_cbs
        assert sheet.estimate.base.number == sheet.population.inhabitants
        assert sheet.network is None and sheet.coordination is None and sheet.contact is None
        assert not sheet.has_example_data
        assert all(row.status is None for row in sheet.blocks)


def test_estimate_from_children_uses_the_key_figure(example_content):
    sheet = _by_id(build_all(example_content))["gm0363"]
    share = example_content.get("kerncijfer", "aandeel-doelgroep")
    assert sheet.estimate.method == "kinderen"
    assert sheet.estimate.base.number == 5432
    assert sheet.estimate.result == round(5432 * share.value / 100)  # 54
    assert sheet.estimate.result == 54
    assert sheet.has_example_data


def test_estimate_from_inhabitants_when_no_children_are_recorded(example_content):
    sheet = _by_id(build_all(example_content))["gm0096"]
    rule = example_content.get("kerncijfer", "kinderen-per-100000-inwoners")
    assert sheet.estimate.method == "inwoners"
    assert sheet.estimate.result == int(50000 * rule.value / 100000 + 0.5)  # 36,5 rounds up to 37
    assert sheet.estimate.ratio.note  # the caveat about 'per 100.000 inwoners' travels with it


def test_own_facts_win_over_regional_ones_field_by_field(example_content):
    sheets = _by_id(build_all(example_content))
    amsterdam, amstelveen = sheets["gm0363"], sheets["gm0362"]
    assert amsterdam.coordination.value.name == "Testorganisatie Coördinatie"  # own file
    assert amsterdam.network.value.name == "Testnetwerk Amstelland"  # from the region
    assert amstelveen.coordination.value.name == "Regionale testorganisatie"
    rows = {r.id: r for r in amsterdam.blocks}
    assert rows["vroegsignalering"].status == "aanwezig" and rows["vroegsignalering"].by == "Testorganisatie JGZ"
    assert rows["ketennetwerk"].status == "deels" and rows["ketennetwerk"].status_regional
    assert rows["gezinsondersteuning"].status is None  # nobody said: a checklist on the page
    assert amstelveen.estimate.method == "inwoners" and amstelveen.estimate.from_cbs  # the region has no numbers: CBS
    assert amsterdam.estimate.method == "kinderen" and not amsterdam.estimate.from_cbs  # the coordinators' figure wins
    assert amsterdam.age_estimate is None and "eigen" in amsterdam.notes and "bevolking" in amsterdam.notes
    assert amsterdam.network_members and {m.id for m in amsterdam.network_members} == {"gm0363", "gm0362"}


def test_blocks_to_position_firmly_are_marked_as_the_content_says(real_sheets, real_content):
    firm = {r.id for r in real_sheets[0].blocks if r.firm}
    assert len(real_sheets[0].blocks) == 7
    assert firm == {b.id for b in real_content.of("bouwsteen") if b.firm_position.firm}
    assert {"ketennetwerk", "informatie-advies-trajectbegeleiding"} <= firm


def test_estimate_without_any_figure_gives_no_number():
    result = estimate(None, None, None, None)
    assert result.method == "invullen" and result.result is None


def test_version_changes_with_the_municipalitys_facts(real_sheets, example_content):
    real = _by_id(real_sheets)
    example = _by_id(build_all(example_content))
    assert real["gm0363"].version != example["gm0363"].version
    assert real["gm0014"].version == example["gm0014"].version  # untouched municipality, same content

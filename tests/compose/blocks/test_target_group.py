"""The target group: age, indications, and size figures that match their seeds, with the newer figure
on the page and the replaced ones kept in the YAML with a note (inventory §13, C1-C4)."""

from __future__ import annotations

import re

from kennisbank import dutch


def _group(content):
    return content.get("doelgroep", "doelgroep")


def _seed_forms(value: float, unit: str) -> set[str]:
    """How a value may be written in a Dutch seed: 1,4 miljoen / 14.000 / 73 / 1%."""
    forms = {dutch.number(int(value)) if float(value).is_integer() else dutch.number(value)}
    if value >= 1_000_000:
        forms.add(f"{dutch.number(value / 1_000_000)} miljoen")
    if unit == "%":
        forms = {f + "%" for f in forms}
    return forms


def test_every_size_figure_matches_its_seed(content, seed_lines):
    for figure in _group(content).size:
        for source in figure.sources:
            text = " ".join(seed_lines[source.seed][source.start - 1 : source.end])
            text = re.sub(r"\s+", " ", text)
            assert any(form in text for form in _seed_forms(figure.value, figure.unit)), (figure.id, source.label())


def test_newer_figures_shown_older_kept_with_a_note(content):
    group = _group(content)
    shown = {f.id: f for f in group.shown_figures()}
    assert shown["aantal-0-7-jarigen"].value == 1_400_000 and shown["aantal-0-7-jarigen"].year == 2025
    assert shown["omvang-doelgroep"].value == 14_000 and shown["omvang-doelgroep"].year == 2025
    replaced = {f.id: f for f in group.size if f.replaced_by}
    assert replaced["aantal-0-7-jarigen-oud"].value == 1_300_000
    assert replaced["omvang-doelgroep-oud"].value == 13_000
    assert replaced["aandeel-alle-kinderen"].replaced_by == "aandeel-doelgroep"
    assert all(f.note for f in replaced.values())


def test_rule_of_thumb_is_per_100000_inhabitants(content, composed):
    figure = next(f for f in _group(content).size if f.id == "per-100000-inwoners")
    assert figure.value == 73 and figure.per == "100.000 inwoners"
    page = composed["ivh/doelgroep.md"].markdown
    assert "ongeveer 73</span>" in page and "per 100.000 inwoners" in page
    assert "100.000 kinderen</span>" not in page


def test_page_shows_only_current_figures_in_dutch_notation(composed):
    page = composed["ivh/doelgroep.md"].markdown
    for shown in ("ongeveer 1,4 miljoen", "ongeveer 14.000", "ongeveer 1%", "peiljaar 2025"):
        assert shown in page
    for hidden in ("1,3 miljoen", "13.000", "van alle kinderen in Nederland"):
        assert hidden not in page


def test_age_indications_and_contra_indications(content):
    group = _group(content)
    assert (group.age.lowest, group.age.highest) == (0, 7)
    assert len(group.indications) == 3 and len(group.contra_indications) == 3
    assert {s.seed for p in group.indications + group.contra_indications for s in p.sources} == {"002"}


def test_a_replaced_figure_pointing_nowhere_is_a_dutch_error(tmp_path):
    from conftest import ROOT, make_project
    from kennisbank.validate import load_content

    text = (ROOT / "content" / "target-group" / "doelgroep.yaml").read_text(encoding="utf-8")
    broken = text.replace("vervangen_door: omvang-doelgroep\n", "vervangen_door: bestaat-niet\n")
    assert broken != text
    project = make_project(tmp_path, {"content/target-group/doelgroep.yaml": broken})
    _content, problems = load_content(project)
    messages = [p.message for p in problems if p.is_error]
    assert any("bestaat-niet" in m and "Bestaande ids" in m for m in messages), messages

"""Key figures: each value (and each conflicting alternative) matches the seed lines it cites,
figures print in Dutch notation, and unsourced figures stay off the site."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kennisbank import dutch
from kennisbank.compose import key_figures
from kennisbank.models.key_figure import KeyFigure

from .conftest import cited_text

# The ids other colleagues reference (factsheets, audience pages). Renaming one breaks them.
STABLE_IDS = {
    "kinderen-0-7-nederland",
    "aandeel-doelgroep",
    "kinderen-doelgroep",
    "kinderen-per-100000-inwoners",
    "gemeenten-met-ivh",
    "gemeenten-nederland",
    "coordinatoren-enquete",
    "coordinatoren-bekend",
    "gemeenten-gedetailleerd",
    "gemeenten-alle-bouwstenen",
    "opbrengst-per-euro-gouda",
    "investering-mee-2010",
    "baten-mee-2010",
    "opbrengst-zuid-limburg",
    "uren-per-traject",
    "duur-begeleiding",
    "tevredenheid-ouders",
    "consultatiebureaus-informeren",
}

WORDS = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}


def spellings(value) -> set[str]:
    """Ways a seed may write this number: 14.000, 1,4 miljoen, 2,07, 8.7, twee."""
    found = {dutch.number(value), str(value)}
    if value >= 1_000_000:
        found.add(f"{dutch.number(value / 1_000_000)} miljoen")
    if value in WORDS:
        found.add(WORDS[value])
    return found


def appears(value, text: str) -> bool:
    return any(s in text for s in spellings(value))


def figures(content):
    return {f.id: f for f in content.of("kerncijfer")}


def test_the_announced_ids_exist(content):
    assert STABLE_IDS <= set(figures(content))


def test_14000_children_is_cited_at_002_338(content, seed_lines):
    figure = figures(content)["kinderen-doelgroep"]
    assert figure.value == 14000
    assert "002:336-338" in [s.label() for s in figure.meaning.sources]
    assert "14.000" in seed_lines["002"][338 - 1]


@pytest.mark.parametrize("figure_id", sorted(STABLE_IDS))
def test_value_and_alternatives_match_their_seed_lines(content, seed_lines, figure_id):
    figure = figures(content)[figure_id]
    cited = " ".join(cited_text(seed_lines, s) for s in figure.meaning.sources)
    assert appears(figure.value, cited), (figure_id, figure.value)
    if figure.value_to is not None:
        assert appears(figure.value_to, cited)
    for alternative in figure.alternatives:
        text = " ".join(cited_text(seed_lines, s) for s in alternative.sources)
        assert appears(alternative.value, text), (figure_id, alternative.value)
        assert alternative.note.strip()


def test_conflicts_are_kept_with_the_older_figure(content):
    found = figures(content)
    assert [a.value for a in found["kinderen-0-7-nederland"].alternatives] == [1300000]  # C1
    assert [a.value for a in found["kinderen-doelgroep"].alternatives] == [13000]  # C2
    assert found["kinderen-per-100000-inwoners"].unit == "kinderen per 100.000 inwoners"  # C4
    assert found["kinderen-per-100000-inwoners"].alternatives[0].unit == "kinderen"
    assert found["gemeenten-met-ivh"].precision == "ten minste"  # C25
    assert not found["tevredenheid-ouders"].publish  # C15
    assert not found["consultatiebureaus-informeren"].publish  # C13


@pytest.mark.parametrize(
    ("figure_id", "shown"),
    [
        ("kinderen-doelgroep", "ongeveer 14.000 kinderen"),
        ("kinderen-0-7-nederland", "ongeveer 1,4 miljoen kinderen van 0–7 jaar"),
        ("aandeel-doelgroep", "ongeveer 1%"),
        ("kinderen-per-100000-inwoners", "ongeveer 73 kinderen per 100.000 inwoners"),
        ("gemeenten-met-ivh", "ten minste 151 gemeenten"),
        ("coordinatoren-enquete", "21 IVH-coördinatoren"),
        ("opbrengst-per-euro-gouda", "€ 2,07"),
        ("investering-mee-2010", "€ 68 miljoen"),
        ("baten-mee-2010", "ruim € 100 miljoen"),
        ("opbrengst-zuid-limburg", "bijna € 1,2 miljoen"),
        ("uren-per-traject", "96 uur"),
        ("duur-begeleiding", "2 jaar"),
        ("tevredenheid-ouders", "rapportcijfer 8,7–9,5"),
    ],
)
def test_dutch_notation(content, figure_id, shown):
    assert key_figures.display(figures(content)[figure_id]) == shown


def test_reference_dates_read_as_dutch():
    assert key_figures.reference_text("2025-07-11") == "11 juli 2025"
    assert key_figures.reference_text("2025-03") == "maart 2025"
    assert key_figures.reference_text("2010–2012") == "2010–2012"


def test_page_shows_published_figures_only(content, area_pages):
    page = area_pages[key_figures.PATH]
    published, withheld = page.split("## Cijfers zonder bron")
    for figure in figures(content).values():
        assert (f'id="{figure.id}"' in published) == figure.publish, figure.id
        assert ("{ #" + figure.id + " }" in withheld) != figure.publish, figure.id  # every figure can be linked to
    assert "ten minste 151 gemeenten" in page
    assert "8,7" not in page and "96%" not in page
    assert "Peildatum: maart 2025" in page


def _figure_data(value: str) -> dict:
    return {
        "soort": "kerncijfer",
        "id": "proef",
        "titel": "Proef",
        "samenvatting": "Proef.",
        "groep": "doelgroep",
        "waarde": value,
        "eenheid": "kinderen",
        "peildatum": "2025",
        "betekenis": {"tekst": "Proef.", "bron": "002:338"},
        "beoordeeld": {"datum": "2026-11-25", "door": "redactie"},
    }


@pytest.mark.parametrize(("typed", "kind"), [("14.000", "kb_number_dots"), ("2,07", "kb_number_comma")])
def test_dutch_typed_numbers_are_refused_with_advice(typed, kind):
    with pytest.raises(ValidationError) as caught:
        KeyFigure.model_validate(_figure_data(typed))
    error = caught.value.errors()[0]
    assert error["type"] == kind
    assert "Op de site verschijn" in error["msg"]


def test_plain_numbers_are_read_exactly():
    assert KeyFigure.model_validate(_figure_data("14000")).value == 14000
    assert KeyFigure.model_validate(_figure_data("2.07")).value == 2.07

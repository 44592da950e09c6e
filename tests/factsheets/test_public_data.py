"""Factsheets that know their municipality: inhabitants, estimate, regions and map, checked against the CBS files.

Amsterdam (the largest), Schiermonnikoog (the smallest) and Druten (the least clear region assignment, 0,85)
as the issue asks; every region's total against the sum of its municipalities; the map on the page.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT, SHARED

from kennisbank.factsheets.data import build_regions, rounded

DATA = SHARED / "data"
SITE_URL = "https://kennisbank.integralevroeghulp.nl/"
CASES = ("gm0363", "gm0088", "gm0225")
SVG = "{http://www.w3.org/2000/svg}"


def _rows(name: str) -> dict[str, dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return {"gm" + r["gemeentecode_gm"][2:]: r for r in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def population():
    return _rows("bevolking-2025.csv")


@pytest.fixture(scope="module")
def regions_csv():
    return _rows("regios-2025.csv")


@pytest.fixture(scope="module")
def sheets(real_sheets):
    return {s.id: s for s in real_sheets}


@pytest.fixture(scope="module")
def region_sheets(real_content, real_sheets):
    return {r.id: r for r in build_regions(real_content, real_sheets)}


@pytest.fixture(scope="module")
def pages(real_content, sheets):
    from kennisbank.factsheets.html import SourceLine, body_html

    sources = SourceLine(real_content)
    return {
        code: body_html(ROOT, real_content, sheets[code], base="../../", site_url=SITE_URL, pdf_href=f"../pdf/{code}.pdf", for_pdf=False, sources=sources)
        for code in (*CASES, "gm0796", "gm0820")
    }


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@pytest.mark.parametrize("code", CASES)
def test_own_inhabitants_estimate_and_regions_match_the_csv(code, sheets, population, regions_csv, real_content):
    sheet, row, region = sheets[code], population[code], regions_csv[code]
    rule = real_content.get("kerncijfer", "kinderen-per-100000-inwoners").value
    share = real_content.get("kerncijfer", "aandeel-doelgroep").value
    inhabitants, band = int(row["inwoners"]), int(row["leeftijd_0_14"])
    assert sheet.inhabitants.value.number == inhabitants and sheet.population.age_0_14 == band
    assert sheet.estimate.raw == pytest.approx(inhabitants * rule / 100_000)
    assert sheet.estimate.result == rounded(inhabitants * rule / 100_000)
    years = sheet.notes_text.age_estimate.birth_years
    assert years == 8  # '0 tot 7 jaar' is eight birth years on this site (content/figures, target group)
    assert sheet.age_estimate.raw == pytest.approx(band * years / 15 * share / 100)
    assert sheet.regions.youth_care.code == region["jeugdregio_code"] and sheet.regions.youth_care.name == region["jeugdregio_naam"]
    assert sheet.regions.health.code == region["ggdregio_code"] and sheet.regions.health.name == region["ggdregio_naam"]
    others = {c for c, r in regions_csv.items() if r["jeugdregio_code"] == region["jeugdregio_code"]} - {code}
    assert {m.id for m in sheet.regions.others} == others


def test_the_known_figures(sheets):
    amsterdam, schiermonnikoog, druten = (sheets[c] for c in CASES)
    assert (amsterdam.estimate.result, amsterdam.age_estimate.result) == (680, 640)  # 682,2 and 644,3
    assert (schiermonnikoog.estimate.result, schiermonnikoog.age_estimate.below_one) == (1, True)  # 0,7 and 0,46
    assert (druten.estimate.result, druten.age_estimate.result) == (14, 15)
    assert druten.regions.youth_care.name == "Rijk van Nijmegen" and amsterdam.regions.health.name == "GGD Amsterdam"


def test_rounding_shows_no_false_precision():
    assert [rounded(x) for x in (0.4, 0.5, 14.4, 36.5, 99.4, 682.2, 1234, 13172.1)] == [0, 1, 14, 37, 99, 680, 1200, 13000]


@pytest.mark.parametrize("code", CASES)
def test_the_page_shows_them_with_a_map_of_exactly_that_municipality(code, pages, sheets, population):
    html, sheet = pages[code], sheets[code]
    assert _dutch(int(population[code]["inwoners"])) in html
    assert f"Naar schatting <strong>{'1 kind' if sheet.estimate.result == 1 else _dutch(sheet.estimate.result) + ' kinderen'}</strong>" in html
    assert "Tweede schatting, uit de leeftijden" in html and "Op één moment, niet per jaar." in html
    assert sheet.regions.youth_care.name.replace("'", "&#x27;") in html or sheet.regions.youth_care.name in html
    assert sheet.regions.health.name in html
    assert f'href="../../factsheets/{sheet.regions.youth_care.id}/"' in html
    svg = ET.fromstring(re.search(r"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kb-kaart\".*?</svg>", html, re.S).group(0))
    highlighted = [p for p in svg.iter(f"{SVG}path") if "kb-kaart-uitgelicht" in p.get("class", "")]
    assert [p.get("data-gemeente") for p in highlighted] == [code]
    members = sorted(p.get("data-gemeente") for p in svg.iter(f"{SVG}path") if p.get("data-gemeente"))
    assert members == sorted([code, *(m.id for m in sheet.regions.others)])
    assert svg.find(f"{SVG}title").text.startswith(f"Kaart: {sheet.municipality.name} in jeugdzorgregio")
    assert sheet.municipality.name in svg.find(f"{SVG}desc").text


def test_the_highlighted_shape_is_the_municipality_itself(real_sheets, sheets):
    """Its shape on the map has the proportions of its own boundary (not a neighbour's)."""
    from kennisbank.factsheets.html import map_maker

    for code in CASES:
        sheet = sheets[code]
        maker = map_maker(ROOT, sheet.regions)
        drawing = maker.region([code, *(m.id for m in sheet.regions.others)])
        numbers = [float(n) for n in re.findall(r"-?\d+\.\d", drawing.members[code])]
        width, height = max(numbers[0::2]) - min(numbers[0::2]), max(numbers[1::2]) - min(numbers[1::2])
        min_x, min_y, max_x, max_y = maker.boundaries.polygon(code).bounds
        assert width / height == pytest.approx((max_x - min_x) / (max_y - min_y), rel=0.05)


def test_every_number_has_a_note_with_source_and_date(sheets):
    for code in CASES:
        notes = list(sheets[code].notes)
        keys = [n.key for n in notes]
        assert keys[:3] == ["regel", "bevolking", "aandeel"] and "regio" in keys and "landelijk" in keys
        assert all(n.reference for n in notes) and all(n.sources for n in notes)
        assert sheets[code].notes.licences == [("Creative Commons Naamsvermelding 4.0", "https://creativecommons.org/licenses/by/4.0/deed.nl")]


def test_there_are_42_regional_factsheets_and_each_total_is_the_sum_of_its_municipalities(region_sheets, population, regions_csv):
    assert len(region_sheets) == 42 and all(re.fullmatch(r"jz\d{2}", r) for r in region_sheets)
    for region_id, sheet in region_sheets.items():
        members = {c for c, r in regions_csv.items() if r["jeugdregio_code"].lower() == region_id}
        assert {row.municipality.id for row in sheet.members} == members
        assert sheet.total.inhabitants == sum(int(population[c]["inwoners"]) for c in members)
        assert sheet.total.band == sum(int(population[c]["leeftijd_0_14"]) for c in members)
        assert sheet.total.estimate_raw == pytest.approx(sum(r.estimate_raw for r in sheet.members))
    assert sum(s.total.inhabitants for s in region_sheets.values()) == 18_044_027
    assert len(region_sheets["jz39"].members) == 21  # the largest region


def test_the_region_page_lists_members_total_and_map(real_content, region_sheets, sheets):
    from kennisbank.factsheets.html import region_body_html

    sheet = region_sheets["jz13"]
    html = region_body_html(ROOT, real_content, sheet, sheets["gm0363"].regions, base="../../", site_url=SITE_URL, pdf_href="../pdf/jz13.pdf", for_pdf=False)
    for row in sheet.members:
        assert f'href="../../factsheets/{row.municipality.id}/">{row.municipality.name}</a>' in html
    assert f"<td>{_dutch(sheet.total.inhabitants)}</td>" in html and "1.143.473" in html
    svg = re.search(r"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kb-kaart\".*?</svg>", html, re.S).group(0)
    assert "kb-kaart-uitgelicht" not in svg and svg.count("data-gemeente=") == 6
    assert "GGD Amsterdam" in html


def test_names_with_apostrophes_render_right_and_the_page_obeys_the_csp(pages):
    html = pages["gm0796"]
    assert "Integrale Vroeghulp in 's-Hertogenbosch" in html
    assert '<title id="kaart-gm0796-titel">Kaart: \'s-Hertogenbosch in jeugdzorgregio' in html
    for page in pages.values():
        assert "style=" not in page and "<script" not in page and not re.search(r"<[^>]+\son[a-z]+=", page)


def test_the_index_finds_municipalities_by_region_and_lists_the_regions(real_content, real_sheets, region_sheets):
    from kennisbank.factsheets.html import index_html

    html = index_html(ROOT, real_sheets, provinces=[], regions=list(region_sheets.values()))
    druten = re.search(r'<li data-zoek="([^"]*)"><a href="gm0225/">', html).group(1)
    assert "rijk van nijmegen" in druten and "jz32" in druten and "ggd gelderland-zuid" in druten and "gelderland" in druten
    assert sorted(re.findall(r'href="(jz\d{2})/"', html)) == sorted(region_sheets)
    assert "Zoek uw gemeente op naam, CBS-code, provincie of regio" in html


def test_the_ggd_line_of_a_region_counts_in_words_and_a_region_of_one_municipality_names_it(region_sheets):
    from kennisbank.factsheets.html import health_region_members

    one = region_sheets["jz22"]
    assert [row.municipality.name for row in one.members] == ["Utrecht"]
    assert [text for _, text in health_region_members(one)] == ["Voor Utrecht."]
    texts = [text for _, text in health_region_members(region_sheets["jz13"])]
    assert texts == ["Voor de zes gemeenten van de regio."]

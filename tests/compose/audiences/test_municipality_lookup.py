"""'Kies uw gemeente' and 'Waar meld ik aan?' (kennisbank/compose/municipality_lookup.py): one data source
with the factsheets, honest where nothing is recorded, escaped like all content.

Fast: the pages are composed from a copy of the content plus example facts, and rendered with
Python-Markdown and the extensions of mkdocs.yml; the browser tests (tests/browser/test_personas.py) use them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest

from conftest import ROOT
from kennisbank.compose import municipality_lookup
from kennisbank.site import PAGE_FAMILIES, compose_site, read_inputs
from kennisbank.validate import load_content
from present.test_escape import CONFIGS, EXTENSIONS, elements

# Clearly marked example data, only in throwaway test projects.
REGION = """\
soort: gemeentegegevens
id: test-regio-salland
titel: Testregio
samenvatting: Voorbeeldgegevens voor de tests; geen echte gegevens.
voorbeeld: true
gemeenten: [gm0150, gm0177, gm0148]
netwerk:
  naam: Testnetwerk Salland
  bron: [{url: https://example.org/test/netwerk, titel: Testbron netwerk, gecontroleerd: 2026-11-20}]
aanmelden:
  tekst: {sign_up}
  bron: [{url: https://example.org/test/aanmelden, titel: Testbron aanmelden, gecontroleerd: 2026-11-25}]
contact:
  organisatie: {organisation}
  website: https://example.org/test/ivh
  telefoon: 0570-000 000
  bron: [{url: https://example.org/test/contact, titel: Testbron contact, gecontroleerd: 2026-11-24}]
beoordeeld:
  datum: 2026-11-25
  door: testredactie
"""
OWN = """\
soort: gemeentegegevens
id: test-raalte
titel: Testgegevens Raalte
samenvatting: Voorbeeldgegevens voor de tests; geen echte gegevens.
voorbeeld: true
gemeenten: [gm0177]
contact:
  organisatie: Eigen testorganisatie Raalte
  email: info@example.org
  bron: [{url: https://example.org/test/raalte, titel: Testbron Raalte, gecontroleerd: 2026-11-26}]
beoordeeld:
  datum: 2026-11-25
  door: testredactie
"""
SIGN_UP = "Bel het testnummer of vul het testformulier in. **Geen echte route.**"
HOSTILE = '"<script>kbAlert(1)</script><img src=x onerror=kbAlert(2)> `<img src=x onerror=kbAlert(3)>`{: onclick=kbAlert(4) }"'


def project_with(tmp_path: Path, sign_up: str = SIGN_UP, organisation: str = "Testorganisatie Salland") -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    facts = tmp_path / "content" / "municipalities" / "gegevens"
    facts.mkdir(parents=True, exist_ok=True)
    (facts / "test-regio-salland.yaml").write_text(REGION.replace("{sign_up}", sign_up).replace("{organisation}", organisation), encoding="utf-8")
    (facts / "test-raalte.yaml").write_text(OWN, encoding="utf-8")
    return tmp_path


def load(project: Path):
    content, problems = load_content(project)
    assert not [p for p in problems if p.is_error], [p for p in problems if p.is_error]
    return content


def option(html: str, municipality: str) -> str:
    return re.search(rf'<option[^>]*\bvalue="{municipality}"[^>]*>', html).group(0)


AUDIENCE_PAGES = tuple(family for family in PAGE_FAMILIES if "doelgroeppagina" in family.kinds)


def page_html(content, path: str) -> str:
    (page,) = [p for p in compose_site(content, read_inputs(content.root), AUDIENCE_PAGES) if p.path == path]
    return markdown.markdown(page.markdown, extensions=EXTENSIONS, extension_configs=CONFIGS)


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    return load(project_with(tmp_path_factory.mktemp("gemeenten")))


def test_same_answer_as_the_factsheets_for_every_municipality(example):
    from kennisbank.factsheets.data import build_all

    recorded = municipality_lookup.recorded(example)
    sheets = build_all(example)
    assert len(sheets) == 342
    for sheet in sheets:
        mine = recorded.get(sheet.id)
        for attribute in ("sign_up", "network", "contact"):
            theirs = getattr(sheet, attribute)
            assert (getattr(mine, attribute) if mine else None) == (theirs.value if theirs else None), (sheet.id, attribute)


def test_a_municipality_file_wins_over_its_region(example):
    recorded = municipality_lookup.recorded(example)
    assert recorded["gm0177"].contact.organisation == "Eigen testorganisatie Raalte"
    assert recorded["gm0177"].sign_up.text == SIGN_UP  # from the region: field by field
    assert recorded["gm0150"].contact.organisation == "Testorganisatie Salland"
    assert "gm0014" not in recorded


def test_every_municipality_is_a_choice_and_each_route_is_rendered_once(example):
    options, routes = municipality_lookup.choices(example)
    assert len(options) == 342 and len({o.id for o in options}) == 342
    assert [o.label for o in options][:2] == ["Aa en Hunze", "Aalsmeer"]
    assert next(o for o in options if o.id == "gm0518").label == "Den Haag ('s-Gravenhage)"
    by_id = {o.id: o.route for o in options}
    assert by_id["gm0150"] == by_id["gm0148"] != by_id["gm0177"] != ""  # Raalte has its own contact
    assert by_id["gm0014"] == ""
    assert len(routes) == 2


def test_the_referrers_page_shows_the_recorded_route_and_says_where_nothing_is(example):
    html = page_html(example, "voor/verwijzers.md")
    assert html.count("Bel het testnummer") == 2  # the region's route, for Raalte with its own contact too
    assert 'data-kb-route="r1"' in option(html, "gm0150") and 'data-kb-route="r2"' in option(html, "gm0177")
    assert option(html, "gm0014") == '<option value="gm0014">'
    assert "Voorbeeldgegevens" in html
    assert "is de aanmeldroute nog niet vastgelegd op deze site" in html
    assert "Gecontroleerd op 25 november 2026" in html  # the newest check of the route's sources
    assert "secretariaat@ncj.nl" in html and "030-760 04 05" in html
    assert html.count("Gecontroleerd op 30 november 2026") == 1  # the national contact point
    assert "Handboek IVH (2025)" in html


def test_the_parents_page_says_it_in_their_words(example):
    html = page_html(example, "voor/ouders.md")
    assert "In welke gemeente woon je?" in html
    assert "staat op deze site nog niet waar je aanmeldt" in html
    assert "factsheets, voor professionals" in html


def test_the_municipalities_page_opens_a_factsheet(example):
    html = page_html(example, "voor/gemeenten.md")
    assert "Kies uw gemeente" in html and "Open de factsheet" in html
    assert 'href="../../factsheets/"' in html or 'href="../factsheets/index.md"' in html
    assert "data-kb-route" not in html


def test_recorded_text_is_escaped(tmp_path):
    content = load(project_with(tmp_path, sign_up=HOSTILE, organisation=HOSTILE))
    html = page_html(content, "voor/verwijzers.md")
    found = elements(html)
    assert not {"script", "img"} & set(found.tags), found.tags
    assert not [a for a in found.attributes if a.startswith("on")]
    assert "&lt;script&gt;kbAlert(1)&lt;/script&gt;" in html


def test_the_real_site_offers_every_municipality_and_each_recorded_route(content):
    """Every municipality of the register is a choice; every recorded route belongs to at least one of them
    (today none is recorded, so every municipality gets the honest answer)."""
    options, routes = municipality_lookup.choices(content)
    assert len(options) == 342
    assert {o.route for o in options} - {""} == {key for key, _record in routes}

"""Fixtures for the factsheets: all real PDFs (rendered once, cached), and a test project with example facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, make_project

SITE_URL = "https://kennisbank.integralevroeghulp.nl/"

# Clearly marked example data, only in throwaway test projects: never on the real site.
EXAMPLE_OWN = """\
soort: gemeentegegevens
id: test-amsterdam
titel: Testgegevens Amsterdam
samenvatting: Voorbeeldgegevens voor de tests van de factsheets; geen echte cijfers.
voorbeeld: true
gemeenten: [gm0363]
kinderen_0_tot_7:
  aantal: 5.432
  peildatum: 2025-01-01
  bron:
    - url: https://example.org/testgegevens/kinderen
      titel: Testbron kinderen
      gecontroleerd: 2026-11-25
coordinatie:
  organisatie: Testorganisatie Coördinatie
  bron:
    - url: https://example.org/testgegevens/coordinatie
      titel: Testbron coördinatie
      gecontroleerd: 2026-11-25
bouwstenen:
  - bouwsteen: vroegsignalering
    status: aanwezig
    door: Testorganisatie JGZ
    bron:
      - url: https://example.org/testgegevens/bouwstenen
        titel: Testbron bouwstenen
        gecontroleerd: 2026-11-25
beoordeeld:
  datum: 2026-11-25
  door: testredactie
"""

EXAMPLE_REGION = """\
soort: gemeentegegevens
id: test-regio
titel: Testregio
samenvatting: Voorbeeldgegevens voor een regio in de tests; geen echte gegevens.
voorbeeld: true
gemeenten: [gm0363, gm0362]
netwerk:
  naam: Testnetwerk Amstelland
  bron:
    - url: https://example.org/testgegevens/netwerk
      titel: Testbron netwerk
      gecontroleerd: 2026-11-25
coordinatie:
  organisatie: Regionale testorganisatie
  bron:
    - url: https://example.org/testgegevens/regio
      titel: Testbron regio
      gecontroleerd: 2026-11-25
bouwstenen:
  - bouwsteen: vroegsignalering
    status: niet
    bron:
      - url: https://example.org/testgegevens/regio
        titel: Testbron regio
        gecontroleerd: 2026-11-25
  - bouwsteen: ketennetwerk
    status: deels
    door: Regionale testorganisatie
    bron:
      - url: https://example.org/testgegevens/regio
        titel: Testbron regio
        gecontroleerd: 2026-11-25
contact:
  organisatie: Regionale testorganisatie
  website: https://example.org/testgegevens/contact
  email: info@example.org
  bron:
    - url: https://example.org/testgegevens/contact
      titel: Testbron contact
      gecontroleerd: 2026-11-25
beoordeeld:
  datum: 2026-11-25
  door: testredactie
"""

EXAMPLE_INHABITANTS = """\
soort: gemeentegegevens
id: test-vlieland
titel: Testgegevens Vlieland
samenvatting: Voorbeeldgegevens voor de tests van de factsheets; geen echte cijfers.
voorbeeld: true
gemeenten: [gm0096]
inwoners:
  aantal: "50000"
  peildatum: 2025-01-01
  bron:
    - url: https://example.org/testgegevens/inwoners
      titel: Testbron inwoners
      gecontroleerd: 2026-11-25
beoordeeld:
  datum: 2026-11-25
  door: testredactie
"""


@pytest.fixture(scope="session")
def real_content():
    from kennisbank.validate import load_content

    content, problems = load_content(ROOT)
    assert not [p for p in problems if p.is_error], problems
    return content


@pytest.fixture(scope="session")
def real_sheets(real_content):
    from kennisbank.factsheets.data import build_all

    return build_all(real_content)


@pytest.fixture(scope="session")
def all_pdfs(built_site) -> Path:
    """Every real factsheet as PDF, as `kennisbank build` put them in the site."""
    return built_site / "factsheets" / "pdf"


@pytest.fixture(scope="session")
def example_project(tmp_path_factory):
    root = make_project(
        tmp_path_factory.mktemp("fs-project"),
        {
            "content/municipalities/gegevens/test-amsterdam.yaml": EXAMPLE_OWN,
            "content/municipalities/gegevens/test-regio.yaml": EXAMPLE_REGION,
            "content/municipalities/gegevens/test-vlieland.yaml": EXAMPLE_INHABITANTS,
        },
    )
    return root


@pytest.fixture(scope="session")
def example_content(example_project):
    from kennisbank.validate import load_content

    content, problems = load_content(example_project)
    assert not [p for p in problems if p.is_error], [str(p) for p in problems]
    return content


@pytest.fixture(scope="session")
def example_pdfs(tmp_path_factory, example_project, example_content):
    from kennisbank.factsheets.pdf import render_all

    site = tmp_path_factory.mktemp("fs-example-site")
    render_all(example_project, example_content, site, SITE_URL, only={"gm0363", "gm0362", "gm0096", "gm0088"})
    return site / "factsheets" / "pdf"

"""Coordinators' facts: validated with positions, in Dutch, and nothing personal."""

from __future__ import annotations

from conftest import make_project

from .conftest import EXAMPLE_OWN, EXAMPLE_REGION


def _problems(tmp_path, files):
    from kennisbank.errors import format_report
    from kennisbank.validate import load_content

    root = make_project(tmp_path, files)
    _content, problems = load_content(root)
    return format_report([p for p in problems if p.is_error]).splitlines()


def test_example_facts_are_valid_and_dutch_thousands_are_read(example_content):
    facts = {f.id: f for f in example_content.of("gemeentegegevens")}
    assert facts["test-amsterdam"].young_children.number == 5432
    assert facts["test-vlieland"].inhabitants.number == 50000
    assert facts["test-amsterdam"].example is True


def test_unknown_municipality_is_an_error_with_its_place(tmp_path):
    text = EXAMPLE_OWN.replace("gemeenten: [gm0363]", "gemeenten: [gm9999]")
    problems = _problems(tmp_path, {"content/municipalities/gegevens/x.yaml": text})
    assert any("content/municipalities/gegevens/x.yaml:6:" in p and "geen gemeente met id 'gm9999'" in p for p in problems), problems


def test_numbers_belong_to_one_municipality(tmp_path):
    text = EXAMPLE_OWN.replace("gemeenten: [gm0363]", "gemeenten: [gm0363, gm0362]")
    problems = _problems(tmp_path, {"content/municipalities/gegevens/x.yaml": text})
    assert any("'kinderen_0_tot_7' hoort bij één gemeente" in p for p in problems), problems


def test_a_personal_email_address_is_refused(tmp_path):
    text = EXAMPLE_REGION.replace("email: info@example.org", "email: j.jansen@example.org")
    problems = _problems(tmp_path, {"content/municipalities/gegevens/x.yaml": text})
    assert any("lijkt het e-mailadres van een persoon" in p for p in problems), problems


def test_a_fact_without_source_is_an_error(tmp_path):
    text = EXAMPLE_REGION.replace(
        """netwerk:
  naam: Testnetwerk Amstelland
  bron:
    - url: https://example.org/testgegevens/netwerk
      titel: Testbron netwerk
      gecontroleerd: 2026-11-25
""",
        "netwerk:\n  naam: Testnetwerk Amstelland\n",
    )
    problems = _problems(tmp_path, {"content/municipalities/gegevens/x.yaml": text})
    assert any("'bron' ontbreekt" in p for p in problems), problems


def test_a_cbs_code_without_leading_zero_is_refused(tmp_path):
    from kennisbank.validate import load_content

    root = make_project(tmp_path)
    register = root / "content" / "municipalities" / "gemeenten-2025.yaml"
    register.write_text(register.read_text(encoding="utf-8").replace('code: "0363"', "code: 363"), encoding="utf-8")
    _content, problems = load_content(root)
    assert any("'363' is geen CBS-gemeentecode" in p.message for p in problems)
